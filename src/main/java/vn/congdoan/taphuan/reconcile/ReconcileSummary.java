package vn.congdoan.taphuan.reconcile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one reconciliation run did to the findings of its plan.
 *
 * @param run the run
 * @param current findings the run found (open and acknowledged)
 * @param open of those, open
 * @param acknowledged of those, still acknowledged
 * @param opened found for the first time
 * @param reopened found again after being closed, or whose facts changed since they were
 * acknowledged
 * @param closed no longer found
 * @param bySeverity current findings per severity, most serious first (ERROR, WARNING,
 * INFO: the order JSON shows them in)
 */
public record ReconcileSummary(ReconcileRun run, int current, int open, int acknowledged, int opened, int reopened,
		int closed, Map<FindingSeverity, Integer> bySeverity) {

	public ReconcileSummary {
		EnumMap<FindingSeverity, Integer> ordered = new EnumMap<>(FindingSeverity.class);
		ordered.putAll(bySeverity);
		bySeverity = Collections.unmodifiableMap(ordered);
	}

}
