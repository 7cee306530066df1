package vn.congdoan.taphuan.reconcile;

/**
 * Where a finding stands.
 */
public enum FindingStatus {

	/**
	 * Detected by the latest run; nobody has decided on it (or its facts changed since).
	 */
	OPEN,

	/**
	 * Detected by the latest run, and the latest acknowledgement saw these very facts.
	 */
	ACKNOWLEDGED,

	/** No longer detected by the latest run of its plan; kept as history. */
	CLOSED

}
