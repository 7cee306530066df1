package vn.congdoan.taphuan.reconcile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The typed job parameters every step of {@code reconcileJob} works from.
 *
 * @param runId the reconcile run the figures are keyed by
 * @param plan the plan code
 * @param asOf the date figures are counted to
 */
record RunParameters(long runId, String plan, LocalDate asOf) {

	RunParameters {
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(asOf, "asOf");
	}

}
