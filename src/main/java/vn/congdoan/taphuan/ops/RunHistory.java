package vn.congdoan.taphuan.ops;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The run history, from Spring Batch's job repository: every job execution of every job
 * (imports, the scheduled runs, and any other job), newest first, with the counts that
 * matter from the step executions and the features' tables, and which runs need attention
 * (their latest attempt failed, stopped or was interrupted) with the command that resumes
 * them.
 */
@Component
public class RunHistory {

	private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

	private static final Set<String> NEEDS_ATTENTION = Set.of("FAILED", "STOPPED", "UNKNOWN", "INTERRUPTED");

	private final JdbcClient jdbc;

	private final OpsStore store;

	private final JobLocks locks;

	private final Clock clock;

	RunHistory(JdbcClient jdbc, OpsStore store, JobLocks locks, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * Job executions, newest first.
	 * @param needingAttention only the latest execution of each run that did not complete
	 * (failed, stopped, interrupted)
	 * @param job only this job, or {@code null} for all
	 * @param limit at most this many
	 */
	public List<RunRecord> list(boolean needingAttention, String job, int limit) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("""
					SELECT e.job_execution_id, i.job_instance_id, i.job_name, e.start_time, e.end_time, e.status, e.exit_code,
					       e.exit_message,
					       (SELECT MAX(x.job_execution_id) FROM batch_job_execution x
					        WHERE x.job_instance_id = e.job_instance_id) AS latest_execution
					FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
					WHERE (CAST(:job AS VARCHAR) IS NULL OR i.job_name = :job)
					ORDER BY e.job_execution_id DESC
					""")
			.param("job", job)
			.query()
			.listOfRows();
		List<RunRecord> records = new ArrayList<>();
		List<Map<String, Object>> selected = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			String status = status(row);
			boolean latest = ((Number) row.get("job_execution_id"))
				.longValue() == ((Number) row.get("latest_execution")).longValue();
			boolean attention = latest && NEEDS_ATTENTION.contains(status);
			if (needingAttention && !attention) {
				continue;
			}
			row.put("display_status", status);
			row.put("attention", attention);
			selected.add(row);
			if (selected.size() >= limit) {
				break;
			}
		}
		if (selected.isEmpty()) {
			return records;
		}
		List<Long> ids = selected.stream().map((row) -> ((Number) row.get("job_execution_id")).longValue()).toList();
		Map<Long, Map<String, String>> parameters = parameters(ids);
		Map<Long, long[]> steps = steps(ids);
		for (Map<String, Object> row : selected) {
			long id = ((Number) row.get("job_execution_id")).longValue();
			String jobName = (String) row.get("job_name");
			Map<String, String> identifying = parameters.getOrDefault(id, Map.of());
			long[] counters = steps.getOrDefault(id, new long[2]);
			records.add(new RunRecord(jobName, ((Number) row.get("job_instance_id")).longValue(), id, identifying,
					time(row.get("start_time")), time(row.get("end_time")), (String) row.get("display_status"),
					(String) row.get("exit_code"), firstLine((String) row.get("exit_message")),
					counts(jobName, id, identifying), counters[0], counters[1], (Boolean) row.get("attention"),
					rerun(jobName, identifying)));
		}
		return records;
	}

	/**
	 * The status to show: a run still marked as running whose process is gone is
	 * INTERRUPTED.
	 */
	private String status(Map<String, Object> row) {
		String status = (String) row.get("status");
		if (!RUNNING.contains(status)) {
			return status;
		}
		String jobName = (String) row.get("job_name");
		if (this.locks.heldNames().contains(jobName)) {
			return status; // running in this process
		}
		if (this.locks.othersAreDead()) {
			return "INTERRUPTED"; // only this process can have the database open
		}
		if (RunKind.ofJob(jobName) != null) {
			boolean held = this.locks.holder(jobName)
				.filter((holder) -> holder.expiresAt() != null
						&& holder.expiresAt().isAfter(OffsetDateTime.now(this.clock)))
				.isPresent();
			return held ? status : "INTERRUPTED";
		}
		return status;
	}

	private Map<Long, Map<String, String>> parameters(List<Long> ids) {
		Map<Long, Map<String, String>> parameters = new HashMap<>();
		this.jdbc.sql("""
				SELECT job_execution_id, parameter_name, parameter_value FROM batch_job_execution_params
				WHERE job_execution_id IN (:ids) AND identifying = 'Y'
				""").param("ids", ids).query((rs) -> {
			parameters.computeIfAbsent(rs.getLong(1), (key) -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
		});
		return parameters;
	}

	private Map<Long, long[]> steps(List<Long> ids) {
		Map<Long, long[]> steps = new HashMap<>();
		this.jdbc.sql("""
				SELECT job_execution_id, COALESCE(SUM(read_count), 0), COALESCE(SUM(write_count), 0)
				FROM batch_step_execution WHERE job_execution_id IN (:ids) GROUP BY job_execution_id
				""").param("ids", ids).query((rs) -> {
			steps.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
		});
		return steps;
	}

	private RunCounts counts(String jobName, long executionId, Map<String, String> parameters) {
		if (RunKind.ofJob(jobName) != null) {
			return this.store.count(List.of(executionId));
		}
		String submission = parameters.get("submission.id");
		if ("attendanceImportJob".equals(jobName) && submission != null) {
			return this.jdbc.sql("""
					SELECT status, rows_accepted, rows_rejected FROM submission WHERE id = ?
					""").param(Long.parseLong(submission)).query((rs, row) -> {
				String status = rs.getString("status");
				boolean imported = status.equals("IMPORTED") || status.equals("REPLACED");
				return new RunCounts(1, imported ? 1 : 0, null, status.equals("REJECTED") ? 1 : 0, null,
						rs.getInt("rows_accepted"), rs.getInt("rows_rejected"), null, null, null);
			}).optional().orElse(RunCounts.NONE);
		}
		return RunCounts.NONE;
	}

	private String rerun(String jobName, Map<String, String> parameters) {
		RunKind kind = RunKind.ofJob(jobName);
		if (kind != null) {
			String plan = parameters.get(RunParameters.PLAN);
			RunPeriod period = (kind == RunKind.MONTHLY)
					? RunPeriod.month(YearMonth.parse(parameters.get(RunParameters.MONTH)))
					: RunPeriod.year(Integer.parseInt(parameters.get(RunParameters.YEAR)));
			return Runs.rerun(period, plan);
		}
		String submission = parameters.get("submission.id");
		if ("attendanceImportJob".equals(jobName) && submission != null) {
			return this.jdbc.sql("""
					SELECT request_source, requested_plan, requested_class, requested_ward, original_path
					FROM submission WHERE id = ?
					""").param(Long.parseLong(submission)).query((rs, row) -> {
				if ("FOLDER".equals(rs.getString("request_source"))) {
					return "taphuan run monthly (tệp vẫn ở hộp thư đến)";
				}
				StringBuilder command = new StringBuilder("taphuan import");
				append(command, "--plan", rs.getString("requested_plan"));
				append(command, "--class", rs.getString("requested_class"));
				append(command, "--ward", rs.getString("requested_ward"));
				return command.append(" \"").append(rs.getString("original_path")).append('"').toString();
			}).optional().orElse(null);
		}
		return null;
	}

	private static void append(StringBuilder command, String option, String value) {
		if (value != null) {
			command.append(' ').append(option).append(' ').append(value);
		}
	}

	private static LocalDateTime time(Object value) {
		if (value instanceof LocalDateTime time) {
			return time;
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toLocalDateTime();
		}
		return null;
	}

	private static String firstLine(String text) {
		return (text == null || text.isBlank()) ? null : text.lines().findFirst().orElse(null);
	}

}
