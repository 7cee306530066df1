package vn.congdoan.taphuan.intake;

import java.util.Objects;

/**
 * A whole file that cannot be imported: a stable code and a message a ward officer can
 * act on.
 */
public class FileRejection extends Exception {

	private final IssueCode code;

	public FileRejection(IssueCode code, String message) {
		super(message);
		this.code = Objects.requireNonNull(code);
	}

	public FileRejection(IssueCode code, String message, Throwable cause) {
		super(message, cause);
		this.code = Objects.requireNonNull(code);
	}

	public IssueCode code() {
		return this.code;
	}

}
