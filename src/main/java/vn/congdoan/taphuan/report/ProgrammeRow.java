package vn.congdoan.taphuan.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import vn.congdoan.taphuan.plan.Position;

/**
 * One programme of the plan with its results so far: the row of the monthly progress
 * table and of the year-end report's tables by programme. Every count is of
 * <em>trainee-turns</em> (lượt người: a cadre at two classes counts twice) except
 * {@link #distinctTrainees()}.
 *
 * @param section the item number in the plan, "2.2"
 * @param title the programme's title
 * @param hasClasses whether the programme runs classes of its own; for post-graduate
 * places and another body's courses the counts are of people sent (enrolments) and
 * {@code heldClasses} is 0
 * @param plannedClasses classes planned, or {@code null} when the plan states none
 * @param heldClasses classes started by the report date (held, or being held): the
 * classes whose attendance is counted
 * @param quotaHeld the quotas of those classes (0 for a programme without classes)
 * @param plannedTrainees participants planned, or {@code null} when the plan states none
 * (the full-time courses: "per topic")
 * @param attended trainee-turns present on at least one day (or people sent)
 * @param completed trainee-turns that completed their class (or finished their course)
 * @param distinctTrainees different people among {@code attended}
 * @param women trainee-turns of women among {@code attended}
 * @param byPosition {@code attended} by union position; positions with none may be left
 * out; the counts add up to {@code attended}
 */
public record ProgrammeRow(String section, String title, boolean hasClasses, Integer plannedClasses, int heldClasses,
		int quotaHeld, Integer plannedTrainees, int attended, int completed, int distinctTrainees, int women,
		Map<Position, Integer> byPosition) {

	public ProgrammeRow {
		Require.text(section, "section");
		Require.text(title, "title");
		Require.nonNegativeOrNull(plannedClasses, "plannedClasses");
		Require.nonNegative(heldClasses, "heldClasses");
		Require.nonNegative(quotaHeld, "quotaHeld");
		Require.nonNegativeOrNull(plannedTrainees, "plannedTrainees");
		Require.nonNegative(attended, "attended");
		Require.atMost(completed, section + " completed", attended, "attended");
		Require.atMost(distinctTrainees, section + " distinctTrainees", attended, "attended");
		Require.atMost(women, section + " women", attended, "attended");
		Require.nonNegative(completed, "completed");
		Require.nonNegative(distinctTrainees, "distinctTrainees");
		Require.nonNegative(women, "women");
		if (!hasClasses && heldClasses != 0) {
			throw new IllegalArgumentException(section + ": a programme without classes held " + heldClasses);
		}
		EnumMap<Position, Integer> positions = new EnumMap<>(Position.class);
		int sum = 0;
		for (Map.Entry<Position, Integer> entry : byPosition.entrySet()) {
			int count = Require.nonNegative(entry.getValue(), section + " byPosition." + entry.getKey());
			positions.put(entry.getKey(), count);
			sum += count;
		}
		if (sum != attended) {
			throw new IllegalArgumentException(
					section + ": byPosition adds up to " + sum + ", not to attended (" + attended + ")");
		}
		byPosition = Collections.unmodifiableMap(positions);
	}

	/** Trainee-turns in one position (0 when none). */
	public int inPosition(Position position) {
		return this.byPosition.getOrDefault(position, 0);
	}

	/**
	 * The fill rate of its held classes: {@code attended / quotaHeld}, or {@code null}
	 * without classes.
	 */
	public Double fillRatio() {
		return this.hasClasses ? Require.ratio(this.attended, this.quotaHeld) : null;
	}

	/** {@code attended / plannedTrainees}, or {@code null} without a planned number. */
	public Double attendedRatio() {
		return (this.plannedTrainees != null) ? Require.ratio(this.attended, this.plannedTrainees) : null;
	}

	/** {@code completed / plannedTrainees}, or {@code null} without a planned number. */
	public Double completedRatio() {
		return (this.plannedTrainees != null) ? Require.ratio(this.completed, this.plannedTrainees) : null;
	}

}
