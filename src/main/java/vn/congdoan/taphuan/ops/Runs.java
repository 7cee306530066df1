package vn.congdoan.taphuan.ops;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;

/**
 * Starts the scheduled jobs: {@code run monthly}, {@code run year-end} and the scheduler
 * of {@code serve} come through here. A run takes its job's lock (so two runs of the same
 * job never overlap, also across processes sharing the database), resumes the period's
 * job instance when an earlier attempt failed, stopped or was killed, does nothing for a
 * period already completed unless forced, and says what it did.
 */
@Component
public class Runs {

	private static final Logger logger = LoggerFactory.getLogger(Runs.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job monthlyRunJob;

	private final Job yearEndRunJob;

	private final Plans plans;

	private final ObjectProvider<Reconciliation> reconciliation;

	private final ObjectProvider<ReportRendering> rendering;

	private final ReportDelivery delivery;

	private final JobLocks locks;

	private final OpsStore store;

	private final Clock clock;

	Runs(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("monthlyRunJob") Job monthlyRunJob,
			@Qualifier("yearEndRunJob") Job yearEndRunJob, Plans plans, ObjectProvider<Reconciliation> reconciliation,
			ObjectProvider<ReportRendering> rendering, ReportDelivery delivery, JobLocks locks, OpsStore store,
			Clock clock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.monthlyRunJob = monthlyRunJob;
		this.yearEndRunJob = yearEndRunJob;
		this.plans = plans;
		this.reconciliation = reconciliation;
		this.rendering = rendering;
		this.delivery = delivery;
		this.locks = locks;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * The month {@code run monthly} reports on by default: the previous calendar month.
	 */
	public YearMonth defaultMonth() {
		return RunPeriod.defaultMonth(LocalDate.now(this.clock));
	}

	/**
	 * The year {@code run year-end} reports on by default (see
	 * {@link RunPeriod#defaultYear}).
	 */
	public int defaultYear() {
		return RunPeriod.defaultYear(LocalDate.now(this.clock));
	}

	/**
	 * {@code run monthly}: the monthly run of a plan ({@code null}: every loaded plan of
	 * the month's year) for a month.
	 * @throws UserInputException for an unknown plan, a month in the future, no plan for
	 * that year
	 * @throws RunNotPossibleException when reconciliation or report rendering is missing
	 * from this build, or delivery is misconfigured
	 */
	public RunOutcome monthly(String planCode, YearMonth month, boolean force) {
		return run(RunPeriod.month(month), planCode, force);
	}

	/** {@code run year-end}: the year-end run; see {@link #monthly}. */
	public RunOutcome yearEnd(String planCode, int year, boolean force) {
		return run(RunPeriod.year(year), planCode, force);
	}

	/** Runs (or resumes) the run of a period. */
	public RunOutcome run(RunPeriod period, String planCode, boolean force) {
		List<String> scope = scope(period, planCode);
		checkReady();
		Job job = (period.kind() == RunKind.MONTHLY) ? this.monthlyRunJob : this.yearEndRunJob;
		String planParameter = (planCode != null) ? planCode : RunParameters.ALL_PLANS;
		long latest = latestRun(period, planParameter);
		long run = Math.max(latest, 1);
		if (force && latest > 0) {
			run = latest + 1;
		}
		else if (latest > 0) {
			JobExecution last = lastExecution(period, planParameter, latest);
			if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
				return alreadyCompleted(period, planParameter, scope, latest, last);
			}
		}
		JobParameters parameters = RunParameters.of(planCode, period, run, scope);
		Optional<JobLocks.Lock> lock = this.locks.tryAcquire(job.getName());
		if (lock.isEmpty()) {
			return busy(period, planParameter, scope, run, job.getName());
		}
		try (JobLocks.Lock held = lock.get()) {
			recoverIfInterrupted(job.getName(), parameters);
			logger.info("Starting {} {} (plan {}, run {}, plans {})", job.getName(), period.label(), planParameter, run,
					scope);
			JobExecution execution = this.jobOperator.start(job, parameters);
			return outcome(period, planParameter, scope, run, execution);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobExecution last = lastExecution(period, planParameter, run);
			return alreadyCompleted(period, planParameter, scope, run, last);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return busy(period, planParameter, scope, run, job.getName());
		}
		catch (JobRestartException | InvalidJobParametersException ex) {
			throw new IllegalStateException("Cannot start " + job.getName() + " with " + parameters, ex);
		}
	}

	/**
	 * Whether the period's run of every loaded plan ({@code plan=*}) has completed, in
	 * its latest run number.
	 */
	public boolean completed(RunPeriod period) {
		long latest = latestRun(period, RunParameters.ALL_PLANS);
		if (latest == 0) {
			return false;
		}
		JobExecution last = lastExecution(period, RunParameters.ALL_PLANS, latest);
		return last != null && last.getStatus() == BatchStatus.COMPLETED;
	}

	/** Whether any loaded plan is of the period's year. */
	public boolean hasPlansFor(RunPeriod period) {
		return this.plans.list().stream().anyMatch((plan) -> plan.year() == period.year());
	}

	/**
	 * Asks the runs this process is making to stop at their next file or plan (graceful
	 * stop); they end STOPPED and resume when run again.
	 * @return the job executions asked to stop
	 */
	public List<Long> stopRunning() {
		List<Long> stopped = new ArrayList<>();
		for (String jobName : this.locks.heldNames()) {
			for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
				try {
					this.jobOperator.stop(execution);
					stopped.add(execution.getId());
					logger.info("Asked {} execution {} to stop", jobName, execution.getId());
				}
				catch (Exception ex) {
					logger.warn("Could not stop {} execution {}: {}", jobName, execution.getId(), ex.toString());
				}
			}
		}
		return stopped;
	}

