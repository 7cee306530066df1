package vn.congdoan.taphuan.national;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Forms, their figures and issues in the database ({@code national_form},
 * {@code national_form_row}, {@code national_form_issue}). {@link #save} runs inside the
 * caller's transaction.
 */
@Component
class NationalStore {

	private static final String INSERT_ISSUE = """
			INSERT INTO national_form_issue (form_id, sheet_name, row_no, column_ref, code, severity, raw_value, message)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	NationalStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** The current form holding these bytes (for the given year, when given). */
	Optional<Stored> currentWithBytes(String sha256, Integer year) {
		return this.jdbc.sql("""
				SELECT id FROM national_form
				WHERE sha256 = :sha AND status = 'IMPORTED' AND (CAST(:year AS INTEGER) IS NULL OR report_year = :year)
				ORDER BY id DESC
				""")
			.param("sha", sha256)
			.param("year", year)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.map(this::get);
	}

	/**
	 * Stores a reception; an imported form becomes the unit's current form for its year
	 * and the previous one REPLACED at the same instant.
	 */
	long save(String sha256, String originalName, String originalPath, Integer requestedYear, String requestedUnit,
			String receivedBy, Reception reception, OffsetDateTime now) {
		boolean imported = reception.status() == NationalFormOutcome.Status.IMPORTED;
		Long previous = null;
		if (imported) {
			// one replacement at a time per unit: the unit's row is the lock
			this.jdbc.sql("SELECT code FROM national_unit WHERE code = ? FOR UPDATE")
				.param(reception.unit())
				.query(String.class)
				.list();
			previous = this.jdbc
				.sql("SELECT id FROM national_form WHERE unit_code = ? AND report_year = ? AND status = 'IMPORTED'")
				.params(reception.unit(), reception.year())
				.query(Long.class)
				.optional()
				.orElse(null);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO national_form (sha256, original_name, original_path, received_at, received_by, requested_year,
					  requested_unit, unit_code, report_year, identified_by, source, form_version, plan_code, as_of,
					  file_format, sheet_name, status, reject_code, replaces_id, completed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(sha256, truncate(originalName, 500), truncate(originalPath, 2000), now, truncate(receivedBy, 200),
					requestedYear, requestedUnit, reception.unit(), reception.year(), reception.identifiedBy(),
					reception.source(), truncate(reception.formVersion(), 20), truncate(reception.plan(), 40),
					reception.asOf(), reception.format(), truncate(reception.sheet(), 200), reception.status().name(),
					(reception.rejectCode() != null) ? reception.rejectCode().name() : null, previous, now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		if (previous != null) {
			this.jdbc.sql("UPDATE national_form SET status = 'REPLACED', replaced_by_id = ? WHERE id = ?")
				.params(id, previous)
				.update();
		}
		if (imported) {
			insertRows(id, reception.figures());
		}
		List<Object[]> issues = new ArrayList<>();
		for (NationalIssue issue : reception.issues()) {
			issues
				.add(new Object[] { id, truncate(issue.sheet(), 200), issue.row(), issue.column(), issue.code().name(),
						issue.severity().name(), truncate(issue.value(), 500), truncate(issue.message(), 2000) });
		}
		if (!issues.isEmpty()) {
			this.jdbcTemplate.batchUpdate(INSERT_ISSUE, issues);
		}
		return id;
	}

	private void insertRows(long id, Map<FormRow, RowFigures> figures) {
		StringBuilder columns = new StringBuilder("form_id, row_code");
		StringBuilder marks = new StringBuilder("?, ?");
		for (FormColumn column : FormColumn.values()) {
			columns.append(", ").append(column.dbColumn());
			marks.append(", ?");
		}
		List<Object[]> rows = new ArrayList<>();
		for (FormRow row : FormRow.values()) {
			RowFigures values = figures.get(row);
			Object[] args = new Object[2 + FormColumn.values().length];
			args[0] = id;
			args[1] = row.name();
			for (FormColumn column : FormColumn.values()) {
				args[2 + column.ordinal()] = (values != null) ? values.get(column) : null;
			}
			rows.add(args);
		}
		this.jdbcTemplate.batchUpdate("INSERT INTO national_form_row (" + columns + ") VALUES (" + marks + ")", rows);
	}

	Stored get(long id) {
		return this.jdbc.sql("""
				SELECT f.id, f.sha256, f.original_name, f.unit_code, u.name AS unit_name, f.report_year, f.status,
				       f.replaces_id, f.source, f.identified_by, f.form_version, f.as_of
				FROM national_form f LEFT JOIN national_unit u ON u.code = f.unit_code
				WHERE f.id = ?
				""")
			.param(id)
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("sha256"), rs.getString("original_name"),
					rs.getString("unit_code"), rs.getString("unit_name"), (Integer) rs.getObject("report_year"),
					rs.getString("status"), (Long) rs.getObject("replaces_id", Long.class), rs.getString("source"),
					rs.getString("identified_by"), rs.getString("form_version"),
					rs.getObject("as_of", LocalDate.class)))
			.single();
	}

	List<NationalIssue> issues(long id) {
		return this.jdbc.sql("""
				SELECT sheet_name, row_no, column_ref, code, severity, message, raw_value
				FROM national_form_issue WHERE form_id = ?
				ORDER BY CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, id
				""")
			.param(id)
			.query((rs, row) -> new NationalIssue(rs.getString("sheet_name"), (Integer) rs.getObject("row_no"),
					rs.getString("column_ref"), NationalIssueCode.valueOf(rs.getString("code")),
					NationalIssueCode.Severity.valueOf(rs.getString("severity")), rs.getString("message"),
					rs.getString("raw_value")))
			.list();
	}

	/** The figures of a stored form, by row. */
	Map<FormRow, RowFigures> figures(long id) {
		Map<FormRow, RowFigures> figures = new EnumMap<>(FormRow.class);
		this.jdbc.sql("SELECT * FROM national_form_row WHERE form_id = ?").param(id).query((rs) -> {
			FormRow row = FormRow.valueOf(rs.getString("row_code"));
			Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
			for (FormColumn column : FormColumn.values()) {
				Object value = rs.getObject(column.dbColumn());
				if (value != null) {
					values.put(column, ((Number) value).longValue());
				}
			}
			figures.put(row, new RowFigures(row, values, null));
		});
		return figures;
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length - 1) + "…";
	}

	/** A stored form, as outcomes report it. */
	record Stored(long id, String sha256, String originalName, String unit, String unitName, Integer year,
			String status, Long replacesId, String source, String identifiedBy, String formVersion, LocalDate asOf) {
	}

	/**
	 * What reading a form file came to, before anything is stored.
	 *
	 * @param status IMPORTED or REJECTED
	 * @param rejectCode why it was refused, or {@code null}
	 * @param unit the unit's code, when known
	 * @param year the report year, when known
	 * @param identifiedBy FLAG, METADATA, TITLE or FILE_NAME, when known
	 * @param source TAPHUAN, BLANK_FORM or OTHER, when read
	 * @param formVersion the taphuan form version, or {@code null}
	 * @param plan the plan the figures came from (taphuan forms), or {@code null}
	 * @param asOf the figures' date, when stated
	 * @param format "xlsx", "xls" or "csv", when known
	 * @param sheet the form's sheet, when found
	 * @param figures every row's figures (imported forms)
	 * @param issues every problem found
	 */
	record Reception(NationalFormOutcome.Status status, NationalIssueCode rejectCode, String unit, Integer year,
			String identifiedBy, String source, String formVersion, String plan, LocalDate asOf, String format,
			String sheet, Map<FormRow, RowFigures> figures, List<NationalIssue> issues) {

		Reception {
			figures = (figures != null) ? Map.copyOf(figures) : Map.of();
			issues = List.copyOf(issues);
		}

	}

}
