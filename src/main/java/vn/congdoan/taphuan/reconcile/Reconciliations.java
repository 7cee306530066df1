package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.CompletionRule;
import vn.congdoan.taphuan.common.Databases;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;

/**
 * Runs reconciliations: each run of a plan as of a date is a new reconcile run and a new
 * execution of {@code reconcileJob}; when it completes, its figures are the plan's
 * current ones and its findings the plan's current findings. Running twice on the same
 * data finds the same findings with the same ids. A run as of an earlier date than the
 * plan's current results (a report on a past month) is a snapshot: it keeps its figures
 * and counts its findings for that report, and leaves the plan's current results as they
 * are (see {@code FindingPublication}).
 */
@Component
public class Reconciliations {

	private static final Logger logger = LoggerFactory.getLogger(Reconciliations.class);

	private final JdbcClient jdbc;

	private final JobOperator jobOperator;

	private final Job job;

	private final Plans plans;

	private final ReconcileSettings settings;

	private final CompletionRule completion;

	private final ReconcileResults results;

	private final Clock clock;

	/** The runs this process has started and not finished (guards the staging table). */
	private final Set<Long> running = new HashSet<>();

	private final boolean embeddedH2;

	public Reconciliations(JdbcClient jdbc, JobOperator jobOperator, @Qualifier("reconcileJob") Job job, Plans plans,
			ReconcileSettings settings, CompletionRule completion, ReconcileResults results, Clock clock,
			DataSource dataSource) {
		this.embeddedH2 = Databases.embeddedH2(dataSource);
		this.jdbc = jdbc;
		this.jobOperator = jobOperator;
		this.job = job;
		this.plans = plans;
		this.settings = settings;
		this.completion = completion;
		this.results = results;
		this.clock = clock;
	}

	/** Today in the province's time zone: the default as-of date. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Reconciles every loaded plan as of a date, in plan code order.
	 * @throws vn.congdoan.taphuan.common.UserInputException when no plan is loaded
	 */
	public List<ReconcileSummary> runAll(LocalDate asOf) {
		List<String> codes = this.plans.codes();
		if (codes.isEmpty()) {
			this.plans.resolve(null); // says how to load one
		}
		return codes.stream().map((code) -> run(code, asOf)).toList();
	}

	/**
	 * Reconciles one plan as of a date.
	 * @throws vn.congdoan.taphuan.common.UserInputException for an unknown plan, listing
	 * the loaded ones
	 * @throws ReconcileFailedException when the job does not complete
	 */
	public ReconcileSummary run(String planCode, LocalDate asOf) {
		Plan plan = this.plans.get(planCode);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO reconcile_run (plan_code, as_of, status, completion_share, underfill_threshold,
				  overfill_threshold, submission_grace_days, settlement_grace_days, started_at)
				VALUES (?, ?, 'RUNNING', ?, ?, ?, ?, ?, ?)
				""")
			.params(plan.code(), asOf, BigDecimal.valueOf(this.completion.completionShare()),
					BigDecimal.valueOf(this.settings.underfillThreshold()),
					BigDecimal.valueOf(this.settings.overfillThreshold()), this.settings.submissionGraceDays(),
					this.settings.settlementGraceDays(), OffsetDateTime.now(this.clock))
			.update(keys, "id");
		long runId = keys.getKey().longValue();
		JobExecution execution;
		try {
			clearStagedFindings(plan.code(), runId);
			execution = this.jobOperator.start(this.job,
					ReconcileJobConfiguration.parameters(runId, plan.code(), asOf));
		}
		catch (Exception ex) {
			fail(runId);
			throw new ReconcileFailedException(
					"Không chạy được việc đối soát kế hoạch " + plan.code() + ": " + ex.getMessage(), ex);
		}
		finally {
			synchronized (this.running) {
				this.running.remove(runId);
			}
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			fail(runId);
			Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
			logger.error("Reconcile run {} of {}: job execution {} ended {}", runId, plan.code(), execution.getId(),
					execution.getStatus(), cause);
			throw new ReconcileFailedException("Đối soát kế hoạch " + plan.code() + " (lần chạy " + runId
					+ ") dừng với trạng thái " + execution.getStatus()
					+ ((cause != null) ? ": " + cause.getMessage() : "") + ". Chạy lại lệnh để đối soát lại.", cause);
		}
		return summary(runId);
	}

	/**
	 * A run's staged findings ({@code reconcile_finding}) serve its own publication only.
	 * Each run starts by removing those of runs that have finished: with an embedded H2
	 * database and no other run in this process, by emptying the table (a fifth of a
	 * second, where deleting one run's 383,000 rows took 31 s); otherwise, row by row,
	 * those of this plan's earlier runs that are not running.
	 */
	private void clearStagedFindings(String planCode, long runId) {
		synchronized (this.running) {
			this.running.add(runId);
			if (this.running.size() == 1 && this.embeddedH2) {
				this.jdbc.sql("TRUNCATE TABLE reconcile_finding").update();
				return;
			}
		}
		this.jdbc.sql("""
				DELETE FROM reconcile_finding
				WHERE run_id IN (SELECT id FROM reconcile_run WHERE plan_code = ? AND id < ? AND status <> 'RUNNING')
				""").params(planCode, runId).update();
	}

	private void fail(long runId) {
		this.jdbc.sql("UPDATE reconcile_run SET status = 'FAILED' WHERE id = ? AND status = 'RUNNING'")
			.param(runId)
			.update();
	}

	/**
	 * The summary of the run just completed, from the counts of what it found (for a
	 * published run: the plan's findings not closed; for a snapshot: what it found, with
	 * the status the acknowledgements give).
	 */
	private ReconcileSummary summary(long runId) {
		ReconcileRun run = this.results.run(runId);
		Map<FindingSeverity, Integer> bySeverity = new EnumMap<>(FindingSeverity.class);
		int[] counts = new int[2];
		this.jdbc.sql("""
				SELECT severity, status, SUM(found) AS n FROM reconcile_finding_count
				WHERE run_id = ?
				GROUP BY severity, status
				""").params(runId).query((ResultSet rs) -> {
			int n = rs.getInt("n");
			bySeverity.merge(FindingSeverity.valueOf(rs.getString("severity")), n, Integer::sum);
			counts[rs.getString("status").equals(FindingStatus.OPEN.name()) ? 0 : 1] += n;
		});
		Map<String, Object> row = this.jdbc
			.sql("SELECT findings_new, findings_reopened, findings_closed FROM reconcile_run WHERE id = ?")
			.param(runId)
			.query()
			.singleRow();
		return new ReconcileSummary(run, counts[0] + counts[1], counts[0], counts[1],
				((Number) row.get("findings_new")).intValue(), ((Number) row.get("findings_reopened")).intValue(),
				((Number) row.get("findings_closed")).intValue(), bySeverity);
	}

	/**
	 * A reconciliation that did not complete (a fault, not the data): running it again
	 * starts a new run.
	 */
	public static class ReconcileFailedException extends RuntimeException {

		ReconcileFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
