package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One class with its attendance: a row of the monthly report's "classes this month", of
 * the year-end report's classes held, and the summary of the class report.
 *
 * @param code the class code, {@code AG26-CS-01}; also part of file names
 * @param programmeSection the programme's item number, "2.2"
 * @param title the class title
 * @param start first class day
 * @param end last class day
 * @param dayCount number of class days
 * @param venue where, or {@code null}
 * @param quota trainees planned (chỉ tiêu)
 * @param wardsAllocated units with an allocation for this class
 * @param wardsSubmitted of those, units whose list has been received
 * @param listed trainees on the lists received
 * @param attended listed trainees present on at least one day
 * @param completed listed trainees who completed the class
 */
public record ClassRow(String code, String programmeSection, String title, LocalDate start, LocalDate end, int dayCount,
		String venue, int quota, int wardsAllocated, int wardsSubmitted, int listed, int attended, int completed) {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

	public ClassRow {
		Require.text(code, "code");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("class code must be capitals, digits and '-': " + code);
		}
		Require.text(programmeSection, "programmeSection");
		Require.text(title, "title");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException(code + " ends before it starts");
		}
		if (dayCount < 1) {
			throw new IllegalArgumentException(code + " has no class day");
		}
		Require.nonNegative(quota, "quota");
		Require.nonNegative(wardsSubmitted, "wardsSubmitted");
		Require.atMost(wardsSubmitted, code + " wardsSubmitted", wardsAllocated, "wardsAllocated");
		Require.nonNegative(completed, "completed");
		Require.atMost(completed, code + " completed", attended, "attended");
		Require.nonNegative(attended, "attended");
		Require.atMost(attended, code + " attended", listed, "listed");
	}

	/** {@code attended / quota}, or {@code null} without a quota. */
	public Double attendedRatio() {
		return Require.ratio(this.attended, this.quota);
	}

	/** {@code completed / quota}, or {@code null} without a quota. */
	public Double completedRatio() {
		return Require.ratio(this.completed, this.quota);
	}

}
