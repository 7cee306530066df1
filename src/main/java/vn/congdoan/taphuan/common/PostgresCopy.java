package vn.congdoan.taphuan.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's bulk load, {@code COPY … FROM STDIN} through the driver's
 * {@code CopyManager}, on the connection of the current transaction (a COPY is
 * transactional like an insert: rolled back, it leaves nothing), with values in COPY's
 * text format: a tab between columns, a line per row, {@code \N} for null, and backslash,
 * tab, line feed and carriage return escaped. PostgreSQL text cannot hold the character
 * U+0000 at all (a prepared insert fails on it too), so it is left out.
 */
public final class PostgresCopy {

	private PostgresCopy() {
	}

	/**
	 * Sends rows already in COPY's text format to a {@code COPY … FROM STDIN} on the
	 * current transaction's connection.
	 */
	public static long copyIn(JdbcTemplate jdbc, String copySql, CharSequence rows) {
		Long copied = jdbc
			.execute((ConnectionCallback<Long>) (Connection connection) -> copyIn(connection, copySql, rows));
		return (copied != null) ? copied : 0;
	}

	/** Sends rows already in COPY's text format to a {@code COPY … FROM STDIN}. */
	public static long copyIn(Connection connection, String copySql, CharSequence rows) throws SQLException {
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		try {
			return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			// reading a byte array does not fail; the driver declares it for streams
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends rows of values (see {@link #value}) to a {@code COPY … FROM STDIN}. */
	public static long copyRows(JdbcTemplate jdbc, String copySql, List<Object[]> rows) {
		return copyIn(jdbc, copySql, rows(rows));
	}

	/** Rows of values (see {@link #value}) in COPY's text format. */
	public static StringBuilder rows(List<Object[]> rows) {
		StringBuilder text = new StringBuilder(rows.size() * 128);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				value(text, row[i]);
			}
			text.append('\n');
		}
		return text;
	}

	/**
	 * One value in COPY's text format: null as {@code \N}, booleans as {@code t} or
	 * {@code f}, decimals without exponent, bytes as {@code \x} hex, dates, times and
	 * numbers as their ISO or plain text, anything else as escaped text.
	 */
	public static void value(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof String string) {
			text(text, string);
		}
		else if (value instanceof Boolean bool) {
			text.append(bool ? 't' : 'f');
		}
		else if (value instanceof BigDecimal decimal) {
			text.append(decimal.toPlainString());
		}
		else if (value instanceof byte[] bytes) {
			text.append("\\\\x");
			for (byte b : bytes) {
				text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
			}
		}
		else {
			text(text, value.toString());
		}
	}

	/** Text, escaped for COPY's text format. */
	public static void text(StringBuilder text, String value) {
		if (value == null) {
			text.append("\\N");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\u0000' -> {
				}
				default -> text.append(c);
			}
		}
	}

}
