package vn.congdoan.taphuan.intake;

/**
 * One problem found in a received file, placed so a ward officer can find it.
 *
 * @param sheet the sheet's name, or {@code null} for the whole file
 * @param row the 1-based row, or {@code null}
 * @param column the column letters ("D"), or {@code null}
 * @param code the stable code ({@code null} only for an import that failed to finish)
 * @param severity ERROR (rejected), WARNING (kept) or INFO (a note)
 * @param message what is wrong and how to fix it, in Vietnamese
 * @param value the value as received, when there is one
 */
public record ImportIssue(String sheet, Integer row, String column, IssueCode code, IssueCode.Severity severity,
		String message, String value) {

	public ImportIssue {
		severity = (severity != null || code == null) ? severity : code.severity();
	}

	static ImportIssue file(IssueCode code, String message) {
		return new ImportIssue(null, null, null, code, code.severity(), message, null);
	}

}
