package vn.congdoan.taphuan.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Submissions, their layout and their issues in the database.
 */
@Component
class SubmissionStore {

	private static final String SELECT = """
			SELECT id, sha256, original_name, original_path, received_at, received_by, requested_plan, requested_class,
			       requested_ward, request_source, assigned_by, plan_code, class_code, unit_code, file_format, legacy_encoding, status,
			       reject_code, replaces_id, rows_read, rows_accepted, rows_rejected, warnings
			FROM submission
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	SubmissionStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Submission get(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?").param(id).query(SubmissionStore::map).single();
	}

	/**
	 * The current submission holding these bytes (for the given class and ward, when
	 * given).
	 */
	Optional<Submission> currentWithBytes(String sha256, String classCode, String wardCode) {
		return this.jdbc.sql(SELECT + """
				 WHERE sha256 = :sha AND status = 'IMPORTED'
				   AND (CAST(:class AS VARCHAR) IS NULL OR class_code = :class)
				   AND (CAST(:ward AS VARCHAR) IS NULL OR unit_code = :ward)
				 ORDER BY id DESC
				""")
			.param("sha", sha256)
			.param("class", classCode)
			.param("ward", wardCode)
			.query(SubmissionStore::map)
			.list()
			.stream()
			.findFirst();
	}

	/** An interrupted import of the same bytes with the same request, to resume. */
	Optional<Submission> interrupted(String sha256, ImportRequest request) {
		return this.jdbc.sql(SELECT + """
				 WHERE sha256 = :sha AND status = 'IMPORTING'
				   AND COALESCE(requested_plan, '') = :plan AND COALESCE(requested_class, '') = :class
				   AND COALESCE(requested_ward, '') = :ward
				 ORDER BY id DESC
				""")
			.param("sha", sha256)
			.param("plan", nullToEmpty(request.planCode()))
			.param("class", nullToEmpty(request.classCode()))
			.param("ward", nullToEmpty(request.wardCode()))
			.query(SubmissionStore::map)
			.list()
			.stream()
			.findFirst();
	}

	long create(String sha256, String originalName, String originalPath, ImportRequest request) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO submission (sha256, original_name, original_path, received_at, received_by, requested_plan,
				  requested_class, requested_ward, request_source, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORTING')
				""")
			.params(sha256, originalName, originalPath, OffsetDateTime.now(this.clock), request.receivedBy(),
					request.planCode(), request.classCode(), request.wardCode(), request.source().name())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void assign(long id, String planCode, String classCode, String unitCode, String assignedBy, String format,
			String legacyEncoding) {
		this.jdbc.sql("""
				UPDATE submission SET plan_code = ?, class_code = ?, unit_code = ?, assigned_by = ?, file_format = ?,
				  legacy_encoding = ?
				WHERE id = ?
				""").params(planCode, classCode, unitCode, assignedBy, format, legacyEncoding, id).update();
	}

	void reject(long id, IssueCode code, String format) {
		this.jdbc.sql("""
				UPDATE submission SET status = 'REJECTED', reject_code = ?, file_format = COALESCE(?, file_format),
				  rows_read = 0, rows_accepted = 0, rows_rejected = 0, warnings = 0, completed_at = ?
				WHERE id = ?
				""").params(code.name(), format, OffsetDateTime.now(this.clock), id).update();
	}

	void addIssue(long id, Integer seq, ImportIssue issue) {
		this.jdbc.sql("""
				INSERT INTO intake_issue (submission_id, seq, sheet_name, row_no, column_ref, code, severity, raw_value,
				  message)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, seq, issue.sheet(), issue.row(), issue.column(), issue.code().name(), issue.severity().name(),
					truncate(issue.value(), 500), truncate(issue.message(), 2000))
			.update();
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

	void saveSheet(long id, int sheetNo, String name, Integer headerRow, Integer firstDataRow, boolean readable) {
		this.jdbc.sql("""
				INSERT INTO submission_sheet (submission_id, sheet_no, sheet_name, header_row, first_data_row, readable)
				VALUES (?, ?, ?, ?, ?, ?)
				""").params(id, sheetNo, truncate(name, 200), headerRow, firstDataRow, readable).update();
	}

	void saveColumn(long id, int sheetNo, int column, Field field, Integer dayNo, String headerText) {
		this.jdbc.sql("""
				INSERT INTO submission_column (submission_id, sheet_no, column_no, field, day_no, header_text)
				VALUES (?, ?, ?, ?, ?, ?)
				""").params(id, sheetNo, column, field.name(), dayNo, truncate(headerText, 300)).update();
	}

	void saveMerge(long id, int sheetNo, CellRange range) {
		this.jdbc.sql("""
				INSERT INTO submission_merge (submission_id, sheet_no, first_row, last_row, first_column, last_column)
				VALUES (?, ?, ?, ?, ?, ?)
				""")
			.params(id, sheetNo, range.firstRow(), range.lastRow(), range.firstColumn(), range.lastColumn())
			.update();
	}

	private static Submission map(ResultSet rs, int row) throws SQLException {
		ImportRequest request = new ImportRequest(rs.getString("requested_plan"), rs.getString("requested_class"),
				rs.getString("requested_ward"), ImportRequest.Source.valueOf(rs.getString("request_source")),
				rs.getString("received_by"));
		return new Submission(rs.getLong("id"), rs.getString("sha256"), rs.getString("original_name"),
				rs.getString("original_path"), rs.getObject("received_at", OffsetDateTime.class),
				rs.getString("received_by"), request, rs.getString("plan_code"), rs.getString("class_code"),
				rs.getString("unit_code"), rs.getString("assigned_by"), rs.getString("file_format"),
				rs.getString("legacy_encoding"), SubmissionStatus.valueOf(rs.getString("status")),
				rs.getString("reject_code"), (Long) rs.getObject("replaces_id", Long.class), rs.getInt("rows_read"),
				rs.getInt("rows_accepted"), rs.getInt("rows_rejected"), rs.getInt("warnings"));
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length - 1) + "…";
	}

}
