package vn.congdoan.taphuan.reconcile;

import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.plan.BudgetCategory;

/**
 * {@code computeBudgetFiguresStep}: each started class's current settlement and its
 * accepted total, estimate against settlement per class and category, and the
 * per-trainee-day allowances paid against attendance per class day. Replaces the run's
 * rows.
 */
class BudgetFigures implements Tasklet {

	private static final String SET_SETTLEMENTS = """
			UPDATE reconcile_class r SET
			  settlement_id = (SELECT s.id FROM settlement s WHERE s.class_code = r.class_code AND s.status = 'IMPORTED')
			WHERE r.run_id = :run AND r.started
			""";

	private static final String SET_SETTLED = """
			UPDATE reconcile_class r SET
			  settled = (SELECT COALESCE(SUM(l.amount), 0) FROM settlement_line l
			             WHERE l.settlement_id = r.settlement_id AND l.accepted)
			WHERE r.run_id = :run AND r.settlement_id IS NOT NULL
			""";

	private static final String INSERT_BUDGET = """
			INSERT INTO reconcile_budget (run_id, class_code, category, estimate_quantity, estimate, settled_quantity,
			  settled)
			SELECT r.run_id, r.class_code, k.category, COALESCE(e.quantity, 0), COALESCE(e.amount, 0),
			       CASE WHEN r.settlement_id IS NOT NULL THEN COALESCE(x.quantity, 0) END,
			       CASE WHEN r.settlement_id IS NOT NULL THEN COALESCE(x.amount, 0) END
			FROM reconcile_class r
			JOIN (SELECT b.class_code, b.category FROM budget_estimate b
			      UNION
			      SELECT s.class_code, l.category FROM settlement s
			      JOIN settlement_line l ON l.settlement_id = s.id AND l.accepted
			      WHERE s.status = 'IMPORTED') k ON k.class_code = r.class_code
			LEFT JOIN (SELECT b.class_code, b.category, SUM(b.quantity) AS quantity, SUM(b.amount) AS amount
			           FROM budget_estimate b GROUP BY b.class_code, b.category) e
			  ON e.class_code = k.class_code AND e.category = k.category
			LEFT JOIN (SELECT l.settlement_id, l.category, SUM(l.quantity) AS quantity, SUM(l.amount) AS amount
			           FROM settlement_line l WHERE l.accepted GROUP BY l.settlement_id, l.category) x
			  ON x.settlement_id = r.settlement_id AND x.category = k.category
			WHERE r.run_id = :run
			""";

	private static final String INSERT_DAILY_ALLOWANCES = """
			INSERT INTO reconcile_allowance (run_id, class_code, category, day_no, paid, present)
			SELECT r.run_id, r.class_code, l.category, l.day_no, SUM(l.quantity), d.present
			FROM reconcile_class r
			JOIN settlement_line l ON l.settlement_id = r.settlement_id AND l.accepted AND l.day_no IS NOT NULL
			JOIN reconcile_day d ON d.run_id = r.run_id AND d.class_code = r.class_code AND d.day_no = l.day_no
			WHERE r.run_id = :run AND l.category IN (:categories)
			GROUP BY r.run_id, r.class_code, l.category, l.day_no, d.present
			""";

	private static final String INSERT_CLASS_ALLOWANCES = """
			INSERT INTO reconcile_allowance (run_id, class_code, category, day_no, paid, present)
			SELECT r.run_id, r.class_code, l.category, 0, SUM(l.quantity),
			       (SELECT COALESCE(SUM(d.present), 0) FROM reconcile_day d
			        WHERE d.run_id = r.run_id AND d.class_code = r.class_code)
			FROM reconcile_class r
			JOIN settlement_line l ON l.settlement_id = r.settlement_id AND l.accepted
			WHERE r.run_id = :run AND l.category IN (:categories)
			  AND EXISTS (SELECT 1 FROM settlement_line u WHERE u.settlement_id = r.settlement_id AND u.accepted
			                AND u.category = l.category AND u.day_no IS NULL)
			GROUP BY r.run_id, r.class_code, l.category
			""";

	private final RunParameters run;

	private final JdbcClient jdbc;

	BudgetFigures(RunParameters run, JdbcClient jdbc) {
		this.run = run;
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.runId();
		this.jdbc.sql("DELETE FROM reconcile_allowance WHERE run_id = ?").param(runId).update();
		this.jdbc.sql("DELETE FROM reconcile_budget WHERE run_id = ?").param(runId).update();
		this.jdbc.sql("UPDATE reconcile_class SET settlement_id = NULL, settled = NULL WHERE run_id = ?")
			.param(runId)
			.update();
		this.jdbc.sql(SET_SETTLEMENTS).param("run", runId).update();
		this.jdbc.sql(SET_SETTLED).param("run", runId).update();
		int rows = this.jdbc.sql(INSERT_BUDGET).param("run", runId).update();
		List<String> perDay = Arrays.stream(BudgetCategory.values())
			.filter(BudgetCategory::isPerTraineeDay)
			.map(BudgetCategory::name)
			.toList();
		this.jdbc.sql(INSERT_DAILY_ALLOWANCES).param("run", runId).param("categories", perDay).update();
		this.jdbc.sql(INSERT_CLASS_ALLOWANCES).param("run", runId).param("categories", perDay).update();
		contribution.incrementWriteCount(rows);
		return RepeatStatus.FINISHED;
	}

}
