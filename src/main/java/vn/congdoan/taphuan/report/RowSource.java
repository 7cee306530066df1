package vn.congdoan.taphuan.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of a long report table, read on demand and from the first each time they are
 * opened: a report reads them once for the PDF and once for the XLSX, and never holds
 * them all (a class roster has as many rows as the class has trainees).
 *
 * @param <T> the row record
 */
@FunctionalInterface
public interface RowSource<T> {

	/** The rows from the first, read as the stream is consumed. Close the stream. */
	Stream<T> open();

	/** Rows already in memory. */
	static <T> RowSource<T> of(List<T> rows) {
		List<T> copy = List.copyOf(rows);
		return copy::stream;
	}

	/** Every row, read into a list: for short tables and tests. */
	default List<T> toList() {
		try (Stream<T> rows = open()) {
			return rows.toList();
		}
	}

}
