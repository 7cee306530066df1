package vn.congdoan.taphuan.report;

import vn.congdoan.taphuan.plan.BudgetCategory;

/**
 * One budget category: the estimate (dự toán) of every class, the estimate of the classes
 * finance has settled, and what it settled (quyết toán) for them, in whole đồng. Settled
 * money is compared with the estimate of the settled classes only.
 *
 * @param category the category as finance names it, "Hỗ trợ tiền ăn học viên"
 * @param estimate the estimate of every class of the plan
 * @param estimateSettled the estimate of the classes with a settlement
 * @param settled settled for those classes; 0 while nothing is settled
 */
public record BudgetCategoryRow(String category, long estimate, long estimateSettled, long settled) {

	public BudgetCategoryRow {
		Require.text(category, "category");
		Require.nonNegative(estimate, "estimate");
		Require.nonNegative(estimateSettled, "estimateSettled");
		Require.nonNegative(settled, "settled");
	}

	public static BudgetCategoryRow of(BudgetCategory category, long estimate, long estimateSettled, long settled) {
		return new BudgetCategoryRow(category.label(), estimate, estimateSettled, settled);
	}

	/**
	 * {@code settled - estimateSettled}: negative when the settled classes spent less
	 * than estimated for this category.
	 */
	public long variance() {
		return this.settled - this.estimateSettled;
	}

	/** {@code settled / estimateSettled}, or {@code null} without a settled estimate. */
	public Double settledRatio() {
		return Require.ratio(this.settled, this.estimateSettled);
	}

}
