package vn.congdoan.taphuan.reconcile;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * completion, each ward's part in each class with the list that counts (the current
 * submission, for a class started by as-of), the counted lines of those lists (accepted
 * lines with an identity) as their imports tallied them by position, gender and marks,
 * and from the tally, in SQL, the figures per ward allocation, per class, per ward year
 * to date, per position and per class day. Distinct trainees across lists are left to
 * {@code computePeopleStep}. Replaces the run's rows, so a restarted step starts clean.
 */
class AttendanceFigures implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(AttendanceFigures.class);

	private static final List<String> TABLES = List.of("reconcile_day", "reconcile_position", "reconcile_unit",
			"reconcile_tally", "reconcile_ward", "reconcile_class");

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

	/**
	 * Every ward's part in every class: the allocations, and the units that sent a list
	 * without one; with the list that counts (the current submission, for a started
	 * class).
	 */
	private static final String INSERT_WARDS = """
			INSERT INTO reconcile_ward (run_id, class_code, unit_code, quota, allocated, submission_id, submitted_at,
			  listed, attended, completed, distinct_attended, women)
			SELECT r.run_id, k.class_code, k.unit_code, COALESCE(a.quota, 0), a.unit_code IS NOT NULL, s.id,
			       s.received_at, 0, 0, 0, 0, 0
			FROM reconcile_class r
			JOIN (SELECT a.class_code, a.unit_code FROM allocation a
			      UNION
			      SELECT s.class_code, s.unit_code FROM submission s WHERE s.status = 'IMPORTED') k
			  ON k.class_code = r.class_code
			LEFT JOIN allocation a ON a.class_code = k.class_code AND a.unit_code = k.unit_code
			LEFT JOIN submission s ON s.class_code = k.class_code AND s.unit_code = k.unit_code
			  AND s.status = 'IMPORTED' AND r.started
			WHERE r.run_id = :run AND (a.unit_code IS NOT NULL OR r.started)
			""";

	/**
	 * The counted lines (accepted lines with an identity, of the lists that count), as
	 * each list's import tallied them ({@code submission_tally}): a few hundred rows per
	 * list, not a pass over every line.
	 */
	private static final String INSERT_TALLY = """
			INSERT INTO reconcile_tally (run_id, class_code, unit_code, position_code, gender, marks, days_present,
			  lines)
			SELECT w.run_id, w.class_code, w.unit_code, x.position_code, x.gender, x.marks, x.days_present, x.lines
			FROM reconcile_ward w
			JOIN submission_tally x ON x.submission_id = w.submission_id
			WHERE w.run_id = :run AND w.submission_id IS NOT NULL
			""";

	/**
	 * A list names each person once (a repeated line is rejected at import), so a ward's
	 * distinct trainees are its attended lines.
	 */
	private static final String UPDATE_WARDS = """
			UPDATE reconcile_ward w SET
			  listed = (SELECT COALESCE(SUM(x.lines), 0) FROM reconcile_tally x
			            WHERE x.run_id = w.run_id AND x.class_code = w.class_code AND x.unit_code = w.unit_code),
			  attended = (SELECT COALESCE(SUM(x.lines), 0) FROM reconcile_tally x
			              WHERE x.run_id = w.run_id AND x.class_code = w.class_code AND x.unit_code = w.unit_code
			                AND x.days_present >= 1),
			  completed = (SELECT COALESCE(SUM(x.lines), 0) FROM reconcile_tally x
			               JOIN reconcile_class r ON r.run_id = x.run_id AND r.class_code = x.class_code
			               WHERE x.run_id = w.run_id AND x.class_code = w.class_code AND x.unit_code = w.unit_code
			                 AND x.days_present >= r.required_days),
			  distinct_attended = (SELECT COALESCE(SUM(x.lines), 0) FROM reconcile_tally x
			                       WHERE x.run_id = w.run_id AND x.class_code = w.class_code
			                         AND x.unit_code = w.unit_code AND x.days_present >= 1),
			  women = (SELECT COALESCE(SUM(x.lines), 0) FROM reconcile_tally x
			           WHERE x.run_id = w.run_id AND x.class_code = w.class_code AND x.unit_code = w.unit_code
			             AND x.days_present >= 1 AND x.gender = 'F')
			WHERE w.run_id = :run AND w.submission_id IS NOT NULL
			""";

	/**
	 * Class figures summed from the wards; distinct_attended is corrected for people
	 * listed by two wards by {@code computePeopleStep}.
	 */
	private static final String UPDATE_CLASSES = """
			UPDATE reconcile_class r SET
			  submissions = (SELECT COUNT(*) FROM reconcile_ward w
			                 WHERE w.run_id = r.run_id AND w.class_code = r.class_code AND w.submission_id IS NOT NULL),
			  wards_submitted = (SELECT COUNT(*) FROM reconcile_ward w
			                     WHERE w.run_id = r.run_id AND w.class_code = r.class_code AND w.allocated
			                       AND w.quota > 0 AND w.submission_id IS NOT NULL),
			  listed = (SELECT COALESCE(SUM(w.listed), 0) FROM reconcile_ward w
			            WHERE w.run_id = r.run_id AND w.class_code = r.class_code),
			  attended = (SELECT COALESCE(SUM(w.attended), 0) FROM reconcile_ward w
			              WHERE w.run_id = r.run_id AND w.class_code = r.class_code),
			  completed = (SELECT COALESCE(SUM(w.completed), 0) FROM reconcile_ward w
			               WHERE w.run_id = r.run_id AND w.class_code = r.class_code),
			  distinct_attended = (SELECT COALESCE(SUM(w.attended), 0) FROM reconcile_ward w
			                       WHERE w.run_id = r.run_id AND w.class_code = r.class_code),
			  women = (SELECT COALESCE(SUM(w.women), 0) FROM reconcile_ward w
			           WHERE w.run_id = r.run_id AND w.class_code = r.class_code),
			  trainee_days = (SELECT COALESCE(SUM(x.days_present * x.lines), 0) FROM reconcile_tally x
			                  WHERE x.run_id = r.run_id AND x.class_code = r.class_code)
			WHERE r.run_id = :run AND r.started
			""";

	/** Ward year to date; distinct_attended corrected by {@code computePeopleStep}. */
	private static final String INSERT_UNITS = """
			INSERT INTO reconcile_unit (run_id, unit_code, classes_allocated, lists_received, lists_missing, quota,
			  listed, attended, completed, distinct_attended, women)
			SELECT w.run_id, w.unit_code,
			       SUM(CASE WHEN r.started AND w.quota > 0 THEN 1 ELSE 0 END),
			       SUM(CASE WHEN w.submission_id IS NOT NULL THEN 1 ELSE 0 END),
			       SUM(CASE WHEN w.quota > 0 AND w.submission_id IS NULL AND r.end_date <= :submissionDue
			                THEN 1 ELSE 0 END),
			       SUM(CASE WHEN r.started THEN w.quota ELSE 0 END),
			       SUM(w.listed), SUM(w.attended), SUM(w.completed), SUM(w.attended), SUM(w.women)
			FROM reconcile_ward w
			JOIN reconcile_class r ON r.run_id = w.run_id AND r.class_code = w.class_code
			WHERE w.run_id = :run
			GROUP BY w.run_id, w.unit_code
			""";

	private static final String INSERT_POSITIONS = """
			INSERT INTO reconcile_position (run_id, programme_code, class_code, unit_code, position_code, listed,
			  attended, completed)
			SELECT x.run_id, r.programme_code, x.class_code, x.unit_code, x.position_code, SUM(x.lines),
			       SUM(CASE WHEN x.days_present >= 1 THEN x.lines ELSE 0 END),
			       SUM(CASE WHEN x.days_present >= r.required_days THEN x.lines ELSE 0 END)
			FROM reconcile_tally x
			JOIN reconcile_class r ON r.run_id = x.run_id AND r.class_code = x.class_code
			WHERE x.run_id = :run
			GROUP BY x.run_id, r.programme_code, x.class_code, x.unit_code, x.position_code
			""";

	private static final String INSERT_DAYS = """
			INSERT INTO reconcile_day (run_id, class_code, day_no, class_date, listed, present, excused, absent,
			  unknown_marks)
			SELECT r.run_id, d.class_code, d.day_no, d.class_date, COALESCE(SUM(x.lines), 0),
			       COALESCE(SUM(CASE WHEN SUBSTRING(x.marks, d.day_no, 1) = 'P' THEN x.lines ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN SUBSTRING(x.marks, d.day_no, 1) = 'E' THEN x.lines ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN SUBSTRING(x.marks, d.day_no, 1) = 'A' THEN x.lines ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN SUBSTRING(x.marks, d.day_no, 1) = '?' THEN x.lines ELSE 0 END), 0)
			FROM reconcile_class r
			JOIN class_day d ON d.class_code = r.class_code
			LEFT JOIN reconcile_tally x ON x.run_id = r.run_id AND x.class_code = r.class_code
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
		update(INSERT_WARDS);
		update(INSERT_TALLY);
		update(UPDATE_WARDS);
		update(UPDATE_CLASSES);
		this.jdbc.sql(INSERT_UNITS)
			.param("run", this.run.runId())
			.param("submissionDue", this.run.asOf().minusDays(this.settings.submissionGraceDays()))
			.update();
		update(INSERT_POSITIONS);
		update(INSERT_DAYS);
		contribution
			.incrementWriteCount(this.jdbc.sql("SELECT COALESCE(SUM(lines), 0) FROM reconcile_tally WHERE run_id = ?")
				.param(this.run.runId())
				.query(Integer.class)
				.single());
		return RepeatStatus.FINISHED;
	}

	private int update(String sql) {
		long started = System.nanoTime();
		int rows = this.jdbc.sql(sql).param("run", this.run.runId()).update();
		logger.debug("{} rows in {} ms: {}", rows, (System.nanoTime() - started) / 1_000_000,
				sql.substring(0, sql.indexOf('(')).strip());
		return rows;
	}

}
