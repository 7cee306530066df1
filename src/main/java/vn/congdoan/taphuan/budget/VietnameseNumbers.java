package vn.congdoan.taphuan.budget;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.CellKind;

/**
 * Reads numbers as Vietnamese finance writes them: number cells, and text such as
 * "1.400.000", "1.400.000 đ", "1 400 000 VNĐ", "1,5" (a decimal comma), "1,400,000",
 * "(200.000)" or "-200.000". A dot or comma followed by groups of exactly three digits
 * groups thousands; a single other separator is the decimal mark.
 */
final class VietnameseNumbers {

	private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

	private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

	private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");

	private static final String[] CURRENCY = { "đồng", "dong", "vnđ", "vnd", "đ", "₫", "d" };

	private VietnameseNumbers() {
	}

	/**
	 * The cell's number, or {@code null} when it holds none (text that is not a number).
	 */
	static BigDecimal parse(Cell cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		return switch (cell.kind()) {
			case NUMBER -> BigDecimal.valueOf(cell.number());
			case TEXT -> parse(cell.text());
			default -> null;
		};
	}

	/** Whether the cell holds anything at all. */
	static boolean isBlank(Cell cell) {
		return cell == null || cell.isBlank() || (cell.kind() == CellKind.TEXT && cell.text().strip().equals("-"));
	}

	/** The text's number, or {@code null} when it is not one. */
	static BigDecimal parse(String raw) {
		if (raw == null) {
			return null;
		}
		String text = VietnameseText.clean(raw).toLowerCase(Locale.ROOT);
		boolean negative = false;
		text = withoutCurrency(text);
		if (text.startsWith("(") && text.endsWith(")")) {
			negative = true;
			text = withoutCurrency(text.substring(1, text.length() - 1).strip());
		}
		if (text.startsWith("-") || text.startsWith("−")) {
			negative = !negative;
			text = text.substring(1).strip();
		}
		else if (text.startsWith("+")) {
			text = text.substring(1).strip();
		}
		text = text.replace(" ", "").replace("\u00A0", "");
		String normalised = normalise(text);
		if (normalised == null) {
			return null;
		}
		BigDecimal value = new BigDecimal(normalised);
		return negative ? value.negate() : value;
	}

	private static String withoutCurrency(String text) {
		for (String currency : CURRENCY) {
			if (text.endsWith(currency)) {
				return text.substring(0, text.length() - currency.length()).strip();
			}
		}
		return text;
	}

	/** Digits with at most one '.' as the decimal point, or {@code null}. */
	private static String normalise(String text) {
		if (text.isEmpty()) {
			return null;
		}
		int dot = text.lastIndexOf('.');
		int comma = text.lastIndexOf(',');
		if (dot >= 0 && comma >= 0) {
			boolean commaDecimal = comma > dot;
			String grouping = commaDecimal ? "." : ",";
			char decimal = commaDecimal ? ',' : '.';
			String whole = text.substring(0, Math.max(dot, comma));
			String fraction = text.substring(Math.max(dot, comma) + 1);
			Pattern grouped = commaDecimal ? DOT_GROUPED : COMMA_GROUPED;
			if (!grouped.matcher(whole).matches() && !whole.chars().allMatch(Character::isDigit)) {
				return null;
			}
			if (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit) || whole.indexOf(decimal) >= 0) {
				return null;
			}
			return whole.replace(grouping, "") + "." + fraction;
		}
		if (DOT_GROUPED.matcher(text).matches()) {
			return text.replace(".", "");
		}
		if (COMMA_GROUPED.matcher(text).matches()) {
			return text.replace(",", "");
		}
		if (PLAIN.matcher(text).matches()) {
			return text.replace(',', '.');
		}
		return null;
	}

}
