package vn.congdoan.taphuan.report;

import java.util.Objects;

/**
 * One reconciliation finding of a class, as the class report lists it. Phone- and ID-like
 * numbers in the subject and message are masked when the row is built.
 *
 * @param id the finding's id, {@code POSSIBLE_DUPLICATE-3f2a9c01b7}: what
 * {@code findings ack} takes (the workbook has it whole, the PDF its last 10 hex digits,
 * which the command takes too)
 * @param code the finding's stable code, e.g. {@code POSSIBLE_DUPLICATE} (workbooks only)
 * @param label what the kind is called, "Có thể trùng người"
 * @param severity how serious
 * @param subject what it is about: a ward, a trainee, a file and row ("phường Long Xuyên,
 * dòng 12: Nguyễn Văn An")
 * @param message what is wrong and what to do, in Vietnamese
 * @param acknowledged whether a person has acknowledged it (and its facts are unchanged)
 */
public record FindingRow(String id, String code, String label, Severity severity, String subject, String message,
		boolean acknowledged) {

	public FindingRow {
		Require.text(id, "id");
		Require.text(code, "code");
		Require.text(label, "label");
		Objects.requireNonNull(severity, "severity");
		subject = Masking.scrub(Require.text(subject, "subject"));
		message = Masking.scrub(Require.text(message, "message"));
	}

	/** The id as a PDF prints it: its 10 hex digits, without the English code. */
	public String shortId() {
		return this.id.substring(this.id.lastIndexOf('-') + 1);
	}

}
