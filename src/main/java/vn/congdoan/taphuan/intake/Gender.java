package vn.congdoan.taphuan.intake;

/**
 * A trainee's gender as lists record it, with the one-letter code stored for it; reports
 * count women (nữ) separately.
 */
public enum Gender {

	/** Nam. */
	MALE('M'),

	/** Nữ. */
	FEMALE('F');

	private final char code;

	Gender(char code) {
		this.code = code;
	}

	/** The one-letter code stored for this gender. */
	public char code() {
		return this.code;
	}

}
