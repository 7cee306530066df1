package vn.congdoan.taphuan.report;

import java.util.Objects;

/**
 * One reconciliation finding of a class, as the class report lists it. Phone- and ID-like
 * numbers in the subject and message are masked when the row is built.
 *
 * @param code the finding's stable code, e.g. {@code POSSIBLE_DUPLICATE}
 * @param severity how serious
 * @param subject what it is about: a ward, a trainee, a file and row ("phường Long Xuyên,
 * dòng 12: Nguyễn Văn An")
 * @param message what is wrong and what to do, in Vietnamese
 */
public record FindingRow(String code, Severity severity, String subject, String message) {

	public FindingRow {
		Require.text(code, "code");
		Objects.requireNonNull(severity, "severity");
		subject = Masking.scrub(Require.text(subject, "subject"));
		message = Masking.scrub(Require.text(message, "message"));
	}

}
