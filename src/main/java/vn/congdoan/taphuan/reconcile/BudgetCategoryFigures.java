package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.congdoan.taphuan.plan.BudgetCategory;

/**
 * Estimate against settlement for one budget category, of one class or (class
 * {@code null}) summed over the plan's classes.
 *
 * @param classCode the class (JSON "class"), or {@code null} for the plan
 * @param category the category
 * @param label the category as finance names it
 * @param estimateQuantity quantity estimated
 * @param estimate amount estimated, in đồng
 * @param settledQuantity quantity settled (0 while nothing is settled)
 * @param settled amount settled, in đồng (0 while nothing is settled)
 * @param estimateOfSettledClasses the estimate of the classes that have a settlement:
 * what {@code settled} compares with
 * @param variance {@code settled - estimateOfSettledClasses}: positive is an overrun
 */
public record BudgetCategoryFigures(@JsonProperty("class") String classCode, BudgetCategory category, String label,
		BigDecimal estimateQuantity, long estimate, BigDecimal settledQuantity, long settled,
		long estimateOfSettledClasses, long variance) {
}
