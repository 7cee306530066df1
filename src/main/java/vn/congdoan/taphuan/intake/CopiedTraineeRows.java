package vn.congdoan.taphuan.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trainee rows through PostgreSQL's {@code COPY … FROM STDIN} (the driver's
 * {@code CopyManager}), one COPY per chunk on the chunk's own connection and transaction:
 * the rows travel as one stream of text instead of one bound statement each, and a chunk
 * that fails or is rolled back leaves none of them (COPY is transactional like an insert;
 * row triggers fire for it too).
 * <p>
 * Values go in COPY's text format: tab between columns, {@code \N} for null, backslash,
 * tab, newline and carriage return escaped. PostgreSQL text cannot hold the character
 * U+0000 at all (a prepared insert fails on it too), so it is left out.
 */
final class CopiedTraineeRows implements TraineeRowInserts {

	private static final String COPY = "COPY trainee_row (" + COLUMNS + ") FROM STDIN";

	private final JdbcTemplate jdbc;

	CopiedTraineeRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(long submissionId, List<? extends TraineeRecord> records) {
		StringBuilder text = new StringBuilder(records.size() * 256);
		for (TraineeRecord record : records) {
			text.append(submissionId);
			number(text, record.seq());
			number(text, record.sheetNo());
			number(text, record.rowNumber());
			text.append('\t').append(record.accepted() ? 't' : 'f');
			text(text, record.fullName(), 200);
			text(text, record.nameKey(), 200);
			text(text, record.nameFolded(), 200);
			number(text, record.birthYear());
			text.append('\t');
			if (record.birthDate() != null) {
				text.append(record.birthDate()); // ISO yyyy-MM-dd
			}
			else {
				text.append("\\N");
			}
			text(text, record.gender(), 1);
			text(text, record.positionCode(), 30);
			text(text, record.positionRaw(), 300);
			text(text, record.unitName(), 300);
			text(text, record.phone(), 30);
			text(text, record.cccd(), 30);
			text(text, record.note(), 500);
			text(text, record.marks(), Integer.MAX_VALUE);
			number(text, record.daysPresent());
			text(text, record.identityKey(), 600);
			text(text, record.rawCells(), 4000);
			number(text, PersonFields.identityHash(SubmissionStore.truncate(record.identityKey(), 600)));
			number(text, PersonFields.namesakeHash(record.birthYear(), record.nameFolded()));
			text.append('\n');
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		this.jdbc.execute((ConnectionCallback<Long>) (Connection connection) -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(bytes));
			}
			catch (IOException ex) {
				// reading a byte array does not fail; the driver declares it for streams
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void number(StringBuilder text, int value) {
		text.append('\t').append(value);
	}

	private static void number(StringBuilder text, Number value) {
		text.append('\t');
		if (value != null) {
			text.append(value);
		}
		else {
			text.append("\\N");
		}
	}

	private static void text(StringBuilder text, String value, int length) {
		text.append('\t');
		if (value == null) {
			text.append("\\N");
			return;
		}
		String truncated = SubmissionStore.truncate(value, length);
		for (int i = 0; i < truncated.length(); i++) {
			char c = truncated.charAt(i);
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
