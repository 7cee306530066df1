package vn.congdoan.taphuan.plan;

/**
 * Kinds of submitting units: the ward-level unions under the province since July 2025,
 * and the provincial federation's own office for the courses it fills itself.
 */
public enum UnitKind {

	PHUONG("Công đoàn phường", "phường"),

	XA("Công đoàn xã", "xã"),

	DAC_KHU("Công đoàn đặc khu", "đặc khu"),

	LDLD("Cơ quan LĐLĐ tỉnh", "");

	private final String unionLabel;

	private final String prefix;

	UnitKind(String unionLabel, String prefix) {
		this.unionLabel = unionLabel;
		this.prefix = prefix;
	}

	/** "Công đoàn phường", as in the title block of a ward's file. */
	public String unionLabel() {
		return this.unionLabel;
	}

	/** "phường", "xã", "đặc khu"; empty for the federation's office. */
	public String prefix() {
		return this.prefix;
	}

}
