package vn.congdoan.taphuan.plan;

import java.util.Objects;

/**
 * The number of trainees a unit is asked to send to a class.
 */
public record Allocation(String unit, int quota) {

	public Allocation {
		Objects.requireNonNull(unit, "unit");
		if (quota < 0) {
			throw new IllegalArgumentException("Negative allocation for " + unit);
		}
	}

}
