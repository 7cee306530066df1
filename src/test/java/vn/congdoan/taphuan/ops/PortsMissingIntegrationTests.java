package vn.congdoan.taphuan.ops;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A build without reconciliation or report rendering refuses to run rather than skip
 * them. (Once both features are in the build there is nothing left to show.)
 */
@TaphuanIntegrationTest
class PortsMissingIntegrationTests {

	@Autowired
	Runs runs;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectProvider<Reconciliation> reconciliation;

	@Test
	void aRunWithoutReconciliationFailsSayingWhatIsMissingAndStartsNothing() {
		assumeTrue(this.reconciliation.getIfAvailable() == null, "a Reconciliation is in the build");
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));

		assertThatExceptionOfType(RunNotPossibleException.class)
			.isThrownBy(() -> this.runs.monthly(null, YearMonth.of(2026, 10), false))
			.withMessageContaining("chưa có phần đối chiếu số liệu (Reconciliation)");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM batch_job_instance").query(Integer.class).single()).isZero();
	}

}
