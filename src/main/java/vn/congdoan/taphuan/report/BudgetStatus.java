package vn.congdoan.taphuan.report;

/**
 * Where the plan's money stands, so that money settled is only ever compared with the
 * estimate of the same classes: the classes finance has settled, the classes held that it
 * has not, and the classes still to come, each with its estimate, in whole đồng.
 *
 * @param classes classes in the plan (or programme)
 * @param classesHeld of those, started by the report date (only those can be settled)
 * @param classesSettled of those, with a settlement
 * @param estimate the estimate of every class
 * @param estimateHeld the estimate of the held classes
 * @param estimateSettled the estimate of the settled classes
 * @param settled what their settlements total
 */
public record BudgetStatus(int classes, int classesHeld, int classesSettled, long estimate, long estimateHeld,
		long estimateSettled, long settled) {

	public BudgetStatus {
		Require.atMost(classesHeld, "classesHeld", classes, "classes");
		Require.nonNegative(classesSettled, "classesSettled");
		Require.atMost(classesSettled, "classesSettled", classesHeld, "classesHeld");
		Require.atMost(estimateHeld, "estimateHeld", estimate, "estimate");
		Require.nonNegative(estimateSettled, "estimateSettled");
		Require.atMost(estimateSettled, "estimateSettled", estimateHeld, "estimateHeld");
		Require.nonNegative(settled, "settled");
	}

	/** Whether any class is settled: without, there is no settled figure to show. */
	public boolean anySettled() {
		return this.classesSettled > 0;
	}

	/**
	 * {@code settled / estimateSettled}, or {@code null} while nothing is settled (not 0
	 * %).
	 */
	public Double settledRatio() {
		return anySettled() ? Require.ratio(this.settled, this.estimateSettled) : null;
	}

	/**
	 * {@code settled - estimateSettled}: negative when the settled classes spent less
	 * than their estimate; {@code null} while nothing is settled.
	 */
	public Long variance() {
		return anySettled() ? this.settled - this.estimateSettled : null;
	}

	/** Held classes without a settlement yet. */
	public int classesUnsettled() {
		return this.classesHeld - this.classesSettled;
	}

	/** The estimate of the held classes without a settlement yet. */
	public long estimateUnsettled() {
		return this.estimateHeld - this.estimateSettled;
	}

	/** Classes not held yet. */
	public int classesToCome() {
		return this.classes - this.classesHeld;
	}

	/** The estimate of the classes not held yet. */
	public long estimateToCome() {
		return this.estimate - this.estimateHeld;
	}

}
