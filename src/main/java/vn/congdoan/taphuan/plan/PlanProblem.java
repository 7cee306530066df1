package vn.congdoan.taphuan.plan;

/**
 * One thing wrong with a plan file, placed by file, line and field.
 *
 * @param file the plan file as given
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param field the field's path, e.g. {@code classes[AG26-CS-01].allocations.long-xuyen};
 * empty for the whole file
 * @param message what is wrong and what to do, in Vietnamese
 */
public record PlanProblem(String file, int line, String field, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + (this.field.isEmpty() ? "" : ": " + this.field) + ": " + this.message;
	}

}
