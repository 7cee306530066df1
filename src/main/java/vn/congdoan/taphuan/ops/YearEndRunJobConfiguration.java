package vn.congdoan.taphuan.ops;

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
 * {@code yearEndRunJob}: the year-end run — import everything new in the inbox, reconcile
 * each plan of the year, render each plan's year-end result report, deliver the reports.
 * Identified by plan ({@code *} for every loaded plan of the year), year and run number,
 * with the same restart rules as {@code monthlyRunJob}.
 */
@Configuration(proxyBeanMethods = false)
class YearEndRunJobConfiguration {

	@Bean
	Job yearEndRunJob(JobRepository jobRepository, Step importInboxStep, Step reconcileStep,
			Step renderYearEndReportStep, Step deliverReportsStep, ObjectProvider<ReportRendering> rendering) {
		return new JobBuilder(RunKind.YEAR_END.jobName(), jobRepository)
			.validator(new DefaultJobParametersValidator(
					new String[] { RunParameters.PLAN, RunParameters.YEAR, RunParameters.RUN, RunParameters.PLANS },
					new String[0]))
			.start(importInboxStep)
			.next(reconcileStep)
			.next(renderYearEndReportStep)
			.next(deliverReportsStep)
			.listener(RunStepsConfiguration.reportsReadyInBackground(rendering))
			.build();
	}

	@Bean
	Step renderYearEndReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RenderReportsTasklet renderYearEndReportTasklet) {
		return new StepBuilder("renderYearEndReportStep", jobRepository)
			.tasklet(renderYearEndReportTasklet, transactionManager)
			.transactionAttribute(RunStepsConfiguration.NO_TRANSACTION)
			.build();
	}

	@Bean
	@StepScope
	RenderReportsTasklet renderYearEndReportTasklet(ObjectProvider<ReportRendering> rendering, OpsStore store,
			@Value("#{jobParameters['" + RunParameters.PLANS + "']}") String plans,
			@Value("#{jobParameters['" + RunParameters.YEAR + "']}") Long year,
			@Value("${taphuan.data-dir}") String dataDir) {
		return new RenderReportsTasklet(RunStepsConfiguration.required(rendering, ReportRendering.class), store,
				RunParameters.plans(plans), RunPeriod.year(year.intValue()), RunStepsConfiguration.reportsDir(dataDir));
	}

}
