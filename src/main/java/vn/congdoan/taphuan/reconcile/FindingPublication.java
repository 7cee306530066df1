package vn.congdoan.taphuan.reconcile;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.plan.Plan;

/**
 * {@code publishFindingsStep}, in one transaction and in SQL: keeps the first of findings
 * detected twice under one id; brings the plan's findings up to date (new ones OPEN;
 * found again: ACKNOWLEDGED when the latest acknowledgement saw the same fingerprint,
 * else OPEN, the row rewritten only when something changed; not found: CLOSED); counts
 * the run's findings by code, severity and status ({@code reconcile_finding_count});
 * completes the run with its counts; and prunes the figures of runs older than the latest
 * {@code keep-runs}.
 * <p>
 * A run as of an earlier date than the plan's current results (a report on a past month,
 * made later) does not publish: the plan's findings stay those of its current date, and
 * the run, status {@code SNAPSHOT}, keeps its figures and the counts of what it found for
 * its report. Otherwise rendering October's report in December would close every finding
 * of November and reopen them at the next run.
 */
class FindingPublication implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(FindingPublication.class);

	/**
	 * The run-keyed tables pruned; not {@code reconcile_finding}, which each run empties
	 * as it starts (see {@code Reconciliations}).
	 */
	private static final List<String> FIGURE_TABLES = List.of("reconcile_finding_count", "reconcile_listing",
			"reconcile_repeat", "reconcile_tally", "reconcile_allowance", "reconcile_budget", "reconcile_day",
			"reconcile_position", "reconcile_plan", "reconcile_programme", "reconcile_unit", "reconcile_ward",
			"reconcile_class");

	/**
	 * A finding's status as this run publishes it: ACKNOWLEDGED while the latest
	 * acknowledgement saw the same facts, else OPEN ({@code r}: the run's finding).
	 */
	private static final String NEW_STATUS = """
			(CASE WHEN r.fingerprint = (SELECT a.fingerprint FROM finding_ack a WHERE a.finding_id = r.finding_id
			                            ORDER BY a.id DESC FETCH FIRST 1 ROW ONLY)
			      THEN 'ACKNOWLEDGED' ELSE 'OPEN' END)""";

	/** The run's staged findings counted with the status publication would give them. */
	private static final String COUNT_STAGED = """
			INSERT INTO reconcile_finding_count (run_id, code, severity, status, found)
			SELECT CAST(:run AS BIGINT), x.code, x.severity, x.status, COUNT(*)
			FROM (SELECT r.code, r.severity, %s AS status FROM reconcile_finding r WHERE r.run_id = :run) x
			GROUP BY x.code, x.severity, x.status
			""";

	/**
	 * The plan's findings this run published, counted (they are the plan's not closed).
	 */
	private static final String COUNT_PUBLISHED = """
			INSERT INTO reconcile_finding_count (run_id, code, severity, status, found)
			SELECT CAST(:run AS BIGINT), f.code, f.severity, f.status, COUNT(*)
			FROM finding f WHERE f.plan_code = :plan AND f.status <> 'CLOSED'
			GROUP BY f.code, f.severity, f.status
			""";

	private final RunParameters run;

	private final JdbcClient jdbc;

	private final Plan plan;

	private final ReconcileSettings settings;

	private final Clock clock;

	FindingPublication(RunParameters run, JdbcClient jdbc, Plan plan, ReconcileSettings settings, Clock clock) {
		this.run = run;
		this.jdbc = jdbc;
		this.plan = plan;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.runId();
		String planCode = this.plan.code();
		// one publication at a time per plan
		this.jdbc.sql("SELECT code FROM plan WHERE code = ? FOR UPDATE").param(planCode).query(String.class).list();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("DELETE FROM reconcile_finding_count WHERE run_id = ?").param(runId).update();
		// the same id twice in a run (the same subject found twice, or two subjects whose
		// ids collide): the first detected stands. Found in the run's id order, one id
		// at a time, rarely any.
		List<String> repeated = this.jdbc.sql("""
				SELECT finding_id FROM reconcile_finding WHERE run_id = ?
				GROUP BY run_id, finding_id HAVING COUNT(*) > 1
				""").param(runId).query(String.class).list();
		for (String findingId : repeated) {
			this.jdbc.sql("""
					DELETE FROM reconcile_finding
					WHERE run_id = :run AND finding_id = :id
					  AND id > (SELECT MIN(x.id) FROM reconcile_finding x WHERE x.run_id = :run AND x.finding_id = :id)
					""").param("run", runId).param("id", findingId).update();
		}
		long counting = System.nanoTime();
		int current = this.jdbc.sql("SELECT COUNT(*) FROM reconcile_finding WHERE run_id = ?")
			.param(runId)
			.query(Integer.class)
			.single();
		if (laterRunPublished(planCode, runId)) {
			this.jdbc.sql(COUNT_STAGED.formatted(NEW_STATUS)).param("run", runId).update();
			this.jdbc
				.sql("""
						UPDATE reconcile_run SET status = 'SNAPSHOT', completed_at = ?, findings_current = ?, findings_new = 0,
						  findings_reopened = 0, findings_closed = 0
						WHERE id = ?
						""")
				.params(now, current, runId)
				.update();
			prune(planCode);
			logger.info("Reconcile run {} of {} as of {}: {} findings, not published (the plan's current results are "
					+ "of a later date)", runId, planCode, this.run.asOf(), current);
			contribution.incrementWriteCount(current);
			return RepeatStatus.FINISHED;
		}
		// found again after being closed, or acknowledged but with other facts now: read
		// before the update below changes their status; only the plan's findings not OPEN
		// are looked at
		int reopened = this.jdbc.sql("""
				SELECT COUNT(*) FROM finding f
				WHERE f.plan_code = :plan AND f.status IN ('CLOSED', 'ACKNOWLEDGED')
				  AND EXISTS (SELECT 1 FROM reconcile_finding r WHERE r.run_id = :run AND r.finding_id = f.id
				              AND (f.status = 'CLOSED' OR %s = 'OPEN'))
				""".formatted(NEW_STATUS)).param("plan", planCode).param("run", runId).query(Integer.class).single();
		logger.debug("Findings counted in {} ms", (System.nanoTime() - counting) / 1_000_000);
		long merging = System.nanoTime();
		// found again: rewritten only when something about it changed (its facts, texts,
		// where, severity, or its status). An unchanged finding keeps its row: rewriting
		// every found-again finding's row took 38 s of a re-run at 383,000 findings. Its
		// last run and last seen are those of the plan's latest run (see Findings).
		this.jdbc
			.sql("""
					UPDATE finding f SET (severity, programme_code, class_code, unit_code, subject, message, figures,
					  actual_value, reference_value, fingerprint, status, last_run_id, last_seen_at, closed_at) =
					  (SELECT r.severity, r.programme_code, r.class_code, r.unit_code, r.subject, r.message, r.figures,
					          r.actual_value, r.reference_value, r.fingerprint, %s, r.run_id, CAST(:now AS TIMESTAMP WITH TIME ZONE),
					          CAST(NULL AS TIMESTAMP WITH TIME ZONE)
					   FROM reconcile_finding r WHERE r.run_id = :run AND r.finding_id = f.id)
					WHERE f.plan_code = :plan
					  AND EXISTS (SELECT 1 FROM reconcile_finding r WHERE r.run_id = :run AND r.finding_id = f.id
					              AND (r.fingerprint IS DISTINCT FROM f.fingerprint OR r.severity IS DISTINCT FROM f.severity
					                   OR r.subject IS DISTINCT FROM f.subject OR r.message IS DISTINCT FROM f.message
					                   OR r.figures IS DISTINCT FROM f.figures
					                   OR r.programme_code IS DISTINCT FROM f.programme_code
					                   OR r.class_code IS DISTINCT FROM f.class_code OR r.unit_code IS DISTINCT FROM f.unit_code
					                   OR r.actual_value IS DISTINCT FROM f.actual_value
					                   OR r.reference_value IS DISTINCT FROM f.reference_value
					                   OR f.status <> %s))
					"""
				.formatted(NEW_STATUS, NEW_STATUS))
			.param("run", runId)
			.param("plan", planCode)
			.param("now", now)
			.update();
		logger.debug("Findings found again updated in {} ms", (System.nanoTime() - merging) / 1_000_000);
		long inserting = System.nanoTime();
		// a new finding cannot have been acknowledged (an acknowledgement needs the
		// finding): OPEN
		int opened = this.jdbc
			.sql("""
					INSERT INTO finding (id, plan_code, code, severity, programme_code, class_code, unit_code, subject,
					  message, figures, actual_value, reference_value, fingerprint, status, first_run_id, last_run_id,
					  first_seen_at, last_seen_at)
					SELECT r.finding_id, :plan, r.code, r.severity, r.programme_code, r.class_code, r.unit_code, r.subject,
					       r.message, r.figures, r.actual_value, r.reference_value, r.fingerprint, 'OPEN', r.run_id, r.run_id,
					       :now, :now
					FROM reconcile_finding r
					WHERE r.run_id = :run AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.id = r.finding_id)
					""")
			.param("run", runId)
			.param("plan", planCode)
			.param("now", now)
			.update();
		logger.debug("New findings inserted in {} ms", (System.nanoTime() - inserting) / 1_000_000);
		long closing = System.nanoTime();
		int closed = close(planCode, runId, now);
		this.jdbc.sql(COUNT_PUBLISHED).param("run", runId).param("plan", planCode).update();
		this.jdbc.sql("""
				UPDATE reconcile_run SET status = 'COMPLETED', completed_at = ?, findings_current = ?, findings_new = ?,
				  findings_reopened = ?, findings_closed = ?
				WHERE id = ?
				""").params(now, current, opened, reopened, closed, runId).update();
		prune(planCode);
		logger.debug("Findings closed and old runs pruned in {} ms", (System.nanoTime() - closing) / 1_000_000);
		logger.info("Reconcile run {} of {} as of {}: {} findings ({} open, {} new, {} reopened, {} closed)", runId,
				planCode, this.run.asOf(), current, open(planCode), opened, reopened, closed);
		contribution.incrementWriteCount(current);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Closes the plan's findings this run did not find. Each was found by the plan's
	 * previous run (a finding not closed was found by the latest run, which is how
	 * {@code Findings} reads its last run): that run becomes its last.
	 */
	private int close(String planCode, long runId, OffsetDateTime now) {
		Map<String, Object> previous = this.jdbc.sql("""
				SELECT id, completed_at FROM reconcile_run
				WHERE plan_code = ? AND status = 'COMPLETED' AND id < ?
				ORDER BY id DESC FETCH FIRST 1 ROW ONLY
				""").params(planCode, runId).query().listOfRows().stream().findFirst().orElse(null);
		if (previous == null) {
			// the plan's first run: nothing to close
			return 0;
		}
		return this.jdbc.sql("""
				UPDATE finding f SET status = 'CLOSED', closed_at = :now, last_run_id = :previous,
				  last_seen_at = :previousAt
				WHERE f.plan_code = :plan AND f.status <> 'CLOSED'
				  AND NOT EXISTS (SELECT 1 FROM reconcile_finding r WHERE r.run_id = :run AND r.finding_id = f.id)
				""")
			.param("now", now)
			.param("previous", previous.get("id"))
			.param("previousAt", previous.get("completed_at"))
			.param("plan", planCode)
			.param("run", runId)
			.update();
	}

	/**
	 * Whether the plan's current results are of a later date than this run's: then this
	 * run is a snapshot for a report on an earlier period.
	 */
	private boolean laterRunPublished(String planCode, long runId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM reconcile_run
				WHERE plan_code = ? AND status = 'COMPLETED' AND id <> ? AND as_of > ?
				""").params(planCode, runId, this.run.asOf()).query(Integer.class).single() > 0;
	}

	/** The plan's findings OPEN now (for the log). */
	private int open(String planCode) {
		return this.jdbc.sql("SELECT COUNT(*) FROM finding WHERE plan_code = ? AND status = 'OPEN'")
			.param(planCode)
			.query(Integer.class)
			.single();
	}

	/**
	 * Deletes the figures of this plan's runs older than the latest keep-runs completed
	 * (snapshots included), except the plan's current results: the latest published run
	 * keeps its figures however many snapshots came after it.
	 */
	private void prune(String planCode) {
		Long oldestKept = this.jdbc.sql("""
				SELECT id FROM reconcile_run WHERE plan_code = ? AND status IN ('COMPLETED', 'SNAPSHOT')
				ORDER BY id DESC LIMIT 1 OFFSET ?
				""").params(planCode, this.settings.keepRuns() - 1).query(Long.class).optional().orElse(null);
		if (oldestKept == null) {
			return;
		}
		Long current = this.jdbc.sql("SELECT MAX(id) FROM reconcile_run WHERE plan_code = ? AND status = 'COMPLETED'")
			.param(planCode)
			.query(Long.class)
			.single();
		for (String table : FIGURE_TABLES) {
			this.jdbc
				.sql("DELETE FROM " + table + " WHERE run_id IN (SELECT id FROM reconcile_run WHERE plan_code = ? "
						+ "AND id < ? AND id <> ?)")
				.params(planCode, oldestKept, (current != null) ? current : -1L)
				.update();
		}
	}

}
