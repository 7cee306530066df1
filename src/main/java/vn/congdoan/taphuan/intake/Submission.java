package vn.congdoan.taphuan.intake;

import java.time.OffsetDateTime;

/**
 * One reception of a file and what became of it.
 *
 * @param id the submission id
 * @param sha256 the archived bytes
 * @param originalName the file's name as received
 * @param originalPath where it was received from
 * @param receivedAt when
 * @param receivedBy who delivered it
 * @param request what the caller said about it (plan, class, ward)
 * @param planCode the plan it was assigned to, or {@code null}
 * @param classCode the class, or {@code null}
 * @param unitCode the ward (unit), or {@code null}
 * @param assignedBy how class and ward were decided: FLAGS, FOLDER, METADATA or TITLE
 * @param format xlsx, xls or csv
 * @param legacyEncoding TCVN3 or VNI when converted, else {@code null}
 * @param status where it stands
 * @param rejectCode the file-level code when rejected
 * @param replacesId the submission it replaced, or {@code null}
 * @param rowsRead trainee lines read
 * @param rowsAccepted lines accepted
 * @param rowsRejected lines rejected
 * @param warnings warnings on accepted lines
 */
public record Submission(long id, String sha256, String originalName, String originalPath, OffsetDateTime receivedAt,
		String receivedBy, ImportRequest request, String planCode, String classCode, String unitCode, String assignedBy,
		String format, String legacyEncoding, SubmissionStatus status, String rejectCode, Long replacesId, int rowsRead,
		int rowsAccepted, int rowsRejected, int warnings) {

	/** The file's extension, lower case, from its original name. */
	public String extension() {
		int dot = this.originalName.lastIndexOf('.');
		return (dot < 0) ? "" : this.originalName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

}
