package vn.congdoan.taphuan.ops;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import vn.congdoan.taphuan.common.UserInputException;

/**
 * What a run reports on: a calendar month (monthly run) or a plan year (year-end run).
 *
 * @param kind which run
 * @param month the month, for a monthly run
 * @param year the year: the month's year, or the plan year
 */
public record RunPeriod(RunKind kind, YearMonth month, int year) {

	public RunPeriod {
		if (kind == null) {
			throw new IllegalArgumentException("kind is required");
		}
		if (kind == RunKind.MONTHLY && (month == null || month.getYear() != year)) {
			throw new IllegalArgumentException("a monthly period needs its month");
		}
		if (kind == RunKind.YEAR_END && month != null) {
			throw new IllegalArgumentException("a year-end period has no month");
		}
	}

	public static RunPeriod month(YearMonth month) {
		return new RunPeriod(RunKind.MONTHLY, month, month.getYear());
	}

	public static RunPeriod year(int year) {
		return new RunPeriod(RunKind.YEAR_END, null, year);
	}

	/** {@code --month 2026-03}: a usage error when it is not a month. */
	public static YearMonth parseMonth(String text) {
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new UserInputException("Tháng không hợp lệ: '" + text + "'. Ghi theo dạng YYYY-MM, ví dụ 2026-03.");
		}
	}

	/** The month a monthly run reports on by default: the previous calendar month. */
	public static YearMonth defaultMonth(LocalDate today) {
		return YearMonth.from(today).minusMonths(1);
	}

	/**
	 * The year a year-end run reports on by default: this year from July, the year before
	 * until June.
	 */
	public static int defaultYear(LocalDate today) {
		return (today.getMonthValue() >= 7) ? today.getYear() : today.getYear() - 1;
	}

	/**
	 * The period as stored in tables and job parameters: {@code 2026-03} or {@code 2026}.
	 */
	public String label() {
		return (this.kind == RunKind.MONTHLY) ? this.month.toString() : Integer.toString(this.year);
	}

	/** In Vietnamese: "tháng 03/2026" or "năm 2026". */
	public String vietnamese() {
		return (this.kind == RunKind.MONTHLY) ? String.format("tháng %02d/%d", this.month.getMonthValue(), this.year)
				: "năm " + this.year;
	}

	public LocalDate firstDay() {
		return (this.kind == RunKind.MONTHLY) ? this.month.atDay(1) : Year.of(this.year).atDay(1);
	}

	public LocalDate lastDay() {
		return (this.kind == RunKind.MONTHLY) ? this.month.atEndOfMonth()
				: Year.of(this.year).atMonth(12).atEndOfMonth();
	}

	/** The last day the figures cover: the period's last day, or today when earlier. */
	public LocalDate asOf(LocalDate today) {
		return today.isBefore(lastDay()) ? today : lastDay();
	}

}
