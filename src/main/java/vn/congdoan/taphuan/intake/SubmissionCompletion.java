package vn.congdoan.taphuan.intake;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
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

	SubmissionCompletion(long submissionId, JdbcClient jdbc, SubmissionStore submissions, Clock clock) {
		this.submissionId = submissionId;
		this.jdbc = jdbc;
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
		Long previous = this.jdbc.sql("""
				SELECT id FROM submission
				WHERE class_code = ? AND unit_code = ? AND status = 'IMPORTED' AND id <> ?
				""")
			.params(submission.classCode(), submission.unitCode(), this.submissionId)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (previous != null) {
			this.jdbc.sql("UPDATE submission SET status = 'REPLACED', replaced_by_id = ? WHERE id = ?")
				.params(this.submissionId, previous)
				.update();
		}
		this.jdbc.sql("""
				UPDATE submission SET status = 'IMPORTED', replaces_id = ?, rows_read = ?, rows_accepted = ?,
				  rows_rejected = ?, warnings = ?, completed_at = ?
				WHERE id = ?
				""")
			.params(previous, rowsRead, accepted, rowsRead - accepted, warnings, OffsetDateTime.now(this.clock),
					this.submissionId)
			.update();
		return RepeatStatus.FINISHED;
	}

	/**
	 * A person listed twice in one file: every later row is rejected and names the first.
	 */
	private void rejectDuplicates() {
		this.jdbc.sql("""
				INSERT INTO intake_issue (submission_id, seq, sheet_name, row_no, column_ref, code, severity, raw_value,
				  message)
				SELECT later.submission_id, later.seq, sl.sheet_name, later.row_no, NULL, 'DUPLICATE_ROW', 'ERROR',
				       later.full_name,
				       'Trùng với dòng ' || first.row_no || ' (trang ' || sf.sheet_name || '): cùng người ' ||
				       later.full_name || ' được ghi hai lần. Xóa dòng này, hoặc ghi CCCD nếu là hai người khác nhau.'
				FROM trainee_row later
				JOIN trainee_row first ON first.submission_id = later.submission_id
				  AND first.identity_key = later.identity_key
				  AND first.seq = (SELECT MIN(x.seq) FROM trainee_row x
				                   WHERE x.submission_id = later.submission_id AND x.identity_key = later.identity_key
				                     AND x.accepted)
				JOIN submission_sheet sl ON sl.submission_id = later.submission_id AND sl.sheet_no = later.sheet_no
				JOIN submission_sheet sf ON sf.submission_id = first.submission_id AND sf.sheet_no = first.sheet_no
				WHERE later.submission_id = ? AND later.accepted AND later.seq > first.seq
				""").param(this.submissionId).update();
		this.jdbc.sql("""
				UPDATE trainee_row SET accepted = FALSE
				WHERE submission_id = ? AND accepted AND seq IN (
				  SELECT seq FROM intake_issue WHERE submission_id = ? AND code = 'DUPLICATE_ROW')
				""").params(this.submissionId, this.submissionId).update();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).param(this.submissionId).query(Integer.class).single();
	}

}
