package vn.congdoan.taphuan.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A filled statistical form: who reports, for which year, as of when, and one
 * {@link RowFigures} for every {@link FormRow} in form order, the sum rows (TOTAL, III)
 * included. Aggregates only: nothing here names a person.
 *
 * @param unit the reporting unit, or {@code null} when it is not one of the national list
 * (a plan whose issuer is not a provincial federation) or for the national roll-up
 * @param reportingBody the reporting body as the form names it ("Liên đoàn Lao động tỉnh
 * An Giang", or "Toàn quốc" for the roll-up)
 * @param year the report year
 * @param asOf the date the figures are as of, or {@code null} when not stated
 * @param planCode the plan the figures were computed from, or {@code null}
 * @param rows every form row, in form order
 */
public record FormFigures(ReportingUnit unit, String reportingBody, int year, LocalDate asOf, String planCode,
		List<RowFigures> rows) {

	public FormFigures {
		Objects.requireNonNull(reportingBody, "reportingBody");
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		rows = List.copyOf(rows);
		if (rows.size() != FormRow.values().length) {
			throw new IllegalArgumentException("a form has " + FormRow.values().length + " rows, not " + rows.size());
		}
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).row() != FormRow.values()[i]) {
				throw new IllegalArgumentException("row " + i + " is " + rows.get(i).row());
			}
		}
	}

	/**
	 * A form from its leaf rows (missing ones blank), with the sum rows computed: III = 1
	 * + 2, TOTAL = I + II + III.
	 * @param notes notes by row, also for the sum rows
	 */
	public static FormFigures fromLeaves(ReportingUnit unit, String reportingBody, int year, LocalDate asOf,
			String planCode, Map<FormRow, RowFigures> leaves, Map<FormRow, String> notes) {
		Map<FormRow, RowFigures> rows = new EnumMap<>(FormRow.class);
		for (FormRow row : FormRow.leaves()) {
			RowFigures given = leaves.getOrDefault(row, RowFigures.empty(row));
			rows.put(row, new RowFigures(row, given.values(), notes.getOrDefault(row, given.note())));
		}
		RowFigures skills = RowFigures.sum(FormRow.SKILLS,
				List.of(rows.get(FormRow.FULLTIME_COURSES), rows.get(FormRow.GRASSROOTS_CLASSES)));
		rows.put(FormRow.SKILLS, new RowFigures(FormRow.SKILLS, skills.values(), notes.get(FormRow.SKILLS)));
		RowFigures total = RowFigures.sum(FormRow.TOTAL,
				List.of(rows.get(FormRow.POSTGRADUATE), rows.get(FormRow.EXTERNAL), rows.get(FormRow.SKILLS)));
		rows.put(FormRow.TOTAL, new RowFigures(FormRow.TOTAL, total.values(), notes.get(FormRow.TOTAL)));
		List<RowFigures> ordered = new ArrayList<>();
		for (FormRow row : FormRow.values()) {
			ordered.add(rows.get(row));
		}
		return new FormFigures(unit, reportingBody, year, asOf, planCode, ordered);
	}

	/** The figures of one row. */
	public RowFigures row(FormRow row) {
		return this.rows.get(row.ordinal());
	}

	/** The figure of one cell, or {@code null} when none was given. */
	public Long get(FormRow row, FormColumn column) {
		return row(row).get(column);
	}

}
