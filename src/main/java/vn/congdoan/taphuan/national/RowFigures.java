package vn.congdoan.taphuan.national;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the statistical form: its figures by column and its note. A column without a
 * figure is absent (a blank cell: no figure given), which is not zero.
 *
 * @param row which row
 * @param values the figures given, whole numbers of at least 0
 * @param note the row's note (Ghi chú), or {@code null}
 */
public record RowFigures(FormRow row, Map<FormColumn, Long> values, String note) {

	public RowFigures {
		Objects.requireNonNull(row, "row");
		EnumMap<FormColumn, Long> copy = new EnumMap<>(FormColumn.class);
		values.forEach((column, value) -> {
			if (value != null) {
				if (value < 0) {
					throw new IllegalArgumentException(row + " " + column + " is negative: " + value);
				}
				copy.put(column, value);
			}
		});
		values = Collections.unmodifiableMap(copy);
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/** A row without figures. */
	public static RowFigures empty(FormRow row) {
		return new RowFigures(row, Map.of(), null);
	}

	/** The figure of a column, or {@code null} when none was given. */
	public Long get(FormColumn column) {
		return this.values.get(column);
	}

	/** Whether no figure at all was given. */
	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/**
	 * The sum of rows, column by column: a column sums the figures given and stays blank
	 * when no row gave one.
	 */
	static RowFigures sum(FormRow row, Iterable<RowFigures> parts) {
		EnumMap<FormColumn, Long> sums = new EnumMap<>(FormColumn.class);
		for (RowFigures part : parts) {
			part.values().forEach((column, value) -> sums.merge(column, value, Long::sum));
		}
		return new RowFigures(row, sums, null);
	}

}
