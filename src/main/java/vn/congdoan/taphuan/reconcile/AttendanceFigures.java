package vn.congdoan.taphuan.reconcile;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.common.CompletionRule;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.TrainingClass;

/**
 * {@code computeAttendanceFiguresStep}: the plan's classes with their rule for
 * completion, the counted trainee lines (accepted lines of the current submissions of the
 * classes started by as-of), and from them, in SQL, the figures per class, per ward
 * allocation, per ward year to date, per position and per class day. Replaces the run's
 * rows, so a restarted step starts clean.
 */
class AttendanceFigures implements Tasklet {

	private static final List<String> TABLES = List.of("reconcile_day", "reconcile_position", "reconcile_unit",
			"reconcile_ward", "reconcile_trainee", "reconcile_class");

	private static final String INSERT_CLASS = """
			INSERT INTO reconcile_class (run_id, plan_code, programme_code, class_code, start_date, end_date, day_count,
			  required_days, quota, allocated, wards_allocated, started, ended, estimate)
			SELECT CAST(:run AS BIGINT), c.plan_code, c.programme_code, c.code, c.start_date, c.end_date, c.day_count,
			       CAST(:required AS INTEGER),
			       c.quota,
			       COALESCE((SELECT SUM(a.quota) FROM allocation a WHERE a.class_code = c.code), 0),
			       (SELECT COUNT(*) FROM allocation a WHERE a.class_code = c.code AND a.quota > 0),
			       c.start_date <= CAST(:asOf AS DATE), c.end_date < CAST(:asOf AS DATE),
			       COALESCE((SELECT SUM(b.amount) FROM budget_estimate b WHERE b.class_code = c.code), 0)
			FROM training_class c
			WHERE c.code = :class AND c.plan_code = :plan
			""";

	private static final String INSERT_TRAINEES = """
			INSERT INTO reconcile_trainee (run_id, submission_id, seq, plan_code, programme_code, class_code, unit_code,
			  identity_key, gender, position_code, marks, days_present, required_days, attended, completed)
			SELECT r.run_id, t.submission_id, t.seq, r.plan_code, r.programme_code, r.class_code, s.unit_code,
			       t.identity_key, t.gender, t.position_code, t.marks, t.days_present, r.required_days,
			       t.days_present >= 1, t.days_present >= r.required_days
			FROM reconcile_class r
			JOIN submission s ON s.class_code = r.class_code AND s.status = 'IMPORTED'
			JOIN trainee_row t ON t.submission_id = s.id AND t.accepted AND t.identity_key IS NOT NULL
			WHERE r.run_id = :run AND r.started
			""";

	private static final String UPDATE_CLASSES = """
			UPDATE reconcile_class r SET
			  submissions = (SELECT COUNT(*) FROM submission s WHERE s.class_code = r.class_code AND s.status = 'IMPORTED'),
			  wards_submitted = (SELECT COUNT(*) FROM allocation a
			                     WHERE a.class_code = r.class_code AND a.quota > 0
			                       AND EXISTS (SELECT 1 FROM submission s WHERE s.class_code = a.class_code
			                                     AND s.unit_code = a.unit_code AND s.status = 'IMPORTED')),
			  listed = (SELECT COUNT(*) FROM reconcile_trainee t WHERE t.run_id = r.run_id AND t.class_code = r.class_code),
			  attended = (SELECT COUNT(*) FROM reconcile_trainee t
			              WHERE t.run_id = r.run_id AND t.class_code = r.class_code AND t.attended),
			  completed = (SELECT COUNT(*) FROM reconcile_trainee t
			               WHERE t.run_id = r.run_id AND t.class_code = r.class_code AND t.completed),
			  distinct_attended = (SELECT COUNT(DISTINCT t.identity_key) FROM reconcile_trainee t
			                       WHERE t.run_id = r.run_id AND t.class_code = r.class_code AND t.attended),
			  women = (SELECT COUNT(*) FROM reconcile_trainee t
			           WHERE t.run_id = r.run_id AND t.class_code = r.class_code AND t.attended AND t.gender = 'F'),
			  trainee_days = (SELECT COALESCE(SUM(t.days_present), 0) FROM reconcile_trainee t
			                  WHERE t.run_id = r.run_id AND t.class_code = r.class_code)
			WHERE r.run_id = :run AND r.started
			""";

	private static final String INSERT_WARDS = """
			INSERT INTO reconcile_ward (run_id, class_code, unit_code, quota, allocated, submission_id, submitted_at,
			  listed, attended, completed, distinct_attended, women)
			SELECT r.run_id, k.class_code, k.unit_code, COALESCE(a.quota, 0), a.unit_code IS NOT NULL, s.id,
			       s.received_at, COALESCE(x.listed, 0), COALESCE(x.attended, 0), COALESCE(x.completed, 0),
			       COALESCE(x.distinct_attended, 0), COALESCE(x.women, 0)
			FROM reconcile_class r
			JOIN (SELECT a.class_code, a.unit_code FROM allocation a
			      UNION
			      SELECT s.class_code, s.unit_code FROM submission s WHERE s.status = 'IMPORTED') k
			  ON k.class_code = r.class_code
			LEFT JOIN allocation a ON a.class_code = k.class_code AND a.unit_code = k.unit_code
			LEFT JOIN submission s ON s.class_code = k.class_code AND s.unit_code = k.unit_code
			  AND s.status = 'IMPORTED' AND r.started
			LEFT JOIN (SELECT t.class_code, t.unit_code, COUNT(*) AS listed,
			                  SUM(CASE WHEN t.attended THEN 1 ELSE 0 END) AS attended,
			                  SUM(CASE WHEN t.completed THEN 1 ELSE 0 END) AS completed,
			                  COUNT(DISTINCT CASE WHEN t.attended THEN t.identity_key END) AS distinct_attended,
			                  SUM(CASE WHEN t.attended AND t.gender = 'F' THEN 1 ELSE 0 END) AS women
			           FROM reconcile_trainee t WHERE t.run_id = :run
			           GROUP BY t.class_code, t.unit_code) x
			  ON x.class_code = k.class_code AND x.unit_code = k.unit_code
			WHERE r.run_id = :run AND (a.unit_code IS NOT NULL OR r.started)
			""";

