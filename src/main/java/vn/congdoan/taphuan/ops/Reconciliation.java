package vn.congdoan.taphuan.ops;

import java.time.LocalDate;

/**
 * Port to the reconciliation feature: brings one plan's figures and findings up to date
 * with what has been imported. {@code reconcileStep} of the scheduled runs calls it once
 * per plan; the reconcile feature provides the implementation (a Spring bean). Without
 * one, {@code run monthly} and {@code run year-end} refuse to start and say so.
 * <p>
 * The implementation may run its own Spring Batch job and commit its own transactions:
 * the step calls it outside any transaction. It must be idempotent (a restarted run may
 * call it again for the same plan and date) and throw when it could not finish.
 */
public interface Reconciliation {

	/**
	 * Reconciles a plan's imported attendance against its quotas and budgets as of a
	 * date.
	 * @param planCode the plan ({@code AG-2026})
	 * @param asOf the last day the figures cover (the month's last day, or today when
	 * earlier)
	 * @return what was found
	 */
	ReconcileOutcome reconcile(String planCode, LocalDate asOf);

}
