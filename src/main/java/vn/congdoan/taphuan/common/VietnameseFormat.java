package vn.congdoan.taphuan.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How Vietnamese offices write money and dates: 1.400.000 đ, 16/03/2026, "ngày 16 tháng 3
 * năm 2026".
 */
public final class VietnameseFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietnameseFormat() {
	}

	/** Whole đồng with dot grouping: {@code 1400000 → "1.400.000"}. */
	public static String number(long value) {
		String digits = Long.toString(Math.abs(value));
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		int lead = digits.length() % 3;
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (i - lead) % 3 == 0) {
				out.append('.');
			}
			out.append(digits.charAt(i));
		}
		return (value < 0) ? "-" + out : out.toString();
	}

	/**
	 * A share as Vietnamese write it, one decimal, halves rounded up, computed exactly
	 * from its two counts: {@code (1182, 1520) → "77,8%"}, {@code (61, 80) → "76,3%"};
	 * "-" without a whole. Reports round their ratios the same way, so a share reads the
	 * same in the terminal, the PDF and the workbook.
	 */
	public static String percent(long part, long whole) {
		if (whole <= 0) {
			return "-";
		}
		return BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.toPlainString()
			.replace('.', ',') + "%";
	}

	/** Money in VND: {@code 1400000 → "1.400.000 đ"}. */
	public static String vnd(long amount) {
		return number(amount) + " đ";
	}

	/** {@code 2026-03-16 → "16/03/2026"}; {@code null → ""}. */
	public static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/**
	 * The place-and-date line of an administrative document, as Decree 30/2020/NĐ-CP
	 * writes it: days below 10 and the months 1 and 2 with a leading zero ("ngày 02 tháng
	 * 3 năm 2026", "ngày 15 tháng 01 năm 2027").
	 */
	public static String longDate(LocalDate date) {
		int day = date.getDayOfMonth();
		int month = date.getMonthValue();
		return "ngày " + ((day < 10) ? "0" + day : day) + " tháng " + ((month <= 2) ? "0" + month : month) + " năm "
				+ date.getYear();
	}

}
