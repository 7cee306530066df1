package vn.congdoan.taphuan.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A trainee row as stored: normalised values, roll-call marks, whether it is accepted,
 * and its issues.
 *
 * @param seq the row's number within the submission (1-based, in reading order)
 * @param sheetNo 0-based sheet index
 * @param sheetName the sheet's name
 * @param rowNumber 1-based row in the sheet
 * @param accepted {@code false} when the row is rejected (not counted)
 * @param fullName the name in title case
 * @param nameKey the name case-folded (identity)
 * @param nameFolded the name without diacritics (possible duplicates)
 * @param birthYear the birth year, or {@code null}
 * @param birthDate the birth date when written in full, or {@code null}
 * @param gender 'M', 'F' or {@code null}
 * @param positionCode the position code, or {@code null} when blank
 * @param positionRaw the position as written
 * @param unitName the trainee's unit (CĐCS), as written
 * @param phone the phone number, normalised when valid, else as written
 * @param cccd the citizen ID, normalised when valid, else as written
 * @param note the Ghi chú text
 * @param marks one letter per class day: P, E, A, ? (unknown) or - (no column)
 * @param daysPresent the number of P
 * @param identityKey the identity (see {@code PersonFields})
 * @param rawCells the cells as received, for rejected rows; else {@code null}
 * @param unknownMarks day → unknown mark as written
 * @param issues this row's problems
 */
record TraineeRecord(int seq, int sheetNo, String sheetName, int rowNumber, boolean accepted, String fullName,
		String nameKey, String nameFolded, Integer birthYear, LocalDate birthDate, String gender, String positionCode,
		String positionRaw, String unitName, String phone, String cccd, String note, String marks, int daysPresent,
		String identityKey, String rawCells, Map<Integer, String> unknownMarks, List<ImportIssue> issues) {

	TraineeRecord {
		unknownMarks = Map.copyOf(unknownMarks);
		issues = List.copyOf(issues);
	}

}
