package vn.congdoan.taphuan.intake;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code importTraineeRowsStep}: the trainee rows of the submission named by the job
 * parameters, read, checked and written in chunks of {@code taphuan.import.chunk-size}. A
 * chunk-oriented step is built for each execution with that submission's own reader and
 * writer, so the chunk loop calls them directly; step-scoped beans would be reached
 * through a proxy that looks the bean up in the step scope on every row. The execution
 * passed in is the one the job repository created, so restarts work as for any step.
 */
final class TraineeRowsStep implements Step {

	static final String NAME = "importTraineeRowsStep";

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final ImportContexts contexts;

	private final ImportLimits limits;

	private final ImportSettings settings;

	private final JdbcTemplate jdbc;

	private final TraineeRowInserts rows;

	private final ImportWriteLane lane;

	TraineeRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ImportContexts contexts,
			ImportLimits limits, ImportSettings settings, JdbcTemplate jdbc, ImportWriteLane lane) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.contexts = contexts;
		this.limits = limits;
		this.settings = settings;
		this.jdbc = jdbc;
		this.rows = TraineeRowInserts.of(jdbc);
		this.lane = lane;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public void execute(StepExecution stepExecution) throws JobInterruptedException {
		Long submissionId = stepExecution.getJobParameters().getLong(AttendanceImportJobConfiguration.SUBMISSION_ID);
		if (submissionId == null) {
			throw new IllegalStateException(
					"Job parameter " + AttendanceImportJobConfiguration.SUBMISSION_ID + " is missing for " + NAME);
		}
		new StepBuilder(NAME, this.jobRepository).<TraineeRecord, TraineeRecord>chunk(this.settings.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(new CheckedTraineeRows(submissionId, this.contexts, this.limits))
			.writer(new TraineeRowWriter(submissionId, this.jdbc, this.rows, this.lane))
			.build()
			.execute(stepExecution);
	}

}
