package vn.congdoan.taphuan.common;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a trainee counts as having completed a class: present on every day, or on the
 * configured share of the class's days ({@code taphuan.attendance.completion-share},
 * default 1.0 = every day).
 *
 * @param completionShare share of class days a trainee must be present on, from 0
 * (exclusive) to 1
 */
@ConfigurationProperties("taphuan.attendance")
public record CompletionRule(Double completionShare) {

	public CompletionRule {
		completionShare = (completionShare != null) ? completionShare : 1.0;
		if (completionShare <= 0 || completionShare > 1) {
			throw new IllegalArgumentException(
					"taphuan.attendance.completion-share must be above 0 and at most 1, not " + completionShare);
		}
	}

	/** Days present needed to complete a class of {@code classDays} days. */
	public int daysRequired(int classDays) {
		return Math.max(1, (int) Math.ceil(this.completionShare * classDays - 1e-9));
	}

	/** COMPLETED, PARTIAL (present at least one day) or ABSENT. */
	public String status(int daysPresent, int classDays) {
		if (daysPresent >= daysRequired(classDays)) {
			return "COMPLETED";
		}
		return (daysPresent > 0) ? "PARTIAL" : "ABSENT";
	}

}