	private static final String INSERT_UNITS = """
			INSERT INTO reconcile_unit (run_id, unit_code, classes_allocated, lists_received, lists_missing, quota,
			  listed, attended, completed, distinct_attended, women)
			SELECT w.run_id, w.unit_code,
			       SUM(CASE WHEN r.started AND w.quota > 0 THEN 1 ELSE 0 END),
			       SUM(CASE WHEN w.submission_id IS NOT NULL THEN 1 ELSE 0 END),
			       SUM(CASE WHEN w.quota > 0 AND w.submission_id IS NULL AND r.end_date <= :submissionDue
			                THEN 1 ELSE 0 END),
			       SUM(CASE WHEN r.started THEN w.quota ELSE 0 END),
			       SUM(w.listed), SUM(w.attended), SUM(w.completed),
			       (SELECT COUNT(DISTINCT t.identity_key) FROM reconcile_trainee t
			        WHERE t.run_id = w.run_id AND t.unit_code = w.unit_code AND t.attended),
			       SUM(w.women)
			FROM reconcile_ward w
			JOIN reconcile_class r ON r.run_id = w.run_id AND r.class_code = w.class_code
			WHERE w.run_id = :run
			GROUP BY w.run_id, w.unit_code
			""";

	private static final String INSERT_POSITIONS = """
			INSERT INTO reconcile_position (run_id, programme_code, class_code, unit_code, position_code, listed,
			  attended, completed)
			SELECT t.run_id, t.programme_code, t.class_code, t.unit_code, t.position_code, COUNT(*),
			       SUM(CASE WHEN t.attended THEN 1 ELSE 0 END), SUM(CASE WHEN t.completed THEN 1 ELSE 0 END)
			FROM reconcile_trainee t WHERE t.run_id = :run
			GROUP BY t.run_id, t.programme_code, t.class_code, t.unit_code, t.position_code
			""";

	private static final String INSERT_DAYS = """
			INSERT INTO reconcile_day (run_id, class_code, day_no, class_date, listed, present, excused, absent,
			  unknown_marks)
			SELECT r.run_id, d.class_code, d.day_no, d.class_date, COUNT(t.seq),
			       SUM(CASE WHEN SUBSTRING(t.marks, d.day_no, 1) = 'P' THEN 1 ELSE 0 END),
			       SUM(CASE WHEN SUBSTRING(t.marks, d.day_no, 1) = 'E' THEN 1 ELSE 0 END),
			       SUM(CASE WHEN SUBSTRING(t.marks, d.day_no, 1) = 'A' THEN 1 ELSE 0 END),
			       SUM(CASE WHEN SUBSTRING(t.marks, d.day_no, 1) = '?' THEN 1 ELSE 0 END)
			FROM reconcile_class r
			JOIN class_day d ON d.class_code = r.class_code
			LEFT JOIN reconcile_trainee t ON t.run_id = r.run_id AND t.class_code = r.class_code
			WHERE r.run_id = :run AND r.started
			GROUP BY r.run_id, d.class_code, d.day_no, d.class_date
			""";

	private final RunParameters run;

	private final JdbcClient jdbc;

	private final Plan plan;

	private final CompletionRule completion;

	private final ReconcileSettings settings;

	AttendanceFigures(RunParameters run, JdbcClient jdbc, Plan plan, CompletionRule completion,
			ReconcileSettings settings) {
		this.run = run;
		this.jdbc = jdbc;
		this.plan = plan;
		this.completion = completion;
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		for (String table : TABLES) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE run_id = ?").param(this.run.runId()).update();
		}
		for (TrainingClass trainingClass : this.plan.classes()) {
			this.jdbc.sql(INSERT_CLASS)
				.param("run", this.run.runId())
				.param("required", this.completion.daysRequired(trainingClass.dayCount()))
				.param("asOf", this.run.asOf())
				.param("class", trainingClass.code())
				.param("plan", this.plan.code())
				.update();
		}
		int trainees = update(INSERT_TRAINEES);
		update(UPDATE_CLASSES);
		update(INSERT_WARDS);
		this.jdbc.sql(INSERT_UNITS)
			.param("run", this.run.runId())
			.param("submissionDue", this.run.asOf().minusDays(this.settings.submissionGraceDays()))
			.update();
		update(INSERT_POSITIONS);
		update(INSERT_DAYS);
		contribution.incrementWriteCount(trainees);
		return RepeatStatus.FINISHED;
	}

	private int update(String sql) {
		return this.jdbc.sql(sql).param("run", this.run.runId()).update();
	}

}
