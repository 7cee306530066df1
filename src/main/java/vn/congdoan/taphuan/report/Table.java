package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One table of a report, defined once for both outputs: the PDF template reads its rows
 * as a list of maps (a JRXML sub-dataset whose fields are the column keys, handed in as
 * the parameter {@link #name()}), and the XLSX workbook writes the same rows as a sheet.
 * So the two outputs cannot disagree on a figure. A table with a total row adds it at the
 * end, with {@code total = true}: count and money columns summed, ratio columns
 * recomputed from the sums.
 *
 * @param <T> the row record
 */
final class Table<T> {

	/** The key of the flag that marks the total row. */
	static final String TOTAL = "total";

	private final String name;

	private final String sheet;

	private final List<Column<T>> columns;

	private final String totalLabelKey;

	private Table(String name, String sheet, List<Column<T>> columns, String totalLabelKey) {
		this.name = name;
		this.sheet = sheet;
		this.columns = List.copyOf(columns);
		this.totalLabelKey = totalLabelKey;
	}

	static <T> Builder<T> named(String name, String sheet) {
		return new Builder<>(name, sheet);
	}

	/** The template parameter carrying the rows. */
	String name() {
		return this.name;
	}

	/** The XLSX sheet name (at most 31 characters). */
	String sheet() {
		return this.sheet;
	}

	List<Column<T>> columns() {
		return this.columns;
	}

	boolean hasTotal() {
		return this.totalLabelKey != null;
	}

	/**
	 * The rows with typed values (text, {@code Long}, {@code Double}, {@code LocalDate},
	 * or {@code null}), plus the total row when the table has one.
	 */
	List<Map<String, Object>> rows(List<T> items) {
		List<Map<String, Object>> rows = new ArrayList<>(items.size() + 1);
		for (T item : items) {
			rows.add(row(item));
		}
		if (hasTotal() && !items.isEmpty()) {
			rows.add(total(rows));
		}
		return rows;
	}

	/** One item's row, without a total row: what {@link #rows} gives for it. */
	Map<String, Object> row(T item) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (Column<T> column : this.columns) {
			if (column.value() != null) {
				row.put(column.key(), normalise(column.value().apply(item)));
			}
		}
		ratios(row);
		row.put(TOTAL, Boolean.FALSE);
		return row;
	}

	private Map<String, Object> total(List<Map<String, Object>> rows) {
		Map<String, Object> total = new LinkedHashMap<>();
		for (Column<T> column : this.columns) {
			if (column.kind().isSummed() && column.value() != null) {
				Long sum = null;
				for (Map<String, Object> row : rows) {
					if (row.get(column.key()) instanceof Long value) {
						sum = ((sum != null) ? sum : 0L) + value;
					}
				}
				total.put(column.key(), sum);
			}
			else if (column.value() != null) {
				total.put(column.key(), null);
			}
		}
		total.put(this.totalLabelKey, "Tổng cộng");
		ratios(total);
		total.put(TOTAL, Boolean.TRUE);
		return total;
	}

	private void ratios(Map<String, Object> row) {
		for (Column<T> column : this.columns) {
			if (column.value() == null) {
				Object part = row.get(column.numerator());
				Object whole = row.get(column.denominator());
				row.put(column.key(),
						(part instanceof Long p && whole instanceof Long w && w > 0) ? (double) p / w : null);
			}
		}
	}

	private static Object normalise(Object value) {
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof Number number && !(value instanceof Long) && !(value instanceof Double)) {
			throw new IllegalArgumentException("Unsupported number type: " + value.getClass());
		}
		if (value instanceof Enum<?>) {
			throw new IllegalArgumentException("Map enums to their label in the column: " + value);
		}
		return value;
	}

	/**
	 * A column: {@code key} is the JRXML field name, {@code header} the XLSX header,
	 * {@code width} its XLSX width in characters. A ratio column has no value function:
	 * it divides two other columns of the same row.
	 */
	record Column<T>(String key, String header, Kind kind, int width, Function<T, ?> value, String numerator,
			String denominator) {

		Column {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(kind, "kind");
		}

	}

	/** How a column's values are typed and shown. */
	enum Kind {

		/** Text. */
		TEXT(false),

		/** A whole number shown with thousands grouping ("1.400"), summed in totals. */
		COUNT(true),

		/** Whole đồng ("1.400.000"), summed in totals. */
		MONEY(true),

		/** A whole number shown as is (a year, a row number), not summed. */
		NUMBER(false),

		/** A share shown as a percentage. */
		RATIO(false),

		/** A date, dd/MM/yyyy. */
		DATE(false);

		private final boolean summed;

		Kind(boolean summed) {
			this.summed = summed;
		}

		boolean isSummed() {
			return this.summed;
		}

	}

	static final class Builder<T> {

		private final String name;

		private final String sheet;

		private final List<Column<T>> columns = new ArrayList<>();

		private String totalLabelKey;

		private Builder(String name, String sheet) {
			if (sheet.length() > 31) {
				throw new IllegalArgumentException("Sheet name longer than 31 characters: " + sheet);
			}
			this.name = name;
			this.sheet = sheet;
		}

		Builder<T> text(String key, String header, int width, Function<T, String> value) {
			return add(new Column<>(key, header, Kind.TEXT, width, value, null, null));
		}

		Builder<T> count(String key, String header, int width, Function<T, ? extends Number> value) {
			return add(new Column<>(key, header, Kind.COUNT, width, value, null, null));
		}

		Builder<T> money(String key, String header, int width, Function<T, Long> value) {
			return add(new Column<>(key, header, Kind.MONEY, width, value, null, null));
		}

		Builder<T> number(String key, String header, int width, Function<T, Integer> value) {
			return add(new Column<>(key, header, Kind.NUMBER, width, value, null, null));
		}

		Builder<T> date(String key, String header, int width, Function<T, LocalDate> value) {
			return add(new Column<>(key, header, Kind.DATE, width, value, null, null));
		}

		Builder<T> ratio(String key, String header, int width, String numerator, String denominator) {
			return add(new Column<>(key, header, Kind.RATIO, width, null, numerator, denominator));
		}

		/** Adds a total row, labelled "Tổng cộng" in the text column {@code labelKey}. */
		Builder<T> totalLabelledIn(String labelKey) {
			this.totalLabelKey = labelKey;
			return this;
		}

		Table<T> build() {
			return new Table<>(this.name, this.sheet, this.columns, this.totalLabelKey);
		}

		private Builder<T> add(Column<T> column) {
			if (this.columns.stream().anyMatch((existing) -> existing.key().equals(column.key()))) {
				throw new IllegalArgumentException("Duplicate column " + column.key() + " in " + this.name);
			}
			this.columns.add(column);
			return this;
		}

	}

}
