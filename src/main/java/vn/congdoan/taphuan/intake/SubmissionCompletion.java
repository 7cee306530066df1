package vn.congdoan.taphuan.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The last step of an import, in one transaction: rejects repeated trainees within the
 * file (naming the first row), counts, rejects a file without trainee rows, and makes the
 * submission the current one of its class and ward — the previous one becomes REPLACED at
 * the same instant, so readers never see both or neither.
 */
class SubmissionCompletion implements Tasklet {

	private final long submissionId;

	private final JdbcClient jdbc;

	private final SubmissionStore submissions;

	private final Clock clock;

	private final JdbcTemplate jdbcTemplate;

	SubmissionCompletion(long submissionId, JdbcClient jdbc, JdbcTemplate jdbcTemplate, SubmissionStore submissions,
			Clock clock) {
		this.submissionId = submissionId;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.submissions = submissions;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Submission submission = this.submissions.get(this.submissionId);
		// one completion at a time per class: serialises concurrent imports of the same
		// class and ward
		this.jdbc.sql("SELECT code FROM training_class WHERE code = ? FOR UPDATE")
			.param(submission.classCode())
			.query(String.class)
			.list();
		rejectDuplicates();
		int rowsRead = count("SELECT COUNT(*) FROM trainee_row WHERE submission_id = ?");
		if (rowsRead == 0) {
			this.submissions.reject(this.submissionId, IssueCode.NO_ROWS, null);
			this.submissions.addIssue(this.submissionId, null, ImportIssue.file(IssueCode.NO_ROWS,
					"Có dòng tiêu đề nhưng không có học viên nào bên dưới. Điền danh sách học viên rồi gửi lại."));
			return RepeatStatus.FINISHED;
		}
		int accepted = count("SELECT COUNT(*) FROM trainee_row WHERE submission_id = ? AND accepted");
		int warnings = count("SELECT COUNT(*) FROM intake_issue WHERE submission_id = ? AND severity = 'WARNING'");
		Long current = this.jdbc.sql("""
				SELECT id FROM submission
				WHERE class_code = ? AND unit_code = ? AND status = 'IMPORTED' AND id <> ?
				""")
			.params(submission.classCode(), submission.unitCode(), this.submissionId)
			.query(Long.class)
			.optional()
			.orElse(null);
		// the file received last counts, whichever import finishes last (imports may run
		// side by side)
		boolean newer = current == null || current < this.submissionId;
		if (current != null && newer) {
			this.jdbc.sql("UPDATE submission SET status = 'REPLACED', replaced_by_id = ? WHERE id = ?")
				.params(this.submissionId, current)
				.update();
		}
		this.jdbc.sql("""
				UPDATE submission SET status = ?, replaces_id = ?, replaced_by_id = ?, rows_read = ?, rows_accepted = ?,
				  rows_rejected = ?, warnings = ?, completed_at = ?
				WHERE id = ?
				""")
			.params(newer ? "IMPORTED" : "REPLACED", newer ? current : null, newer ? null : current, rowsRead, accepted,
					rowsRead - accepted, warnings, OffsetDateTime.now(this.clock), this.submissionId)
			.update();
		return RepeatStatus.FINISHED;
	}

	/**
	 * A person listed twice in one file: every later row is rejected and names the first.
	 * One pass over the submission's rows in order; the map of identities seen is bounded
	 * by the per-file row limit.
	 */
	private void rejectDuplicates() {
		Map<String, Line> first = new HashMap<>();
		List<Object[]> issues = new ArrayList<>();
		List<Object[]> rejected = new ArrayList<>();
		this.jdbc
			.sql("""
					SELECT t.seq, t.row_no, t.identity_key, t.full_name, s.sheet_name
					FROM trainee_row t JOIN submission_sheet s ON s.submission_id = t.submission_id AND s.sheet_no = t.sheet_no
					WHERE t.submission_id = ? AND t.accepted AND t.identity_key IS NOT NULL
					ORDER BY t.seq
					""")
			.param(this.submissionId)
			.query((rs) -> {
				Line line = new Line(rs.getInt("seq"), rs.getInt("row_no"), rs.getString("sheet_name"));
				Line earlier = first.putIfAbsent(rs.getString("identity_key"), line);
				if (earlier != null) {
					String name = rs.getString("full_name");
					issues.add(new Object[] { this.submissionId, line.seq(), line.sheet(), line.row(), null,
							IssueCode.DUPLICATE_ROW.name(), IssueCode.DUPLICATE_ROW.severity().name(), name,
							"Trùng với dòng " + earlier.row() + " (trang " + earlier.sheet() + "): cùng người " + name
									+ " được ghi hai lần. Xóa dòng này, hoặc ghi CCCD nếu là hai người khác nhau." });
					rejected.add(new Object[] { this.submissionId, line.seq() });
				}
			});
		if (!issues.isEmpty()) {
			this.jdbcTemplate.batchUpdate("""
					INSERT INTO intake_issue (submission_id, seq, sheet_name, row_no, column_ref, code, severity,
					  raw_value, message)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", issues);
			this.jdbcTemplate.batchUpdate("UPDATE trainee_row SET accepted = FALSE WHERE submission_id = ? AND seq = ?",
					rejected);
		}
	}

	private record Line(int seq, int row, String sheet) {
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).param(this.submissionId).query(Integer.class).single();
	}

}
