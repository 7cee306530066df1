package vn.congdoan.taphuan.report;

/**
 * One ward-level unit's results from the start of the year to the report date, over the
 * classes that have ended.
 *
 * @param wardCode the unit's code, {@code long-xuyen}
 * @param wardName the unit's name as reports write it, "phường Long Xuyên"
 * @param allocation trainees the unit was asked to send to those classes
 * @param listed trainees on the lists it sent
 * @param attended of those, present on at least one day (trainee-turns)
 * @param completed of those, completed their class
 * @param missingLists classes it had an allocation for and sent no list
 */
public record WardFillRow(String wardCode, String wardName, int allocation, int listed, int attended, int completed,
		int missingLists) {

	public WardFillRow {
		Require.text(wardCode, "wardCode");
		Require.text(wardName, "wardName");
		Require.nonNegative(allocation, "allocation");
		Require.nonNegative(completed, "completed");
		Require.atMost(completed, wardCode + " completed", attended, "attended");
		Require.atMost(attended, wardCode + " attended", listed, "listed");
		Require.nonNegative(missingLists, "missingLists");
	}

	/** Quota fill: {@code attended / allocation}, or {@code null} without allocation. */
	public Double attendedRatio() {
		return Require.ratio(this.attended, this.allocation);
	}

	/**
	 * Whether it lags: attended below {@code threshold} of its allocation, or with a list
	 * still missing for an ended class.
	 */
	public boolean lagging(double threshold) {
		Double ratio = attendedRatio();
		return this.missingLists > 0 || (ratio != null && ratio < threshold);
	}

	/** How the tables mark it: list missing, under the threshold, over its allocation. */
	public Highlight highlight(double threshold) {
		if (this.missingLists > 0) {
			return Highlight.MISSING;
		}
		Double ratio = attendedRatio();
		if (ratio != null && ratio < threshold) {
			return Highlight.LOW;
		}
		return (this.attended > this.allocation) ? Highlight.OVER : Highlight.NONE;
	}

	/** {@code completed / allocation}, or {@code null} without allocation. */
	public Double completedRatio() {
		return Require.ratio(this.completed, this.allocation);
	}

}
