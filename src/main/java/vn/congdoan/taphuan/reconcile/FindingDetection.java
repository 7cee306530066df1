package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code detectFindingsStep}: one INSERT … SELECT per finding code over the run's
 * figures, the counted trainee lines, the plan and the current settlements. Each finding
 * gets its subject (programme, class, ward, subject key: a class, a ward, a trainee's
 * identity key, a budget category or line), its facts (actual and reference figures,
 * detail) and context that is shown but is not a fact. Ids, fingerprints and texts are
 * added when the findings are published. Replaces the run's rows.
 */
class FindingDetection implements Tasklet {

	private static final String INSERT = """
			INSERT INTO reconcile_finding (run_id, code, programme_code, class_code, unit_code, subject_key,
			  subject_name, actual_value, reference_value, context_value, detail, note)
			""";

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
				SELECT t.run_id, 'DUPLICATE_TRAINEE', t.programme_code, t.class_code,
				       CASE WHEN COUNT(DISTINCT t.unit_code) = 1 THEN MIN(t.unit_code) END, t.identity_key,
				       MIN(tr.full_name), COUNT(*), 1, COUNT(DISTINCT t.unit_code),
				       STRING_AGG(t.unit_code, ', ' ORDER BY t.unit_code),
				       STRING_AGG(t.unit_code || ' dòng ' || CAST(tr.row_no AS VARCHAR(10)), ', '
				                  ORDER BY t.unit_code, tr.row_no)
				FROM reconcile_trainee t
				JOIN trainee_row tr ON tr.submission_id = t.submission_id AND tr.seq = t.seq
				WHERE t.run_id = :run
				GROUP BY t.run_id, t.programme_code, t.class_code, t.identity_key
				HAVING COUNT(*) > 1
				""");
		queries.put("POSSIBLE_DUPLICATE", """
				WITH person AS (
				  SELECT t.identity_key, MIN(tr.name_key) AS name_key, MIN(tr.name_folded) AS name_folded,
				         MIN(tr.birth_year) AS birth_year, MIN(tr.full_name) AS full_name,
				         MIN(tr.unit_name) AS unit_name, MIN(t.class_code) AS first_class,
				         MAX(t.class_code) AS last_class,
				         STRING_AGG(t.class_code || ' ' || t.unit_code, ', ' ORDER BY t.class_code, t.unit_code) AS seen
				  FROM reconcile_trainee t
				  JOIN trainee_row tr ON tr.submission_id = t.submission_id AND tr.seq = t.seq
				  WHERE t.run_id = :run
				  GROUP BY t.identity_key)
				SELECT CAST(:run AS BIGINT), 'POSSIBLE_DUPLICATE', NULL,
				       CASE WHEN a.first_class = a.last_class AND b.first_class = b.last_class
				                 AND a.first_class = b.first_class THEN a.first_class END,
				       NULL, a.identity_key || ' ~ ' || b.identity_key, a.full_name || ' ~ ' || b.full_name,
				       NULL, NULL, NULL,
				       CASE WHEN a.name_key = b.name_key THEN 'SAME_NAME' ELSE 'SAME_NAME_WITHOUT_DIACRITICS' END,
				       a.full_name || ' (' || CAST(a.birth_year AS VARCHAR(4)) || ', ' || COALESCE(a.unit_name, '-')
				         || ', ' || a.seen || ') ~ ' || b.full_name || ' (' || CAST(b.birth_year AS VARCHAR(4)) || ', '
				         || COALESCE(b.unit_name, '-') || ', ' || b.seen || ')'
				FROM person a
				JOIN person b ON a.identity_key < b.identity_key AND a.birth_year = b.birth_year
				  AND (a.name_key = b.name_key OR a.name_folded = b.name_folded)
				WHERE NOT (a.identity_key LIKE 'C:%' AND b.identity_key LIKE 'C:%')
				""");
		queries.put("INELIGIBLE_POSITION", """
				SELECT t.run_id, 'INELIGIBLE_POSITION', t.programme_code, t.class_code, t.unit_code, t.identity_key,
				       MIN(tr.full_name), NULL, NULL, NULL, t.position_code, MIN(tr.position_raw)
				FROM reconcile_trainee t
				JOIN trainee_row tr ON tr.submission_id = t.submission_id AND tr.seq = t.seq
				WHERE t.run_id = :run AND t.position_code IS NOT NULL AND t.position_code <> 'OTHER'
				  AND EXISTS (SELECT 1 FROM programme_position p
				              WHERE p.plan_code = t.plan_code AND p.programme_code = t.programme_code)
				  AND NOT EXISTS (SELECT 1 FROM programme_position p
				                  WHERE p.plan_code = t.plan_code AND p.programme_code = t.programme_code
				                    AND p.position_code = t.position_code)
				GROUP BY t.run_id, t.programme_code, t.class_code, t.unit_code, t.identity_key, t.position_code
				""");
		queries.put("POSITION_UNKNOWN", """
				SELECT t.run_id, 'POSITION_UNKNOWN', t.programme_code, t.class_code, t.unit_code, t.identity_key,
				       MIN(tr.full_name), NULL, NULL, NULL, COALESCE(t.position_code, ''), MIN(tr.position_raw)
				FROM reconcile_trainee t
				JOIN trainee_row tr ON tr.submission_id = t.submission_id AND tr.seq = t.seq
				WHERE t.run_id = :run AND (t.position_code IS NULL OR t.position_code = 'OTHER')
				  AND EXISTS (SELECT 1 FROM programme_position p
				              WHERE p.plan_code = t.plan_code AND p.programme_code = t.programme_code)
				GROUP BY t.run_id, t.programme_code, t.class_code, t.unit_code, t.identity_key, t.position_code
				""");
		queries.put("INCOMPLETE_ATTENDANCE", """
				SELECT t.run_id, 'INCOMPLETE_ATTENDANCE', t.programme_code, t.class_code, t.unit_code, t.identity_key,
				       MIN(tr.full_name), MIN(t.days_present), MIN(t.required_days), MIN(r.day_count), MIN(t.marks),
				       NULL
				FROM reconcile_trainee t
				JOIN reconcile_class r ON r.run_id = t.run_id AND r.class_code = t.class_code
				JOIN trainee_row tr ON tr.submission_id = t.submission_id AND tr.seq = t.seq
				WHERE t.run_id = :run AND r.ended AND NOT t.completed
				GROUP BY t.run_id, t.programme_code, t.class_code, t.unit_code, t.identity_key
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
		queries.put("REPEAT_TRAINEE",
				"""
						SELECT CAST(:run AS BIGINT), 'REPEAT_TRAINEE', x.programme_code, NULL, NULL, x.identity_key, MIN(x.full_name),
						       COUNT(*), NULL, NULL, STRING_AGG(x.class_code, ', ' ORDER BY x.class_code), NULL
						FROM (SELECT t.programme_code, t.identity_key, t.class_code, MIN(tr.full_name) AS full_name
						      FROM reconcile_trainee t
						      JOIN trainee_row tr ON tr.submission_id = t.submission_id AND tr.seq = t.seq
						      WHERE t.run_id = :run AND t.attended
						      GROUP BY t.programme_code, t.identity_key, t.class_code) x
						GROUP BY x.programme_code, x.identity_key
						HAVING COUNT(*) > 1
						""");
		QUERIES = Collections.unmodifiableMap(queries);
	}

	private final RunParameters run;

	private final JdbcClient jdbc;

	private final ReconcileSettings settings;

	FindingDetection(RunParameters run, JdbcClient jdbc, ReconcileSettings settings) {
		this.run = run;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		this.jdbc.sql("DELETE FROM reconcile_finding WHERE run_id = ?").param(this.run.runId()).update();
		int found = 0;
		for (String query : QUERIES.values()) {
			var statement = this.jdbc.sql(INSERT + query).param("run", this.run.runId());
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
			found += statement.update();
		}
		contribution.incrementWriteCount(found);
		return RepeatStatus.FINISHED;
	}

}
