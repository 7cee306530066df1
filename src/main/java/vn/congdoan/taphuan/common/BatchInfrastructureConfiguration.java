package vn.congdoan.taphuan.common;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Isolation;

/**
 * The one place Spring Batch's infrastructure is configured: a JDBC job repository in the
 * application's own database (so job history and restarts survive the process) and the
 * job operator, both on the application's transaction manager so business writes and step
 * commits share one transaction per chunk. Spring Boot 4.1's batch starter does not
 * resolve from the Maven Central we build against, so Batch is configured here rather
 * than by Boot's auto-configuration; the {@code BATCH_*} tables come from a Flyway
 * migration.
 * <p>
 * Job executions are created at READ COMMITTED, not Spring Batch's default SERIALIZABLE.
 * On PostgreSQL, SERIALIZABLE fails one of two job launches that overlap ("could not
 * serialize access due to read/write dependencies among transactions", spring-batch issue
 * 1497: the check for a running execution and the insert read and write the same job
 * tables): importing the 61 sample files two at a time failed 4 to 5 of them, and a
 * failure between the job instance's insert and its execution's could leave an instance
 * with no execution. READ COMMITTED keeps what SERIALIZABLE was there for: two launches
 * of the same job instance cannot both insert it ({@code JOB_INST_UN}, a unique key on
 * name and key, refuses the second), every execution id comes from a sequence, and every
 * later update of an execution is checked against its version column (optimistic
 * locking). Our launches never share an instance by accident: an import's identifying
 * parameter is its own submission id, and a scheduled run takes its job's lock first
 * ({@code ops.JobLocks}). H2 imported the same files without a failure at either level;
 * one setting serves both engines.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager",
		isolationLevelForCreate = Isolation.READ_COMMITTED)
class BatchInfrastructureConfiguration {

}
