package vn.congdoan.taphuan.report;

/**
 * The classes held so far, over every programme of the plan that runs classes: the one
 * scope of the plan's fill and completion rates, the same figures in the headline
 * sentence, the total row of the programme table and the total row of the ward table.
 * Counts are trainee-turns (lượt người) except {@code distinctTrainees}.
 *
 * @param classes classes started by the report date (held or being held)
 * @param classesEnded of those, classes that have ended
 * @param quota the quotas of those classes
 * @param attended trainee-turns present on at least one day
 * @param completed trainee-turns that completed their class
 * @param distinctTrainees different people among {@code attended}
 * @param women trainee-turns of women among {@code attended}
 */
public record HeldClasses(int classes, int classesEnded, int quota, int attended, int completed, int distinctTrainees,
		int women) {

	public HeldClasses {
		Require.nonNegative(classes, "classes");
		Require.atMost(classesEnded, "classesEnded", classes, "classes");
		Require.nonNegative(quota, "quota");
		Require.nonNegative(completed, "completed");
		Require.atMost(completed, "completed", attended, "attended");
		Require.atMost(distinctTrainees, "distinctTrainees", attended, "attended");
		Require.atMost(women, "women", attended, "attended");
	}

	/** The fill rate of the held classes: {@code attended / quota}. */
	public Double attendedRatio() {
		return Require.ratio(this.attended, this.quota);
	}

	/** The completion rate of the held classes: {@code completed / quota}. */
	public Double completedRatio() {
		return Require.ratio(this.completed, this.quota);
	}

}
