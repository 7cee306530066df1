package vn.congdoan.taphuan.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One non-empty cell: its 0-based column, what kind of value it held and that value.
 *
 * @param column 0-based column index (A = 0)
 * @param kind the kind of value
 * @param text the value as text (see {@link CellKind})
 * @param number the numeric value for NUMBER and DATE cells (a date as its serial day
 * number), else 0
 * @param date the date for DATE cells, else {@code null}
 */
public record Cell(int column, CellKind kind, String text, double number, LocalDate date) {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public Cell {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
	}

	static Cell text(int column, String text) {
		return new Cell(column, CellKind.TEXT, text, 0, null);
	}

	static Cell number(int column, double value) {
		return new Cell(column, CellKind.NUMBER, plain(value), value, null);
	}

	static Cell date(int column, double serial, LocalDate date) {
		return new Cell(column, CellKind.DATE, DAY_MONTH_YEAR.format(date), serial, date);
	}

	static Cell bool(int column, boolean value) {
		return new Cell(column, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", value ? 1 : 0, null);
	}

	static Cell error(int column, String text) {
		return new Cell(column, CellKind.ERROR, text, 0, null);
	}

	/** A number as people write it: 912345678, 1985, 0.5 (never 9.12345678E8). */
	static String plain(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Column letters of a 0-based index: 0 → A, 27 → AB. */
	public static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder(3);
		int remaining = column + 1;
		while (remaining > 0) {
			int digit = (remaining - 1) % 26;
			letters.insert(0, (char) ('A' + digit));
			remaining = (remaining - 1) / 26;
		}
		return letters.toString();
	}

	public boolean isBlank() {
		return this.text.isBlank();
	}

}
