package vn.congdoan.taphuan.intake;

import java.util.List;

/**
 * One row of a sheet: its 1-based row number and its non-empty cells in column order.
 */
public record SheetRow(int rowNumber, List<Cell> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	public Cell cell(int column) {
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
	public String text(int column) {
		Cell cell = cell(column);
		return (cell != null) ? cell.text() : null;
	}

	public boolean isBlank() {
		return this.cells.stream().allMatch(Cell::isBlank);
	}

}
