package vn.congdoan.taphuan.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a class's budget estimate: Nội dung chi, Đơn vị tính, Số lượng, Đơn giá,
 * Thành tiền (VND).
 */
public record BudgetLine(BudgetCategory category, String item, String unit, BigDecimal quantity, long unitPrice,
		long amount) {

	public BudgetLine {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(quantity, "quantity");
	}

}
