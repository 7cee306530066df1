package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the monthly progress report (báo cáo tiến độ tháng) shows the Standing
 * Committee, all from one reconciliation as of {@code asOf}: where the plan stands by
 * programme, the classes held so far, money, this month's classes, the year to date by
 * ward, and what is still open.
 *
 * @param header issuer and plan
 * @param month the month reported on, within the plan year
 * @param asOf the date the figures are as of: the month's last day, or the day the report
 * is made when that is earlier; never later than the month
 * @param madeOn the day the report is made (its date line)
 * @param programmes every programme of the plan with its results to date, in plan order
 * @param held the classes held so far, every programme together
 * @param budgetStatus where the money stands
 * @param classesThisMonth classes with at least one day in the month
 * @param wards every ward-level unit with an allocation, results to date
 * @param underfillThreshold the share of its allocation under which a ward is marked as
 * lagging (the reconciliation's {@code underfill-threshold})
 * @param findings findings counted by kind, most serious first
 * @param missingSubmissions units that sent no list for a class that has ended
 * @param cumulative the months of the plan year in order, for the cumulative chart
 * @param budget estimate against settled, by category
 */
public record MonthlyReportData(ReportHeader header, YearMonth month, LocalDate asOf, LocalDate madeOn,
		List<ProgrammeRow> programmes, HeldClasses held, BudgetStatus budgetStatus, List<ClassRow> classesThisMonth,
		List<WardFillRow> wards, double underfillThreshold, List<FindingCountRow> findings,
		List<MissingSubmissionRow> missingSubmissions, List<MonthPoint> cumulative, List<BudgetCategoryRow> budget) {

	public MonthlyReportData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(madeOn, "madeOn");
		Objects.requireNonNull(held, "held");
		Objects.requireNonNull(budgetStatus, "budgetStatus");
		if (month.getYear() != header.year()) {
			throw new IllegalArgumentException("month " + month + " is outside the plan year " + header.year());
		}
		if (asOf.isBefore(month.atDay(1)) || asOf.isAfter(month.atEndOfMonth())) {
			throw new IllegalArgumentException("asOf " + asOf + " is outside the month " + month);
		}
		if (underfillThreshold <= 0 || underfillThreshold > 1) {
			throw new IllegalArgumentException("underfillThreshold out of range: " + underfillThreshold);
		}
		programmes = Require.list(programmes, "programmes");
		classesThisMonth = Require.list(classesThisMonth, "classesThisMonth");
		wards = Require.list(wards, "wards");
		findings = Require.list(findings, "findings");
		missingSubmissions = Require.list(missingSubmissions, "missingSubmissions");
		cumulative = Require.list(cumulative, "cumulative");
		budget = Require.list(budget, "budget");
		for (ClassRow row : classesThisMonth) {
			if (row.end().isBefore(month.atDay(1)) || row.start().isAfter(month.atEndOfMonth())) {
				throw new IllegalArgumentException("class " + row.code() + " has no day in " + month);
			}
		}
		Set<String> codes = new HashSet<>();
		for (WardFillRow ward : wards) {
			if (!codes.add(ward.wardCode())) {
				throw new IllegalArgumentException("ward " + ward.wardCode() + " appears twice");
			}
		}
		checkHeld(programmes, held);
		checkCumulative(cumulative, header.year());
	}

	/** The programmes that run classes add up to the classes held. */
	static void checkHeld(List<ProgrammeRow> programmes, HeldClasses held) {
		int classes = 0;
		int quota = 0;
		int attended = 0;
		int completed = 0;
		for (ProgrammeRow programme : programmes) {
			if (programme.hasClasses()) {
				classes += programme.heldClasses();
				quota += programme.quotaHeld();
				attended += programme.attended();
				completed += programme.completed();
			}
		}
		if (classes != held.classes() || quota != held.quota() || attended != held.attended()
				|| completed != held.completed()) {
			throw new IllegalArgumentException("the programmes (" + classes + " classes, quota " + quota + ", attended "
					+ attended + ", completed " + completed + ") do not add up to the classes held " + held);
		}
	}

	private static void checkCumulative(List<MonthPoint> points, int year) {
		MonthPoint previous = null;
		for (MonthPoint point : points) {
			if (point.month().getYear() != year) {
				throw new IllegalArgumentException("cumulative month " + point.month() + " outside " + year);
			}
			if (previous != null) {
				if (!point.month().isAfter(previous.month())) {
					throw new IllegalArgumentException("cumulative months out of order at " + point.month());
				}
				if (point.cumulativePlanned() < previous.cumulativePlanned()) {
					throw new IllegalArgumentException("cumulative plan decreases at " + point.month());
				}
				if (point.cumulativeAttended() != null) {
					if (previous.cumulativeAttended() == null) {
						throw new IllegalArgumentException("cumulative attended resumes at " + point.month());
					}
					if (point.cumulativeAttended() < previous.cumulativeAttended()) {
						throw new IllegalArgumentException("cumulative attended decreases at " + point.month());
					}
				}
			}
			previous = point;
		}
	}

	/**
	 * Whether the figures stop before the month's end (a report on the current month).
	 */
	public boolean partialMonth() {
		return this.asOf.isBefore(this.month.atEndOfMonth());
	}

	/** The wards below the threshold, as {@link WardFillRow#lagging} says. */
	public List<WardFillRow> laggingWards() {
		return this.wards.stream().filter((ward) -> ward.lagging(this.underfillThreshold)).toList();
	}

}
