package vn.congdoan.taphuan.report;

/**
 * What a listed trainee's attendance of one class came to, under the province's
 * completion rule.
 */
public enum AttendanceStatus {

	/** Present on enough days to complete the class. */
	COMPLETED("Hoàn thành"),

	/** Present on at least one day, but not enough to complete. */
	PARTIAL("Chưa đủ buổi"),

	/** Listed, but present on no day. */
	ABSENT("Không tham dự");

	private final String label;

	AttendanceStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
