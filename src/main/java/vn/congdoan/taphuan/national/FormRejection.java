package vn.congdoan.taphuan.national;

import java.util.Objects;

/**
 * A whole form that cannot be imported: a stable code and a message the sender can act
 * on.
 */
class FormRejection extends Exception {

	private final NationalIssueCode code;

	FormRejection(NationalIssueCode code, String message) {
		super(message);
		this.code = Objects.requireNonNull(code);
	}

	NationalIssueCode code() {
		return this.code;
	}

}
