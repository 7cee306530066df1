package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the monthly progress report (báo cáo tiến độ tháng) shows the Standing
 * Committee: figures against the annual plan, this month's classes, the year to date by
 * ward, money, and what is still open.
 *
 * @param header issuer and plan
 * @param month the month reported on, within the plan year
 * @param asOf the date the figures are as of (usually the month's last day, or today)
 * @param programmes every programme of the plan with its results to date, in plan order
 * @param classesThisMonth classes with at least one day in the month
 * @param wards every ward-level unit with an allocation, results to date
 * @param openFindings unresolved findings counted by kind, most serious first
 * @param missingSubmissions units that sent no list for a class that has ended
 * @param cumulative the months of the plan year in order, for the cumulative chart
 * @param budget estimate against settled, by category
 */
public record MonthlyReportData(ReportHeader header, YearMonth month, LocalDate asOf, List<ProgrammeRow> programmes,
		List<ClassRow> classesThisMonth, List<WardFillRow> wards, List<FindingCountRow> openFindings,
		List<MissingSubmissionRow> missingSubmissions, List<MonthPoint> cumulative, List<BudgetCategoryRow> budget) {

	public MonthlyReportData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(asOf, "asOf");
		if (month.getYear() != header.year()) {
			throw new IllegalArgumentException("month " + month + " is outside the plan year " + header.year());
		}
		if (asOf.isBefore(month.atDay(1))) {
			throw new IllegalArgumentException("asOf " + asOf + " is before the month " + month);
		}
		programmes = Require.list(programmes, "programmes");
		classesThisMonth = Require.list(classesThisMonth, "classesThisMonth");
		wards = Require.list(wards, "wards");
		openFindings = Require.list(openFindings, "openFindings");
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
		checkCumulative(cumulative, header.year());
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

	/** The headline figures, summed from {@link #programmes()} and {@link #budget()}. */
	public KeyFigures keyFigures() {
		return KeyFigures.of(this.programmes, this.budget);
	}

}
