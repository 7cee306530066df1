package vn.congdoan.taphuan.intake;

import java.util.Objects;

/**
 * A whole file that cannot be imported: a stable code and a message a ward officer can
 * act on.
 */
class FileRejection extends Exception {

	private final IssueCode code;

	FileRejection(IssueCode code, String message) {
		super(message);
		this.code = Objects.requireNonNull(code);
	}

	FileRejection(IssueCode code, String message, Throwable cause) {
		super(message, cause);
		this.code = Objects.requireNonNull(code);
	}

	IssueCode code() {
		return this.code;
	}

}
