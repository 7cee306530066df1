package vn.congdoan.taphuan.wardkit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.Submission;
import vn.congdoan.taphuan.intake.SubmissionStatus;

/**
 * What an import stored about a submission, read back for feedback: the submission, its
 * issues and the layout inspection found in each readable sheet (tables of
 * {@code V10__intake.sql}).
 */
@Component
class SubmissionRecords {

	private final JdbcClient jdbc;

	SubmissionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Submission> find(long id) {
		return this.jdbc
			.sql("""
					SELECT id, sha256, original_name, original_path, received_at, received_by, requested_plan, requested_class,
					       requested_ward, request_source, assigned_by, plan_code, class_code, unit_code, file_format,
					       legacy_encoding, status, reject_code, replaces_id, rows_read, rows_accepted, rows_rejected, warnings
					FROM submission WHERE id = ?
					""")
			.param(id)
			.query(SubmissionRecords::submission)
			.optional();
	}

	/**
	 * The current (IMPORTED) submission of each ward of a class, or of one ward, in ward
	 * order.
	 */
	List<Long> current(String classCode, String wardCode) {
		return this.jdbc.sql("""
				SELECT id FROM submission
				WHERE class_code = :class AND status = 'IMPORTED'
				  AND (CAST(:ward AS VARCHAR) IS NULL OR unit_code = :ward)
				ORDER BY unit_code, id
				""").param("class", classCode).param("ward", wardCode).query(Long.class).list();
	}

	List<ImportIssue> issues(long id) {
		return this.jdbc.sql("""
				SELECT sheet_name, row_no, column_ref, code, severity, message, raw_value
				FROM intake_issue WHERE submission_id = ?
				ORDER BY CASE WHEN row_no IS NULL THEN 0 ELSE 1 END, sheet_name, row_no, id
				""")
			.param(id)
			.query((rs, row) -> new ImportIssue(rs.getString("sheet_name"), (Integer) rs.getObject("row_no"),
					rs.getString("column_ref"), IssueCode.valueOf(rs.getString("code")),
					IssueCode.Severity.valueOf(rs.getString("severity")), rs.getString("message"),
					rs.getString("raw_value")))
			.list();
	}

	/** The sheets inspection could read, with the field of each column. */
	List<FeedbackSheet> readableSheets(long id) {
		Map<Integer, Map<Integer, String>> fields = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT sheet_no, column_no, field FROM submission_column
				WHERE submission_id = ? ORDER BY sheet_no, column_no
				""").param(id).query((rs) -> {
			fields.computeIfAbsent(rs.getInt("sheet_no"), (sheet) -> new LinkedHashMap<>())
				.put(rs.getInt("column_no"), rs.getString("field"));
		});
		List<FeedbackSheet> sheets = new ArrayList<>();
		this.jdbc.sql("""
				SELECT s.sheet_no, s.sheet_name, s.header_row, s.first_data_row,
				       (SELECT MAX(t.row_no) FROM trainee_row t
				        WHERE t.submission_id = s.submission_id AND t.sheet_no = s.sheet_no) AS last_row
				FROM submission_sheet s
				WHERE s.submission_id = ? AND s.readable ORDER BY s.sheet_no
				""").param(id).query((rs) -> {
			int sheetNo = rs.getInt("sheet_no");
			sheets.add(new FeedbackSheet(sheetNo, rs.getString("sheet_name"), rs.getInt("header_row"),
					rs.getInt("first_data_row"), rs.getInt("last_row"), fields.getOrDefault(sheetNo, Map.of())));
		});
		return sheets;
	}

	private static Submission submission(ResultSet rs, int row) throws SQLException {
		ImportRequest request = new ImportRequest(rs.getString("requested_plan"), rs.getString("requested_class"),
				rs.getString("requested_ward"), ImportRequest.Source.valueOf(rs.getString("request_source")),
				rs.getString("received_by"));
		return new Submission(rs.getLong("id"), rs.getString("sha256"), rs.getString("original_name"),
				rs.getString("original_path"), rs.getObject("received_at", OffsetDateTime.class),
				rs.getString("received_by"), request, rs.getString("plan_code"), rs.getString("class_code"),
				rs.getString("unit_code"), rs.getString("assigned_by"), rs.getString("file_format"),
				rs.getString("legacy_encoding"), SubmissionStatus.valueOf(rs.getString("status")),
				rs.getString("reject_code"), rs.getObject("replaces_id", Long.class), rs.getInt("rows_read"),
				rs.getInt("rows_accepted"), rs.getInt("rows_rejected"), rs.getInt("warnings"));
	}

}
