package vn.congdoan.taphuan.intake;

import java.util.List;

/**
 * One row of a sheet: its 1-based row number and its non-empty cells in column order.
 */
record SheetRow(int rowNumber, List<Cell> cells) {

	SheetRow {
		cells = List.copyOf(cells);
	}

	Cell cell(int column) {
		for (Cell cell : this.cells) {
			if (cell.column() == column) {
				return cell;
			}
			if (cell.column() > column) {
				return null;
			}
		}
		return null;
	}

	/** The cell's text, or {@code null} when the cell is empty. */
	String text(int column) {
		Cell cell = cell(column);
		return (cell != null) ? cell.text() : null;
	}

	boolean isBlank() {
		return this.cells.stream().allMatch(Cell::isBlank);
	}

}
