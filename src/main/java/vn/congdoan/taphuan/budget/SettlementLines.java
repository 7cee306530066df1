package vn.congdoan.taphuan.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.CellKind;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.SheetRow;
import vn.congdoan.taphuan.plan.BudgetCategory;
import vn.congdoan.taphuan.plan.SpendingNorm;
import vn.congdoan.taphuan.plan.TrainingClass;

import vn.congdoan.taphuan.budget.SettlementColumns.Field;

/**
 * Turns the rows below a settlement header into expense lines. A row is a line when it
 * has a number in Số lượng, Đơn giá or Thành tiền; rows without (section headings, the
 * signature block, blank template rows), the column-numbering row "(1) (2) (3)" and total
 * rows ("Tổng cộng", "Cộng mục I", "Bằng chữ") are not lines. Each line is checked on its
 * own: a bad line is rejected with its code and the rest are still used.
 */
final class SettlementLines {

	/** Tolerance in đồng between Thành tiền and Số lượng × Đơn giá (rounding). */
	private static final BigDecimal TOLERANCE = BigDecimal.ONE;

	private static final BigDecimal WHOLE_TOLERANCE = new BigDecimal("0.005");

	private static final Pattern DAY_NUMBER = Pattern.compile("(?:ngay|n|buoi)?\\s*(\\d{1,2})");

	private static final Pattern DAY_MONTH = Pattern
		.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?");

	private static final List<String> TOTALS = List.of("tong cong", "tong so", "tong", "cong", "bang chu",
			"so tien bang chu", "cong muc");

	private final SettlementTable table;

	private final TrainingClass trainingClass;

	private final List<SpendingNorm> norms;

	private final LocalDate today;

	private SettlementLines(SettlementTable table, TrainingClass trainingClass, List<SpendingNorm> norms,
			LocalDate today) {
		this.table = table;
		this.trainingClass = trainingClass;
		this.norms = norms;
		this.today = today;
	}

	/**
	 * The lines of a table for a class.
	 * @param norms the plan's spending norms, to find the unit each line is priced in
	 * @param today days after today are not yet class days that money can be spent on
	 */
	static List<SettlementLine> parse(SettlementTable table, TrainingClass trainingClass, List<SpendingNorm> norms,
			LocalDate today) {
		SettlementLines parser = new SettlementLines(table, trainingClass, norms, today);
		List<SettlementLine> lines = new ArrayList<>();
		for (SheetRow row : table.rows()) {
			if (parser.isLine(row)) {
				lines.add(parser.line(lines.size() + 1, row));
			}
		}
		return lines;
	}

	/**
	 * A line has a number in Số lượng, Đơn giá or Thành tiền, or a recognised category
	 * and something in one of them (so that "mười" is reported, while "Kế toán" under a
	 * signature is not a line).
	 */
	private boolean isLine(SheetRow row) {
		SettlementColumns columns = this.table.columns();
		List<Cell> numbers = new ArrayList<>();
		numbers.add(columns.cell(row, Field.QUANTITY));
		numbers.add(columns.cell(row, Field.PRICE));
		numbers.add(columns.cell(row, Field.AMOUNT));
		boolean filled = numbers.stream().anyMatch((cell) -> !VietnameseNumbers.isBlank(cell));
		if (!filled) {
			return false;
		}
		String label = text(columns.cell(row, Field.ITEM));
		if (label != null) {
			String words = CategoryLabels.words(label);
			for (String total : TOTALS) {
				if (words.equals(total) || words.startsWith(total + " ")) {
					return false;
				}
			}
		}
		boolean numeric = numbers.stream()
			.anyMatch((cell) -> !VietnameseNumbers.isBlank(cell) && VietnameseNumbers.parse(cell) != null);
		if (!numeric && (label == null || CategoryLabels.category(label).isEmpty())) {
			return false;
		}
		return !isNumberingRow(row, label);
	}

	/**
	 * The "(1) (2) (3) (4) (5)=(3)x(4)" row finance puts under a header: no label with
	 * letters, and only small numbers.
	 */
	private static boolean isNumberingRow(SheetRow row, String label) {
		if (label != null && CategoryLabels.words(label).replaceAll("[^a-z]", "").length() > 1) {
			return false;
		}
		for (Cell cell : row.cells()) {
			if (cell.kind() == CellKind.NUMBER && cell.number() > 30) {
				return false;
			}
			if (cell.kind() == CellKind.TEXT && cell.text().strip().length() > 16) {
				return false;
			}
		}
		return true;
	}

