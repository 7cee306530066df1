package vn.congdoan.taphuan.intake;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.taphuan.common.Databases;

/**
 * How a chunk's trainee rows reach {@code trainee_row}: the engine's fastest way in, on
 * the chunk's own transaction (the one that also records the reader's position), so that
 * a chunk is stored whole or not at all and a restart never stores a row twice.
 * PostgreSQL: {@code COPY … FROM STDIN}; H2 and others: JDBC batches of prepared inserts.
 */
interface TraineeRowInserts {

	/** The columns every implementation fills, in this order. */
	String COLUMNS = """
			submission_id, seq, sheet_no, row_no, accepted, full_name, name_key, name_folded, birth_year, birth_date,
			gender, position_code, position_raw, unit_name, phone, cccd, note, marks, days_present, identity_key,
			raw_cells, identity_hash, namesake_hash""";

	/** Stores the rows of one chunk of a submission, inside the current transaction. */
	void insert(long submissionId, List<? extends TraineeRecord> records);

	/** The fastest way in for the application's database. */
	static TraineeRowInserts of(JdbcTemplate jdbc) {
		return Databases.postgresql(jdbc.getDataSource()) ? new CopiedTraineeRows(jdbc) : new BatchedTraineeRows(jdbc);
	}

}
