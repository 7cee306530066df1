package vn.congdoan.taphuan.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * What the database is, for the few places that act differently on it.
 */
public final class Databases {

	private Databases() {
	}

	/**
	 * Whether only this process can have the database open: an embedded H2 file (not an
	 * H2 server, not {@code AUTO_SERVER=TRUE}, not PostgreSQL). False when the database
	 * cannot be asked.
	 */
	public static boolean embeddedH2(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
			return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
					&& !url.contains("auto_server=true");
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
