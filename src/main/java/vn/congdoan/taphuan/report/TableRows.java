package vn.congdoan.taphuan.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A table with its rows (and total row) computed: what both the PDF and the XLSX get.
 * Short tables hold their rows in a list; a long one ({@link #streamed}) is a
 * {@link StreamedRows} that reads them from their source each time it is iterated.
 */
record TableRows(Table<?> table, Collection<Map<String, Object>> rows) {

	TableRows {
		rows = (rows instanceof StreamedRows) ? rows : List.copyOf(rows);
	}

	static <T> TableRows of(Table<T> table, List<T> items) {
		return new TableRows(table, table.rows(items));
	}

	/**
	 * A long table read from its source, once for each output; it can have no total row
	 * (that would need every row first).
	 * @param size the number of rows if known beforehand, or -1
	 */
	static <T> TableRows streamed(Table<T> table, int size, RowSource<T> items) {
		if (table.hasTotal()) {
			throw new IllegalArgumentException(table.name() + " has a total row: it cannot be streamed");
		}
		return new TableRows(table, new StreamedRows(() -> items.open().map(table::row), size));
	}

	/** Closes what a streamed table's readers left open. */
	void close() {
		if (this.rows instanceof StreamedRows streamed) {
			streamed.close();
		}
	}

}
