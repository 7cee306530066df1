package vn.congdoan.taphuan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

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

	/** The key of the flag that marks the total row (and subtotal rows). */
	static final String TOTAL = "total";

	/**
	 * The key of a row's {@link Highlight} name ({@code MISSING}, {@code LOW},
	 * {@code OVER}), or {@code null}, in tables that mark rows.
	 */
	static final String HIGHLIGHT = "highlight";

	/**
	 * The key of a marked row's mark in words ("Dưới ngưỡng"), for readers in black and
	 * white.
	 */
	static final String MARK = "mark";

	private final String name;

	private final String sheet;

	private final List<Column<T>> columns;

	private final String totalLabelKey;

	private final String totalLabel;

	private final Predicate<T> subtotal;

	private final Function<T, Highlight> highlight;

	private final boolean landscape;

	private Table(Builder<T> builder) {
		this.name = builder.name;
		this.sheet = builder.sheet;
		this.columns = List.copyOf(builder.columns);
		this.totalLabelKey = builder.totalLabelKey;
		this.totalLabel = builder.totalLabel;
		this.subtotal = builder.subtotal;
		this.highlight = builder.highlight;
		this.landscape = builder.landscape;
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
	 * The same table with its rows marked as {@code highlight} says (a threshold known
	 * only when the report is made).
	 */
	Table<T> withHighlight(Function<T, Highlight> highlight) {
		Builder<T> builder = new Builder<>(this.name, this.sheet);
		builder.columns.addAll(this.columns);
		builder.totalLabelKey = this.totalLabelKey;
		builder.totalLabel = this.totalLabel;
		builder.subtotal = this.subtotal;
		builder.landscape = this.landscape;
		builder.highlight = highlight;
		return builder.build();
	}

	/** Whether its rows carry a {@link #HIGHLIGHT}. */
	boolean highlights() {
		return this.highlight != null;
	}

	/** Whether its sheet prints landscape (wide tables). */
	boolean landscape() {
		return this.landscape;
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
		row.put(TOTAL, this.subtotal != null && this.subtotal.test(item));
		if (this.highlight != null) {
			Highlight mark = this.highlight.apply(item);
			boolean marked = mark != null && mark != Highlight.NONE;
			row.put(HIGHLIGHT, marked ? mark.name() : null);
			row.put(MARK, marked ? mark.label() : null);
		}
		return row;
	}

	private Map<String, Object> total(List<Map<String, Object>> rows) {
		Map<String, Object> total = new LinkedHashMap<>();
		for (Column<T> column : this.columns) {
			if (column.kind().isSummed() && column.value() != null && column.totalled()) {
				Long sum = null;
				for (Map<String, Object> row : rows) {
					if (Boolean.TRUE.equals(row.get(TOTAL))) {
						continue;
					}
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
		total.put(this.totalLabelKey, this.totalLabel);
		ratios(total);
		for (Column<T> column : this.columns) {
			if (!column.totalled()) {
				total.put(column.key(), null);
			}
		}
		total.put(TOTAL, Boolean.TRUE);
		if (this.highlight != null) {
			total.put(HIGHLIGHT, null);
			total.put(MARK, null);
		}
		return total;
	}

	private void ratios(Map<String, Object> row) {
		for (Column<T> column : this.columns) {
			if (column.value() == null) {
				Object part = row.get(column.numerator());
				Object whole = row.get(column.denominator());
				row.put(column.key(),
						(part instanceof Long p && whole instanceof Long w && w > 0) ? share(p, w) : null);
			}
		}
	}

	/**
	 * {@code part / whole} to a tenth of a percent, halves rounded up: what the PDF, the
	 * workbook and the terminal all print ("76,3%" for 61/80, where a binary 0.7625 would
	 * print "76,2%" in the PDF and "76,3%" in Excel).
	 */
	static double share(long part, long whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP).doubleValue();
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
			String denominator, boolean totalled) {

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

		private String totalLabel = "Tổng cộng";

		private Predicate<T> subtotal;

		private Function<T, Highlight> highlight;

		private boolean landscape;

		private Builder(String name, String sheet) {
			if (sheet.length() > 31) {
				throw new IllegalArgumentException("Sheet name longer than 31 characters: " + sheet);
			}
			this.name = name;
			this.sheet = sheet;
		}

		Builder<T> text(String key, String header, int width, Function<T, String> value) {
			return add(new Column<>(key, header, Kind.TEXT, width, value, null, null, true));
		}

		Builder<T> count(String key, String header, int width, Function<T, ? extends Number> value) {
			return add(new Column<>(key, header, Kind.COUNT, width, value, null, null, true));
		}

		Builder<T> money(String key, String header, int width, Function<T, Long> value) {
			return add(new Column<>(key, header, Kind.MONEY, width, value, null, null, true));
		}

		Builder<T> number(String key, String header, int width, Function<T, Integer> value) {
			return add(new Column<>(key, header, Kind.NUMBER, width, value, null, null, true));
		}

		Builder<T> date(String key, String header, int width, Function<T, LocalDate> value) {
			return add(new Column<>(key, header, Kind.DATE, width, value, null, null, true));
		}

		Builder<T> ratio(String key, String header, int width, String numerator, String denominator) {
			return add(new Column<>(key, header, Kind.RATIO, width, null, numerator, denominator, true));
		}

		/** Adds a total row, labelled "Tổng cộng" in the text column {@code labelKey}. */
		Builder<T> totalLabelledIn(String labelKey) {
			this.totalLabelKey = labelKey;
			return this;
		}

		/**
		 * Adds a total row labelled {@code label} (which says what it covers, "Các lớp đã
		 * tổ chức") in the text column {@code labelKey}.
		 */
		Builder<T> totalLabelledIn(String labelKey, String label) {
			this.totalLabelKey = labelKey;
			this.totalLabel = label;
			return this;
		}

		/**
		 * The last column added gets no total: a figure whose sum over the rows would not
		 * mean anything (planned trainees where some programmes plan none), or a ratio of
		 * such a figure.
		 */
		Builder<T> notTotalled() {
			Column<T> last = this.columns.remove(this.columns.size() - 1);
			this.columns.add(new Column<>(last.key(), last.header(), last.kind(), last.width(), last.value(),
					last.numerator(), last.denominator(), false));
			return this;
		}

		/**
		 * Items for which this holds are subtotal lines: bold, and left out of the total.
		 */
		Builder<T> subtotalWhen(Predicate<T> subtotal) {
			this.subtotal = subtotal;
			return this;
		}

		/** Rows are marked (coloured) as this says. */
		Builder<T> highlight(Function<T, Highlight> highlight) {
			this.highlight = highlight;
			return this;
		}

		/** The sheet prints landscape. */
		Builder<T> landscape() {
			this.landscape = true;
			return this;
		}

		Table<T> build() {
			return new Table<>(this);
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
