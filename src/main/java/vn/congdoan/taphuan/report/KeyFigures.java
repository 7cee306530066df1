package vn.congdoan.taphuan.report;

import java.util.List;

/**
 * The headline figures against the plan: classes, trainees and money. Trainee figures
 * cover the programmes that run classes and state a planned number of trainees (An
 * Giang's 1,400 grassroots cadres, Lai Châu's 5 × 80), so that attended and planned count
 * the same people; the budget covers every class.
 *
 * @param plannedClasses classes those programmes plan
 * @param heldClasses of those, classes that have ended
 * @param plannedTrainees trainees those programmes plan
 * @param attended trainee-turns present on at least one day
 * @param completed trainee-turns that completed their class
 * @param budgetEstimate the estimate of every class, in đồng
 * @param budgetSettled what finance has settled so far, in đồng
 */
public record KeyFigures(int plannedClasses, int heldClasses, int plannedTrainees, int attended, int completed,
		long budgetEstimate, long budgetSettled) {

	public KeyFigures {
		Require.nonNegative(plannedClasses, "plannedClasses");
		Require.nonNegative(heldClasses, "heldClasses");
		Require.nonNegative(plannedTrainees, "plannedTrainees");
		Require.nonNegative(completed, "completed");
		Require.atMost(completed, "completed", attended, "attended");
		Require.nonNegative(budgetEstimate, "budgetEstimate");
		Require.nonNegative(budgetSettled, "budgetSettled");
	}

	/** Sums the programme rows and budget rows as described above. */
	public static KeyFigures of(List<ProgrammeRow> programmes, List<BudgetCategoryRow> budget) {
		int plannedClasses = 0;
		int heldClasses = 0;
		int plannedTrainees = 0;
		int attended = 0;
		int completed = 0;
		for (ProgrammeRow programme : programmes) {
			if (programme.hasClasses() && programme.plannedTrainees() != null) {
				plannedClasses += (programme.plannedClasses() != null) ? programme.plannedClasses() : 0;
				heldClasses += programme.heldClasses();
				plannedTrainees += programme.plannedTrainees();
				attended += programme.attended();
				completed += programme.completed();
			}
		}
		long estimate = budget.stream().mapToLong(BudgetCategoryRow::estimate).sum();
		long settled = budget.stream().mapToLong(BudgetCategoryRow::settled).sum();
		return new KeyFigures(plannedClasses, heldClasses, plannedTrainees, attended, completed, estimate, settled);
	}

	public Double heldRatio() {
		return Require.ratio(this.heldClasses, this.plannedClasses);
	}

	public Double attendedRatio() {
		return Require.ratio(this.attended, this.plannedTrainees);
	}

	public Double completedRatio() {
		return Require.ratio(this.completed, this.plannedTrainees);
	}

	public Double settledRatio() {
		return Require.ratio(this.budgetSettled, this.budgetEstimate);
	}

}