	/** The message when a port has no implementation in this build. */
	static String missingPort(Class<?> port) {
		String part = (port == Reconciliation.class) ? "đối chiếu số liệu (Reconciliation)"
				: "lập báo cáo (ReportRendering)";
		return "Bản taphuan này chưa có phần " + part + ": không chạy được việc chạy định kỳ. Dùng bản đầy đủ của "
				+ "taphuan (nhập tệp bằng 'taphuan import' vẫn dùng được).";
	}

	private List<String> scope(RunPeriod period, String planCode) {
		LocalDate today = LocalDate.now(this.clock);
		if (period.firstDay().isAfter(today)) {
			throw new UserInputException("Không chạy được cho " + period.vietnamese()
					+ ": kỳ này chưa bắt đầu (hôm nay là " + VietnameseFormat.date(today) + ").");
		}
		if (planCode != null) {
			Plan plan = this.plans.get(planCode);
			if (plan.year() != period.year()) {
				throw new UserInputException("Kế hoạch " + plan.code() + " là kế hoạch năm " + plan.year()
						+ ", không có " + period.vietnamese() + ".");
			}
			return List.of(plan.code());
		}
		List<String> codes = this.plans.list()
			.stream()
			.filter((plan) -> plan.year() == period.year())
			.map((plan) -> plan.code())
			.toList();
		if (codes.isEmpty()) {
			throw new UserInputException("Chưa nạp kế hoạch nào của năm " + period.year()
					+ ": nạp kế hoạch trước (taphuan plan load TỆP.yaml), hoặc chọn kỳ khác.");
		}
		return codes;
	}

	private void checkReady() {
		if (this.reconciliation.getIfAvailable() == null) {
			throw new RunNotPossibleException(missingPort(Reconciliation.class));
		}
		if (this.rendering.getIfAvailable() == null) {
			throw new RunNotPossibleException(missingPort(ReportRendering.class));
		}
		this.delivery.configurationProblem().ifPresent((problem) -> {
			throw new RunNotPossibleException(problem);
		});
	}

	/** The highest run number of the period's runs for this plan parameter, 0 if none. */
	private long latestRun(RunPeriod period, String planParameter) {
		long run = 0;
		while (instance(period, planParameter, run + 1) != null) {
			run++;
		}
		return run;
	}

	private JobInstance instance(RunPeriod period, String planParameter, long run) {
		JobParameters identifying = RunParameters.of(planParameter, period, run, List.of());
		return this.jobRepository.getJobInstance(period.kind().jobName(), identifying);
	}

	private JobExecution lastExecution(RunPeriod period, String planParameter, long run) {
		JobInstance instance = instance(period, planParameter, run);
		return (instance != null) ? this.jobRepository.getLastJobExecution(instance) : null;
	}

	/**
	 * An execution still marked as running, found while we hold the job's lock, was left
	 * by a process that died: mark it failed so that it can be restarted.
	 */
	private void recoverIfInterrupted(String jobName, JobParameters parameters) {
		JobExecution last = this.jobRepository.getLastJobExecution(jobName, parameters);
		if (last != null && last.isRunning()) {
			logger.warn("{} execution {} was interrupted (its process died): recovering it to resume", jobName,
					last.getId());
			this.jobOperator.recover(last);
		}
	}

