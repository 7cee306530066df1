package vn.congdoan.taphuan.plan;

/**
 * What loading a plan file did.
 *
 * @param code the plan code
 * @param file the file as given
 * @param status {@code LOADED} (new), {@code UPDATED} (replaced in place) or
 * {@code UNCHANGED} (same bytes)
 * @param programmes programmes in the plan
 * @param classes classes in the plan
 * @param units submitting units in the plan
 */
public record PlanLoadResult(String code, String file, Status status, int programmes, int classes, int units) {

	public enum Status {

		LOADED, UPDATED, UNCHANGED

	}

}
