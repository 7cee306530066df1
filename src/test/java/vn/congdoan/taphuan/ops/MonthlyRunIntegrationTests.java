package vn.congdoan.taphuan.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;
import vn.congdoan.taphuan.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monthly run end to end: inbox, reconciliation, reports, outbox.
 */
@TaphuanIntegrationTest
@Import(FakePorts.class)
@TestPropertySource(properties = "taphuan.test.fake-ports=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class MonthlyRunIntegrationTests {

	static final Path ROOT = Path.of("target/test-ops/monthly-run").toAbsolutePath();

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("taphuan.inbox", () -> ROOT.resolve("inbox").toString());
		registry.add("taphuan.archive", () -> ROOT.resolve("archive").toString());
		registry.add("taphuan.rejected", () -> ROOT.resolve("rejected").toString());
		registry.add("taphuan.outbox", () -> ROOT.resolve("outbox").toString());
	}

	@Autowired
	Runs runs;

	@Autowired
	Plans plans;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() throws Exception {
		OpsFixtures.deleteTree(ROOT);
		FakePorts.reset();
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
	}

	@Test
	void importsReconcilesRendersAndCopiesToTheOutbox() throws Exception {
		Path inbox = ROOT.resolve("inbox");
		OpsFixtures.drop(OpsFixtures.wardList("LONG XUYÊN", 4), inbox, "long-xuyen.xlsx", this.clock);
		OpsFixtures.drop(OpsFixtures.anonymousList(3), inbox, "AG26-CS-01/chau-doc/danh-sach.xlsx", this.clock);

		RunOutcome outcome = this.runs.monthly(null, YearMonth.of(2026, 10), false);

		assertThat(outcome.status()).as(String.valueOf(outcome.message())).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(outcome.counts().imported()).isEqualTo(2);
		assertThat(OpsFixtures.filesUnder(inbox)).isEmpty();
		assertThat(OpsFixtures.filesUnder(ROOT.resolve("archive")))
			.containsExactly("2026-11/AG26-CS-01/chau-doc/danh-sach.xlsx", "2026-11/long-xuyen.xlsx");
		assertThat(FakePorts.calls).containsExactly("reconcile AG-2026 2026-10-31", "monthly AG-2026 2026-10");
		assertThat(OpsFixtures.filesUnder(ROOT.resolve("outbox"))).containsExactly(
				"2026-10/AG-2026/bao-cao-thang-2026-10-AG-2026.pdf",
				"2026-10/AG-2026/bao-cao-thang-2026-10-AG-2026.xlsx");
		assertThat(Files.exists(ROOT.resolve("outbox"))).isTrue();
	}

}
