package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the reconciliation of one class shows: every ward against its allocation,
 * every listed trainee with each day's mark, and every finding. The figures must agree:
 * the wards add up to the class, the roster has one row per listed trainee, and the
 * statuses count the attended and completed.
 *
 * @param header issuer and plan
 * @param trainingClass the class and its totals
 * @param programmeTitle the title of the class's programme
 * @param days the class days in order (at most {@value #MAX_DAYS}, the columns the PDF
 * has room for)
 * @param asOf the date the figures are as of
 * @param wards every unit with an allocation or a list, in report order
 * @param roster every listed trainee; ordered here by the order of {@code wards}, then as
 * given
 * @param findings every finding for the class, most serious first
 */
public record ClassReportData(ReportHeader header, ClassRow trainingClass, String programmeTitle, List<LocalDate> days,
		LocalDate asOf, List<ClassWardRow> wards, List<RosterRow> roster, List<FindingRow> findings) {

	/** The most class days the roster's PDF layout has columns for. */
	public static final int MAX_DAYS = 8;

	public ClassReportData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(trainingClass, "trainingClass");
		Require.text(programmeTitle, "programmeTitle");
		Objects.requireNonNull(asOf, "asOf");
		String code = trainingClass.code();
		days = Require.list(days, "days");
		checkDays(trainingClass, days);
		wards = Require.list(wards, "wards");
		findings = Require.list(findings, "findings");
		Map<String, Integer> wardOrder = new HashMap<>();
		int listed = 0;
		int attended = 0;
		int completed = 0;
		for (ClassWardRow ward : wards) {
			if (wardOrder.putIfAbsent(ward.wardCode(), wardOrder.size()) != null) {
				throw new IllegalArgumentException(code + ": ward " + ward.wardCode() + " appears twice");
			}
			listed += ward.listed();
			attended += ward.attended();
			completed += ward.completed();
		}
		agree(code, "listed", listed, trainingClass.listed());
		agree(code, "attended", attended, trainingClass.attended());
		agree(code, "completed", completed, trainingClass.completed());
		List<RosterRow> ordered = new ArrayList<>(Require.list(roster, "roster"));
		int rosterAttended = 0;
		int rosterCompleted = 0;
		for (RosterRow row : ordered) {
			if (!wardOrder.containsKey(row.wardCode())) {
				throw new IllegalArgumentException(
						code + ": " + row.name() + " is from an unlisted ward " + row.wardCode());
			}
			if (row.marks().size() != days.size()) {
				throw new IllegalArgumentException(code + ": " + row.name() + " has " + row.marks().size()
						+ " marks for " + days.size() + " days");
			}
			rosterAttended += (row.status() != AttendanceStatus.ABSENT) ? 1 : 0;
			rosterCompleted += (row.status() == AttendanceStatus.COMPLETED) ? 1 : 0;
		}
		agree(code, "roster rows", ordered.size(), trainingClass.listed());
		agree(code, "roster attended", rosterAttended, trainingClass.attended());
		agree(code, "roster completed", rosterCompleted, trainingClass.completed());
		ordered.sort(Comparator.comparingInt((RosterRow row) -> wardOrder.get(row.wardCode())));
		roster = List.copyOf(ordered);
	}

	private static void checkDays(ClassRow trainingClass, List<LocalDate> days) {
		String code = trainingClass.code();
		agree(code, "days", days.size(), trainingClass.dayCount());
		if (days.size() > MAX_DAYS) {
			throw new IllegalArgumentException(code + " has " + days.size() + " days; the class report prints at most "
					+ MAX_DAYS + " day columns");
		}
		for (int i = 1; i < days.size(); i++) {
			if (!days.get(i).isAfter(days.get(i - 1))) {
				throw new IllegalArgumentException(code + ": class days out of order at " + days.get(i));
			}
		}
		if (!days.get(0).equals(trainingClass.start()) || !days.get(days.size() - 1).equals(trainingClass.end())) {
			throw new IllegalArgumentException(code + ": days do not run from start to end");
		}
	}

	private static void agree(String code, String what, long actual, long expected) {
		if (actual != expected) {
			throw new IllegalArgumentException(code + ": " + what + " " + actual + " disagree with " + expected);
		}
	}

	/** The name of a ward of this class, by code. */
	public String wardName(String wardCode) {
		return this.wards.stream()
			.filter((ward) -> ward.wardCode().equals(wardCode))
			.map(ClassWardRow::wardName)
			.findFirst()
			.orElse(wardCode);
	}

}
