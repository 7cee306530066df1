package vn.congdoan.taphuan.reconcile;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.plan.Plan;

/**
 * {@code publishFindingsStep}, in one transaction: gives each detected finding its
 * deterministic id, facts fingerprint and texts; brings the plan's findings up to date
 * (new ones OPEN; found again: ACKNOWLEDGED when the latest acknowledgement saw the same
 * fingerprint, else OPEN; not found: CLOSED); completes the run with its counts; and
 * prunes the figures of runs older than the latest {@code keep-runs}.
 */
class FindingPublication implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(FindingPublication.class);

	private static final List<String> FIGURE_TABLES = List.of("reconcile_finding", "reconcile_allowance",
			"reconcile_budget", "reconcile_day", "reconcile_position", "reconcile_plan", "reconcile_programme",
			"reconcile_unit", "reconcile_ward", "reconcile_trainee", "reconcile_class");

	private final RunParameters run;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Plan plan;

	private final ReconcileSettings settings;

	private final Clock clock;

	FindingPublication(RunParameters run, JdbcClient jdbc, JdbcTemplate jdbcTemplate, Plan plan,
			ReconcileSettings settings, Clock clock) {
		this.run = run;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
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
		Map<String, String> previousStatus = new HashMap<>();
		this.jdbc.sql("SELECT id, status FROM finding WHERE plan_code = ?").param(planCode).query((ResultSet rs) -> {
			previousStatus.put(rs.getString("id"), rs.getString("status"));
		});
		Map<String, String> acknowledged = new HashMap<>();
		this.jdbc.sql("""
				SELECT a.finding_id, a.fingerprint FROM finding_ack a JOIN finding f ON f.id = a.finding_id
				WHERE f.plan_code = ?
				  AND a.id = (SELECT MAX(x.id) FROM finding_ack x WHERE x.finding_id = a.finding_id)
				""").param(planCode).query((ResultSet rs) -> {
			acknowledged.put(rs.getString("finding_id"), rs.getString("fingerprint"));
		});
		FindingTexts texts = new FindingTexts(this.plan, this.settings, this.run.asOf());
		Set<String> seen = new HashSet<>();
		List<Object[]> candidateUpdates = new ArrayList<>();
		List<Object[]> duplicates = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> inserts = new ArrayList<>();
		Map<FindingSeverity, Integer> bySeverity = new EnumMap<>(FindingSeverity.class);
		int open = 0;
		int opened = 0;
		int reopened = 0;
		for (FindingCandidate finding : candidates(runId)) {
			String id = finding.id(planCode);
			if (!seen.add(id)) {
				duplicates.add(new Object[] { finding.row() });
				continue;
			}
			FindingTexts.Texts words = texts.describe(finding, id);
			String fingerprint = finding.fingerprint();
			candidateUpdates.add(new Object[] { id, words.severity().name(), truncate(words.subject(), 1000),
					truncate(words.message(), 2000), truncate(words.figures(), 1000), fingerprint, finding.row() });
			FindingStatus status = fingerprint.equals(acknowledged.get(id)) ? FindingStatus.ACKNOWLEDGED
					: FindingStatus.OPEN;
			bySeverity.merge(words.severity(), 1, Integer::sum);
			open += (status == FindingStatus.OPEN) ? 1 : 0;
			String previous = previousStatus.get(id);
			if (previous == null) {
				opened++;
				inserts.add(new Object[] { id, planCode, finding.code().name(), words.severity().name(),
						finding.programme(), finding.classCode(), finding.ward(), truncate(words.subject(), 1000),
						truncate(words.message(), 2000), truncate(words.figures(), 1000), finding.actual(),
						finding.reference(), fingerprint, status.name(), runId, runId, now, now });
			}
			else {
				if (previous.equals(FindingStatus.CLOSED.name())
						|| (previous.equals(FindingStatus.ACKNOWLEDGED.name()) && status == FindingStatus.OPEN)) {
					reopened++;
				}
				updates.add(new Object[] { words.severity().name(), finding.programme(), finding.classCode(),
						finding.ward(), truncate(words.subject(), 1000), truncate(words.message(), 2000),
						truncate(words.figures(), 1000), finding.actual(), finding.reference(), fingerprint,
						status.name(), runId, now, id });
			}
		}
		if (!duplicates.isEmpty()) {
			this.jdbcTemplate.batchUpdate("DELETE FROM reconcile_finding WHERE id = ?", duplicates);
		}
		this.jdbcTemplate.batchUpdate("""
				UPDATE reconcile_finding SET finding_id = ?, severity = ?, subject = ?, message = ?, figures = ?,
				  fingerprint = ?
				WHERE id = ?
				""", candidateUpdates);
		this.jdbcTemplate.batchUpdate("""
				INSERT INTO finding (id, plan_code, code, severity, programme_code, class_code, unit_code, subject,
				  message, figures, actual_value, reference_value, fingerprint, status, first_run_id, last_run_id,
				  first_seen_at, last_seen_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", inserts);
		this.jdbcTemplate.batchUpdate("""
				UPDATE finding SET severity = ?, programme_code = ?, class_code = ?, unit_code = ?, subject = ?,
				  message = ?, figures = ?, actual_value = ?, reference_value = ?, fingerprint = ?, status = ?,
				  last_run_id = ?, last_seen_at = ?, closed_at = NULL
				WHERE id = ?
				""", updates);
		int closed = this.jdbc.sql("""
				UPDATE finding SET status = 'CLOSED', closed_at = :now
				WHERE plan_code = :plan AND status <> 'CLOSED'
				  AND id NOT IN (SELECT r.finding_id FROM reconcile_finding r
				                 WHERE r.run_id = :run AND r.finding_id IS NOT NULL)
				""").param("now", now).param("plan", planCode).param("run", runId).update();
		int current = seen.size();
		this.jdbc.sql("""
				UPDATE reconcile_run SET status = 'COMPLETED', completed_at = ?, findings_current = ?, findings_new = ?,
				  findings_reopened = ?, findings_closed = ?
				WHERE id = ?
				""").params(now, current, opened, reopened, closed, runId).update();
		prune(planCode);
		logger.info("Reconcile run {} of {} as of {}: {} findings ({} open, {} new, {} reopened, {} closed) {}", runId,
				planCode, this.run.asOf(), current, open, opened, reopened, closed, bySeverity);
		contribution.incrementWriteCount(current);
		return RepeatStatus.FINISHED;
	}

	private List<FindingCandidate> candidates(long runId) {
		return this.jdbc.sql("""
				SELECT id, code, programme_code, class_code, unit_code, subject_key, subject_name, actual_value,
				       reference_value, context_value, detail, note
				FROM reconcile_finding WHERE run_id = ? ORDER BY id
				""")
			.param(runId)
			.query((rs, row) -> new FindingCandidate(rs.getLong("id"), FindingCode.valueOf(rs.getString("code")),
					rs.getString("programme_code"), rs.getString("class_code"), rs.getString("unit_code"),
					rs.getString("subject_key"), rs.getString("subject_name"), rs.getBigDecimal("actual_value"),
					rs.getBigDecimal("reference_value"), rs.getBigDecimal("context_value"), rs.getString("detail"),
					rs.getString("note")))
			.list();
	}

	/**
	 * Deletes the figures of this plan's runs older than the latest keep-runs completed.
	 */
	private void prune(String planCode) {
		Long oldestKept = this.jdbc.sql("""
				SELECT id FROM reconcile_run WHERE plan_code = ? AND status = 'COMPLETED'
				ORDER BY id DESC LIMIT 1 OFFSET ?
				""").params(planCode, this.settings.keepRuns() - 1).query(Long.class).optional().orElse(null);
		if (oldestKept == null) {
			return;
		}
		for (String table : FIGURE_TABLES) {
			this.jdbc
				.sql("DELETE FROM " + table
						+ " WHERE run_id IN (SELECT id FROM reconcile_run WHERE plan_code = ? AND id < ?)")
				.params(planCode, oldestKept)
				.update();
		}
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length - 1) + "…";
	}

}
