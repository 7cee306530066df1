package vn.congdoan.taphuan.reconcile;

/**
 * Which findings to list.
 *
 * @param plan a plan code, or {@code null} for every plan
 * @param classCode a class code, or {@code null}
 * @param code a finding code, or {@code null}
 * @param openOnly only OPEN ones (not acknowledged, not closed)
 * @param includeClosed CLOSED ones too (history); otherwise OPEN and ACKNOWLEDGED
 */
public record FindingFilter(String plan, String classCode, FindingCode code, boolean openOnly, boolean includeClosed) {

	/** The current findings (open and acknowledged) of a plan. */
	public static FindingFilter current(String plan) {
		return new FindingFilter(plan, null, null, false, false);
	}

}
