package vn.congdoan.taphuan.intake;

import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code attendanceImportJob}: one job execution per received file, identified by its
 * submission id. Inspect the workbook (reject the whole file, or store its layout),
 * import the trainee rows in chunks, then complete the submission atomically. A run that
 * dies part-way is resumed by running the same import again: finished steps are not
 * repeated and the row step continues after its last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ImportLimits.class, ImportSettings.class })
class AttendanceImportJobConfiguration {

	static final String JOB_NAME = "attendanceImportJob";

	static final String SUBMISSION_ID = "submission.id";

	@Bean
	Job attendanceImportJob(JobRepository jobRepository, Step inspectWorkbookStep, Step importTraineeRowsStep,
			Step completeSubmissionStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(inspectWorkbookStep)
			.on(WorkbookInspection.REJECTED)
			.end()
			.from(inspectWorkbookStep)
			.on("COMPLETED")
			.to(importTraineeRowsStep)
			.next(completeSubmissionStep)
			.end()
			.build();
	}

	@Bean
	Step inspectWorkbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WorkbookInspection workbookInspection) {
		return new StepBuilder("inspectWorkbookStep", jobRepository).tasklet(workbookInspection, transactionManager)
			.build();
	}

	@Bean
	Step importTraineeRowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportContexts contexts, ImportLimits limits, ImportSettings settings, JdbcTemplate jdbcTemplate,
			ImportWriteLane lane) {
		return new TraineeRowsStep(jobRepository, transactionManager, contexts, limits, settings, jdbcTemplate, lane);
	}

	@Bean
	Step completeSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionCompletion submissionCompletion) {
		return new StepBuilder("completeSubmissionStep", jobRepository)
			.tasklet(submissionCompletion, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	WorkbookInspection workbookInspection(@Value("#{jobParameters['" + SUBMISSION_ID + "']}") Long submissionId,
			SubmissionStore submissions, ReceivedFiles receivedFiles, AssignmentResolver resolver,
			ImportLimits limits) {
		return new WorkbookInspection(submissionId, submissions, receivedFiles, resolver, limits);
	}

	@Bean
	@StepScope
	SubmissionCompletion submissionCompletion(@Value("#{jobParameters['" + SUBMISSION_ID + "']}") Long submissionId,
			JdbcClient jdbc, SubmissionStore submissions, Clock clock) {
		return new SubmissionCompletion(submissionId, jdbc, submissions, clock);
	}

}
