package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.congdoan.taphuan.plan.BudgetCategory;

/**
 * Roll call of one class day, and what was paid per trainee for that day.
 *
 * @param classCode the class (JSON "class")
 * @param day the day number, from 1
 * @param date its date
 * @param listed trainee lines counted
 * @param present marked present
 * @param excused marked excused (vắng có phép)
 * @param absent marked absent
 * @param unknown marks that meant nothing known
 * @param paid trainees paid that day per per-trainee-day category (meals, water), from
 * settlement lines that name the day
 */
public record DayAttendance(@JsonProperty("class") String classCode, int day, LocalDate date, int listed, int present,
		int excused, int absent, int unknown, Map<BudgetCategory, BigDecimal> paid) {

	public DayAttendance {
		paid = Map.copyOf(paid);
	}

}
