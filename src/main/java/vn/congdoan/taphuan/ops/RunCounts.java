package vn.congdoan.taphuan.ops;

/**
 * The counts that matter for a run: files from the inbox and what became of them, rows
 * imported, findings open after reconciliation, report files written and deliveries still
 * pending. Counts that do not apply to a job are {@code null}.
 *
 * @param files files looked at
 * @param imported files imported
 * @param unchanged files whose bytes were already imported
 * @param rejected files rejected (by the import, or not spreadsheets)
 * @param left files left in the inbox (being written, locked, unreadable)
 * @param rowsAccepted trainee rows accepted by the imports
 * @param rowsRejected trainee rows rejected by the imports
 * @param findings open findings after reconciliation, over the run's plans
 * @param reports report files written
 * @param deliveriesPending deliveries not done yet
 */
public record RunCounts(Integer files, Integer imported, Integer unchanged, Integer rejected, Integer left,
		Integer rowsAccepted, Integer rowsRejected, Integer findings, Integer reports, Integer deliveriesPending) {

	static final RunCounts NONE = new RunCounts(null, null, null, null, null, null, null, null, null, null);

	/** Whether some input needs a person: a file rejected or left, or rows rejected. */
	public boolean hasRejections() {
		return positive(this.rejected) || positive(this.left) || positive(this.rowsRejected);
	}

	private static boolean positive(Integer count) {
		return count != null && count > 0;
	}

}
