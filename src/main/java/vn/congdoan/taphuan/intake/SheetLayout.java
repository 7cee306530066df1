package vn.congdoan.taphuan.intake;

import java.util.List;
import java.util.Map;

/**
 * A readable sheet of a submission as inspection stored it.
 *
 * @param sheetNo 0-based sheet index
 * @param name the sheet's name
 * @param firstDataRow 1-based first row after the header
 * @param columns column → role
 * @param merges merged ranges below the header in used columns
 */
record SheetLayout(int sheetNo, String name, int firstDataRow, Map<Integer, ColumnRole> columns,
		List<CellRange> merges) {

	SheetLayout {
		columns = Map.copyOf(columns);
		merges = List.copyOf(merges);
	}

	Field field(int column) {
		ColumnRole role = this.columns.get(column);
		return (role != null) ? role.field() : Field.IGNORED;
	}

}
