package vn.congdoan.taphuan.plan;

import java.util.Objects;

/**
 * A class together with the plan and programme it belongs to.
 */
public record ClassInPlan(Plan plan, Programme programme, TrainingClass trainingClass) {

	public ClassInPlan {
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(programme, "programme");
		Objects.requireNonNull(trainingClass, "trainingClass");
	}

}
