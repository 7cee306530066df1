package vn.congdoan.taphuan.reconcile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One reconciliation of a plan, with the settings it used.
 *
 * @param id the run id (figures and findings history are keyed by it)
 * @param plan the plan code
 * @param asOf the date figures are counted to: classes that started on or before it
 * @param status RUNNING, COMPLETED or FAILED
 * @param startedAt when it started
 * @param completedAt when it completed, or {@code null}
 * @param completionShare share of class days present needed to complete
 * @param underfillThreshold see {@link ReconcileSettings}
 * @param overfillThreshold see {@link ReconcileSettings}
 * @param submissionGraceDays see {@link ReconcileSettings}
 * @param settlementGraceDays see {@link ReconcileSettings}
 */
public record ReconcileRun(long id, String plan, LocalDate asOf, String status, OffsetDateTime startedAt,
		OffsetDateTime completedAt, double completionShare, double underfillThreshold, double overfillThreshold,
		int submissionGraceDays, int settlementGraceDays) {
}
