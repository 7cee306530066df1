package vn.congdoan.taphuan.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of trainee rows (the engine's fastest way, {@link TraineeRowInserts}),
 * their unknown marks and their issues (JDBC batches: a few per file), inside the chunk's
 * transaction (the same transaction that records the reader's position, so a restart
 * never writes a row twice), in its turn on the {@link ImportWriteLane}.
 */
class TraineeRowWriter implements ItemWriter<TraineeRecord> {

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

	private final TraineeRowInserts rows;

	private final ImportWriteLane lane;

	TraineeRowWriter(long submissionId, JdbcTemplate jdbc, TraineeRowInserts rows, ImportWriteLane lane) {
		this.submissionId = submissionId;
		this.jdbc = jdbc;
		this.rows = rows;
		this.lane = lane;
	}

	@Override
	public void write(Chunk<? extends TraineeRecord> chunk) {
		List<? extends TraineeRecord> records = chunk.getItems();
		if (records.isEmpty()) {
			return;
		}
		this.lane.enter();
		this.rows.insert(this.submissionId, records);
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

}
