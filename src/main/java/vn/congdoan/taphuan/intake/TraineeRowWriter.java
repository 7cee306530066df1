package vn.congdoan.taphuan.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of trainee rows, their unknown marks and their issues with JDBC batches,
 * inside the chunk's transaction (the same transaction that records the reader's
 * position, so a restart never writes a row twice).
 */
class TraineeRowWriter implements ItemWriter<TraineeRecord> {

	private static final String INSERT_ROW = """
			INSERT INTO trainee_row (submission_id, seq, sheet_no, row_no, accepted, full_name, name_key, name_folded,
			  birth_year, birth_date, gender, position_code, position_raw, unit_name, phone, cccd, note, marks,
			  days_present, identity_key, raw_cells)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

	TraineeRowWriter(long submissionId, JdbcTemplate jdbc) {
		this.submissionId = submissionId;
		this.jdbc = jdbc;
	}

	@Override
	public void write(Chunk<? extends TraineeRecord> chunk) {
		List<Object[]> rows = new ArrayList<>(chunk.size());
		List<Object[]> marks = new ArrayList<>();
		List<Object[]> issues = new ArrayList<>();
		for (TraineeRecord record : chunk) {
			rows.add(new Object[] { this.submissionId, record.seq(), record.sheetNo(), record.rowNumber(),
					record.accepted(), SubmissionStore.truncate(record.fullName(), 200),
					SubmissionStore.truncate(record.nameKey(), 200), SubmissionStore.truncate(record.nameFolded(), 200),
					record.birthYear(), record.birthDate(), record.gender(), record.positionCode(),
					SubmissionStore.truncate(record.positionRaw(), 300),
					SubmissionStore.truncate(record.unitName(), 300), SubmissionStore.truncate(record.phone(), 30),
					SubmissionStore.truncate(record.cccd(), 30), SubmissionStore.truncate(record.note(), 500),
					record.marks(), record.daysPresent(), SubmissionStore.truncate(record.identityKey(), 600),
					SubmissionStore.truncate(record.rawCells(), 4000) });
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
		this.jdbc.batchUpdate(INSERT_ROW, rows);
		if (!marks.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_MARK, marks);
		}
		if (!issues.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_ISSUE, issues);
		}
	}

}
