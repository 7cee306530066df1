package vn.congdoan.taphuan.wardkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.Submission;
import vn.congdoan.taphuan.intake.SubmissionStatus;

/**
 * Everything a feedback workbook shows about one received file, apart from its rows
 * (which are read again from the archived bytes).
 *
 * @param submission the submission as stored
 * @param federation the provincial federation, or {@code null} when the file was not
 * assigned to a plan
 * @param wardUnion the ward union that sent the file, "Công đoàn phường Long Xuyên", or
 * {@code null}
 * @param classTitle the class title, or {@code null}
 * @param days the class days (empty when the class is unknown)
 * @param maxBirthYear the latest plausible birth year (the plan year less 16), or
 * {@code null}
 * @param metadata plan, class and ward for the hidden metadata sheet, or {@code null}
 * @param returnTo who the corrected file goes back to
 * @param contact whom to ask, or {@code null}
 * @param issues every issue of the submission
 * @param sheets the sheets the import read (empty for a file rejected whole)
 * @param writtenAt when the workbook is written, local time
 */
record Feedback(Submission submission, String federation, String wardUnion, String classTitle, List<LocalDate> days,
		Integer maxBirthYear, TemplateMetadata metadata, String returnTo, String contact, List<ImportIssue> issues,
		List<FeedbackSheet> sheets, LocalDateTime writtenAt) {

	Feedback {
		Objects.requireNonNull(submission, "submission");
		Objects.requireNonNull(returnTo, "returnTo");
		days = List.copyOf(days);
		issues = List.copyOf(issues);
		sheets = List.copyOf(sheets);
	}

	boolean rejected() {
		return this.submission.status() == SubmissionStatus.REJECTED;
	}

	/** Errors and warnings: what the ward has to fix. */
	int problems() {
		return (int) this.issues.stream().filter(Feedback::isProblem).count();
	}

	/** Issues per code, errors first, then warnings, then notes. */
	Map<IssueCode, Integer> counts() {
		Map<IssueCode, Integer> counts = new EnumMap<>(IssueCode.class);
		this.issues.forEach((issue) -> counts.merge(issue.code(), 1, Integer::sum));
		Map<IssueCode, Integer> ordered = new LinkedHashMap<>();
		counts.keySet()
			.stream()
			.sorted(Comparator.comparing(IssueCode::severity).thenComparing(Comparator.naturalOrder()))
			.forEach((code) -> ordered.put(code, counts.get(code)));
		return ordered;
	}

	static boolean isProblem(ImportIssue issue) {
		return issue.severity() == IssueCode.Severity.ERROR || issue.severity() == IssueCode.Severity.WARNING;
	}

}
