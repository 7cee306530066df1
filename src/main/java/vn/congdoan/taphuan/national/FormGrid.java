package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.CellKind;
import vn.congdoan.taphuan.intake.CellRange;
import vn.congdoan.taphuan.intake.LegacyEncoding;
import vn.congdoan.taphuan.intake.LegacyEvidence;
import vn.congdoan.taphuan.intake.LegacyVietnamese;
import vn.congdoan.taphuan.intake.SheetCursor;
import vn.congdoan.taphuan.intake.SheetRow;
import vn.congdoan.taphuan.intake.SpreadsheetFile;

/**
 * The top of one sheet as a grid of cells, small enough to look at from every side (a
 * form is a few dozen rows): merged labels copied into every cell they cover, text in
 * TCVN3 or VNI converted to Unicode, and each cell keeping its place on the sheet so that
 * a problem names the cell the sender sees ("H14") even when the grid has been
 * transposed.
 */
final class FormGrid {

	/** Rows of a sheet looked at; a form's table and signature fit well within. */
	static final int MAX_ROWS = 300;

	/** Columns looked at. */
	static final int MAX_COLUMNS = 60;

	private final String sheet;

	private final Map<Long, GridCell> cells;

	private final int rows;

	private final int columns;

	private FormGrid(String sheet, Map<Long, GridCell> cells, int rows, int columns) {
		this.sheet = sheet;
		this.cells = cells;
		this.rows = rows;
		this.columns = columns;
	}

	/**
	 * Reads a sheet: its first {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} columns
	 * are kept; the rest is read through (for the merged ranges that come after the
	 * cells) and handed to {@code rest} row by row, for checks that look at every row.
	 */
	static FormGrid read(SpreadsheetFile workbook, int sheetIndex, String sheetName, RowCheck rest) throws IOException {
		Map<Long, GridCell> cells = new HashMap<>();
		int rows = 0;
		int columns = 0;
		LegacyEvidence evidence = LegacyEvidence.NONE;
		List<CellRange> merges;
		try (SheetCursor cursor = workbook.rows(sheetIndex, null)) {
			for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
				rest.accept(row);
				if (row.rowNumber() > MAX_ROWS) {
					continue;
				}
				for (Cell cell : row.cells()) {
					if (cell.column() >= MAX_COLUMNS || cell.isBlank()) {
						continue;
					}
					int r = row.rowNumber() - 1;
					cells.put(key(r, cell.column()),
							new GridCell(cell, cell.text(), row.rowNumber(), cell.column(), false));
					rows = Math.max(rows, r + 1);
					columns = Math.max(columns, cell.column() + 1);
					if (cell.kind() == CellKind.TEXT) {
						evidence = evidence.plus(LegacyVietnamese.score(cell.text()));
					}
				}
			}
			merges = cursor.merges();
		}
		Optional<LegacyEncoding> legacy = evidence.verdict();
		if (legacy.isPresent()) {
			cells.replaceAll((key, cell) -> (cell.cell().kind() == CellKind.TEXT)
					? cell.withText(LegacyVietnamese.decode(cell.text(), legacy.get())) : cell);
		}
		for (CellRange merge : merges) {
			GridCell anchor = cells.get(key(merge.firstRow() - 1, merge.firstColumn()));
			if (anchor == null || anchor.cell().kind() != CellKind.TEXT) {
				continue;
			}
			for (int r = merge.firstRow() - 1; r <= Math.min(merge.lastRow() - 1, MAX_ROWS - 1); r++) {
				for (int c = merge.firstColumn(); c <= Math.min(merge.lastColumn(), MAX_COLUMNS - 1); c++) {
					cells.putIfAbsent(key(r, c), new GridCell(anchor.cell(), anchor.text(), r + 1, c, true));
				}
			}
		}
		return new FormGrid(sheetName, cells, rows, columns);
	}

	/** The same cells with rows and columns swapped; every cell keeps its sheet place. */
	FormGrid transposed() {
		Map<Long, GridCell> swapped = new HashMap<>();
		this.cells.forEach((key, cell) -> swapped.put(key(column(key), row(key)), cell));
		return new FormGrid(this.sheet, swapped, this.columns, this.rows);
	}

	String sheet() {
		return this.sheet;
	}

	int rows() {
		return this.rows;
	}

	int columns() {
		return this.columns;
	}

	/** The cell at grid row and column, or {@code null}. */
	GridCell at(int row, int column) {
		return this.cells.get(key(row, column));
	}

	/** The text at grid row and column (clean, NFC), or {@code null} when empty. */
	String text(int row, int column) {
		GridCell cell = at(row, column);
		return (cell != null) ? VietnameseText.clean(cell.text()) : null;
	}

	/** The text folded for matching (no accents, lower case), or "" when empty. */
	String folded(int row, int column) {
		String text = text(row, column);
		return (text != null) ? ReportingUnits.words(text) : "";
	}

	/** Whether a grid row has no cell at all. */
	boolean isBlankRow(int row) {
		for (int c = 0; c < this.columns; c++) {
			if (at(row, c) != null) {
				return false;
			}
		}
		return true;
	}

	private static long key(int row, int column) {
		return ((long) row << 32) | (column & 0xffffffffL);
	}

	private static int row(long key) {
		return (int) (key >> 32);
	}

	private static int column(long key) {
		return (int) key;
	}

	/**
	 * One cell of the grid.
	 *
	 * @param cell the cell as read (for a merged copy: its range's first cell)
	 * @param text its text, converted from a legacy encoding when the sheet used one
	 * @param sheetRow its 1-based row on the sheet
	 * @param sheetColumn its 0-based column on the sheet
	 * @param mergedCopy whether it is a copy of a merged range's first cell
	 */
	record GridCell(Cell cell, String text, int sheetRow, int sheetColumn, boolean mergedCopy) {

		GridCell withText(String converted) {
			return new GridCell(this.cell, converted, this.sheetRow, this.sheetColumn, this.mergedCopy);
		}

		/** "H14". */
		String reference() {
			return Cell.columnLetters(this.sheetColumn) + this.sheetRow;
		}

		String columnLetters() {
			return Cell.columnLetters(this.sheetColumn);
		}

	}

	/** Hears about every row of the sheet as it is read. */
	interface RowCheck {

		void accept(SheetRow row);

	}

}
