package vn.congdoan.taphuan.reconcile;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs queries whose rows are streamed once, in order, so that H2 hands them over as it
 * finds them instead of first gathering the whole result in a temporary table
 * ({@code SET LAZY_QUERY_EXECUTION}, on the transaction's connection, for the duration).
 * Elsewhere the driver's own streaming applies and this does nothing: PostgreSQL's
 * streams {@code spring.jdbc.template.fetch-size} rows at a time inside the step's
 * transaction.
 */
final class LazyQueries {

	private final JdbcTemplate jdbc;

	private final boolean h2;

	LazyQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.h2 = Boolean.TRUE.equals(jdbc.execute((
				java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName().startsWith("H2")));
	}

	/** Runs {@code queries} with lazy execution on (H2). */
	void run(Runnable queries) {
		if (!this.h2) {
			queries.run();
			return;
		}
		this.jdbc.execute("SET LAZY_QUERY_EXECUTION TRUE");
		try {
			queries.run();
		}
		finally {
			this.jdbc.execute("SET LAZY_QUERY_EXECUTION FALSE");
		}
	}

}
