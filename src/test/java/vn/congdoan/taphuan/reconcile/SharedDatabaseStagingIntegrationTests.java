package vn.congdoan.taphuan.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database other processes may share (here H2 with {@code AUTO_SERVER=TRUE}, as with
 * PostgreSQL): a run may not empty the staging table, which another process's run could
 * be using, so it deletes the staged findings of its plan's finished runs instead. The
 * embedded case (emptied) is in {@link FindingLifecycleIntegrationTests}.
 */
@TaphuanIntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/test-db/${random.uuid};AUTO_SERVER=TRUE;"
		+ "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64;CACHE_SIZE=1024")
class SharedDatabaseStagingIntegrationTests {

	private static final String PLAN = "RC-2026";

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

	@Autowired
	Plans plans;

	@Autowired
	AttendanceImports attendance;

	@Autowired
	SettlementImports settlements;

	@Autowired
	Reconciliations reconciliations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRunDeletesTheStagedFindingsOfItsPlansFinishedRunsOnly(@TempDir Path temp) throws Exception {
		ReconcileDataset.load(this.plans, this.attendance, this.settlements, temp);
		ReconcileSummary first = this.reconciliations.run(PLAN, AS_OF);
		// a run of the plan still going in another process (or killed there) keeps its
		// rows
		this.jdbc.sql("""
				INSERT INTO reconcile_run (plan_code, as_of, status, completion_share, underfill_threshold,
				  overfill_threshold, submission_grace_days, settlement_grace_days, started_at)
				SELECT plan_code, as_of, 'RUNNING', completion_share, underfill_threshold, overfill_threshold,
				       submission_grace_days, settlement_grace_days, started_at
				FROM reconcile_run WHERE id = ?
				""").param(first.run().id()).update();
		long elsewhere = this.jdbc.sql("SELECT MAX(id) FROM reconcile_run").query(Long.class).single();
		this.jdbc.sql("INSERT INTO reconcile_finding (run_id, finding_id, code) VALUES (?, 'X', 'QUOTA_UNDERFILLED')")
			.param(elsewhere)
			.update();

		ReconcileSummary second = this.reconciliations.run(PLAN, AS_OF);

		assertThat(second.current()).isEqualTo(first.current()).isPositive();
		assertThat(
				this.jdbc.sql("SELECT DISTINCT run_id FROM reconcile_finding ORDER BY run_id").query(Long.class).list())
			.containsExactly(elsewhere, second.run().id());
	}

}
