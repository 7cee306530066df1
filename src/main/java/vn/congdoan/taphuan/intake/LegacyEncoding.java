package vn.congdoan.taphuan.intake;

/**
 * The pre-Unicode Vietnamese encodings older offices still type in. Text typed in them
 * reaches us as Windows-1252/Latin-1 characters ("NguyÔn ThÞ Hoa", "Nguyeãn Thò Hoa") and
 * has to be recognised and converted with {@link LegacyVietnamese}.
 */
public enum LegacyEncoding {

	/**
	 * TCVN3 (TCVN 5712:1993 VN3, "ABC"), fonts .VnTime, .VnArial: one byte per letter,
	 * upper-case toned letters only through the separate upper-case fonts (.VnTimeH).
	 */
	TCVN3("TCVN3 (ABC)"),

	/**
	 * VNI Windows, fonts VNI-Times, VNI-Helve: a base letter followed by one byte
	 * carrying the diacritics.
	 */
	VNI("VNI Windows");

	private final String label;

	LegacyEncoding(String label) {
		this.label = label;
	}

	/** The name Vietnamese users know the encoding by, for messages. */
	public String label() {
		return this.label;
	}

}
