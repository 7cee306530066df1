package vn.congdoan.taphuan.reconcile;

import vn.congdoan.taphuan.plan.ProgrammeKind;

/**
 * One programme of the plan as of the run's date; counts as in {@link PlanFigures}.
 *
 * @param plan the plan code
 * @param programme the programme code
 * @param section the item number in the plan, "2.2"
 * @param title the programme's title
 * @param kind how it is tracked
 * @param hasClasses whether it runs classes of its own (else people are sent:
 * {@code enrolled})
 * @param plannedClasses classes planned, or {@code null} when the plan states none
 * @param plannedParticipants participants planned, or {@code null}
 * @param classes classes in the plan
 * @param classesStarted started by as-of
 * @param classesEnded ended before as-of
 * @param quota quotas of all its classes
 * @param quotaStarted quotas of its started classes
 * @param listed trainee lines received
 * @param attended present on at least one day
 * @param completed completed
 * @param distinctAttended different people among {@code attended}
 * @param distinctCompleted different people among {@code completed}
 * @param women women among {@code attended}
 * @param traineeDays days present, summed
 * @param enrolled people sent (programmes without classes): enrolled, studying or
 * completed, whose course started by as-of
 * @param enrolmentsCompleted of those, completed
 * @param estimate estimate of its classes, in đồng
 * @param settled settled for its classes, in đồng
 * @param classesSettled classes with a settlement
 * @param fillRate {@code attended / quotaStarted}
 * @param completionRate {@code completed / quotaStarted}
 * @param progress {@code attended / plannedParticipants} ({@code enrolled} for a
 * programme without classes), or {@code null} without a planned number
 * @param costPerCompleted settled ÷ completed over classes with a settlement
 * @param settledRate {@code settled / estimateSettled}, {@code null} while none of its
 * classes is settled
 * @param estimateStarted the estimate of its classes started by as-of
 * @param estimateSettled the estimate of its classes with a settlement
 */
public record ProgrammeFigures(String plan, String programme, String section, String title, ProgrammeKind kind,
		boolean hasClasses, Integer plannedClasses, Integer plannedParticipants, int classes, int classesStarted,
		int classesEnded, int quota, int quotaStarted, int listed, int attended, int completed, int distinctAttended,
		int distinctCompleted, int women, int traineeDays, int enrolled, int enrolmentsCompleted, long estimate,
		long settled, int classesSettled, Double fillRate, Double completionRate, Double progress,
		Long costPerCompleted, Double settledRate, long estimateStarted, long estimateSettled) {
}
