package vn.congdoan.taphuan.ops;

/**
 * A run cannot start for a reason that is neither the user's input nor a fault during the
 * run: a part of the pipeline missing from this build, or delivery misconfigured. The
 * message says what to do, in Vietnamese.
 */
public class RunNotPossibleException extends RuntimeException {

	public RunNotPossibleException(String message) {
		super(message);
	}

}
