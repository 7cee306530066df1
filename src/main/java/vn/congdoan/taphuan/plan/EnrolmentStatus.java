package vn.congdoan.taphuan.plan;

/**
 * Where a person stands in a programme without classes of its own (post-graduate places,
 * external courses).
 */
public enum EnrolmentStatus {

	PLANNED("Dự kiến cử"),

	ENROLLED("Đã trúng tuyển / đã cử"),

	STUDYING("Đang học"),

	COMPLETED("Đã hoàn thành"),

	WITHDRAWN("Không tham gia");

	private final String label;

	EnrolmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Counts as actual against the planned number (sent to study, whether finished or
	 * not).
	 */
	public boolean isActual() {
		return this == ENROLLED || this == STUDYING || this == COMPLETED;
	}

}
