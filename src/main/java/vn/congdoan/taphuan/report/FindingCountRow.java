package vn.congdoan.taphuan.report;

import java.util.Objects;

/**
 * Open (unresolved) reconciliation findings of one kind, counted.
 *
 * @param severity how serious
 * @param code the finding's stable code, e.g. {@code OVER_ALLOCATION}
 * @param description what the kind of finding means, in Vietnamese
 * @param count how many are open (at least one)
 */
public record FindingCountRow(Severity severity, String code, String description, int count) {

	public FindingCountRow {
		Objects.requireNonNull(severity, "severity");
		Require.text(code, "code");
		Require.text(description, "description");
		if (count < 1) {
			throw new IllegalArgumentException(code + ": a finding count row counts at least one, not " + count);
		}
	}

}
