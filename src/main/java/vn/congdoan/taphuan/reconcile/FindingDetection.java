package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * {@code detectFindingsStep}: one SELECT per finding code over the run's figures, the
 * counted trainee lines, the plan and the current settlements. Each finding gets its
 * subject (programme, class, ward, subject key: a class, a ward, a trainee's identity
 * key, a budget category or line), its facts (actual and reference figures, detail) and
 * context that is shown but is not a fact; the rows are streamed, given their
 * deterministic id, facts fingerprint, severity and texts, and written once, in batches.
 * POSSIBLE_DUPLICATE and the per-line findings ({@link LineFindings}) are not among them:
 * {@code computePeopleStep} writes them in its one pass over the lines. Publication then
 * brings the plan's findings up to date. Replaces the run's rows.
 */
class FindingDetection implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(FindingDetection.class);

	/** The detection queries, by code, in the order they run. */
	private static final Map<String, String> QUERIES;

	static {
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("QUOTA_UNDERFILLED classes",
				"""
						SELECT r.run_id, 'QUOTA_UNDERFILLED', r.programme_code, r.class_code, NULL, r.class_code, NULL,
						       r.attended, r.quota, r.completed, NULL, NULL
						FROM reconcile_class r
						WHERE r.run_id = :run AND r.ended AND r.quota > 0 AND r.attended < r.quota * CAST(:under AS NUMERIC(6, 4))
						  AND (r.end_date <= :submissionDue OR r.wards_submitted >= r.wards_allocated)
						""");
		queries.put("QUOTA_UNDERFILLED wards", """
				SELECT r.run_id, 'QUOTA_UNDERFILLED', r.programme_code, w.class_code, w.unit_code,
				       w.class_code || '/' || w.unit_code, NULL, w.attended, w.quota, w.completed, NULL, NULL
				FROM reconcile_ward w
				JOIN reconcile_class r ON r.run_id = w.run_id AND r.class_code = w.class_code
				WHERE w.run_id = :run AND r.ended AND w.submission_id IS NOT NULL AND w.quota > 0
				  AND w.attended < w.quota * CAST(:under AS NUMERIC(6, 4))
				""");
		queries.put("QUOTA_EXCEEDED classes", """
				SELECT r.run_id, 'QUOTA_EXCEEDED', r.programme_code, r.class_code, NULL, r.class_code, NULL,
				       r.attended, r.quota, r.completed, NULL, NULL
				FROM reconcile_class r
				WHERE r.run_id = :run AND r.started AND r.attended > r.quota * CAST(:over AS NUMERIC(6, 4))
				""");
		queries.put("QUOTA_EXCEEDED wards", """
				SELECT r.run_id, 'QUOTA_EXCEEDED', r.programme_code, w.class_code, w.unit_code,
				       w.class_code || '/' || w.unit_code, NULL, w.attended, w.quota, w.completed, NULL, NULL
				FROM reconcile_ward w
				JOIN reconcile_class r ON r.run_id = w.run_id AND r.class_code = w.class_code
				WHERE w.run_id = :run AND r.started AND w.attended > w.quota * CAST(:over AS NUMERIC(6, 4))
				""");
		queries.put("SUBMISSION_MISSING", """
				SELECT r.run_id, 'SUBMISSION_MISSING', r.programme_code, w.class_code, w.unit_code,
				       w.class_code || '/' || w.unit_code, NULL, 0, w.quota, NULL, CAST(r.end_date AS VARCHAR(10)),
				       NULL
				FROM reconcile_ward w
				JOIN reconcile_class r ON r.run_id = w.run_id AND r.class_code = w.class_code
				WHERE w.run_id = :run AND w.quota > 0 AND w.submission_id IS NULL AND r.end_date <= :submissionDue
				""");
		queries.put("DUPLICATE_TRAINEE", """
				SELECT l.run_id, 'DUPLICATE_TRAINEE', MIN(r.programme_code), MIN(l.class_code),
				       CASE WHEN COUNT(DISTINCT l.unit_code) = 1 THEN MIN(l.unit_code) END, MIN(t.identity_key),
				       MIN(t.full_name), COUNT(*), 1, COUNT(DISTINCT l.unit_code),
				       STRING_AGG(l.unit_code, ', ' ORDER BY l.unit_code),
				       STRING_AGG(l.unit_code || ' dòng ' || CAST(t.row_no AS VARCHAR(10)), ', '
				                  ORDER BY l.unit_code, t.row_no)
				""" + listed("D") + """
				HAVING COUNT(*) > 1 AND MIN(t.identity_key) = MAX(t.identity_key)
				""");
		queries.put("CLASS_OUTSIDE_PERIOD", """
				SELECT r.run_id, 'CLASS_OUTSIDE_PERIOD', r.programme_code, r.class_code, NULL, r.class_code, NULL,
				       COUNT(*), r.day_count, NULL,
				       CAST(g.period_from AS VARCHAR(10)) || '/' || CAST(g.period_to AS VARCHAR(10)) || '/'
				         || CAST(p.plan_year AS VARCHAR(4)),
				       NULL
				FROM reconcile_class r
				JOIN programme g ON g.plan_code = r.plan_code AND g.code = r.programme_code
				JOIN plan p ON p.code = r.plan_code
				JOIN class_day d ON d.class_code = r.class_code
				WHERE r.run_id = :run
				  AND (d.class_date < g.period_from OR d.class_date > g.period_to
				       OR EXTRACT(YEAR FROM d.class_date) <> p.plan_year)
				GROUP BY r.run_id, r.programme_code, r.class_code, r.day_count, g.period_from, g.period_to, p.plan_year
				""");
		queries.put("BUDGET_OVERRUN classes", """
				SELECT r.run_id, 'BUDGET_OVERRUN', r.programme_code, r.class_code, NULL, r.class_code, NULL,
				       r.settled, r.estimate, NULL, NULL, NULL
				FROM reconcile_class r
				WHERE r.run_id = :run AND r.settlement_id IS NOT NULL AND r.settled > r.estimate
				""");
		queries.put("BUDGET_OVERRUN categories", """
				SELECT r.run_id, 'BUDGET_OVERRUN', r.programme_code, r.class_code, NULL,
				       r.class_code || '/' || b.category, b.category, b.settled, b.estimate, NULL, b.category, NULL
				FROM reconcile_budget b
				JOIN reconcile_class r ON r.run_id = b.run_id AND r.class_code = b.class_code
				WHERE b.run_id = :run AND b.settled IS NOT NULL AND b.settled > b.estimate
				""");
		queries.put("NORM_EXCEEDED", """
				SELECT r.run_id, 'NORM_EXCEEDED', r.programme_code, r.class_code, NULL,
				       r.class_code || '/' || l.category || '/' || l.norm_unit, MIN(l.item), MAX(l.unit_price),
				       n.max_unit_price, COUNT(*), l.category || '/' || l.norm_unit,
				       STRING_AGG('dòng ' || CAST(l.row_no AS VARCHAR(10)), ', ' ORDER BY l.row_no)
				FROM reconcile_class r
				JOIN settlement_line l ON l.settlement_id = r.settlement_id AND l.accepted
				JOIN spending_norm n ON n.plan_code = r.plan_code AND n.category = l.category
				  AND n.unit_label = l.norm_unit
				WHERE r.run_id = :run AND l.unit_price > n.max_unit_price
				GROUP BY r.run_id, r.programme_code, r.class_code, l.category, l.norm_unit, n.max_unit_price
				""");
		queries.put("ALLOWANCE_EXCEEDS_ATTENDANCE", """
				SELECT r.run_id, 'ALLOWANCE_EXCEEDS_ATTENDANCE', r.programme_code, r.class_code, NULL,
				       r.class_code || '/' || a.category || '/' || CAST(a.day_no AS VARCHAR(4)), a.category, a.paid,
				       a.present, a.day_no, a.category || '/' || CAST(a.day_no AS VARCHAR(4)), NULL
				FROM reconcile_allowance a
				JOIN reconcile_class r ON r.run_id = a.run_id AND r.class_code = a.class_code
				WHERE a.run_id = :run AND a.paid > a.present
				""");
		queries.put("SETTLEMENT_MISSING", """
				SELECT r.run_id, 'SETTLEMENT_MISSING', r.programme_code, r.class_code, NULL, r.class_code, NULL,
				       NULL, r.estimate, NULL, CAST(r.end_date AS VARCHAR(10)), NULL
				FROM reconcile_class r
				WHERE r.run_id = :run AND r.settlement_id IS NULL AND r.estimate > 0 AND r.end_date <= :settlementDue
				""");
		queries.put("REPEAT_TRAINEE", """
				SELECT l.run_id, 'REPEAT_TRAINEE', MIN(r.programme_code), NULL, NULL, MIN(t.identity_key),
				       MIN(t.full_name), COUNT(DISTINCT l.class_code), NULL, NULL,
				       STRING_AGG(DISTINCT l.class_code, ', ' ORDER BY l.class_code), NULL
				""" + listed("R") + """
				HAVING COUNT(DISTINCT l.class_code) > 1 AND MIN(t.identity_key) = MAX(t.identity_key)
				""");
		QUERIES = Collections.unmodifiableMap(queries);
	}

	/**
	 * The run's lines kept for {@code reason} ({@link PeopleFigures}) with their trainee
	 * row and class, one group (one person in one class or programme) after the other in
	 * key order, so that H2 aggregates a group at a time.
	 */
	private static String listed(String reason) {
		return """
				FROM reconcile_listing l
				JOIN trainee_row t ON t.submission_id = l.submission_id AND t.seq = l.seq
				JOIN reconcile_class r ON r.run_id = l.run_id AND r.class_code = l.class_code
				WHERE l.run_id = :run AND l.reason = '%s'
				GROUP BY l.run_id, l.reason, l.group_hash, l.member_hash
				""".formatted(reason);
	}

	private final RunParameters run;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final LazyQueries lazy;

	private final Plan plan;

	private final ReconcileSettings settings;

	FindingDetection(RunParameters run, JdbcClient jdbc, JdbcTemplate jdbcTemplate, Plan plan,
			ReconcileSettings settings) {
		this.run = run;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.lazy = new LazyQueries(jdbcTemplate);
		this.plan = plan;
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		// POSSIBLE_DUPLICATE and the per-line findings are found, and written, by
		// computePeopleStep
		this.jdbc
			.sql("DELETE FROM reconcile_finding WHERE run_id = ? AND code NOT IN ('POSSIBLE_DUPLICATE', "
					+ LineFindings.CODES + ")")
			.param(this.run.runId())
			.update();
		FindingWriter findings = new FindingWriter(this.run.runId(), this.plan.code(),
				new FindingTexts(this.plan, this.settings, this.run.asOf()), this.jdbcTemplate);
		this.lazy.run(() -> QUERIES.forEach((name, query) -> {
			long started = System.nanoTime();
			int before = findings.written();
			statement(query).query((ResultSet rs) -> findings.add(candidate(rs)));
			logger.debug("{}: {} findings in {} ms", name, findings.written() - before,
					(System.nanoTime() - started) / 1_000_000);
		}));
		findings.flush();
		contribution.incrementWriteCount(findings.written());
		return RepeatStatus.FINISHED;
	}

	private JdbcClient.StatementSpec statement(String query) {
		var statement = this.jdbc.sql(query).param("run", this.run.runId());
		if (query.contains(":under")) {
			statement = statement.param("under", BigDecimal.valueOf(this.settings.underfillThreshold()));
		}
		if (query.contains(":over")) {
			statement = statement.param("over", BigDecimal.valueOf(this.settings.overfillThreshold()));
		}
		if (query.contains(":submissionDue")) {
			statement = statement.param("submissionDue",
					this.run.asOf().minusDays(this.settings.submissionGraceDays()));
		}
		if (query.contains(":settlementDue")) {
			statement = statement.param("settlementDue",
					this.run.asOf().minusDays(this.settings.settlementGraceDays()));
		}
		return statement;
	}

	/** A finding as a detection query returns it (the twelve columns every query has). */
	private static FindingCandidate candidate(ResultSet rs) throws SQLException {
		return new FindingCandidate(FindingCode.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
				rs.getBigDecimal(10), rs.getString(11), rs.getString(12));
	}

}
