package vn.congdoan.taphuan.report;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month on the cumulative-trainees chart.
 *
 * @param month the month
 * @param cumulativeAttended trainee-turns present at classes that ended up to the end of
 * this month; {@code null} for months after the report month
 * @param cumulativePlanned the quotas of the classes planned to end up to the end of this
 * month: the plan line
 */
public record MonthPoint(YearMonth month, Integer cumulativeAttended, int cumulativePlanned) {

	public MonthPoint {
		Objects.requireNonNull(month, "month");
		Require.nonNegativeOrNull(cumulativeAttended, "cumulativeAttended");
		Require.nonNegative(cumulativePlanned, "cumulativePlanned");
	}

}
