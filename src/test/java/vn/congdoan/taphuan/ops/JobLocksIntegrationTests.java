package vn.congdoan.taphuan.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;
import vn.congdoan.taphuan.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job locks between processes sharing one database, each process played by its own
 * {@link JobLocks} (its own owner id) on the test's database.
 */
@TaphuanIntegrationTest
class JobLocksIntegrationTests {

	static final LockSettings SHARED = new LockSettings(Duration.ofMinutes(5), true);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	final List<JobLocks> processes = new ArrayList<>();

	@AfterEach
	void tearDown() {
		this.processes.forEach(JobLocks::destroy);
		this.jdbc.sql("UPDATE ops_job_lock SET owner = NULL, acquired_at = NULL, expires_at = NULL").update();
	}

	private JobLocks process(boolean embeddedDatabase) {
		JobLocks locks = new JobLocks(this.jdbc, this.clock, SHARED, embeddedDatabase);
		this.processes.add(locks);
		return locks;
	}

	@Test
	void ofManyProcessesTryingAtOnceExactlyOneGetsTheLock() throws Exception {
		int contenders = 8;
		CyclicBarrier start = new CyclicBarrier(contenders);
		ExecutorService threads = Executors.newFixedThreadPool(contenders);
		List<Future<Optional<JobLocks.Lock>>> attempts = new ArrayList<>();
		for (int i = 0; i < contenders; i++) {
			JobLocks process = process(false);
			attempts.add(threads.submit(() -> {
				start.await(30, TimeUnit.SECONDS);
				return process.tryAcquire("monthlyRunJob");
			}));
		}
		int winners = 0;
		for (Future<Optional<JobLocks.Lock>> attempt : attempts) {
			winners += attempt.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
		}
		threads.shutdown();

		assertThat(winners).isEqualTo(1);
	}

	@Test
	void aHeldLockIsRefusedUntilReleasedOrExpired() {
		JobLocks first = process(false);
		JobLocks second = process(false);

		JobLocks.Lock held = first.tryAcquire("yearEndRunJob").orElseThrow();
		assertThat(second.tryAcquire("yearEndRunJob")).isEmpty();
		assertThat(second.holder("yearEndRunJob")).get().extracting(JobLocks.Holder::owner).isEqualTo(held.owner());
		held.close();
		JobLocks.Lock taken = second.tryAcquire("yearEndRunJob").orElseThrow();

		this.clock.advanceSeconds(4 * 60);
		assertThat(taken.renew()).isTrue(); // renewed: good for another five minutes
		this.clock.advanceSeconds(4 * 60);
		assertThat(first.tryAcquire("yearEndRunJob")).isEmpty();
		this.clock.advanceSeconds(2 * 60); // not renewed for over five minutes: its
											// process is gone
		assertThat(first.tryAcquire("yearEndRunJob")).isPresent();
		assertThat(taken.renew()).isFalse();
	}

	@Test
	void onAnEmbeddedDatabaseALockLeftByAnotherProcessIsTakenOverAtOnce() {
		JobLocks dead = process(false);
		dead.tryAcquire("monthlyRunJob").orElseThrow();
		JobLocks restarted = process(true);

		assertThat(restarted.tryAcquire("monthlyRunJob")).isPresent();
		assertThat(restarted.tryAcquire("monthlyRunJob")).isEmpty(); // but never twice by
																		// itself
	}

	@Test
	void aLockNobodyDeclaredIsCreatedOnFirstUse() {
		JobLocks process = process(false);

		try (JobLocks.Lock lock = process.tryAcquire("reconcileJob").orElseThrow()) {
			assertThat(process.heldNames()).containsExactly("reconcileJob");
		}

		assertThat(process.heldNames()).isEmpty();
		assertThat(process.holder("reconcileJob")).isEmpty();
	}

}
