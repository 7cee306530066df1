package vn.congdoan.taphuan.intake;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Streams the rows of one sheet, in order, once.
 */
public interface SheetCursor extends Closeable {

	/** The next row with at least one cell, or {@code null} at the end of the sheet. */
	SheetRow next() throws IOException;

	/**
	 * Reads the rest of the sheet without returning its cells, for when only the number
	 * of rows and the merged ranges matter.
	 * @return the number of rows with cells that were skipped
	 */
	default int skipRest() throws IOException {
		int rows = 0;
		while (next() != null) {
			rows++;
		}
		return rows;
	}

	/**
	 * The merged ranges of the sheet. Workbooks store them after the cells, so this is
	 * complete only once {@link #next()} has returned {@code null}.
	 */
	List<CellRange> merges();

	@Override
	void close() throws IOException;

}
