package vn.congdoan.taphuan.national;

import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.congdoan.taphuan.national.FormGrid.GridCell;
import vn.congdoan.taphuan.national.FormLayouts.HeaderCell;
import vn.congdoan.taphuan.national.FormLayouts.Layout;

/**
 * The form's table as found on a sheet, before its cells are read as numbers.
 *
 * @param layout how it is laid out
 * @param sheet the sheet's name
 * @param titleEnd the first sheet row of the table: rows above it are the title block
 * @param cells the figure cells of each row found, by column
 * @param labels the label cell of each row found
 * @param scales đồng per unit of each money column (1.000.000 for "triệu đồng")
 * @param columns the figure columns the table has
 * @param ignoredColumns header cells of columns with figures that are not the form's, or
 * repeat one
 * @param ignoredRows label cells of rows with figures that are not the form's, or repeat
 * one
 * @param personal headers of personal data
 */
record FormTable(Layout layout, String sheet, int titleEnd, Map<FormRow, Map<FormColumn, GridCell>> cells,
		Map<FormRow, GridCell> labels, Map<FormColumn, Long> scales, Set<FormColumn> columns,
		List<HeaderCell> ignoredColumns, List<GridCell> ignoredRows, List<HeaderCell> personal) {

	FormTable {
		cells = Map.copyOf(cells);
		labels = new java.util.HashMap<>(labels);
		scales = Map.copyOf(scales);
		columns = Set.copyOf(columns);
		ignoredColumns = List.copyOf(ignoredColumns);
		ignoredRows = List.copyOf(ignoredRows);
		personal = List.copyOf(personal);
	}

	/** How much of a form this is: the figure cells found, then the rows. */
	int score() {
		int figures = this.cells.values().stream().mapToInt(Map::size).sum();
		return figures * 10 + this.cells.size();
	}

}