	private SettlementLine line(int seq, SheetRow row) {
		SettlementColumns columns = this.table.columns();
		List<SettlementIssue> issues = new ArrayList<>();
		String item = text(columns.cell(row, Field.ITEM));
		BudgetCategory category = null;
		if (item == null) {
			issues.add(issue(row, Field.ITEM, SettlementIssueCode.CATEGORY_UNKNOWN,
					"Dòng có số tiền nhưng thiếu nội dung chi. Ghi nội dung chi (khoản mục) của dòng.", null));
		}
		else {
			Optional<BudgetCategory> found = CategoryLabels.category(item);
			if (found.isPresent()) {
				category = found.get();
			}
			else {
				issues.add(issue(row, Field.ITEM, SettlementIssueCode.CATEGORY_UNKNOWN, "Nội dung chi '" + item
						+ "' không thuộc khoản mục nào của dự toán. " + SettlementIssueCode.CATEGORY_UNKNOWN.advice(),
						item));
			}
		}
		BigDecimal quantity = number(row, Field.QUANTITY, "Số lượng", false, issues);
		BigDecimal price = number(row, Field.PRICE, "Đơn giá", true, issues);
		BigDecimal amount = number(row, Field.AMOUNT, "Thành tiền", true, issues);
		if (quantity != null && price != null && amount != null) {
			BigDecimal expected = quantity.multiply(price);
			if (expected.subtract(amount).abs().compareTo(TOLERANCE) > 0) {
				issues.add(issue(row, Field.AMOUNT, SettlementIssueCode.AMOUNT_MISMATCH,
						"Thành tiền " + money(amount) + " khác Số lượng × Đơn giá = " + plain(quantity) + " × "
								+ money(price) + " = " + money(expected) + ". Sửa cho khớp.",
						text(columns.cell(row, Field.AMOUNT))));
			}
		}
		Integer dayNo = day(row, issues);
		String unit = text(columns.cell(row, Field.UNIT));
		boolean accepted = issues.stream().noneMatch((issue) -> issue.severity() == IssueCode.Severity.ERROR);
		return new SettlementLine(seq, row.rowNumber(), accepted, category, item, truncate(unit, 60),
				(category != null) ? normUnit(category, unit) : null,
				(quantity != null) ? quantity.setScale(2, RoundingMode.HALF_UP) : null,
				(price != null) ? price.longValueExact() : null, (amount != null) ? amount.longValueExact() : null,
				dayNo, (dayNo != null) ? this.trainingClass.days().get(dayNo - 1) : null,
				truncate(text(columns.cell(row, Field.NOTE)), 500), accepted ? null : rawCells(row), issues);
	}

