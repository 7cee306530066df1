package vn.congdoan.taphuan.intake;

import java.io.Closeable;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;

/**
 * A workbook (or CSV file) opened for streaming: its sheets, and a cursor over the rows
 * of any of them. Only one package-private class per format knows the format.
 */
public interface SpreadsheetFile extends Closeable {

	/** "xlsx", "xls" or "csv". */
	String format();

	List<SheetInfo> sheets();

	/**
	 * Opens a cursor over a sheet's rows.
	 * @param sheet 0-based sheet index
	 * @param columns the columns to return, or {@code null} for all; others are skipped
	 * without decoding
	 */
	SheetCursor rows(int sheet, BitSet columns) throws IOException;

	/**
	 * Reads whatever the sheets' rows have not needed so far, so that the size limits
	 * have seen the whole file (an xlsx file's shared strings are read only as far as the
	 * cells read so far refer to them).
	 */
	default void readRest() throws IOException {
	}

	@Override
	void close() throws IOException;

}
