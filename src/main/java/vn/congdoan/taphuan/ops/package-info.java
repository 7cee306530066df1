/**
 * Operations: the scheduled runs ({@code monthlyRunJob}, {@code yearEndRunJob}) that
 * import the inbox, reconcile, render the reports and deliver them; the inbox, archive
 * and rejected folders; the schedule {@code taphuan serve} keeps, with catch-up and job
 * locks that keep runs from overlapping; delivery by e-mail and outbox with retry; and
 * the run history; and the copy of the whole database into another
 * ({@link vn.congdoan.taphuan.ops.DatabaseCopy}, {@code taphuan db copy}).
 * {@link vn.congdoan.taphuan.ops.Runs}, {@link vn.congdoan.taphuan.ops.RunSchedule} and
 * {@link vn.congdoan.taphuan.ops.RunHistory} are the entry points; reconciliation and
 * report rendering are reached through the two ports
 * {@link vn.congdoan.taphuan.ops.Reconciliation} and
 * {@link vn.congdoan.taphuan.ops.ReportRendering}, which those features implement.
 */
package vn.congdoan.taphuan.ops;
