package vn.congdoan.taphuan.report;

import java.util.List;
import java.util.Map;

/**
 * A table with its rows (and total row) computed: what both the PDF and the XLSX get.
 */
record TableRows(Table<?> table, List<Map<String, Object>> rows) {

	TableRows {
		rows = List.copyOf(rows);
	}

	static <T> TableRows of(Table<T> table, List<T> items) {
		return new TableRows(table, table.rows(items));
	}

}
