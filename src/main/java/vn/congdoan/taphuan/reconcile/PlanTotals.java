package vn.congdoan.taphuan.reconcile;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code computePlanTotalsStep}: the figures per programme and for the whole plan, summed
 * from the class figures, with distinct trainees counted as attended (completed) lines
 * less the repeats of people listed more than once ({@code reconcile_repeat}, from
 * {@link PeopleFigures}: a person at two classes is one person) and enrolments for
 * programmes without classes. Replaces the run's rows.
 */
class PlanTotals implements Tasklet {

	private static final String INSERT_PROGRAMMES = """
			INSERT INTO reconcile_programme (run_id, programme_code, planned_classes, planned_participants, classes,
			  classes_started, classes_ended, quota, quota_started, listed, attended, completed, distinct_attended,
			  distinct_completed, women, trainee_days, enrolled, enrolments_completed, estimate, settled,
			  classes_settled, completed_settled, estimate_started, estimate_settled)
			SELECT CAST(:run AS BIGINT), g.code, g.planned_classes, g.planned_participants, COUNT(r.class_code),
			       COALESCE(SUM(CASE WHEN r.started THEN 1 ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN r.ended THEN 1 ELSE 0 END), 0),
			       COALESCE(SUM(r.quota), 0),
			       COALESCE(SUM(CASE WHEN r.started THEN r.quota ELSE 0 END), 0),
			       COALESCE(SUM(r.listed), 0), COALESCE(SUM(r.attended), 0), COALESCE(SUM(r.completed), 0),
			       COALESCE(SUM(r.attended), 0), COALESCE(SUM(r.completed), 0),
			       COALESCE(SUM(r.women), 0), COALESCE(SUM(r.trainee_days), 0),
			       (SELECT COUNT(*) FROM enrolment e WHERE e.plan_code = g.plan_code AND e.programme_code = g.code
			          AND e.status IN ('ENROLLED', 'STUDYING', 'COMPLETED')
			          AND (e.start_date IS NULL OR e.start_date <= :asOf)),
			       (SELECT COUNT(*) FROM enrolment e WHERE e.plan_code = g.plan_code AND e.programme_code = g.code
			          AND e.status = 'COMPLETED' AND (e.start_date IS NULL OR e.start_date <= :asOf)),
			       COALESCE(SUM(r.estimate), 0), COALESCE(SUM(r.settled), 0), COUNT(r.settlement_id),
			       COALESCE(SUM(CASE WHEN r.settlement_id IS NOT NULL THEN r.completed ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN r.started THEN r.estimate ELSE 0 END), 0),
			       COALESCE(SUM(CASE WHEN r.settlement_id IS NOT NULL THEN r.estimate ELSE 0 END), 0)
			FROM programme g
			LEFT JOIN reconcile_class r ON r.run_id = :run AND r.programme_code = g.code
			WHERE g.plan_code = :plan
			GROUP BY g.plan_code, g.code, g.planned_classes, g.planned_participants
			""";

	private static final String INSERT_PLAN = """
			INSERT INTO reconcile_plan (run_id, planned_classes, planned_participants, classes, classes_started,
			  classes_ended, quota, quota_started, listed, attended, completed, distinct_attended, distinct_completed,
			  women, trainee_days, enrolled, enrolments_completed, estimate, settled, classes_settled,
			  completed_settled, estimate_started, estimate_settled)
			SELECT CAST(:run AS BIGINT), COALESCE(SUM(g.planned_classes), 0), COALESCE(SUM(g.planned_participants), 0),
			       SUM(g.classes), SUM(g.classes_started), SUM(g.classes_ended), SUM(g.quota), SUM(g.quota_started),
			       SUM(g.listed), SUM(g.attended), SUM(g.completed),
			       SUM(g.attended), SUM(g.completed),
			       SUM(g.women), SUM(g.trainee_days), SUM(g.enrolled), SUM(g.enrolments_completed), SUM(g.estimate),
			       SUM(g.settled), SUM(g.classes_settled), SUM(g.completed_settled), SUM(g.estimate_started),
			       SUM(g.estimate_settled)
			FROM reconcile_programme g
			WHERE g.run_id = :run
			""";

	/**
	 * Distinct = lines less the lines beyond each person's first (table, scope match).
	 */
	private static final String LESS_REPEATS = """
			UPDATE %1$s s
			SET distinct_attended = distinct_attended - COALESCE((SELECT x.attended_excess FROM reconcile_repeat x
			      WHERE x.run_id = s.run_id AND x.scope = %2$s), 0),
			    distinct_completed = distinct_completed - COALESCE((SELECT x.completed_excess FROM reconcile_repeat x
			      WHERE x.run_id = s.run_id AND x.scope = %2$s), 0)
			WHERE s.run_id = ?
			""";

	private final RunParameters run;

	private final JdbcClient jdbc;

	PlanTotals(RunParameters run, JdbcClient jdbc) {
		this.run = run;
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.runId();
		this.jdbc.sql("DELETE FROM reconcile_plan WHERE run_id = ?").param(runId).update();
		this.jdbc.sql("DELETE FROM reconcile_programme WHERE run_id = ?").param(runId).update();
		int rows = this.jdbc.sql(INSERT_PROGRAMMES)
			.param("run", runId)
			.param("plan", this.run.plan())
			.param("asOf", this.run.asOf())
			.update();
		this.jdbc.sql(INSERT_PLAN).param("run", runId).update();
		this.jdbc.sql(LESS_REPEATS.formatted("reconcile_programme", "'PROGRAMME' AND x.scope_key = s.programme_code"))
			.param(runId)
			.update();
		this.jdbc.sql(LESS_REPEATS.formatted("reconcile_plan", "'PLAN'")).param(runId).update();
		contribution.incrementWriteCount(rows + 1);
		return RepeatStatus.FINISHED;
	}

}
