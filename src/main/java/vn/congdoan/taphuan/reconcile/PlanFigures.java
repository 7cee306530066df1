package vn.congdoan.taphuan.reconcile;

/**
 * The plan as a whole as of the run's date. Counts are trainee-turns (lượt người: a cadre
 * at two classes counts twice) except the {@code distinct*} ones; attendance counts only
 * classes that have started.
 *
 * @param plan the plan code
 * @param run the run that computed them
 * @param plannedClasses classes the programmes plan (as stated)
 * @param plannedParticipants participants the programmes plan, all programmes that state
 * a number (An Giang: 1,400 grassroots cadres + 2 post-graduate places); progress against
 * a promise is per programme ({@link ProgrammeFigures#progress()})
 * @param classes classes in the plan
 * @param classesStarted of those, started by as-of
 * @param classesEnded of those, ended before as-of
 * @param quota quotas of all classes
 * @param quotaStarted quotas of the started classes
 * @param listed trainee lines received for started classes
 * @param attended lines present on at least one day
 * @param completed lines present on enough days to complete
 * @param distinctAttended different people among {@code attended}
 * @param distinctCompleted different people among {@code completed}
 * @param women women among {@code attended}
 * @param traineeDays days present, summed
 * @param enrolled people sent to programmes without classes of their own (enrolled,
 * studying or completed; not planned or withdrawn), whose course started by as-of
 * @param enrolmentsCompleted of those, who completed
 * @param estimate the estimate of every class, in đồng
 * @param settled what the current settlements total, in đồng
 * @param classesSettled classes with a settlement (of {@code classesStarted}: a class
 * cannot be settled before it starts)
 * @param fillRate {@code attended / quotaStarted}
 * @param completionRate {@code completed / quotaStarted}
 * @param settledRate {@code settled / estimateSettled}: money settled against the
 * estimate of the same classes, {@code null} while no class is settled
 * @param costPerCompleted settled ÷ completed, over the classes with a settlement
 * @param estimateStarted the estimate of the classes started by as-of
 * @param estimateSettled the estimate of the classes with a settlement
 */
public record PlanFigures(String plan, long run, int plannedClasses, int plannedParticipants, int classes,
		int classesStarted, int classesEnded, int quota, int quotaStarted, int listed, int attended, int completed,
		int distinctAttended, int distinctCompleted, int women, int traineeDays, int enrolled, int enrolmentsCompleted,
		long estimate, long settled, int classesSettled, Double fillRate, Double completionRate, Double settledRate,
		Long costPerCompleted, long estimateStarted, long estimateSettled) {

	/** The estimate of the started classes that have no settlement yet. */
	public long estimateUnsettled() {
		return this.estimateStarted - this.estimateSettled;
	}

}
