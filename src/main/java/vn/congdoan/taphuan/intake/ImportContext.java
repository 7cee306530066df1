package vn.congdoan.taphuan.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * @param seen the identities of the rows already committed (when the import resumes),
 * with the line each was first seen on
 */
record ImportContext(long submissionId, Path file, String originalName, List<SheetLayout> sheets, int dayCount,
		LegacyEncoding legacy, int planYear, Map<String, Line> seen) {

	ImportContext {
		sheets = List.copyOf(sheets);
		seen = Map.copyOf(seen);
	}

	/**
	 * Where a trainee was first listed in the file.
	 */
	record Line(int row, String sheet) {
	}

	SheetLayout sheet(int sheetNo) {
		return this.sheets.stream().filter((sheet) -> sheet.sheetNo() == sheetNo).findFirst().orElseThrow();
	}

}
