package vn.congdoan.taphuan.budget;

import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.intake.SheetRow;

/**
 * The settlement table found in a workbook.
 *
 * @param format "xlsx", "xls" or "csv"
 * @param metadata the hidden metadata sheet's keys and values, empty without one
 * @param titleLines the text of the rows above the header, and the sheet's name
 * @param sheet the sheet's name
 * @param columns where each field is
 * @param headerRow the 1-based row of the header (the lower one of a two-row header)
 * @param rows the rows below the header
 * @param notes notes on the file (another sheet with a table, skipped)
 */
record SettlementTable(String format, Map<String, String> metadata, List<String> titleLines, String sheet,
		SettlementColumns columns, int headerRow, List<SheetRow> rows, List<SettlementIssue> notes) {

	SettlementTable {
		metadata = Map.copyOf(metadata);
		titleLines = List.copyOf(titleLines);
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
	}

	SettlementTable with(String format, Map<String, String> metadata, List<SettlementIssue> notes) {
		return new SettlementTable(format, metadata, this.titleLines, this.sheet, this.columns, this.headerRow,
				this.rows, notes);
	}

}
