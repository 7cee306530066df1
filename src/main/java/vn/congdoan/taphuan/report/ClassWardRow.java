package vn.congdoan.taphuan.report;

import java.time.LocalDate;

/**
 * One ward-level unit's part in one class.
 *
 * @param wardCode the unit's code
 * @param wardName the unit's name, "phường Long Xuyên"
 * @param allocation trainees it was asked to send (0 when it sent some without an
 * allocation)
 * @param listed trainees on its list
 * @param attended of those, present on at least one day
 * @param completed of those, completed the class
 * @param submittedOn when its list (latest version) was received, or {@code null} when
 * none was
 */
public record ClassWardRow(String wardCode, String wardName, int allocation, int listed, int attended, int completed,
		LocalDate submittedOn) {

	public ClassWardRow {
		Require.text(wardCode, "wardCode");
		Require.text(wardName, "wardName");
		Require.nonNegative(allocation, "allocation");
		Require.nonNegative(completed, "completed");
		Require.atMost(completed, wardCode + " completed", attended, "attended");
		Require.atMost(attended, wardCode + " attended", listed, "listed");
		if (submittedOn == null && listed > 0) {
			throw new IllegalArgumentException(wardCode + " lists " + listed + " trainees but submitted nothing");
		}
	}

	/** {@code attended / allocation}, or {@code null} without allocation. */
	public Double attendedRatio() {
		return Require.ratio(this.attended, this.allocation);
	}

	/**
	 * How the class report marks the ward: over its allocation, its list missing, under
	 * the threshold, or not at all.
	 */
	public Highlight highlight(double threshold) {
		if (this.submittedOn == null && this.allocation > 0) {
			return Highlight.MISSING;
		}
		if (this.attended > this.allocation) {
			return Highlight.OVER;
		}
		Double ratio = attendedRatio();
		return (ratio != null && ratio < threshold) ? Highlight.LOW : Highlight.NONE;
	}

	/** "Đã gửi" or "Chưa gửi danh sách". */
	public String submission() {
		return (this.submittedOn != null) ? "Đã gửi" : "Chưa gửi danh sách";
	}

}
