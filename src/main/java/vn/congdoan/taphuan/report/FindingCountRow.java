package vn.congdoan.taphuan.report;

import java.util.Objects;

/**
 * Findings of one kind a reconciliation found, counted: those nobody has decided on yet
 * and those a person has acknowledged.
 *
 * @param severity how serious
 * @param code the finding's stable code, e.g. {@code SUBMISSION_MISSING} (workbooks only)
 * @param label what the kind is called, "Chưa gửi danh sách"
 * @param open how many nobody has decided on
 * @param acknowledged how many a person has acknowledged
 */
public record FindingCountRow(Severity severity, String code, String label, int open, int acknowledged) {

	public FindingCountRow {
		Objects.requireNonNull(severity, "severity");
		Require.text(code, "code");
		Require.text(label, "label");
		Require.nonNegative(open, "open");
		Require.nonNegative(acknowledged, "acknowledged");
		if (open + acknowledged < 1) {
			throw new IllegalArgumentException(code + ": a finding count row counts at least one");
		}
	}

}
