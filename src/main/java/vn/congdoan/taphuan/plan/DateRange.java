package vn.congdoan.taphuan.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive range of dates.
 */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Range ends before it starts: " + from + " .. " + to);
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

}
