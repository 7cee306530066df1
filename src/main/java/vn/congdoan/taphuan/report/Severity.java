package vn.congdoan.taphuan.report;

/**
 * How serious a reconciliation finding is, most serious first, with the word the reports
 * use.
 */
public enum Severity {

	/** Wrong figures or money: must be fixed before the figures are reported. */
	ERROR("Nghiêm trọng"),

	/** Probably wrong: a person decides. */
	WARNING("Cảnh báo"),

	/** Worth knowing; nothing to fix. */
	INFO("Lưu ý");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
