package vn.congdoan.taphuan.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What importing one file did: the JSON contract of {@code taphuan import --json}
 * ("files" items).
 *
 * @param path the file as given
 * @param sha256 the SHA-256 of its bytes (the archive key)
 * @param plan the plan code, when assigned
 * @param classCode the class code, when assigned (JSON "class")
 * @param ward the ward (unit) code, when assigned
 * @param status IMPORTED, UNCHANGED, REJECTED, or FAILED when the import could not finish
 * @param replaces the name of the earlier file of the same class and ward this one
 * replaced, or {@code null}
 * @param rowsRead trainee lines read
 * @param rowsAccepted lines accepted
 * @param rowsRejected lines rejected
 * @param warnings warnings on accepted lines
 * @param issues every problem, with sheet, row and column
 * @param submission the submission id (for {@code taphuan feedback} and support)
 * @param feedback feedback workbooks written for the ward, if any
 */
public record FileOutcome(String path, String sha256, String plan, @JsonProperty("class") String classCode, String ward,
		Status status, String replaces, int rowsRead, int rowsAccepted, int rowsRejected, int warnings,
		List<ImportIssue> issues, long submission, List<String> feedback) {

	public FileOutcome {
		issues = List.copyOf(issues);
		feedback = List.copyOf(feedback);
	}

	public FileOutcome withFeedback(List<String> files) {
		return new FileOutcome(this.path, this.sha256, this.plan, this.classCode, this.ward, this.status, this.replaces,
				this.rowsRead, this.rowsAccepted, this.rowsRejected, this.warnings, this.issues, this.submission,
				files);
	}

	/** An import that could not finish: running the same command again resumes it. */
	static FileOutcome failed(String path, String sha256, long submission, String message) {
		return new FileOutcome(path, sha256, null, null, null, Status.FAILED, null, 0, 0, 0, 0,
				List.of(new ImportIssue(null, null, null, null, IssueCode.Severity.ERROR, message, null)), submission,
				List.of());
	}

	/**
	 * Whether this import rejected anything (the file, or any of its rows); an unchanged
	 * file rejects nothing.
	 */
	public boolean hasRejections() {
		return this.status == Status.REJECTED || (this.status == Status.IMPORTED && this.rowsRejected > 0);
	}

	/**
	 * The outcome of one file.
	 */
	public enum Status {

		IMPORTED, UNCHANGED, REJECTED,

		/**
		 * The import did not finish (a fault, not the file): running the same command
		 * again resumes it.
		 */
		FAILED

	}

}
