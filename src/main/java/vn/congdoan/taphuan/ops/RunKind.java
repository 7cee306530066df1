package vn.congdoan.taphuan.ops;

/**
 * The two scheduled jobs.
 */
public enum RunKind {

	/** {@code monthlyRunJob}: the monthly progress report of a calendar month. */
	MONTHLY("monthlyRunJob", "run monthly"),

	/** {@code yearEndRunJob}: the year-end result report of a plan year. */
	YEAR_END("yearEndRunJob", "run year-end");

	private final String jobName;

	private final String command;

	RunKind(String jobName, String command) {
		this.jobName = jobName;
		this.command = command;
	}

	/** The Spring Batch job name. */
	public String jobName() {
		return this.jobName;
	}

	/** The command that starts it ({@code run monthly}). */
	public String command() {
		return this.command;
	}

	/** The kind of a job name, or {@code null} for another job. */
	public static RunKind ofJob(String jobName) {
		for (RunKind kind : values()) {
			if (kind.jobName.equals(jobName)) {
				return kind;
			}
		}
		return null;
	}

}
