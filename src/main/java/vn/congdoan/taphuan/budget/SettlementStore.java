package vn.congdoan.taphuan.budget;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.plan.ClassInPlan;

/**
 * Settlements, their lines and issues in the database. {@link #save} runs inside the
 * caller's transaction.
 */
@Component
class SettlementStore {

	private static final String INSERT_LINE = """
			INSERT INTO settlement_line (settlement_id, seq, sheet_name, row_no, accepted, category, item, unit_label,
			  norm_unit, quantity, unit_price, amount, day_no, day_date, note, raw_cells)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_ISSUE = """
			INSERT INTO settlement_issue (settlement_id, seq, sheet_name, row_no, column_ref, code, severity, raw_value,
			  message)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	SettlementStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * The current settlement holding these bytes (for the given class, when given).
	 */
	Optional<Stored> currentWithBytes(String sha256, String classCode) {
		return this.jdbc.sql("""
				SELECT id FROM settlement
				WHERE sha256 = :sha AND status = 'IMPORTED' AND (CAST(:class AS VARCHAR) IS NULL OR class_code = :class)
				ORDER BY id DESC
				""")
			.param("sha", sha256)
			.param("class", classCode)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.map(this::get);
	}

	/**
	 * Stores a reception; an imported one becomes the class's current settlement and the
	 * previous one REPLACED at the same instant.
	 */
	long save(String sha256, String originalName, String originalPath, String requestedClass, String receivedBy,
			Reception reception, OffsetDateTime now) {
		ClassInPlan found = reception.found();
		String classCode = (found != null) ? found.trainingClass().code() : null;
		Long previous = null;
		boolean imported = reception.status() == SettlementOutcome.Status.IMPORTED;
		if (imported) {
			// one replacement at a time per class
			this.jdbc.sql("SELECT code FROM training_class WHERE code = ? FOR UPDATE")
				.param(classCode)
				.query(String.class)
				.list();
			previous = this.jdbc.sql("SELECT id FROM settlement WHERE class_code = ? AND status = 'IMPORTED'")
				.param(classCode)
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		List<SettlementLine> lines = reception.lines();
		int accepted = (int) lines.stream().filter(SettlementLine::accepted).count();
		long total = lines.stream()
			.filter(SettlementLine::accepted)
			.mapToLong((line) -> (line.amount() != null) ? line.amount() : 0)
			.sum();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO settlement (sha256, original_name, original_path, received_at, received_by, requested_class,
				  assigned_by, plan_code, class_code, file_format, sheet_name, status, reject_code, replaces_id,
				  lines_read, lines_accepted, lines_rejected, total_amount, completed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(sha256, truncate(originalName, 500), truncate(originalPath, 2000), now, truncate(receivedBy, 200),
					requestedClass, reception.assignedBy(), (found != null) ? found.plan().code() : null, classCode,
					reception.format(), truncate(reception.sheet(), 200), reception.status().name(),
					reception.rejectCode(), previous, lines.size(), accepted, lines.size() - accepted, total, now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		if (previous != null) {
			this.jdbc.sql("UPDATE settlement SET status = 'REPLACED', replaced_by_id = ? WHERE id = ?")
				.params(id, previous)
				.update();
		}
		List<Object[]> lineRows = new ArrayList<>();
		List<Object[]> issueRows = new ArrayList<>();
		for (SettlementIssue issue : reception.issues()) {
			issueRows.add(issueRow(id, null, issue));
		}
		for (SettlementLine line : lines) {
			lineRows.add(new Object[] { id, line.seq(), truncate(reception.sheet(), 200), line.row(), line.accepted(),
					(line.category() != null) ? line.category().name() : null, truncate(line.item(), 500), line.unit(),
					line.normUnit(), line.quantity(), line.unitPrice(), line.amount(), line.dayNo(), line.dayDate(),
					line.note(), line.rawCells() });
			for (SettlementIssue issue : line.issues()) {
				issueRows.add(issueRow(id, line.seq(), issue));
			}
		}
		if (!lineRows.isEmpty()) {
			this.jdbcTemplate.batchUpdate(INSERT_LINE, lineRows);
		}
		if (!issueRows.isEmpty()) {
			this.jdbcTemplate.batchUpdate(INSERT_ISSUE, issueRows);
		}
		return id;
	}

	Stored get(long id) {
		return this.jdbc
			.sql("""
					SELECT id, sha256, original_name, plan_code, class_code, status, replaces_id, lines_read, lines_accepted,
					       lines_rejected, total_amount
					FROM settlement WHERE id = ?
					""")
			.param(id)
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("sha256"), rs.getString("original_name"),
					rs.getString("plan_code"), rs.getString("class_code"), rs.getString("status"),
					(Long) rs.getObject("replaces_id", Long.class), rs.getInt("lines_read"),
					rs.getInt("lines_accepted"), rs.getInt("lines_rejected"), rs.getLong("total_amount")))
			.single();
	}

	List<SettlementIssue> issues(long id) {
		return this.jdbc.sql("""
				SELECT sheet_name, row_no, column_ref, code, severity, message, raw_value
				FROM settlement_issue WHERE settlement_id = ?
				ORDER BY CASE WHEN row_no IS NULL THEN 0 ELSE 1 END, row_no, id
				""")
			.param(id)
			.query((rs, row) -> new SettlementIssue(rs.getString("sheet_name"), (Integer) rs.getObject("row_no"),
					rs.getString("column_ref"), rs.getString("code"),
					IssueCode.Severity.valueOf(rs.getString("severity")), rs.getString("message"),
					rs.getString("raw_value")))
			.list();
	}

	private static Object[] issueRow(long id, Integer seq, SettlementIssue issue) {
		return new Object[] { id, seq, truncate(issue.sheet(), 200), issue.row(), issue.column(), issue.code(),
				issue.severity().name(), truncate(issue.value(), 500), truncate(issue.message(), 2000) };
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length - 1) + "…";
	}

	/**
	 * A stored settlement, as outcomes report it.
	 */
	record Stored(long id, String sha256, String originalName, String plan, String classCode, String status,
			Long replacesId, int linesRead, int linesAccepted, int linesRejected, long total) {
	}

}