	/**
	 * A non-negative number from a cell; money in whole đồng. Adds AMOUNT_INVALID and
	 * returns {@code null} when there is none.
	 */
	private BigDecimal number(SheetRow row, Field field, String name, boolean money, List<SettlementIssue> issues) {
		Cell cell = this.table.columns().cell(row, field);
		String raw = (cell != null) ? cell.text() : null;
		if (VietnameseNumbers.isBlank(cell)) {
			issues.add(issue(row, field, SettlementIssueCode.AMOUNT_INVALID, name + " để trống. Ghi "
					+ name.toLowerCase() + " của dòng (số không âm" + (money ? ", đồng chẵn" : "") + ").", raw));
			return null;
		}
		BigDecimal value = VietnameseNumbers.parse(cell);
		if (value == null) {
			issues.add(issue(row, field, SettlementIssueCode.AMOUNT_INVALID,
					name + " '" + raw + "' không phải là số. Ghi số, ví dụ " + (money ? "1.400.000" : "25") + ".",
					raw));
			return null;
		}
		if (value.signum() < 0) {
			issues.add(issue(row, field, SettlementIssueCode.AMOUNT_INVALID, name + " là số âm (" + raw
					+ "). Số lượng và số tiền quyết toán không được âm; " + "khoản giảm trừ ghi ở phần giải trình.",
					raw));
			return null;
		}
		if (money) {
			BigDecimal whole = value.setScale(0, RoundingMode.HALF_UP);
			if (whole.subtract(value).abs().compareTo(WHOLE_TOLERANCE) > 0) {
				issues.add(issue(row, field, SettlementIssueCode.AMOUNT_INVALID,
						name + " " + raw + " có phần lẻ dưới một đồng. Ghi số đồng chẵn.", raw));
				return null;
			}
			if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
				issues.add(issue(row, field, SettlementIssueCode.AMOUNT_INVALID,
						name + " " + raw + " lớn bất thường. Kiểm tra lại số.", raw));
				return null;
			}
			return whole;
		}
		if (value.compareTo(new BigDecimal("999999999999")) > 0) {
			issues.add(issue(row, field, SettlementIssueCode.AMOUNT_INVALID,
					name + " " + raw + " lớn bất thường. Kiểm tra lại số.", raw));
			return null;
		}
		return value;
	}

	/**
	 * The class day a line names in its Ngày cell: a date of the class, or its number (1,
	 * "Ngày 2", "N2"); {@code null} when blank. Adds DAY_INVALID otherwise, and for a day
	 * after today.
	 */
	private Integer day(SheetRow row, List<SettlementIssue> issues) {
		Cell cell = this.table.columns().cell(row, Field.DAY);
		if (cell == null || cell.isBlank()) {
			return null;
		}
		List<LocalDate> days = this.trainingClass.days();
		Integer dayNo = null;
		if (cell.kind() == CellKind.DATE) {
			dayNo = dayOf(cell.date());
		}
		else if (cell.kind() == CellKind.NUMBER && cell.number() == Math.rint(cell.number())) {
			int number = (int) cell.number();
			dayNo = (number >= 1 && number <= days.size()) ? number : null;
		}
		else if (cell.kind() == CellKind.TEXT) {
			dayNo = dayOf(cell.text());
		}
		String range = VietnameseFormat.date(this.trainingClass.start()) + " - "
				+ VietnameseFormat.date(this.trainingClass.end());
		if (dayNo == null) {
			issues.add(issue(row, Field.DAY, SettlementIssueCode.DAY_INVALID,
					"Ngày '" + cell.text() + "' không phải ngày học của lớp " + this.trainingClass.code() + " (" + range
							+ ", " + days.size()
							+ " ngày). Ghi ngày học hoặc số thứ tự ngày; khoản chi cả lớp để trống.",
					cell.text()));
			return null;
		}
		LocalDate date = days.get(dayNo - 1);
		if (date.isAfter(this.today)) {
			issues.add(issue(row, Field.DAY, SettlementIssueCode.DAY_INVALID, "Ngày học " + VietnameseFormat.date(date)
					+ " chưa diễn ra: chưa thể quyết toán khoản chi của ngày này.", cell.text()));
			return null;
		}
		return dayNo;
	}

	private Integer dayOf(LocalDate date) {
		int index = this.trainingClass.days().indexOf(date);
		return (index >= 0) ? index + 1 : null;
	}

	private Integer dayOf(String text) {
		String words = VietnameseText.fold(text).strip();
		Matcher number = DAY_NUMBER.matcher(words);
		if (number.matches()) {
			int day = Integer.parseInt(number.group(1));
			return (day >= 1 && day <= this.trainingClass.days().size()) ? day : null;
		}
		Matcher dayMonth = DAY_MONTH.matcher(words);
		if (dayMonth.matches()) {
			int year = (dayMonth.group(3) != null) ? Integer.parseInt(dayMonth.group(3))
					: this.trainingClass.start().getYear();
			try {
				return dayOf(
						LocalDate.of(year, Integer.parseInt(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1))));
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The unit of the plan's norm for the category that the line's unit names (compared
	 * without accents, case or spaces), or the category's only norm when the line names
	 * no unit.
	 */
	private String normUnit(BudgetCategory category, String unit) {
		List<SpendingNorm> candidates = this.norms.stream().filter((norm) -> norm.category() == category).toList();
		if (unit == null) {
			return (candidates.size() == 1) ? candidates.get(0).unit() : null;
		}
		String key = unitKey(unit);
		return candidates.stream()
			.filter((norm) -> unitKey(norm.unit()).equals(key))
			.map(SpendingNorm::unit)
			.findFirst()
			.orElse(null);
	}

	private static String unitKey(String unit) {
		return VietnameseText.fold(unit).replaceAll("\\s+", "");
	}

	private SettlementIssue issue(SheetRow row, Field field, SettlementIssueCode code, String message, String value) {
		Integer column = this.table.columns().column(field);
		return SettlementIssue.line(this.table.sheet(), row.rowNumber(),
				(column != null) ? Cell.columnLetters(column) : null, code, message, truncate(value, 500));
	}

	private static String text(Cell cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		return VietnameseText.clean(cell.text());
	}

	private static String rawCells(SheetRow row) {
		StringBuilder raw = new StringBuilder();
		for (Cell cell : row.cells()) {
			if (!cell.isBlank()) {
				raw.append((raw.length() > 0) ? " | " : "")
					.append(Cell.columnLetters(cell.column()))
					.append('=')
					.append(cell.text());
			}
		}
		return truncate(raw.toString(), 4000);
	}

	private static String money(BigDecimal value) {
		return VietnameseFormat.vnd(value.setScale(0, RoundingMode.HALF_UP).longValue());
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0) {
			return VietnameseFormat.number(stripped.longValue());
		}
		return stripped.toPlainString().replace('.', ',');
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length - 1) + "…";
	}

}
