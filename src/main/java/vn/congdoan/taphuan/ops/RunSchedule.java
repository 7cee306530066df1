package vn.congdoan.taphuan.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;

/**
 * The schedule {@code taphuan serve} keeps: {@code monthlyRunJob} on
 * {@code taphuan.schedule.monthly} (default 07:00 on the 1st, reporting on the previous
 * month) and {@code yearEndRunJob} on {@code taphuan.schedule.year-end} (default 07:00 on
 * 15 December), in the province's time zone.
 * <p>
 * Time comes from the {@link Clock}: {@link #tick()} looks at the latest scheduled time
 * of each job at or before now and runs the period it stands for unless that run has
 * completed (or was attempted within {@code taphuan.schedule.retry-after}). So the first
 * tick after a start catches up a run missed while the process was down, a run that
 * failed (e.g. the mail server was down) is retried, and a run completed elsewhere is not
 * repeated. Only the latest scheduled period is caught up; older months are run by hand
 * ({@code run monthly --month}). One tick at a time in a process, and the job lock across
 * processes: never two runs of the same job at once.
 * <p>
 * {@link #serve()} ticks every {@code taphuan.schedule.poll-interval} until the
 * application stops; stopping asks a running job to stop after its current file or plan
 * (it resumes on the next start) and waits up to {@code taphuan.schedule.stop-timeout}.
 */
