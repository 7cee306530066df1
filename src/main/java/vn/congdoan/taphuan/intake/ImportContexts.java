package vn.congdoan.taphuan.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads what inspection stored about a submission, for the row step.
 */
@Component
class ImportContexts {

	private final JdbcClient jdbc;

	private final SubmissionStore submissions;

	private final ReceivedFiles receivedFiles;

	ImportContexts(JdbcClient jdbc, SubmissionStore submissions, ReceivedFiles receivedFiles) {
		this.jdbc = jdbc;
		this.submissions = submissions;
		this.receivedFiles = receivedFiles;
	}

	ImportContext load(long submissionId) {
		Submission submission = this.submissions.get(submissionId);
		Map<Integer, Map<Integer, ColumnRole>> columns = new HashMap<>();
		this.jdbc.sql("""
				SELECT sheet_no, column_no, field, day_no, header_text FROM submission_column
				WHERE submission_id = ? ORDER BY sheet_no, column_no
				""").param(submissionId).query((rs) -> {
			columns.computeIfAbsent(rs.getInt("sheet_no"), (key) -> new HashMap<>())
				.put(rs.getInt("column_no"),
						new ColumnRole(rs.getInt("column_no"), Field.valueOf(rs.getString("field")),
								(Integer) rs.getObject("day_no"), rs.getString("header_text")));
		});
		Map<Integer, List<CellRange>> merges = new HashMap<>();
		this.jdbc.sql("""
				SELECT sheet_no, first_row, last_row, first_column, last_column FROM submission_merge
				WHERE submission_id = ? ORDER BY sheet_no, first_row
				""").param(submissionId).query((rs) -> {
			merges.computeIfAbsent(rs.getInt("sheet_no"), (key) -> new ArrayList<>())
				.add(new CellRange(rs.getInt("first_row"), rs.getInt("last_row"), rs.getInt("first_column"),
						rs.getInt("last_column")));
		});
		List<SheetLayout> sheets = this.jdbc.sql("""
				SELECT sheet_no, sheet_name, first_data_row FROM submission_sheet
				WHERE submission_id = ? AND readable ORDER BY sheet_no
				""")
			.param(submissionId)
			.query((rs, row) -> new SheetLayout(rs.getInt("sheet_no"), rs.getString("sheet_name"),
					rs.getInt("first_data_row"), columns.getOrDefault(rs.getInt("sheet_no"), Map.of()),
					merges.getOrDefault(rs.getInt("sheet_no"), List.of())))
			.list();
		Map<String, Object> facts = this.jdbc.sql("""
				SELECT c.day_count, p.plan_year FROM training_class c JOIN plan p ON p.code = c.plan_code
				WHERE c.code = ?
				""").param(submission.classCode()).query().singleRow();
		Map<String, ImportContext.Line> seen = new HashMap<>();
		this.jdbc.sql("""
				SELECT t.identity_key, t.row_no, s.sheet_name FROM trainee_row t
				JOIN submission_sheet s ON s.submission_id = t.submission_id AND s.sheet_no = t.sheet_no
				WHERE t.submission_id = ? AND t.accepted AND t.identity_key IS NOT NULL ORDER BY t.seq
				""").param(submissionId).query((rs) -> {
			seen.putIfAbsent(rs.getString(1), new ImportContext.Line(rs.getInt(2), rs.getString(3)));
		});
		LegacyEncoding legacy = (submission.legacyEncoding() != null)
				? LegacyEncoding.valueOf(submission.legacyEncoding()) : null;
		return new ImportContext(submissionId, this.receivedFiles.path(submission.sha256()), submission.originalName(),
				sheets, ((Number) facts.get("day_count")).intValue(), legacy,
				((Number) facts.get("plan_year")).intValue(), seen);
	}

}
