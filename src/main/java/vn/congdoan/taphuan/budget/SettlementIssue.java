package vn.congdoan.taphuan.budget;

import java.util.Objects;

import vn.congdoan.taphuan.intake.IssueCode;

/**
 * One problem found in a settlement file, placed so finance can find it.
 *
 * @param sheet the sheet's name, or {@code null} for the whole file
 * @param row the 1-based row, or {@code null}
 * @param column the column letters ("D"), or {@code null}
 * @param code the stable code: a {@link SettlementIssueCode} or, for file-level problems
 * every spreadsheet can have, an intake {@link IssueCode} name
 * @param severity ERROR (line or file rejected), WARNING (kept) or INFO (a note)
 * @param message what is wrong and how to fix it, in Vietnamese
 * @param value the value as received, when there is one
 */
public record SettlementIssue(String sheet, Integer row, String column, String code, IssueCode.Severity severity,
		String message, String value) {

	public SettlementIssue {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	static SettlementIssue file(IssueCode code, String message) {
		return new SettlementIssue(null, null, null, code.name(), code.severity(), message, null);
	}

	static SettlementIssue file(SettlementIssueCode code, String message) {
		return new SettlementIssue(null, null, null, code.name(), code.severity(), message, null);
	}

	static SettlementIssue line(String sheet, int row, String column, SettlementIssueCode code, String message,
			String value) {
		return new SettlementIssue(sheet, row, column, code.name(), code.severity(), message, value);
	}

}
