package vn.congdoan.taphuan.intake;

/**
 * What came of reading one personal-data cell: a usable value, nothing written, or
 * something that is not a valid value (the importer warns and keeps the ward's text).
 */
public enum FieldStatus {

	/** A usable value. */
	VALID,

	/** Nothing written. */
	BLANK,

	/** Written, but not a valid value. */
	INVALID

}
