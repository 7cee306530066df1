package vn.congdoan.taphuan.intake;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of trainee rows, their unknown marks and their issues with JDBC batches,
 * inside the chunk's transaction (the same transaction that records the reader's
 * position, so a restart never writes a row twice), in its turn on the
 * {@link ImportWriteLane}.
 */
class TraineeRowWriter implements ItemWriter<TraineeRecord> {

	private static final String INSERT_ROW = """
			INSERT INTO trainee_row (submission_id, seq, sheet_no, row_no, accepted, full_name, name_key, name_folded,
			  birth_year, birth_date, gender, position_code, position_raw, unit_name, phone, cccd, note, marks,
			  days_present, identity_key, raw_cells, identity_hash, namesake_hash)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_MARK = """
			INSERT INTO trainee_mark_raw (submission_id, seq, day_no, raw_mark) VALUES (?, ?, ?, ?)
			""";

	private static final String INSERT_ISSUE = """
			INSERT INTO intake_issue (submission_id, seq, sheet_name, row_no, column_ref, code, severity, raw_value,
			  message)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final long submissionId;

	private final JdbcTemplate jdbc;

	private final ImportWriteLane lane;

	TraineeRowWriter(long submissionId, JdbcTemplate jdbc, ImportWriteLane lane) {
		this.submissionId = submissionId;
		this.jdbc = jdbc;
		this.lane = lane;
	}

	@Override
	public void write(Chunk<? extends TraineeRecord> chunk) {
		List<? extends TraineeRecord> records = chunk.getItems();
		if (records.isEmpty()) {
			return;
		}
		this.lane.enter();
		this.jdbc.batchUpdate(INSERT_ROW, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int index) throws SQLException {
				TraineeRecord record = records.get(index);
				statement.setLong(1, TraineeRowWriter.this.submissionId);
				statement.setInt(2, record.seq());
				statement.setInt(3, record.sheetNo());
				statement.setInt(4, record.rowNumber());
				statement.setBoolean(5, record.accepted());
				text(statement, 6, record.fullName(), 200);
				text(statement, 7, record.nameKey(), 200);
				text(statement, 8, record.nameFolded(), 200);
				integer(statement, 9, record.birthYear());
				if (record.birthDate() != null) {
					statement.setObject(10, record.birthDate());
				}
				else {
					statement.setNull(10, Types.DATE);
				}
				text(statement, 11, record.gender(), 1);
				text(statement, 12, record.positionCode(), 30);
				text(statement, 13, record.positionRaw(), 300);
				text(statement, 14, record.unitName(), 300);
				text(statement, 15, record.phone(), 30);
				text(statement, 16, record.cccd(), 30);
				text(statement, 17, record.note(), 500);
				statement.setString(18, record.marks());
				statement.setInt(19, record.daysPresent());
				text(statement, 20, record.identityKey(), 600);
				text(statement, 21, record.rawCells(), 4000);
				bigint(statement, 22, PersonFields.identityHash(SubmissionStore.truncate(record.identityKey(), 600)));
				bigint(statement, 23, PersonFields.namesakeHash(record.birthYear(), record.nameFolded()));
			}

			@Override
			public int getBatchSize() {
				return records.size();
			}

		});
		List<Object[]> marks = new ArrayList<>();
		List<Object[]> issues = new ArrayList<>();
		for (TraineeRecord record : records) {
			for (Map.Entry<Integer, String> mark : record.unknownMarks().entrySet()) {
				marks.add(new Object[] { this.submissionId, record.seq(), mark.getKey(),
						SubmissionStore.truncate(mark.getValue(), 100) });
			}
			for (ImportIssue issue : record.issues()) {
				issues.add(new Object[] { this.submissionId, record.seq(), issue.sheet(), issue.row(), issue.column(),
						issue.code().name(), issue.severity().name(), SubmissionStore.truncate(issue.value(), 500),
						SubmissionStore.truncate(issue.message(), 2000) });
			}
		}
		if (!marks.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_MARK, marks);
		}
		if (!issues.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_ISSUE, issues);
		}
	}

	private static void text(PreparedStatement statement, int index, String value, int length) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, SubmissionStore.truncate(value, length));
		}
	}

	private static void bigint(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}

	private static void integer(PreparedStatement statement, int index, Integer value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.INTEGER);
		}
		else {
			statement.setInt(index, value);
		}
	}

}
