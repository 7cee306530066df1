package vn.congdoan.taphuan.national;

import java.util.Objects;

/**
 * One problem found in a form file, placed so that whoever fixes the form can find it.
 *
 * @param sheet the sheet's name, or {@code null} for the whole file
 * @param row the 1-based row, or {@code null}
 * @param column the column letters ("H"), or {@code null}
 * @param code the stable code
 * @param severity ERROR (the form is refused), WARNING (kept) or INFO (a note)
 * @param message what is wrong and how to fix it, in Vietnamese
 * @param value the value as received, when there is one
 */
public record NationalIssue(String sheet, Integer row, String column, NationalIssueCode code,
		NationalIssueCode.Severity severity, String message, String value) {

	public NationalIssue {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	static NationalIssue file(NationalIssueCode code, String message) {
		return new NationalIssue(null, null, null, code, code.severity(), message, null);
	}

	static NationalIssue at(String sheet, Integer row, String column, NationalIssueCode code, String message,
			String value) {
		return new NationalIssue(sheet, row, column, code, code.severity(), message, value);
	}

	/** "trang 'Biểu', ô H14" — where it is, for a person. */
	public String place() {
		StringBuilder place = new StringBuilder();
		if (this.sheet != null) {
			place.append("trang '").append(this.sheet).append("'");
		}
		if (this.row != null) {
			if (place.length() > 0) {
				place.append(", ");
			}
			place.append((this.column != null) ? "ô " + this.column + this.row : "dòng " + this.row);
		}
		return place.toString();
	}

}
