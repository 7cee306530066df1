package vn.congdoan.taphuan.budget;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A blank settlement workbook written for a class.
 *
 * @param classCode the class, {@code AG26-CS-01}
 * @param plan the plan code
 * @param file where the workbook was written
 * @param prefilledLines lines prefilled from the estimate (item, unit, and the day of
 * per-day items), amounts left blank
 * @param rows numbered rows in the table: the prefilled lines and blank ones
 */
public record SettlementTemplateResult(String classCode, String plan, Path file, int prefilledLines, int rows) {

	public SettlementTemplateResult {
		Objects.requireNonNull(classCode, "classCode");
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(file, "file");
	}

}
