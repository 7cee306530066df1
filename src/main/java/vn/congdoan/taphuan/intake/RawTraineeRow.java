package vn.congdoan.taphuan.intake;

import java.util.List;

/**
 * A data row of a ward's sheet as read (merged cells filled down), before any
 * normalisation.
 *
 * @param seq the row's 1-based number among the submission's trainee rows, in reading
 * order
 * @param sheetNo 0-based sheet index
 * @param sheetName the sheet's name
 * @param rowNumber 1-based row in the sheet
 * @param cells the row's cells
 */
record RawTraineeRow(int seq, int sheetNo, String sheetName, int rowNumber, List<Cell> cells) {

	RawTraineeRow {
		cells = List.copyOf(cells);
	}

}
