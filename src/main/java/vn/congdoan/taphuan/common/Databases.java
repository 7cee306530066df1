package vn.congdoan.taphuan.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What the database is, for the few places that act differently on it.
 */
public final class Databases {

	private Databases() {
	}

	/**
	 * Whether only this process can have the database open: an embedded H2 file (not an
	 * H2 server, not {@code AUTO_SERVER=TRUE}, not PostgreSQL). Read from the URL the
	 * pool was configured with: H2's own metadata gives the URL without its settings, so
	 * {@code AUTO_SERVER=TRUE} cannot be seen there. False when the database cannot be
	 * asked.
	 */
	public static boolean embeddedH2(DataSource dataSource) {
		try {
			String url = configuredUrl(dataSource).toLowerCase(Locale.ROOT);
			return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
					&& !url.contains("auto_server=true");
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Whether the database is PostgreSQL (read from the configured URL, as
	 * {@link #embeddedH2}), where bulk loads go through {@code COPY}. False when the
	 * database cannot be asked.
	 */
	public static boolean postgresql(DataSource dataSource) {
		try {
			return configuredUrl(dataSource).toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * The JDBC URL the pool was configured with (with its settings, unlike the driver's
	 * metadata), or the driver's when there is no pool.
	 */
	public static String configuredUrl(DataSource dataSource) throws SQLException {
		if (dataSource.isWrapperFor(HikariDataSource.class)) {
			String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
			if (url != null) {
				return url;
			}
		}
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
	}

}
