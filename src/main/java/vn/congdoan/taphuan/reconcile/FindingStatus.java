package vn.congdoan.taphuan.reconcile;

/**
 * Where a finding stands.
 */
public enum FindingStatus {

	/**
	 * Detected by the latest run; nobody has decided on it (or its facts changed since).
	 */
	OPEN("Chưa xử lý"),

	/**
	 * Detected by the latest run, and the latest acknowledgement saw these very facts.
	 */
	ACKNOWLEDGED("Đã xác nhận"),

	/** No longer detected by the latest run of its plan; kept as history. */
	CLOSED("Đã đóng");

	private final String label;

	FindingStatus(String label) {
		this.label = label;
	}

	/** The Vietnamese word for it in reports, workbooks and the terminal. */
	public String label() {
		return this.label;
	}

}