	private RunOutcome outcome(RunPeriod period, String plan, List<String> scope, long run, JobExecution execution) {
		long instanceId = execution.getJobInstance().getInstanceId();
		List<Long> executionIds = this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.toList();
		RunOutcome.Status status = switch (execution.getStatus()) {
			case COMPLETED -> RunOutcome.Status.COMPLETED;
			case STOPPED, STOPPING -> RunOutcome.Status.STOPPED;
			default -> RunOutcome.Status.FAILED;
		};
		String failedStep = null;
		String message = null;
		if (status != RunOutcome.Status.COMPLETED) {
			StepExecution step = execution.getStepExecutions()
				.stream()
				.filter((candidate) -> candidate.getStatus() != BatchStatus.COMPLETED)
				.findFirst()
				.orElse(null);
			failedStep = (step != null) ? step.getStepName() : null;
			Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
			message = (status == RunOutcome.Status.STOPPED)
					? "Đã dừng theo yêu cầu" + ((failedStep != null) ? " ở bước " + failedStep : "") + "."
					: sentence("Dừng ở bước " + failedStep + ((cause != null) ? ": " + describe(cause) : ""));
			logger.error("{} {} ended {}: {}", period.kind().jobName(), period.label(), execution.getStatus(), message);
			if (cause != null) {
				logger.info("{} {}: the failure in full", period.kind().jobName(), period.label(), cause);
			}
		}
		return new RunOutcome(period.kind().jobName(), plan, scope, period.label(), (int) run, instanceId,
				execution.getId(), status, failedStep, message, execution.getStartTime(), execution.getEndTime(),
				this.store.count(executionIds), this.store.inboxFiles(executionIds), this.store.reportFiles(instanceId),
				this.store.deliveries(instanceId), rerun(period, plan));
	}

	private RunOutcome alreadyCompleted(RunPeriod period, String plan, List<String> scope, long run,
			JobExecution last) {
		long instanceId = last.getJobInstance().getInstanceId();
		List<Long> executionIds = this.jobRepository.getJobExecutions(last.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.toList();
		return new RunOutcome(period.kind().jobName(), plan, scope, period.label(), (int) run, instanceId, null,
				RunOutcome.Status.ALREADY_COMPLETED, null,
				"Đã chạy xong " + period.vietnamese() + " (lần chạy " + run + ", kết thúc " + last.getEndTime()
						+ "): không chạy lại. Dùng --force để chạy lần mới.",
				last.getStartTime(), last.getEndTime(), this.store.count(executionIds),
				this.store.inboxFiles(executionIds), this.store.reportFiles(instanceId),
				this.store.deliveries(instanceId), rerun(period, plan) + " --force");
	}

	private RunOutcome busy(RunPeriod period, String plan, List<String> scope, long run, String jobName) {
		String holder = this.locks.holder(jobName)
			.map((h) -> " (" + h.owner() + ", từ " + h.acquiredAt() + ", giữ đến " + h.expiresAt() + ")")
			.orElse("");
		String message = "Một lần chạy " + jobName + " khác đang diễn ra" + holder
				+ ": không chạy đồng thời. Chờ lần đó xong rồi chạy lại.";
		logger.warn("{} {} not started: another run of {} holds its lock{}", jobName, period.label(), jobName,
				this.locks.holder(jobName).map((h) -> " (" + h.owner() + " until " + h.expiresAt() + ")").orElse(""));
		return new RunOutcome(jobName, plan, scope, period.label(), (int) run, null, null, RunOutcome.Status.BUSY, null,
				message, null, null, RunCounts.NONE, List.of(), List.of(), List.of(), rerun(period, plan));
	}

	static String rerun(RunPeriod period, String plan) {
		StringBuilder command = new StringBuilder("taphuan ").append(period.kind().command());
		if (period.kind() == RunKind.MONTHLY) {
			command.append(" --month ").append(period.month());
		}
		else {
			command.append(" --year ").append(period.year());
		}
		if (plan != null && !RunParameters.ALL_PLANS.equals(plan)) {
			command.append(" --plan ").append(plan);
		}
		return command.toString();
	}

	private static String sentence(String text) {
		return (text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) ? text : text + ".";
	}

	private static String describe(Throwable failure) {
		String message = (failure.getMessage() != null) ? failure.getMessage().lines().findFirst().orElse("") : "";
		if (failure instanceof DeliverReportsTasklet.DeliveryFailedException) {
			return message;
		}
		return failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

}
