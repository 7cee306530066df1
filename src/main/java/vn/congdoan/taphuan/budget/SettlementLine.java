package vn.congdoan.taphuan.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.congdoan.taphuan.plan.BudgetCategory;

/**
 * One expense line read from a settlement table, accepted or rejected with its issues.
 *
 * @param seq the line's number in the file, from 1
 * @param row the 1-based sheet row
 * @param accepted whether it counts
 * @param category the budget category, {@code null} when not recognised
 * @param item the "Nội dung chi" text as written
 * @param unit the "Đơn vị tính" text, or {@code null}
 * @param normUnit the unit of the plan's spending norm the unit price is checked against,
 * or {@code null}
 * @param quantity Số lượng (for a per-day line: trainees paid that day)
 * @param unitPrice Đơn giá in đồng
 * @param amount Thành tiền in đồng
 * @param dayNo the class day the line is for, or {@code null} for the whole class
 * @param dayDate that day's date
 * @param note Ghi chú
 * @param rawCells the row's cells as received, for rejected lines
 * @param issues the problems found on the line
 */
record SettlementLine(int seq, int row, boolean accepted, BudgetCategory category, String item, String unit,
		String normUnit, BigDecimal quantity, Long unitPrice, Long amount, Integer dayNo, LocalDate dayDate,
		String note, String rawCells, List<SettlementIssue> issues) {

	SettlementLine {
		issues = List.copyOf(issues);
	}

}
