package vn.congdoan.taphuan.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The last step of an import, in one transaction: counts (repeated trainees within the
 * file were already rejected row by row, see {@link TraineeRowProcessor}), rejects a file
 * without trainee rows, tallies the counted lines for reconcile
 * ({@code submission_tally}), and makes the submission the current one of its class and
 * ward — the previous one becomes REPLACED at the same instant, so readers never see both
 * or neither.
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
		Map<String, Object> counts = this.jdbc.sql("""
				SELECT COUNT(*) AS rows_read, COALESCE(SUM(CASE WHEN accepted THEN 1 ELSE 0 END), 0) AS accepted
				FROM trainee_row WHERE submission_id = ?
				""").param(this.submissionId).query().singleRow();
		int rowsRead = ((Number) counts.get("rows_read")).intValue();
		if (rowsRead == 0) {
			this.submissions.reject(this.submissionId, IssueCode.NO_ROWS, null);
			this.submissions.addIssue(this.submissionId, null, ImportIssue.file(IssueCode.NO_ROWS,
					"Có dòng tiêu đề nhưng không có học viên nào bên dưới. Điền danh sách học viên rồi gửi lại."));
			return RepeatStatus.FINISHED;
		}
		int accepted = ((Number) counts.get("accepted")).intValue();
		tally();
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
	 * Counts the list's lines once, while they are fresh, for every later reconcile
	 * ({@code submission_tally}).
	 */
	private void tally() {
		this.jdbc.sql("DELETE FROM submission_tally WHERE submission_id = ?").param(this.submissionId).update();
		this.jdbc.sql("""
				INSERT INTO submission_tally (submission_id, position_code, gender, marks, days_present, lines)
				SELECT submission_id, position_code, gender, marks, days_present, COUNT(*)
				FROM trainee_row
				WHERE submission_id = ? AND accepted AND identity_key IS NOT NULL
				GROUP BY submission_id, position_code, gender, marks, days_present
				""").param(this.submissionId).update();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).param(this.submissionId).query(Integer.class).single();
	}

}
