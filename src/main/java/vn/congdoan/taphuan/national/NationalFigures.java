package vn.congdoan.taphuan.national;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The national roll-up of a year in SQL, over every unit's current form
 * ({@code national_form} IMPORTED for the year): sums by form row, with how many units
 * gave each figure; each unit's TỔNG SỐ row; rankings by indicator; the provinces whose
 * form is missing or was refused; the warnings the import found.
 */
@Component
class NationalFigures {

	private static final String CURRENT = "f.report_year = :year AND f.status = 'IMPORTED'";

	private final JdbcClient jdbc;

	private final ReportingUnits units;

	NationalFigures(JdbcClient jdbc, ReportingUnits units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/**
	 * Every form row summed over the units, with the number of units giving each figure.
	 */
	List<RowTotal> totals(int year) {
		StringBuilder select = new StringBuilder("SELECT r.row_code");
		for (FormColumn column : FormColumn.values()) {
			select.append(", SUM(r.")
				.append(column.dbColumn())
				.append(") AS s_")
				.append(column.dbColumn())
				.append(", COUNT(r.")
				.append(column.dbColumn())
				.append(") AS n_")
				.append(column.dbColumn());
		}
		select.append(" FROM national_form_row r JOIN national_form f ON f.id = r.form_id WHERE ")
			.append(CURRENT)
			.append(" GROUP BY r.row_code");
		Map<FormRow, RowTotal> totals = new EnumMap<>(FormRow.class);
		this.jdbc.sql(select.toString()).param("year", year).query((ResultSet rs) -> {
			FormRow row = FormRow.valueOf(rs.getString("row_code"));
			Map<FormColumn, Long> sums = new EnumMap<>(FormColumn.class);
			Map<FormColumn, Integer> giving = new EnumMap<>(FormColumn.class);
			for (FormColumn column : FormColumn.values()) {
				Object sum = rs.getObject("s_" + column.dbColumn());
				if (sum != null) {
					sums.put(column, ((Number) sum).longValue());
				}
				giving.put(column, rs.getInt("n_" + column.dbColumn()));
			}
			totals.put(row, new RowTotal(new RowFigures(row, sums, null), giving));
		});
		List<RowTotal> ordered = new ArrayList<>();
		for (FormRow row : FormRow.values()) {
			ordered.add(totals.getOrDefault(row, new RowTotal(RowFigures.empty(row), Map.of())));
		}
		return ordered;
	}

	/**
	 * A ratio of two columns over the units that give both, for each form row: the
	 * numerator's and the denominator's sums over those units, and how many they are.
	 */
	Map<FormRow, Paired> paired(int year, FormColumn numerator, FormColumn denominator) {
		String both = "r." + numerator.dbColumn() + " IS NOT NULL AND r." + denominator.dbColumn() + " IS NOT NULL";
		Map<FormRow, Paired> paired = new EnumMap<>(FormRow.class);
		this.jdbc.sql("""
				SELECT r.row_code, SUM(CASE WHEN %s THEN r.%s END) AS numerator,
				       SUM(CASE WHEN %s THEN r.%s END) AS denominator, COUNT(CASE WHEN %s THEN 1 END) AS units
				FROM national_form_row r JOIN national_form f ON f.id = r.form_id
				WHERE %s GROUP BY r.row_code
				""".formatted(both, numerator.dbColumn(), both, denominator.dbColumn(), both, CURRENT))
			.param("year", year)
			.query((ResultSet rs) -> {
				paired.put(FormRow.valueOf(rs.getString("row_code")),
						new Paired(rs.getLong("numerator"), rs.getLong("denominator"), rs.getInt("units")));
			});
		return paired;
	}

	/** Every row of every unit's current form, units in the federation's order. */
	List<UnitRow> details(int year) {
		StringBuilder select = new StringBuilder("SELECT f.unit_code, r.row_code");
		for (FormColumn column : FormColumn.values()) {
			select.append(", r.").append(column.dbColumn());
		}
		select.append(" FROM national_form f JOIN national_form_row r ON r.form_id = f.id WHERE ").append(CURRENT);
		List<UnitRow> rows = new ArrayList<>(this.jdbc.sql(select.toString()).param("year", year).query((rs, row) -> {
			Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
			for (FormColumn column : FormColumn.values()) {
				Object value = rs.getObject(column.dbColumn());
				if (value != null) {
					values.put(column, ((Number) value).longValue());
				}
			}
			FormRow formRow = FormRow.valueOf(rs.getString("row_code"));
			return new UnitRow(this.units.get(rs.getString("unit_code")), new RowFigures(formRow, values, null));
		}).list());
		rows.sort(Comparator.comparingInt((UnitRow r) -> r.unit().order())
			.thenComparing((UnitRow r) -> r.unit().code())
			.thenComparingInt((UnitRow r) -> r.figures().row().ordinal()));
		return rows;
	}

	/**
	 * Each unit that sent a form the year: its TỔNG SỐ row, in the federation's order.
	 */
	List<UnitResult> units(int year) {
		StringBuilder select = new StringBuilder(
				"SELECT f.id, f.unit_code, f.source, f.as_of, f.original_name, f.received_at");
		for (FormColumn column : FormColumn.values()) {
			select.append(", r.").append(column.dbColumn());
		}
		select.append(" FROM national_form f JOIN national_unit u ON u.code = f.unit_code")
			.append(" JOIN national_form_row r ON r.form_id = f.id AND r.row_code = 'TOTAL' WHERE ")
			.append(CURRENT)
			.append(" ORDER BY u.sort_order, u.code");
		return this.jdbc.sql(select.toString()).param("year", year).query((rs, row) -> {
			Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
			for (FormColumn column : FormColumn.values()) {
				Object value = rs.getObject(column.dbColumn());
				if (value != null) {
					values.put(column, ((Number) value).longValue());
				}
			}
			return new UnitResult(this.units.get(rs.getString("unit_code")), rs.getLong("id"), rs.getString("source"),
					rs.getObject("as_of", LocalDate.class), rs.getString("original_name"),
					new RowFigures(FormRow.TOTAL, values, null));
		}).list();
	}

	/** The units ranked by an indicator (ties share a rank), best first. */
	List<Ranked> ranking(int year, Indicator indicator) {
		return this.jdbc.sql("""
				SELECT unit_code, metric, RANK() OVER (ORDER BY metric DESC) AS place
				FROM (SELECT f.unit_code, %s AS metric
				      FROM national_form f JOIN national_form_row r ON r.form_id = f.id AND r.row_code = 'TOTAL'
				      WHERE %s AND %s) x
				ORDER BY place, unit_code
				""".formatted(indicator.expression(), CURRENT, indicator.condition()))
			.param("year", year)
			.query((rs, row) -> new Ranked(this.units.get(rs.getString("unit_code")), rs.getDouble("metric"),
					rs.getInt("place")))
			.list();
	}

	/**
	 * The provinces without a current form of the year, and any unit whose latest form of
	 * the year was refused while it has no current one: with that form's file and first
	 * error.
	 */
	List<Missing> missing(int year) {
		return this.jdbc.sql("""
				SELECT u.code, x.original_name, x.reject_code, x.received_at,
				       (SELECT i.message FROM national_form_issue i
				        WHERE i.form_id = x.id AND i.severity = 'ERROR' AND i.row_no IS NOT NULL
				        ORDER BY i.id FETCH FIRST 1 ROWS ONLY) AS placed_error,
				       (SELECT i.message FROM national_form_issue i
				        WHERE i.form_id = x.id AND i.severity = 'ERROR'
				        ORDER BY i.id FETCH FIRST 1 ROWS ONLY) AS first_error
				FROM national_unit u
				LEFT JOIN national_form x ON x.id = (SELECT MAX(r.id) FROM national_form r
				                                     WHERE r.unit_code = u.code AND r.report_year = :year
				                                       AND r.status = 'REJECTED')
				WHERE NOT EXISTS (SELECT 1 FROM national_form f WHERE f.unit_code = u.code AND %s)
				  AND (u.kind = 'PROVINCE' OR x.id IS NOT NULL)
				ORDER BY u.sort_order, u.code
				""".formatted(CURRENT)).param("year", year).query((rs, row) -> {
			String error = (rs.getString("placed_error") != null) ? rs.getString("placed_error")
					: rs.getString("first_error");
			return new Missing(this.units.get(rs.getString("code")), rs.getString("original_name"),
					rs.getString("reject_code"), error);
		}).list();
	}

	/** Files of the year refused before their unit was known. */
	List<Missing> unidentified(int year) {
		return this.jdbc.sql("""
				SELECT f.original_name, f.reject_code,
				       (SELECT i.message FROM national_form_issue i WHERE i.form_id = f.id AND i.severity = 'ERROR'
				        ORDER BY i.id FETCH FIRST 1 ROWS ONLY) AS first_error
				FROM national_form f
				WHERE f.unit_code IS NULL AND f.status = 'REJECTED'
				  AND (f.report_year = :year OR (f.report_year IS NULL AND f.requested_year = :year))
				ORDER BY f.id
				""")
			.param("year", year)
			.query((rs, row) -> new Missing(null, rs.getString("original_name"), rs.getString("reject_code"),
					rs.getString("first_error")))
			.list();
	}

	/** The warnings in the units' current forms, in the federation's order. */
	List<Warning> warnings(int year) {
		return this.jdbc.sql("""
				SELECT f.unit_code, f.original_name, i.code, i.sheet_name, i.row_no, i.column_ref, i.message
				FROM national_form_issue i JOIN national_form f ON f.id = i.form_id
				JOIN national_unit u ON u.code = f.unit_code
				WHERE %s AND i.severity = 'WARNING'
				ORDER BY u.sort_order, i.id
				""".formatted(CURRENT)).param("year", year).query((rs, row) -> {
			NationalIssue issue = new NationalIssue(rs.getString("sheet_name"), (Integer) rs.getObject("row_no"),
					rs.getString("column_ref"), NationalIssueCode.valueOf(rs.getString("code")),
					NationalIssueCode.Severity.WARNING, rs.getString("message"), null);
			return new Warning(this.units.get(rs.getString("unit_code")), rs.getString("original_name"), issue);
		}).list();
	}

	/**
	 * A form row summed over units.
	 *
	 * @param sums the sums of the figures given
	 * @param giving how many units gave each column's figure
	 */
	record RowTotal(RowFigures sums, Map<FormColumn, Integer> giving) {

		RowTotal {
			giving = Map.copyOf(giving);
		}

		int giving(FormColumn column) {
			return this.giving.getOrDefault(column, 0);
		}

	}

	/**
	 * Sums of two columns over the units giving both.
	 *
	 * @param numerator the numerator's sum
	 * @param denominator the denominator's sum
	 * @param units how many units gave both
	 */
	record Paired(long numerator, long denominator, int units) {

		Double ratio() {
			return (this.units > 0 && this.denominator > 0) ? (double) this.numerator / this.denominator : null;
		}

	}

	/** One row of a unit's form. */
	record UnitRow(ReportingUnit unit, RowFigures figures) {
	}

	/** A unit's current form and its TỔNG SỐ row. */
	record UnitResult(ReportingUnit unit, long form, String source, LocalDate asOf, String file, RowFigures total) {
	}

	/** A unit's place on an indicator. */
	record Ranked(ReportingUnit unit, double value, int place) {
	}

	/**
	 * A unit without a current form: nothing received, or its latest form refused.
	 *
	 * @param unit the unit, or {@code null} for a refused file whose unit was not known
	 * @param file the refused file's name, or {@code null} when nothing was received
	 * @param rejectCode why it was refused
	 * @param error the first error's message
	 */
	record Missing(ReportingUnit unit, String file, String rejectCode, String error) {

		boolean refused() {
			return this.file != null;
		}

	}

	/** A warning of a unit's current form. */
	record Warning(ReportingUnit unit, String file, NationalIssue issue) {
	}

	static long nz(Long value) {
		return (value != null) ? value : 0;
	}

}
