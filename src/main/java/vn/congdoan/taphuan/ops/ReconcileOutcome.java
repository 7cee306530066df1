package vn.congdoan.taphuan.ops;

/**
 * What reconciling a plan found, as far as operations needs to know: shown by
 * {@code taphuan runs} and in the delivery e-mail.
 *
 * @param planCode the plan reconciled
 * @param openFindings problems still open (missing submissions, quota or budget
 * discrepancies, possible duplicates, ...)
 */
public record ReconcileOutcome(String planCode, int openFindings) {

	public ReconcileOutcome {
		if (planCode == null || planCode.isBlank()) {
			throw new IllegalArgumentException("planCode is required");
		}
		if (openFindings < 0) {
			throw new IllegalArgumentException("openFindings must not be negative, not " + openFindings);
		}
	}

}
