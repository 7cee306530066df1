package vn.congdoan.taphuan.common;

/**
 * Process exit codes: a public contract that operators' scripts rely on.
 */
public final class ExitCodes {

	/** Done; every input was accepted. */
	public static final int OK = 0;

	/**
	 * Failure: something went wrong that is not the user's input (I/O, database, bug).
	 */
	public static final int FAILURE = 1;

	/**
	 * Usage or validation error: wrong options, unknown codes, an invalid plan file.
	 * Nothing was changed.
	 */
	public static final int USAGE = 2;

	/** Done, but some input was rejected (files or rows): see the issues reported. */
	public static final int PARTIAL = 3;

	private ExitCodes() {
	}

}
