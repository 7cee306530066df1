package vn.congdoan.taphuan.ops;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;

import vn.congdoan.taphuan.intake.AttendanceImports;

/**
 * The steps {@code monthlyRunJob} and {@code yearEndRunJob} share
 * ({@code importInboxStep}, {@code reconcileStep}, {@code deliverReportsStep}), their
 * settings and the job locks.
 * <p>
 * Every step of these jobs is an orchestrating tasklet that runs <em>outside</em> a
 * transaction: what it calls (an import, reconciliation, report rendering) may launch a
 * Spring Batch job of its own or commit its own work, and a job cannot be launched inside
 * a transaction. The steps record their progress in the {@code ops_*} tables, each write
 * committed on its own, and do one file or plan per iteration so that a stop request
 * takes effect between them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OpsFolders.class, DeliverySettings.class, ScheduleSettings.class, LockSettings.class })
class RunStepsConfiguration {

	static final String IMPORT_INBOX_STEP = "importInboxStep";

	static final String RECONCILE_STEP = "reconcileStep";

	static final String DELIVER_REPORTS_STEP = "deliverReportsStep";

	/**
	 * Steps that orchestrate rather than write: no surrounding transaction. Every
	 * exception fails the step (the default attribute would let a checked exception, such
	 * as an {@code IOException} while moving a file, pass as success).
	 */
	static final TransactionAttribute NO_TRANSACTION = new NoTransaction();

	@Bean
	Step importInboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportInboxTasklet importInboxTasklet) {
		return new StepBuilder(IMPORT_INBOX_STEP, jobRepository).tasklet(importInboxTasklet, transactionManager)
			.transactionAttribute(NO_TRANSACTION)
			.build();
	}

	@Bean
	Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileTasklet reconcileTasklet) {
		return new StepBuilder(RECONCILE_STEP, jobRepository).tasklet(reconcileTasklet, transactionManager)
			.transactionAttribute(NO_TRANSACTION)
			.build();
	}

	@Bean
	Step deliverReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeliverReportsTasklet deliverReportsTasklet) {
		return new StepBuilder(DELIVER_REPORTS_STEP, jobRepository).tasklet(deliverReportsTasklet, transactionManager)
			.transactionAttribute(NO_TRANSACTION)
			.build();
	}

	@Bean
	@StepScope
	ImportInboxTasklet importInboxTasklet(AttendanceImports imports, OpsStore store, OpsFolders folders, Clock clock) {
		InboxFiles inbox = new InboxFiles(folders.inboxPath(), folders.inboxQuietPeriod(), clock);
		return new ImportInboxTasklet(imports, inbox, store, folders, clock);
	}

	@Bean
	@StepScope
	ReconcileTasklet reconcileTasklet(ObjectProvider<Reconciliation> reconciliation, OpsStore store,
			@Value("#{jobParameters['" + RunParameters.PLANS + "']}") String plans,
			@Value("#{jobParameters['" + RunParameters.MONTH + "']}") String month,
			@Value("#{jobParameters['" + RunParameters.YEAR + "']}") Long year, Clock clock) {
		return new ReconcileTasklet(required(reconciliation, Reconciliation.class), store, RunParameters.plans(plans),
				period(month, year), clock);
	}

	@Bean
	@StepScope
	DeliverReportsTasklet deliverReportsTasklet(ReportDelivery delivery, OpsStore store) {
		return new DeliverReportsTasklet(delivery, store);
	}

	@Bean
	JobLocks jobLocks(JdbcClient jdbc, Clock clock, LockSettings settings, DataSource dataSource) {
		return new JobLocks(jdbc, clock, settings, JobLocks.singleProcessDatabase(dataSource, settings));
	}

	/** The period named by a run's job parameters. */
	static RunPeriod period(String month, Long year) {
		return (month != null) ? RunPeriod.month(YearMonth.parse(month)) : RunPeriod.year(year.intValue());
	}

	/** Where rendered reports are kept: {@code ${taphuan.data-dir}/reports}. */
	static Path reportsDir(String dataDir) {
		return Path.of(dataDir).toAbsolutePath().normalize().resolve("reports");
	}

	static <T> T required(ObjectProvider<T> provider, Class<T> port) {
		T implementation = provider.getIfAvailable();
		if (implementation == null) {
			throw new IllegalStateException(Runs.missingPort(port));
		}
		return implementation;
	}

	/**
	 * A run's listener that, as the run starts, asks the report feature (when there is
	 * one) to get ready in the background while the run imports and reconciles.
	 */
	static JobExecutionListener reportsReadyInBackground(ObjectProvider<ReportRendering> rendering) {
		return new JobExecutionListener() {

			@Override
			public void beforeJob(JobExecution jobExecution) {
				rendering.ifAvailable(ReportRendering::prepareInBackground);
			}

		};
	}

	/**
	 * {@code PROPAGATION_NOT_SUPPORTED}, failing on every exception.
	 */
	private static final class NoTransaction extends DefaultTransactionAttribute {

		NoTransaction() {
			super(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		}

		@Override
		public boolean rollbackOn(Throwable failure) {
			return true;
		}

	}

}
