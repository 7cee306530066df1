package vn.congdoan.taphuan.intake;

/**
 * Rules for spreadsheet cells as text: what counts as blank on the way in, and how text
 * is made harmless on the way out to CSV or XLSX files that people open in Excel.
 */
public final class TextCells {

	private TextCells() {
	}

	/**
	 * Whether the cell says nothing: {@code null}, empty, or only white space (including
	 * non-breaking and zero-width no-break spaces, which wards paste from Word).
	 */
	public static boolean isBlank(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
				return false;
			}
		}
		return true;
	}

	/**
	 * The text made safe to write into a CSV or XLSX cell: text that a spreadsheet would
	 * run as a formula — beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab,
	 * carriage return or NUL — gets a leading apostrophe, as OWASP's CSV injection advice
	 * says. Only for writing out: stored values keep the ward's original text, and a
	 * reader must not strip the apostrophe back off. {@code null} stays {@code null}.
	 */
	public static String inert(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\0' -> "'" + text;
			default -> text;
		};
	}

}
