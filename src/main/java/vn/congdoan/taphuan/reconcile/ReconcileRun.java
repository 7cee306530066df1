package vn.congdoan.taphuan.reconcile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One reconciliation of a plan, with the settings it used.
 *
 * @param id the run id (figures and findings history are keyed by it)
 * @param plan the plan code
 * @param asOf the date figures are counted to: classes that started on or before it
 * @param status RUNNING, COMPLETED (the plan's results when it is the latest), SNAPSHOT
 * (completed as of an earlier date than the plan's results then: figures for a report on
 * a past period, findings counted but not published) or FAILED
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

	/** Whether its findings were published as the plan's (status COMPLETED). */
	@JsonIgnore
	public boolean published() {
		return "COMPLETED".equals(this.status);
	}

}
