package vn.congdoan.taphuan.reconcile;

/**
 * How serious a finding is: ERROR (figures or money are wrong until someone acts),
 * WARNING (a problem to look into), INFO (a fact worth knowing).
 */
public enum FindingSeverity {

	ERROR("Lỗi"), WARNING("Cảnh báo"), INFO("Thông tin");

	private final String label;

	FindingSeverity(String label) {
		this.label = label;
	}

	/** The Vietnamese word reports use. */
	public String label() {
		return this.label;
	}

}
