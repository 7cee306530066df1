package vn.congdoan.taphuan.report;

import vn.congdoan.taphuan.plan.BudgetCategory;

/**
 * One budget category: the estimate (dự toán) of the classes against what finance has
 * settled (quyết toán), in whole đồng.
 *
 * @param category the category as finance names it, "Hỗ trợ tiền ăn học viên"
 * @param estimate the estimate
 * @param settled settled so far; 0 while nothing is settled
 */
public record BudgetCategoryRow(String category, long estimate, long settled) {

	public BudgetCategoryRow {
		Require.text(category, "category");
		Require.nonNegative(estimate, "estimate");
		Require.nonNegative(settled, "settled");
	}

	public static BudgetCategoryRow of(BudgetCategory category, long estimate, long settled) {
		return new BudgetCategoryRow(category.label(), estimate, settled);
	}

	/** {@code estimate - settled}: negative when finance settled more than estimated. */
	public long difference() {
		return this.estimate - this.settled;
	}

	/** {@code settled / estimate}, or {@code null} without an estimate. */
	public Double settledRatio() {
		return Require.ratio(this.settled, this.estimate);
	}

}
