package vn.congdoan.taphuan.reconcile;

import java.time.YearMonth;

/**
 * The classes of a plan ending in one month, and the running totals: the points of a
 * cumulative chart against the plan line.
 *
 * @param month the month classes end in
 * @param classes classes ending that month
 * @param quota their quotas
 * @param attended trainee-turns present at those of them that have started
 * @param completed trainee-turns completed
 * @param cumulativeQuota quotas of classes ending up to this month
 * @param cumulativeAttended attended up to this month
 * @param cumulativeCompleted completed up to this month
 */
public record MonthlyAttendance(YearMonth month, int classes, int quota, int attended, int completed,
		int cumulativeQuota, int cumulativeAttended, int cumulativeCompleted) {
}
