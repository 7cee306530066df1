package vn.congdoan.taphuan.intake;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trainee rows as one JDBC batch of prepared inserts per chunk: H2's fastest way in
 * (about 80,000 rows/s on this project's machine, see README Performance).
 */
final class BatchedTraineeRows implements TraineeRowInserts {

	private static final String INSERT_ROW = "INSERT INTO trainee_row (" + COLUMNS
			+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	BatchedTraineeRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(long submissionId, List<? extends TraineeRecord> records) {
		this.jdbc.batchUpdate(INSERT_ROW, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int index) throws SQLException {
				TraineeRecord record = records.get(index);
				statement.setLong(1, submissionId);
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
