package vn.congdoan.taphuan.intake;

import java.util.Objects;

import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;

/**
 * The class and ward a file was assigned to, and how that was decided.
 *
 * @param plan the plan
 * @param trainingClass the class
 * @param unit the ward (unit)
 * @param source FLAGS, FOLDER, METADATA (a taphuan template's hidden sheet) or TITLE
 * (title block and file name)
 */
record Assignment(Plan plan, TrainingClass trainingClass, Unit unit, String source) {

	Assignment {
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(trainingClass, "trainingClass");
		Objects.requireNonNull(unit, "unit");
	}

}
