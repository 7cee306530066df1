package vn.congdoan.taphuan.ops;

import java.time.YearMonth;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code monthlyRunJob}: one complete monthly run — import everything new in the inbox,
 * reconcile each plan, render each plan's monthly progress report, deliver the reports.
 * Identified by plan ({@code *} for every loaded plan of the month's year), month and run
 * number: running the same command again after a failure restarts the same instance at
 * the step that failed (completed steps are not repeated); a completed month is not run
 * again unless {@code --force} starts the next run number.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyRunJobConfiguration {

	@Bean
	Job monthlyRunJob(JobRepository jobRepository, Step importInboxStep, Step reconcileStep,
			Step renderMonthlyReportStep, Step deliverReportsStep, ObjectProvider<ReportRendering> rendering) {
		return new JobBuilder(RunKind.MONTHLY.jobName(), jobRepository)
			.validator(new DefaultJobParametersValidator(
					new String[] { RunParameters.PLAN, RunParameters.MONTH, RunParameters.RUN, RunParameters.PLANS },
					new String[0]))
			.start(importInboxStep)
			.next(reconcileStep)
			.next(renderMonthlyReportStep)
			.next(deliverReportsStep)
			.listener(RunStepsConfiguration.reportsReadyInBackground(rendering))
			.build();
	}

	@Bean
	Step renderMonthlyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RenderReportsTasklet renderMonthlyReportTasklet) {
		return new StepBuilder("renderMonthlyReportStep", jobRepository)
			.tasklet(renderMonthlyReportTasklet, transactionManager)
			.transactionAttribute(RunStepsConfiguration.NO_TRANSACTION)
			.build();
	}

	@Bean
	@StepScope
	RenderReportsTasklet renderMonthlyReportTasklet(ObjectProvider<ReportRendering> rendering, OpsStore store,
			@Value("#{jobParameters['" + RunParameters.PLANS + "']}") String plans,
			@Value("#{jobParameters['" + RunParameters.MONTH + "']}") String month,
			@Value("${taphuan.data-dir}") String dataDir) {
		return new RenderReportsTasklet(RunStepsConfiguration.required(rendering, ReportRendering.class), store,
				RunParameters.plans(plans), RunPeriod.month(YearMonth.parse(month)),
				RunStepsConfiguration.reportsDir(dataDir));
	}

}
