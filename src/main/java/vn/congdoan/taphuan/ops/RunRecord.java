package vn.congdoan.taphuan.ops;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One job execution in the run history: the JSON contract of {@code taphuan runs --json}
 * ("runs" items).
 *
 * @param job the Spring Batch job name ({@code attendanceImportJob},
 * {@code monthlyRunJob}, ...)
 * @param instance the job instance id (the same for a run and its restarts)
 * @param execution the job execution id
 * @param parameters the identifying job parameters
 * @param start when it started
 * @param end when it ended, {@code null} while running
 * @param status COMPLETED, FAILED, STOPPED, STARTED, ..., or INTERRUPTED for an execution
 * left marked as running by a process that is gone
 * @param exitCode Spring Batch's exit code
 * @param message the exit message (the failure), first line
 * @param counts the counts that matter (files, rows, findings, reports, deliveries)
 * @param read items read, over its steps (Spring Batch's counters)
 * @param written items written, over its steps
 * @param needsAttention whether this is the latest execution of its run and it did not
 * complete
 * @param rerun the command that resumes it, when there is one
 */
public record RunRecord(String job, long instance, long execution, Map<String, String> parameters, LocalDateTime start,
		LocalDateTime end, String status, String exitCode, String message, RunCounts counts, long read, long written,
		boolean needsAttention, String rerun) {

	public RunRecord {
		parameters = Map.copyOf(parameters);
	}

}
