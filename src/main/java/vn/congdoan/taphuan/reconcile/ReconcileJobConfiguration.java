package vn.congdoan.taphuan.reconcile;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
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

import vn.congdoan.taphuan.common.CompletionRule;
import vn.congdoan.taphuan.plan.Plans;

/**
 * {@code reconcileJob}: one job execution per reconcile run of a plan, identified by the
 * run id, the plan code and the as-of date (no incrementer: the run id makes each run a
 * new instance). Each step is a tasklet that replaces its rows for the run with INSERT …
 * SELECT aggregations: attendance figures, people listed more than once (distinct
 * counts), budget figures, programme and plan totals, finding detection, then publication
 * of the findings, which completes the run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconcileSettings.class)
class ReconcileJobConfiguration {

	static final String JOB_NAME = "reconcileJob";

	static final String RUN_ID = "run.id";

	static final String PLAN = "plan";

	static final String AS_OF = "asOf";

	private static final String RUN_ID_VALUE = "#{jobParameters['" + RUN_ID + "']}";

	private static final String PLAN_VALUE = "#{jobParameters['" + PLAN + "']}";

	private static final String AS_OF_VALUE = "#{jobParameters['" + AS_OF + "']}";

	@Bean
	Job reconcileJob(JobRepository jobRepository, Step computeAttendanceFiguresStep, Step computePeopleStep,
			Step computeBudgetFiguresStep, Step computePlanTotalsStep, Step detectFindingsStep,
			Step publishFindingsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(computeAttendanceFiguresStep)
			.next(computePeopleStep)
			.next(computeBudgetFiguresStep)
			.next(computePlanTotalsStep)
			.next(detectFindingsStep)
			.next(publishFindingsStep)
			.build();
	}

	@Bean
	Step computeAttendanceFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AttendanceFigures attendanceFigures) {
		return new StepBuilder("computeAttendanceFiguresStep", jobRepository)
			.tasklet(attendanceFigures, transactionManager)
			.build();
	}

	@Bean
	Step computePeopleStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PeopleFigures peopleFigures) {
		return new StepBuilder("computePeopleStep", jobRepository).tasklet(peopleFigures, transactionManager).build();
	}

	@Bean
	Step computeBudgetFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			BudgetFigures budgetFigures) {
		return new StepBuilder("computeBudgetFiguresStep", jobRepository).tasklet(budgetFigures, transactionManager)
			.build();
	}

	@Bean
	Step computePlanTotalsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PlanTotals planTotals) {
		return new StepBuilder("computePlanTotalsStep", jobRepository).tasklet(planTotals, transactionManager).build();
	}

	@Bean
	Step detectFindingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FindingDetection findingDetection) {
		return new StepBuilder("detectFindingsStep", jobRepository).tasklet(findingDetection, transactionManager)
			.build();
	}

	@Bean
	Step publishFindingsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FindingPublication findingPublication) {
		return new StepBuilder("publishFindingsStep", jobRepository).tasklet(findingPublication, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	AttendanceFigures attendanceFigures(@Value(RUN_ID_VALUE) Long runId, @Value(PLAN_VALUE) String plan,
			@Value(AS_OF_VALUE) LocalDate asOf, JdbcClient jdbc, Plans plans, CompletionRule completionRule,
			ReconcileSettings settings) {
		return new AttendanceFigures(new RunParameters(runId, plan, asOf), jdbc, plans.get(plan), completionRule,
				settings);
	}

	@Bean
	@StepScope
	PeopleFigures peopleFigures(@Value(RUN_ID_VALUE) Long runId, @Value(PLAN_VALUE) String plan,
			@Value(AS_OF_VALUE) LocalDate asOf, JdbcClient jdbc, JdbcTemplate jdbcTemplate, Plans plans,
			ReconcileSettings settings, @Value("${taphuan.data-dir}") String dataDir) {
		return new PeopleFigures(new RunParameters(runId, plan, asOf), jdbc, jdbcTemplate, plans.get(plan), settings,
				Path.of(dataDir).toAbsolutePath().normalize().resolve("tmp"));
	}

	@Bean
	@StepScope
	BudgetFigures budgetFigures(@Value(RUN_ID_VALUE) Long runId, @Value(PLAN_VALUE) String plan,
			@Value(AS_OF_VALUE) LocalDate asOf, JdbcClient jdbc) {
		return new BudgetFigures(new RunParameters(runId, plan, asOf), jdbc);
	}

	@Bean
	@StepScope
	PlanTotals planTotals(@Value(RUN_ID_VALUE) Long runId, @Value(PLAN_VALUE) String plan,
			@Value(AS_OF_VALUE) LocalDate asOf, JdbcClient jdbc) {
		return new PlanTotals(new RunParameters(runId, plan, asOf), jdbc);
	}

	@Bean
	@StepScope
	FindingDetection findingDetection(@Value(RUN_ID_VALUE) Long runId, @Value(PLAN_VALUE) String plan,
			@Value(AS_OF_VALUE) LocalDate asOf, JdbcClient jdbc, JdbcTemplate jdbcTemplate, Plans plans,
			ReconcileSettings settings) {
		return new FindingDetection(new RunParameters(runId, plan, asOf), jdbc, jdbcTemplate, plans.get(plan),
				settings);
	}

	@Bean
	@StepScope
	FindingPublication findingPublication(@Value(RUN_ID_VALUE) Long runId, @Value(PLAN_VALUE) String plan,
			@Value(AS_OF_VALUE) LocalDate asOf, JdbcClient jdbc, Plans plans, ReconcileSettings settings, Clock clock) {
		return new FindingPublication(new RunParameters(runId, plan, asOf), jdbc, plans.get(plan), settings, clock);
	}

	/** Parameters of the run's job execution. */
	static JobParameters parameters(long runId, String plan, LocalDate asOf) {
		return new JobParametersBuilder().addLong(RUN_ID, runId)
			.addString(PLAN, plan)
			.addLocalDate(AS_OF, asOf)
			.toJobParameters();
	}

}
