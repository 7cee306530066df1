package vn.congdoan.taphuan.ops;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What {@code run monthly} or {@code run year-end} did: the JSON contract of
 * {@code taphuan run ... --json}. Counts and lists cover the whole job instance (every
 * execution of it: a restarted run shows what the earlier attempts did too).
 *
 * @param job the Spring Batch job name
 * @param plan the plan asked for, or {@code *} for every loaded plan of the year
 * @param plans the plans the run covers
 * @param period {@code 2026-03} or {@code 2026}
 * @param run the run number ({@code --force} starts the next one)
 * @param instance the job instance id, when there is one
 * @param execution the job execution id of this attempt, when there is one
 * @param status the outcome
 * @param failedStep the step that failed or stopped, if any
 * @param message what went wrong or why nothing ran, in Vietnamese; {@code null} when
 * completed
 * @param start when this attempt started
 * @param end when it ended
 * @param counts the counts that matter
 * @param files the inbox files and what became of them
 * @param reports the report files written
 * @param deliveries the deliveries of those reports
 * @param rerun the command that resumes or repeats the run
 */
public record RunOutcome(String job, String plan, List<String> plans, String period, int run, Long instance,
		Long execution, Status status, String failedStep, String message, LocalDateTime start, LocalDateTime end,
		RunCounts counts, List<InboxFile> files, List<String> reports, List<Delivery> deliveries, String rerun) {

	public RunOutcome {
		plans = List.copyOf(plans);
		files = List.copyOf(files);
		reports = List.copyOf(reports);
		deliveries = List.copyOf(deliveries);
	}

	/**
	 * How a run ended.
	 */
	public enum Status {

		/** Every step completed. */
		COMPLETED,

		/**
		 * The period's run had completed before: nothing was done ({@code --force}
		 * repeats it).
		 */
		ALREADY_COMPLETED,

		/** A step failed: running the same command again resumes at that step. */
		FAILED,

		/**
		 * Stopped on request (e.g. {@code serve} shutting down): the same command resumes
		 * it.
		 */
		STOPPED,

		/** Another run of the same job holds its lock: nothing was done. */
		BUSY

	}

	/**
	 * One inbox file.
	 *
	 * @param path its path under the inbox
	 * @param outcome what became of it
	 * @param movedTo where it was moved, or {@code null} when it was left
	 * @param note the {@code .txt} written beside a rejected file
	 * @param message why it was rejected or left
	 */
	public record InboxFile(String path, InboxOutcome outcome, String movedTo, String note, String message) {
	}

	/**
	 * One delivery: a plan's reports by e-mail or into the outbox.
	 *
	 * @param plan the plan
	 * @param period the period of the reports
	 * @param channel EMAIL or OUTBOX
	 * @param target the recipients, or the outbox folder
	 * @param status PENDING, DELIVERED or CANCELLED
	 * @param attempts attempts so far
	 * @param lastError the last failure, if any
	 */
	public record Delivery(String plan, String period, String channel, String target, String status, int attempts,
			String lastError) {
	}

}
