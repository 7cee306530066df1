package vn.congdoan.taphuan.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * What the row step needs to know about the submission it imports: where the bytes are,
 * which sheets to read with which columns, how many days the class has and whether the
 * text needs legacy-encoding repair.
 *
 * @param submissionId the submission
 * @param file the archived copy
 * @param originalName the file's name as received
 * @param sheets the readable sheets in order
 * @param dayCount the class's number of days
 * @param legacy the legacy encoding to repair, or {@code null}
 * @param planYear the plan's year (for birth-year checks)
 */
record ImportContext(long submissionId, Path file, String originalName, List<SheetLayout> sheets, int dayCount,
		LegacyEncoding legacy, int planYear) {

	ImportContext {
		sheets = List.copyOf(sheets);
	}

	SheetLayout sheet(int sheetNo) {
		return this.sheets.stream().filter((sheet) -> sheet.sheetNo() == sheetNo).findFirst().orElseThrow();
	}

}
