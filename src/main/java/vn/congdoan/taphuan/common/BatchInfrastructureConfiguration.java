package vn.congdoan.taphuan.common;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Configuration;

/**
 * The one place Spring Batch's infrastructure is configured: a JDBC job repository in the
 * application's own database (so job history and restarts survive the process) and the
 * job operator, both on the application's transaction manager so business writes and step
 * commits share one transaction per chunk. Spring Boot 4.1's batch starter does not
 * resolve from the Maven Central we build against, so Batch is configured here rather
 * than by Boot's auto-configuration; the {@code BATCH_*} tables come from a Flyway
 * migration.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager")
class BatchInfrastructureConfiguration {

}
