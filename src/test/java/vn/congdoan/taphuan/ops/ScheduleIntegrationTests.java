package vn.congdoan.taphuan.ops;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
 * The schedule {@code serve} keeps, driven by the test clock: due times, catch-up after
 * downtime, retry of a failed run, no overlap (in one process and across processes) and
 * graceful stop. No sleeps: time moves only when the test moves it.
 */
@TaphuanIntegrationTest
@Import(FakePorts.class)
@TestPropertySource(properties = { "taphuan.test.fake-ports=true", "taphuan.schedule.retry-after=PT1M",
		"taphuan.lock.shared-database=true" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ScheduleIntegrationTests {

	static final Path ROOT = Path.of("target/test-ops/schedule").toAbsolutePath();

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("taphuan.inbox", () -> ROOT.resolve("inbox").toString());
		registry.add("taphuan.archive", () -> ROOT.resolve("archive").toString());
		registry.add("taphuan.rejected", () -> ROOT.resolve("rejected").toString());
		registry.add("taphuan.outbox", () -> ROOT.resolve("outbox").toString());
	}

	@Autowired
	RunSchedule schedule;

	@Autowired
	Runs runs;

	@Autowired
	ScheduleSettings settings;

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

	private void at(String localDateTime) {
		this.clock.set(LocalDateTime.parse(localDateTime).atZone(TestClock.ZONE));
	}

	private List<String> renders() {
		return FakePorts.calls.stream().filter((call) -> !call.startsWith("reconcile")).toList();
	}

	private int executions(String jobName) {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
					WHERE i.job_name = ?
					""")
			.param(jobName)
			.query(Integer.class)
			.single();
	}

	@Test
	void runsEachMonthOnceAtItsScheduledTime() {
		at("2026-11-01T06:59");
		this.schedule.tick(); // catch-up: the run of 1 October (for September) never
								// happened
		at("2026-11-01T06:59:59");
		List<RunOutcome> early = this.schedule.tick();
		at("2026-11-01T07:00");
		List<RunOutcome> due = this.schedule.tick();
		at("2026-11-01T07:01");
		List<RunOutcome> after = this.schedule.tick();
		at("2026-11-30T23:59");
		this.schedule.tick();
		at("2026-12-01T07:00");
		this.schedule.tick();

		assertThat(early).isEmpty();
		assertThat(due).extracting(RunOutcome::period, RunOutcome::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2026-10", RunOutcome.Status.COMPLETED));
		assertThat(after).isEmpty();
		assertThat(renders()).containsExactly("monthly AG-2026 2026-09", "monthly AG-2026 2026-10",
				"monthly AG-2026 2026-11");
		assertThat(executions("yearEndRunJob")).isZero(); // 15/12/2025 was for 2025: no
															// plan of 2025
	}

	@Test
	void catchesUpTheRunsMissedWhileItWasDown() {
		at("2026-12-20T10:00"); // down on 1/12 and 15/12

		List<RunOutcome> outcomes = this.schedule.tick();

		assertThat(outcomes).extracting(RunOutcome::job, RunOutcome::period)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("monthlyRunJob", "2026-11"),
					org.assertj.core.groups.Tuple.tuple("yearEndRunJob", "2026"));
		assertThat(outcomes)
			.allSatisfy((outcome) -> assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED));
		assertThat(renders()).containsExactly("monthly AG-2026 2026-11", "year-end AG-2026");
		assertThat(this.schedule.tick()).isEmpty();
	}

	@Test
	void aFailedScheduledRunIsResumedAfterTheRetryInterval() {
		FakePorts.renderFailures.set(1);
		at("2026-12-01T07:00");
		List<RunOutcome> failed = this.schedule.tick();
		at("2026-12-01T07:00:30");
		List<RunOutcome> tooSoon = this.schedule.tick();
		at("2026-12-01T07:01:01");
		List<RunOutcome> retried = this.schedule.tick();

		assertThat(failed).singleElement().satisfies((outcome) -> {
			assertThat(outcome.status()).isEqualTo(RunOutcome.Status.FAILED);
			assertThat(outcome.failedStep()).isEqualTo("renderMonthlyReportStep");
		});
		assertThat(tooSoon).isEmpty();
		assertThat(retried).singleElement().satisfies((outcome) -> {
			assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
			assertThat(outcome.instance()).isEqualTo(failed.get(0).instance());
		});
		assertThat(FakePorts.count("reconcile")).isEqualTo(1);
		assertThat(FakePorts.count("monthly")).isEqualTo(2);
		assertThat(executions("monthlyRunJob")).isEqualTo(2);
	}

	@Test
	void aRunHeldByAnotherProcessIsNotRunTwiceAndIsTakenOverWhenItsLeaseRunsOut() {
		at("2026-12-01T07:00");
		JobLocks otherProcess = new JobLocks(this.jdbc, this.clock, new LockSettings(Duration.ofMinutes(5), true),
				false);
		JobLocks.Lock held = otherProcess.tryAcquire("monthlyRunJob").orElseThrow();

		List<RunOutcome> whileHeld = this.schedule.tick();
		at("2026-12-01T07:04");
		List<RunOutcome> stillHeld = this.schedule.tick();
		at("2026-12-01T07:06"); // the other process stopped renewing: presumed dead
		List<RunOutcome> takenOver = this.schedule.tick();

		assertThat(whileHeld).singleElement().satisfies((outcome) -> {
			assertThat(outcome.status()).isEqualTo(RunOutcome.Status.BUSY);
			assertThat(outcome.message()).contains(held.owner()).contains("không chạy đồng thời");
		});
		assertThat(stillHeld).extracting(RunOutcome::status).containsExactly(RunOutcome.Status.BUSY);
		assertThat(takenOver).extracting(RunOutcome::status).containsExactly(RunOutcome.Status.COMPLETED);
		assertThat(executions("monthlyRunJob")).isEqualTo(1);
		assertThat(held.renew()).isFalse(); // the other process learns it lost the lock
		otherProcess.destroy();
	}

	@Test
	void twoTicksAtOnceRunTheJobOnce() throws Exception {
		at("2026-12-01T07:00");
		FakePorts.reconcileGate = new CountDownLatch(1);
		FakePorts.reconcileEntered = new CountDownLatch(1);
		CompletableFuture<List<RunOutcome>> first = CompletableFuture.supplyAsync(this.schedule::tick);
		assertThat(FakePorts.reconcileEntered.await(30, TimeUnit.SECONDS)).isTrue();

		List<RunOutcome> second = this.schedule.tick();
		RunOutcome byHand = this.runs.monthly(null, java.time.YearMonth.of(2026, 11), false);
		FakePorts.reconcileGate.countDown();

		assertThat(second).isEmpty();
		assertThat(byHand.status()).isEqualTo(RunOutcome.Status.BUSY);
		assertThat(first.get(30, TimeUnit.SECONDS)).extracting(RunOutcome::status)
			.containsExactly(RunOutcome.Status.COMPLETED);
		assertThat(executions("monthlyRunJob")).isEqualTo(1);
		assertThat(FakePorts.count("reconcile")).isEqualTo(1);
	}

	@Test
	void stopsGracefullyAndResumesTheStoppedRunOnTheNextStart() throws Exception {
		at("2026-12-01T07:00");
		FakePorts.reconcileGate = new CountDownLatch(1);
		FakePorts.reconcileEntered = new CountDownLatch(1);
		CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
			try {
				this.schedule.serve();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		assertThat(FakePorts.reconcileEntered.await(30, TimeUnit.SECONDS)).isTrue();

		// what SIGTERM does: ask the running job to stop, then stop the schedule and wait
		assertThat(this.runs.stopRunning()).hasSize(1);
		FakePorts.reconcileGate.countDown();
		this.schedule.stop();
		serving.get(30, TimeUnit.SECONDS);

		assertThat(this.jdbc
			.sql("SELECT status FROM batch_job_execution e JOIN batch_job_instance i "
					+ "ON i.job_instance_id = e.job_instance_id WHERE i.job_name = 'monthlyRunJob'")
			.query(String.class)
			.list()).containsExactly("STOPPED");
		assertThat(FakePorts.count("monthly")).isZero();

		RunSchedule restarted = new RunSchedule(this.runs, this.settings, this.clock);
		List<RunOutcome> resumed = restarted.tick();

		assertThat(resumed).extracting(RunOutcome::status).containsExactly(RunOutcome.Status.COMPLETED);
		assertThat(executions("monthlyRunJob")).isEqualTo(2);
		assertThat(FakePorts.count("reconcile")).isEqualTo(1);
		assertThat(FakePorts.count("monthly")).isEqualTo(1);
	}

}
