package vn.congdoan.taphuan.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * When {@code taphuan serve} runs the jobs, in {@code taphuan.time-zone}: Spring cron
 * expressions (second minute hour day-of-month month day-of-week), {@code -} to turn a
 * job off.
 *
 * @param monthly {@code monthlyRunJob}, reporting on the previous calendar month; default
 * 07:00 on the 1st
 * @param yearEnd {@code yearEndRunJob}; default 07:00 on 15 December. Scheduled in
 * July-December it reports on that year, in January-June on the year before
 * @param pollInterval how often the schedule is checked
 * @param retryAfter how long after an attempt a scheduled run that did not complete is
 * tried again
 * @param stopTimeout how long a stop waits for a running job to stop cleanly
 */
@ConfigurationProperties("taphuan.schedule")
record ScheduleSettings(String monthly, String yearEnd, Duration pollInterval, Duration retryAfter,
		Duration stopTimeout) {

	static final String DISABLED = "-";

	ScheduleSettings {
		monthly = (monthly != null && !monthly.isBlank()) ? monthly.strip() : "0 0 7 1 * *";
		yearEnd = (yearEnd != null && !yearEnd.isBlank()) ? yearEnd.strip() : "0 0 7 15 12 *";
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMinutes(1);
		retryAfter = (retryAfter != null) ? retryAfter : Duration.ofHours(1);
		stopTimeout = (stopTimeout != null) ? stopTimeout : Duration.ofMinutes(2);
		check("taphuan.schedule.monthly", monthly);
		check("taphuan.schedule.year-end", yearEnd);
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("taphuan.schedule.poll-interval must be positive");
		}
	}

	private static void check(String property, String expression) {
		if (!DISABLED.equals(expression) && !CronExpression.isValidExpression(expression)) {
			throw new IllegalArgumentException(property + " is not a valid cron expression (second minute hour "
					+ "day-of-month month day-of-week, e.g. '0 0 7 1 * *'), nor '-' to turn it off: '" + expression
					+ "'");
		}
	}

	/** The cron of a job, or {@code null} when it is turned off. */
	CronExpression cron(RunKind kind) {
		String expression = (kind == RunKind.MONTHLY) ? this.monthly : this.yearEnd;
		return DISABLED.equals(expression) ? null : CronExpression.parse(expression);
	}

}
