/**
 * Reconciliation: {@code reconcileJob} turns a plan's imported attendance and settlements
 * into figures (per class, ward allocation, ward year to date, programme and plan; by
 * position, by day, by month; budget by category) and findings with stable codes, all
 * aggregated in SQL into tables keyed by the run
 * ({@link vn.congdoan.taphuan.reconcile.Reconciliations}). Findings keep deterministic
 * ids across runs, and a person's acknowledgement holds while the facts it saw are
 * unchanged ({@link vn.congdoan.taphuan.reconcile.Findings}). Reports read everything
 * through {@link vn.congdoan.taphuan.reconcile.ReconcileResults}.
 */
package vn.congdoan.taphuan.reconcile;
