package vn.congdoan.taphuan.report;

import vn.congdoan.taphuan.reconcile.FindingSeverity;

/**
 * How serious a reconciliation finding is, most serious first, with the word the reports
 * use: {@link FindingSeverity}'s label, so that a severity reads the same in every
 * report, workbook and terminal line.
 */
public enum Severity {

	/** Wrong figures or money: must be fixed before the figures are reported. */
	ERROR(FindingSeverity.ERROR),

	/** Probably wrong: a person decides. */
	WARNING(FindingSeverity.WARNING),

	/** Worth knowing; nothing to fix. */
	INFO(FindingSeverity.INFO);

	private final FindingSeverity severity;

	Severity(FindingSeverity severity) {
		this.severity = severity;
	}

	public static Severity of(FindingSeverity severity) {
		return valueOf(severity.name());
	}

	public String label() {
		return this.severity.label();
	}

	/** The label inside a sentence: "nghiêm trọng". */
	public String lowerLabel() {
		return this.severity.lowerLabel();
	}

}
