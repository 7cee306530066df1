package vn.congdoan.taphuan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import vn.congdoan.taphuan.TaphuanApplication;

/**
 * The database engine the integration tests run on, and a fresh database of it for each
 * Spring context and each {@link Cli} work folder.
 * <p>
 * The engine is H2 unless the system property {@value #ENGINE_PROPERTY} is
 * {@code postgresql} (the build's second Failsafe run sets it). For PostgreSQL one real
 * server is started per test JVM, on first use, from the PostgreSQL binaries on the test
 * classpath (no Docker, nothing installed): a template database is migrated by Flyway
 * once, and every fresh database is a copy of it, which takes a few tens of milliseconds
 * instead of a migration's second. All connect as {@code sa} with no password, like the
 * H2 databases, so a test that opens its own connection needs nothing per engine. The
 * server and its data folder (under the build's temporary folder) go when the JVM ends.
 * <p>
 * A test that cannot run on PostgreSQL says why with {@link H2Only}.
 */
public final class TestDatabase {

	/**
	 * The system property that selects the engine: {@code h2} (default) or
	 * {@code postgresql}.
	 */
	public static final String ENGINE_PROPERTY = "taphuan.test.database";

	/** The user every test database is opened with, on both engines. */
	public static final String USER = "sa";

	private static final String TEMPLATE = "taphuan_template";

	private static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64;CACHE_SIZE=1024";

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final Map<Path, String> BY_WORK_DIR = new HashMap<>();

	private static EmbeddedPostgres server;

	private TestDatabase() {
	}

	/** Whether this test JVM runs on PostgreSQL. */
	public static boolean postgresql() {
		return "postgresql".equalsIgnoreCase(System.getProperty(ENGINE_PROPERTY, "h2"));
	}

	/** A new, empty database migrated to the current version on the selected engine. */
	public static String freshUrl() {
		return postgresql() ? freshPostgresql() : h2Url(Path.of("target", "test-db", UUID.randomUUID().toString()));
	}

	/**
	 * The database of a {@link Cli} work folder: the same one for every command run in
	 * that folder, created on first use.
	 */
	public static synchronized String urlFor(Path workDir) {
		Path folder = workDir.toAbsolutePath().normalize();
		if (!postgresql()) {
			return h2Url(folder.resolve("db").resolve("taphuan"));
		}
		return BY_WORK_DIR.computeIfAbsent(folder, (key) -> freshPostgresql());
	}

	/** An H2 file database in {@code file} with the application's URL flags. */
	public static String h2Url(Path file) {
		return "jdbc:h2:file:" + file.toAbsolutePath() + H2_FLAGS;
	}

	/**
	 * A new database on the test JVM's PostgreSQL server (started if needed), whatever
	 * the selected engine: for tests that move data between the engines.
	 */
	public static synchronized String freshPostgresql() {
		EmbeddedPostgres postgres = server();
		String name = "taphuan_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
		execute(postgres.getPostgresDatabase(),
				"CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + USER + " STRATEGY FILE_COPY");
		return postgres.getJdbcUrl(USER, name).replaceFirst("[?&]user=[^&]*", "");
	}

	/**
	 * A new database on the test JVM's PostgreSQL server with nothing in it, not even
	 * Flyway's history.
	 */
	public static synchronized String emptyPostgresql() {
		EmbeddedPostgres postgres = server();
		String name = "taphuan_empty_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
		execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name + " OWNER " + USER);
		return postgres.getJdbcUrl(USER, name).replaceFirst("[?&]user=[^&]*", "");
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				// fsync is off (the library's -F) and commits are not waited for: a test
				// database is thrown away, and the tests need its speed, not durability
				server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the test PostgreSQL server", ex);
			}
			execute(server.getPostgresDatabase(), "CREATE ROLE " + USER + " SUPERUSER LOGIN");
			execute(server.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE + " OWNER " + USER);
			Flyway.configure()
				.dataSource(server.getJdbcUrl(USER, TEMPLATE), USER, "")
				.locations(flywayLocations("postgresql"))
				.javaMigrations(javaMigrations())
				.load()
				.migrate();
		}
		return server;
	}

	/**
	 * The migration folders of application.properties for a vendor: the template is
	 * migrated exactly as the application would migrate it.
	 */
	private static String[] flywayLocations(String vendor) {
		try {
			Properties application = PropertiesLoaderUtils
				.loadProperties(new ClassPathResource("application.properties"));
			return application.getProperty("spring.flyway.locations").replace("{vendor}", vendor).split(",");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The application's Java migrations: Spring beans that Spring Boot hands to Flyway,
	 * found here the same way, by scanning for them.
	 */
	private static JavaMigration[] javaMigrations() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(JavaMigration.class));
		return scanner.findCandidateComponents(TaphuanApplication.class.getPackageName())
			.stream()
			.map((candidate) -> BeanUtils.instantiateClass(
					ClassUtils.resolveClassName(candidate.getBeanClassName(), TestDatabase.class.getClassLoader()),
					JavaMigration.class))
			.toArray(JavaMigration[]::new);
	}

	private static void execute(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/**
	 * Points a {@link TaphuanIntegrationTest}'s context at a fresh PostgreSQL database
	 * when the tests run on PostgreSQL (on H2, application-test.properties gives each
	 * context a fresh file). It wins over a test's own {@code spring.datasource.url}: a
	 * test that sets one for H2's sake (say, a shared H2 file) gets PostgreSQL, which is
	 * shared anyway.
	 */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			if (postgresql()) {
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("taphuanTestDatabase", Map.of("spring.datasource.url", freshUrl(),
							"spring.datasource.username", USER, "spring.datasource.password", "")));
			}
		}

	}

	/** The Spring arguments that point a command at {@link #urlFor(Path)}. */
	static List<String> arguments(Path workDir) {
		return List.of("--spring.datasource.url=" + urlFor(workDir), "--spring.datasource.username=" + USER,
				"--spring.datasource.password=");
	}

}
