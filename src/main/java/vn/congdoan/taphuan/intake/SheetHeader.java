package vn.congdoan.taphuan.intake;

import java.util.List;

/**
 * Where a sheet's table is: its header row(s), its first data row, its columns, and the
 * title lines above it.
 *
 * @param headerRow 1-based row of the (top) header
 * @param firstDataRow 1-based first row after the header (and any column-numbering row)
 * @param columns the recognised and the ignored columns
 * @param titleLines text of the rows above the header, for telling which class and ward
 * the file is for
 */
record SheetHeader(int headerRow, int firstDataRow, List<HeaderColumn> columns, List<String> titleLines) {

	SheetHeader {
		columns = List.copyOf(columns);
		titleLines = List.copyOf(titleLines);
	}

	List<HeaderColumn> dayColumns() {
		return this.columns.stream().filter((column) -> column.field() == Field.DAY).toList();
	}

	List<HeaderColumn> ignoredColumns() {
		return this.columns.stream().filter((column) -> column.field() == Field.IGNORED).toList();
	}

}
