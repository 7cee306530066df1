package vn.congdoan.taphuan.ops;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.Databases;
import vn.congdoan.taphuan.common.PostgresCopy;
import vn.congdoan.taphuan.common.UserInputException;

/**
 * Copies the whole application database — plans, submissions with their archived files'
 * references, trainee rows, findings with their acknowledgements, reconcile runs, Spring
 * Batch's job repository (so {@code runs} keeps its history), deliveries, settlements —
 * into an empty PostgreSQL or H2 database, which it first migrates with Flyway to the
 * same version. The move from the embedded H2 file to PostgreSQL without losing anything.
 * <p>
 * Everything is read in one transaction of the source (one consistent picture) and
 * written in one transaction of the target, which commits only when every table holds as
 * many rows as the source's: a copy that fails leaves the target with the schema and no
 * rows, ready for another try. Tables go in the order of their foreign keys; a column
 * that refers to its own table (a submission's {@code replaced_by_id}) is filled once its
 * table is in. Sequences continue from the source's next value and identity columns after
 * the highest id copied, so new rows never collide with copied ones. On PostgreSQL rows
 * go in by {@code COPY}.
 */
@Component
public class DatabaseCopy {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseCopy.class);

	private static final String FLYWAY_HISTORY = "flyway_schema_history";

	/**
	 * Tables whose rows the migrations themselves insert (V40's job locks, V60's national
	 * units): replaced by the source's rows, which an administrator may have edited.
	 */
	private static final Set<String> SEEDED = Set.of("ops_job_lock", "national_unit");

	private static final int BATCH = 5000;

	private final DataSource dataSource;

	private final String flywayLocations;

	private final ObjectProvider<JavaMigration> javaMigrations;

	DatabaseCopy(DataSource dataSource, @Value("${spring.flyway.locations}") String flywayLocations,
			ObjectProvider<JavaMigration> javaMigrations) {
		this.dataSource = dataSource;
		this.flywayLocations = flywayLocations;
		this.javaMigrations = javaMigrations;
	}

	/** Rows of one table in the source and, after the copy, in the target. */
	public record TableCount(String table, long source, long target) {
	}

	/**
	 * What was copied where.
	 *
	 * @param target the target's URL without its parameters (which may hold a password)
	 * @param engine {@code postgresql} or {@code h2}
	 * @param version the schema version both databases are at
	 * @param tables the tables in the order they were copied
	 */
	public record Result(String target, String engine, String version, List<TableCount> tables) {

		public long rows() {
			return this.tables.stream().mapToLong(TableCount::target).sum();
		}

	}

	/**
	 * Copies everything into the empty database at {@code url}.
	 * @throws UserInputException when the target is not PostgreSQL or H2, is this
	 * database, cannot be opened, is not empty or is at a newer schema version (nothing
	 * is changed)
	 */
	public Result copyTo(String url, String user, String password) {
		Engine engine = Engine.of(url);
		String source = sourceUrl();
		if (withoutParameters(source).equalsIgnoreCase(withoutParameters(url))) {
			throw new UserInputException("Đích là chính cơ sở dữ liệu đang dùng (" + withoutParameters(url)
					+ "): hãy chỉ một cơ sở dữ liệu khác, trống.");
		}
		try (Connection target = open(url, user, password, engine)) {
			refuseIfNotEmpty(target, url);
			migrate(url, user, password, engine);
			try (Connection from = this.dataSource.getConnection()) {
				return copy(from, target, url, engine);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Copy to " + withoutParameters(url) + " failed: " + ex.getMessage(), ex);
		}
	}

	private String sourceUrl() {
		try {
			return Databases.configuredUrl(this.dataSource);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the source database's URL", ex);
		}
	}

	private static Connection open(String url, String user, String password, Engine engine) {
		Properties properties = new Properties();
		String login = (user != null && !user.isBlank()) ? user : engine.defaultUser;
		if (login != null) {
			properties.setProperty("user", login);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		try {
			return DriverManager.getConnection(url, properties);
		}
		catch (SQLException ex) {
			throw new UserInputException("Không mở được cơ sở dữ liệu đích " + withoutParameters(url) + ": "
					+ ex.getMessage() + ". Kiểm tra địa chỉ, --user và --password (hoặc PGUSER, PGPASSWORD).");
		}
	}

	/**
	 * A target with any row in any table, or with tables Flyway did not make, is refused.
	 */
	private static void refuseIfNotEmpty(Connection target, String url) throws SQLException {
		List<String> tables = tables(target);
		if (tables.isEmpty()) {
			return;
		}
		if (!tables.contains(FLYWAY_HISTORY)) {
			throw new UserInputException("Cơ sở dữ liệu đích " + withoutParameters(url)
					+ " không trống: đã có bảng không phải của taphuan (ví dụ " + tables.get(0)
					+ "). Hãy tạo một cơ sở dữ liệu mới, trống, rồi chạy lại.");
		}
		List<String> withRows = new ArrayList<>();
		for (String table : tables) {
			if (!table.equals(FLYWAY_HISTORY) && !SEEDED.contains(table) && count(target, table) > 0) {
				withRows.add(table);
			}
		}
		if (!withRows.isEmpty()) {
			throw new UserInputException("Cơ sở dữ liệu đích " + withoutParameters(url)
					+ " không trống: đã có dữ liệu, không chép đè. Hãy tạo một cơ sở dữ liệu mới, trống, rồi chạy lại.",
					withRows.stream().map((table) -> "bảng " + table + " đã có dữ liệu").toList());
		}
	}

	/** Brings the target's schema to this version, as the application would on start. */
	private void migrate(String url, String user, String password, Engine engine) {
		String login = (user != null && !user.isBlank()) ? user : engine.defaultUser;
		try {
			Flyway.configure()
				.dataSource(url, login, password)
				.locations(this.flywayLocations.replace("{vendor}", engine.vendor).split(","))
				.javaMigrations(this.javaMigrations.orderedStream().toArray(JavaMigration[]::new))
				.load()
				.migrate();
		}
		catch (FlywayException ex) {
			throw new UserInputException("Không tạo được lược đồ taphuan trong cơ sở dữ liệu đích "
					+ withoutParameters(url) + " (có thể nó thuộc một phiên bản taphuan mới hơn): " + ex.getMessage());
		}
	}

	private Result copy(Connection from, Connection to, String url, Engine engine) throws SQLException {
		from.setAutoCommit(false);
		from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		from.setReadOnly(true);
		to.setAutoCommit(false);
		try {
			String version = schemaVersion(from);
			String targetVersion = schemaVersion(to);
			if (!version.equals(targetVersion)) {
				throw new UserInputException("Cơ sở dữ liệu đích ở phiên bản lược đồ " + targetVersion
						+ ", cơ sở dữ liệu đang dùng ở " + version + ": hãy dùng cùng một bản taphuan cho cả hai.");
			}
			Set<String> targetTables = new TreeSet<>(tables(to));
			List<String> sourceTables = new ArrayList<>(tables(from));
			sourceTables.remove(FLYWAY_HISTORY);
			List<String> order = inForeignKeyOrder(to, sourceTables);
			List<TableCount> counts = new ArrayList<>();
			for (String table : order) {
				if (!targetTables.contains(table)) {
					throw new UserInputException("Bảng " + table + " không có trong cơ sở dữ liệu đích: "
							+ "hai cơ sở dữ liệu không cùng phiên bản lược đồ.");
				}
				if (SEEDED.contains(table)) {
					try (Statement delete = to.createStatement()) {
						delete.executeUpdate("DELETE FROM " + table);
					}
				}
				long copied = copyTable(from, to, table, engine);
				logger.info("Copied {} rows of {}", copied, table);
			}
			List<String> mismatches = new ArrayList<>();
			for (String table : order) {
				TableCount count = new TableCount(table, count(from, table), count(to, table));
				counts.add(count);
				if (count.source() != count.target()) {
					mismatches.add(table + ": " + count.source() + " -> " + count.target());
				}
			}
			if (!mismatches.isEmpty()) {
				throw new IllegalStateException("Row counts differ after the copy: " + mismatches);
			}
			// after the check: H2 commits the transaction on these statements
			continueSequences(from, to, engine);
			continueIdentities(to, order);
			to.commit();
			return new Result(withoutParameters(url), engine.vendor, version, counts);
		}
		catch (RuntimeException | SQLException ex) {
			to.rollback();
			throw ex;
		}
		finally {
			from.rollback();
			from.setReadOnly(false);
			from.setAutoCommit(true);
		}
	}

	private long copyTable(Connection from, Connection to, String table, Engine engine) throws SQLException {
		Set<String> selfReferences = selfReferences(to, table);
		List<String> primaryKey = primaryKey(to, table);
		List<Object[]> selfReferenceValues = new ArrayList<>();
		long rows = 0;
		try (Statement select = from.createStatement()) {
			select.setFetchSize(1000);
			try (ResultSet rs = select.executeQuery("SELECT * FROM " + table)) {
				ResultSetMetaData meta = rs.getMetaData();
				int columns = meta.getColumnCount();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
				}
				RowSink sink = (engine == Engine.POSTGRESQL) ? new CopySink(to, table, names)
						: new InsertSink(to, table, names);
				while (rs.next()) {
					Object[] row = new Object[columns];
					for (int i = 1; i <= columns; i++) {
						row[i - 1] = read(rs, i, meta.getColumnType(i), meta.getColumnTypeName(i));
					}
					if (!selfReferences.isEmpty()) {
						Object[] references = new Object[selfReferences.size() + primaryKey.size()];
						int k = 0;
						boolean any = false;
						for (String column : selfReferences) {
							int index = names.indexOf(column);
							references[k++] = row[index];
							any |= row[index] != null;
							row[index] = null;
						}
						for (String column : primaryKey) {
							references[k++] = row[names.indexOf(column)];
						}
						if (any) {
							selfReferenceValues.add(references);
						}
					}
					sink.add(row);
					rows++;
				}
				sink.finish();
			}
		}
		if (!selfReferenceValues.isEmpty()) {
			String set = String.join(", ", selfReferences.stream().map((column) -> column + " = ?").toList());
			String where = String.join(" AND ", primaryKey.stream().map((column) -> column + " = ?").toList());
			try (PreparedStatement update = to
				.prepareStatement("UPDATE " + table + " SET " + set + " WHERE " + where)) {
				for (Object[] values : selfReferenceValues) {
					for (int i = 0; i < values.length; i++) {
						update.setObject(i + 1, values[i]);
					}
					update.addBatch();
				}
				update.executeBatch();
			}
		}
		return rows;
	}

	/** A value as the same Java type whichever engine it comes from. */
	private static Object read(ResultSet rs, int i, int type, String typeName) throws SQLException {
		Object value = switch (type) {
			case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
					Types.LONGNVARCHAR, Types.NCLOB ->
				rs.getString(i);
			case Types.BIGINT -> rs.getLong(i);
			case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getInt(i);
			case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(i);
			case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getDouble(i);
			case Types.DATE -> rs.getObject(i, LocalDate.class);
			case Types.TIME -> rs.getObject(i, LocalTime.class);
			case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
			case Types.TIMESTAMP -> typeName.toLowerCase(Locale.ROOT).contains("tz")
					|| typeName.toLowerCase(Locale.ROOT).contains("time zone") ? rs.getObject(i, OffsetDateTime.class)
							: rs.getObject(i, LocalDateTime.class);
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(i);
			default -> rs.getObject(i);
		};
		return rs.wasNull() ? null : value;
	}

	/** Sequences continue where the source's would have. */
	private static void continueSequences(Connection from, Connection to, Engine engine) throws SQLException {
		Map<String, Long> next = nextSequenceValues(from);
		Set<String> targetSequences = sequenceNames(to);
		for (Map.Entry<String, Long> sequence : next.entrySet()) {
			if (targetSequences.contains(sequence.getKey())) {
				try (Statement statement = to.createStatement()) {
					statement.execute("ALTER SEQUENCE " + sequence.getKey() + " RESTART WITH " + sequence.getValue());
				}
			}
		}
	}

	private static Map<String, Long> nextSequenceValues(Connection connection) throws SQLException {
		Map<String, Long> next = new TreeMap<>();
		boolean postgresql = connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("postgres");
		String sql = postgresql ? """
				SELECT sequencename, COALESCE(last_value + increment_by, start_value) FROM pg_sequences
				WHERE schemaname = current_schema()
				""" : """
				SELECT sequence_name, base_value FROM information_schema.sequences
				WHERE sequence_schema = current_schema()
				""";
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				next.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
			}
		}
		return next;
	}

	private static Set<String> sequenceNames(Connection connection) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = current_schema()")) {
			while (rs.next()) {
				names.add(rs.getString(1).toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

	/** Identity columns continue after the highest id copied. */
	private static void continueIdentities(Connection to, List<String> tables) throws SQLException {
		for (String table : tables) {
			List<String> identities = new ArrayList<>();
			try (Statement statement = to.createStatement();
					ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
				ResultSetMetaData meta = rs.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					if (meta.isAutoIncrement(i)) {
						identities.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
					}
				}
			}
			for (String column : identities) {
				Long max;
				try (Statement statement = to.createStatement();
						ResultSet rs = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
					rs.next();
					max = (Long) rs.getObject(1, Long.class);
				}
				if (max != null) {
					try (Statement statement = to.createStatement()) {
						statement
							.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (max + 1));
					}
				}
			}
		}
	}

	/** The tables, parents before the tables whose foreign keys point at them. */
	private static List<String> inForeignKeyOrder(Connection connection, List<String> tables) throws SQLException {
		Map<String, Set<String>> parents = new TreeMap<>();
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		for (String table : tables) {
			Set<String> references = new TreeSet<>();
			try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
				while (keys.next()) {
					String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!parent.equals(table) && tables.contains(parent)) {
						references.add(parent);
					}
				}
			}
			parents.put(table, references);
		}
		List<String> order = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < parents.size()) {
			boolean progress = false;
			for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
				if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
					placed.add(table.getKey());
					order.add(table.getKey());
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("Foreign keys form a cycle among " + parents.keySet());
			}
		}
		return order;
	}

	private static Set<String> selfReferences(Connection connection, String table) throws SQLException {
		Set<String> columns = new TreeSet<>();
		try (ResultSet keys = connection.getMetaData().getImportedKeys(null, connection.getSchema(), table)) {
			while (keys.next()) {
				if (keys.getString("PKTABLE_NAME").equalsIgnoreCase(table)) {
					columns.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		return columns;
	}

	private static List<String> primaryKey(Connection connection, String table) throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), table)) {
			while (keys.next()) {
				columns.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return new ArrayList<>(columns.values());
	}

	/**
	 * The application's tables in the connection's schema (Flyway's history left out).
	 */
	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type IN ('BASE TABLE', 'TABLE')
				ORDER BY table_name
				"""); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
			}
		}
		return tables;
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT version FROM " + FLYWAY_HISTORY
						+ " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC")) {
			return rs.next() ? rs.getString(1) : "";
		}
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** A JDBC URL without its parameters, which may carry a password. */
	static String withoutParameters(String url) {
		int query = url.indexOf('?');
		int h2Settings = url.startsWith("jdbc:h2:") ? url.indexOf(';') : -1;
		int end = (query >= 0) ? query : (h2Settings >= 0) ? h2Settings : url.length();
		return url.substring(0, end);
	}

	/** Where rows of one table go. */
	private interface RowSink {

		void add(Object[] row) throws SQLException;

		void finish() throws SQLException;

	}

	/** PostgreSQL: {@code COPY} in batches. */
	private static final class CopySink implements RowSink {

		private final Connection connection;

		private final String copy;

		private final List<Object[]> batch = new ArrayList<>(BATCH);

		CopySink(Connection connection, String table, List<String> columns) {
			this.connection = connection;
			this.copy = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
		}

		@Override
		public void add(Object[] row) throws SQLException {
			this.batch.add(row);
			if (this.batch.size() == BATCH) {
				finish();
			}
		}

		@Override
		public void finish() throws SQLException {
			if (this.batch.isEmpty()) {
				return;
			}
			PostgresCopy.copyIn(this.connection, this.copy, PostgresCopy.rows(this.batch));
			this.batch.clear();
		}

	}

	/** Other engines: JDBC batches of inserts. */
	private static final class InsertSink implements RowSink {

		private final PreparedStatement insert;

		private int pending;

		InsertSink(Connection connection, String table, List<String> columns) throws SQLException {
			this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
					+ ") VALUES (" + String.join(", ", columns.stream().map((column) -> "?").toList()) + ")");
		}

		@Override
		public void add(Object[] row) throws SQLException {
			for (int i = 0; i < row.length; i++) {
				this.insert.setObject(i + 1, row[i]);
			}
			this.insert.addBatch();
			if (++this.pending == BATCH) {
				this.insert.executeBatch();
				this.pending = 0;
			}
		}

		@Override
		public void finish() throws SQLException {
			if (this.pending > 0) {
				this.insert.executeBatch();
			}
			this.insert.close();
		}

	}

	/** The engines a copy can go to. */
	private enum Engine {

		POSTGRESQL("postgresql", null), H2("h2", "sa");

		final String vendor;

		final String defaultUser;

		Engine(String vendor, String defaultUser) {
			this.vendor = vendor;
			this.defaultUser = defaultUser;
		}

		static Engine of(String url) {
			String lower = url.toLowerCase(Locale.ROOT);
			if (lower.startsWith("jdbc:postgresql:")) {
				return POSTGRESQL;
			}
			if (lower.startsWith("jdbc:h2:")) {
				return H2;
			}
			throw new UserInputException("Đích phải là một cơ sở dữ liệu PostgreSQL (jdbc:postgresql://máy:5432/tên) "
					+ "hoặc H2 (jdbc:h2:file:...), không phải " + withoutParameters(url) + ".");
		}

	}

}
