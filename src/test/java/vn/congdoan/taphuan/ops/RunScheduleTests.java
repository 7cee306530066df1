package vn.congdoan.taphuan.ops;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the schedule says a run is due and which period it stands for.
 */
class RunScheduleTests {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	static final CronExpression MONTHLY = CronExpression.parse("0 0 7 1 * *");

	static final CronExpression YEAR_END = CronExpression.parse("0 0 7 15 12 *");

	static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VN);
	}

	@Test
	void theLatestMonthlyTimeIsTheFirstAtSevenAtOrBeforeNow() {
		assertThat(RunSchedule.lastOccurrence(MONTHLY, at(2026, 11, 1, 6, 59))).contains(at(2026, 10, 1, 7, 0));
		assertThat(RunSchedule.lastOccurrence(MONTHLY, at(2026, 11, 1, 7, 0))).contains(at(2026, 11, 1, 7, 0));
		assertThat(RunSchedule.lastOccurrence(MONTHLY, at(2026, 11, 21, 9, 0))).contains(at(2026, 11, 1, 7, 0));
	}

	@Test
	void aMonthlyTimeStandsForThePreviousMonth() {
		assertThat(RunSchedule.periodOf(RunKind.MONTHLY, at(2026, 11, 1, 7, 0)).label()).isEqualTo("2026-10");
		assertThat(RunSchedule.periodOf(RunKind.MONTHLY, at(2027, 1, 1, 7, 0)).label()).isEqualTo("2026-12");
	}

	@Test
	void theYearEndTimeStandsForItsYearInTheSecondHalfAndTheYearBeforeInTheFirst() {
		assertThat(RunSchedule.lastOccurrence(YEAR_END, at(2026, 11, 21, 9, 0))).contains(at(2025, 12, 15, 7, 0));
		assertThat(RunSchedule.periodOf(RunKind.YEAR_END, at(2026, 12, 15, 7, 0)).label()).isEqualTo("2026");
		CronExpression january = CronExpression.parse("0 0 7 10 1 *");
		ZonedDateTime last = RunSchedule.lastOccurrence(january, at(2027, 1, 10, 8, 0)).orElseThrow();
		assertThat(RunSchedule.periodOf(RunKind.YEAR_END, last).label()).isEqualTo("2026");
	}

	@Test
	void frequentAndRareSchedulesAreFoundQuickly() {
		CronExpression everyMinute = CronExpression.parse("0 * * * * *");
		assertThat(RunSchedule.lastOccurrence(everyMinute, at(2026, 11, 21, 9, 30))).contains(at(2026, 11, 21, 9, 30));
		CronExpression leapDay = CronExpression.parse("0 0 7 29 2 *");
		assertThat(RunSchedule.lastOccurrence(leapDay, at(2026, 3, 1, 0, 0))).contains(at(2024, 2, 29, 7, 0));
	}

	@Test
	void settingsRejectAnInvalidCronAndAcceptTurningAJobOff() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScheduleSettings("0 0 7 32 * *", null, null, null, null))
			.withMessageContaining("taphuan.schedule.monthly");
		ScheduleSettings off = new ScheduleSettings(null, "-", null, null, null);
		assertThat(off.cron(RunKind.YEAR_END)).isNull();
		assertThat(off.cron(RunKind.MONTHLY)).hasToString("0 0 7 1 * *");
	}

}
