package vn.congdoan.taphuan.intake;

/**
 * Where a submission (one reception of a file) stands.
 */
public enum SubmissionStatus {

	/** Being imported, or interrupted: running the same import again resumes it. */
	IMPORTING,

	/** The current file of its class and ward: its rows count. */
	IMPORTED,

	/** Superseded by a newer file for the same class and ward; kept as history. */
	REPLACED,

	/** The whole file was rejected; nothing of it counts. */
	REJECTED

}
