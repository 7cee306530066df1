package vn.congdoan.taphuan.plan;

import java.util.Objects;

/**
 * A spending norm (định mức chi): the highest unit price finance allows for a category
 * and unit of measure.
 *
 * @param category the budget category
 * @param unit the unit of measure the price is per, e.g. "buổi", "người/ngày"
 * @param maxUnitPrice highest unit price in VND
 * @param note the basis or a remark, e.g. that the value is illustrative
 */
public record SpendingNorm(BudgetCategory category, String unit, long maxUnitPrice, String note) {

	public SpendingNorm {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(unit, "unit");
	}

}
