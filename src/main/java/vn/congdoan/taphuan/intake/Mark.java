package vn.congdoan.taphuan.intake;

/**
 * A trainee's roll-call mark for one class day, with the one-letter code stored for it.
 */
public enum Mark {

	/** Có mặt. */
	PRESENT('P'),

	/** Vắng có phép. */
	EXCUSED('E'),

	/** Vắng không phép, or no mark. */
	ABSENT('A'),

	/** A mark nobody recognised; the importer keeps the ward's text beside it. */
	UNKNOWN('?');

	private final char code;

	Mark(char code) {
		this.code = code;
	}

	/** The one-letter code stored for this mark. */
	public char code() {
		return this.code;
	}

	/** The mark stored under a code. */
	public static Mark ofCode(char code) {
		for (Mark mark : values()) {
			if (mark.code == code) {
				return mark;
			}
		}
		throw new IllegalArgumentException("no mark has code '" + code + "'");
	}

}