@Component
public class RunSchedule implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(RunSchedule.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Runs runs;

	private final ScheduleSettings settings;

	private final Clock clock;

	private final Map<String, Instant> attempted = new ConcurrentHashMap<>();

	private final Set<String> completed = ConcurrentHashMap.newKeySet();

	private final ReentrantLock ticking = new ReentrantLock();

	private volatile boolean stopping;

	private volatile ThreadPoolTaskScheduler scheduler;

	private volatile CountDownLatch stopped;

	RunSchedule(Runs runs, ScheduleSettings settings, Clock clock) {
		this.runs = runs;
		this.settings = settings;
		this.clock = clock;
	}

	/** The runs due now: the latest scheduled period of each job, when not done yet. */
	public List<RunPeriod> due() {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		List<RunPeriod> due = new ArrayList<>();
		for (RunKind kind : RunKind.values()) {
			CronExpression cron = this.settings.cron(kind);
			if (cron == null) {
				continue;
			}
			Optional<ZonedDateTime> last = lastOccurrence(cron, now);
			if (last.isEmpty()) {
				continue;
			}
			RunPeriod period = periodOf(kind, last.get());
			String key = kind.jobName() + " " + period.label();
			Instant tried = this.attempted.get(key);
			if (this.completed.contains(key)
					|| (tried != null && tried.plus(this.settings.retryAfter()).isAfter(now.toInstant()))) {
				continue;
			}
			if (this.runs.completed(period)) {
				this.completed.add(key);
				continue;
			}
			due.add(period);
		}
		return due;
	}

	/**
	 * Runs what is due now, one run after the other, in the calling thread; returns what
	 * each run did. Does nothing while another tick of this process is running, or once
	 * stopping.
	 */
	public List<RunOutcome> tick() {
		if (this.stopping || !this.ticking.tryLock()) {
			return List.of();
		}
		try {
			List<RunOutcome> outcomes = new ArrayList<>();
			for (RunPeriod period : due()) {
				if (this.stopping) {
					break;
				}
				String key = period.kind().jobName() + " " + period.label();
				this.attempted.put(key, this.clock.instant());
				if (!this.runs.hasPlansFor(period)) {
					logger.info("Scheduled {} {}: no plan of {} is loaded, nothing to run", period.kind().jobName(),
							period.label(), period.year());
					continue;
				}
				logger.info("Scheduled {} {} is due: running it", period.kind().jobName(), period.label());
				try {
					RunOutcome outcome = this.runs.run(period, null, false);
					logger.info("Scheduled {} {} ended {}{}", period.kind().jobName(), period.label(), outcome.status(),
							(outcome.message() != null) ? ": " + outcome.message() : "");
					if (outcome.status() == RunOutcome.Status.COMPLETED
							|| outcome.status() == RunOutcome.Status.ALREADY_COMPLETED) {
						this.completed.add(key);
					}
					outcomes.add(outcome);
				}
				catch (RunNotPossibleException | UserInputException ex) {
					logger.error("Scheduled {} {} could not run: {}", period.kind().jobName(), period.label(),
							ex.getMessage());
				}
				catch (RuntimeException ex) {
					logger.error("Scheduled {} {} could not run: {}", period.kind().jobName(), period.label(),
							ex.getMessage(), ex);
				}
			}
			return outcomes;
		}
		finally {
			this.ticking.unlock();
		}
	}

	/**
	 * Keeps the schedule until the application stops: ticks at once (catching up a run
	 * missed while down), then every {@code taphuan.schedule.poll-interval}.
	 */
	public void serve() throws InterruptedException {
		CountDownLatch latch;
		synchronized (this) {
			if (this.scheduler != null) {
				throw new IllegalStateException("Already serving");
			}
			this.stopping = false;
			latch = new CountDownLatch(1);
			this.stopped = latch;
			ThreadPoolTaskScheduler taskScheduler = new ThreadPoolTaskScheduler();
			taskScheduler.setPoolSize(1);
			taskScheduler.setThreadNamePrefix("taphuan-schedule-");
			taskScheduler.setWaitForTasksToCompleteOnShutdown(true);
			taskScheduler.setAwaitTerminationMillis(this.settings.stopTimeout().toMillis());
			taskScheduler.initialize();
			this.scheduler = taskScheduler;
			logger.info("Serving: {}", String.join("; ", describe()));
			taskScheduler.scheduleWithFixedDelay(this::tickSafely, Instant.now(), this.settings.pollInterval());
		}
		latch.await();
	}

	private void tickSafely() {
		try {
			tick();
		}
		catch (RuntimeException ex) {
			logger.error("Schedule tick failed", ex);
		}
	}

	/** The schedule in words, with the next time of each job. */
	public List<String> describe() {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		List<String> lines = new ArrayList<>();
		for (RunKind kind : RunKind.values()) {
			CronExpression cron = this.settings.cron(kind);
			String name = (kind == RunKind.MONTHLY) ? "báo cáo tháng" : "báo cáo cuối năm";
			if (cron == null) {
				lines.add(name + " (" + kind.jobName() + "): tắt");
				continue;
			}
			ZonedDateTime next = cron.next(now);
			lines.add(name + " (" + kind.jobName() + "): '" + cron + "', lần tới "
					+ ((next != null) ? WHEN.format(next) + " (" + periodOf(kind, next).vietnamese() + ")" : "không có")
					+ ", múi giờ " + now.getZone());
		}
		return lines;
	}

	/**
	 * The latest time at or before {@code now} the cron fires, if any in the last four
	 * years.
	 */
	static Optional<ZonedDateTime> lastOccurrence(CronExpression cron, ZonedDateTime now) {
		for (Duration window : List.of(Duration.ofHours(1), Duration.ofDays(2), Duration.ofDays(32),
				Duration.ofDays(367), Duration.ofDays(4 * 366 + 1))) {
			ZonedDateTime first = cron.next(now.minus(window));
			if (first == null || first.isAfter(now)) {
				continue;
			}
			ZonedDateTime last = first;
			for (ZonedDateTime next = cron.next(last); next != null && !next.isAfter(now); next = cron.next(next)) {
				last = next;
			}
			return Optional.of(last);
		}
		return Optional.empty();
	}

	/**
	 * The period a scheduled time stands for: the previous month for the monthly run; for
	 * the year-end run the year of a time in July-December, the year before otherwise.
	 */
	static RunPeriod periodOf(RunKind kind, ZonedDateTime when) {
		return (kind == RunKind.MONTHLY) ? RunPeriod.month(RunPeriod.defaultMonth(when.toLocalDate()))
				: RunPeriod.year(RunPeriod.defaultYear(when.toLocalDate()));
	}

	@Override
	public void start() {
		// serve() starts the schedule; nothing runs on its own when the application
		// starts
	}

	@Override
	public boolean isAutoStartup() {
		return false;
	}

	/**
	 * Graceful stop (SIGTERM, Ctrl+C, the application closing): no new run starts, a
	 * running one is asked to stop after its current file or plan, and this waits for it
	 * up to {@code taphuan.schedule.stop-timeout}.
	 */
	@Override
	public void stop() {
		ThreadPoolTaskScheduler taskScheduler;
		synchronized (this) {
			taskScheduler = this.scheduler;
			if (taskScheduler == null) {
				return;
			}
			this.stopping = true;
		}
		logger.info("Stopping the schedule");
		List<Long> stopping = this.runs.stopRunning();
		if (!stopping.isEmpty()) {
			logger.info("Waiting up to {} for job execution(s) {} to stop", this.settings.stopTimeout(), stopping);
		}
		taskScheduler.shutdown();
		synchronized (this) {
			this.scheduler = null;
			this.stopped.countDown();
		}
		logger.info("Schedule stopped");
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
