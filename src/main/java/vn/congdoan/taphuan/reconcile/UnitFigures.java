package vn.congdoan.taphuan.reconcile;

/**
 * One ward's year to date: the started classes of the plan.
 *
 * @param plan the plan code
 * @param ward the unit code
 * @param wardName the unit as reports write it
 * @param classesAllocated started classes it has an allocation in
 * @param listsReceived lists in for started classes
 * @param listsMissing allocated classes that ended at least the submission grace before
 * as-of without a list
 * @param quota its allocations in started classes
 * @param listed trainee lines
 * @param attended present on at least one day (turns)
 * @param completed completed (turns)
 * @param distinctAttended different people among {@code attended}
 * @param women women among {@code attended}
 * @param fillRate {@code attended / quota}
 * @param completionRate {@code completed / quota}
 */
public record UnitFigures(String plan, String ward, String wardName, int classesAllocated, int listsReceived,
		int listsMissing, int quota, int listed, int attended, int completed, int distinctAttended, int women,
		Double fillRate, Double completionRate) {
}
