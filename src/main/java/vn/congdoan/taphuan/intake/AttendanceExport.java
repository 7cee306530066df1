package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.CompletionRule;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plans;

/**
 * {@code taphuan export attendance}: the accepted trainees of a class's current
 * submissions as CSV (UTF-8), one row per trainee, columns
 * {@code class_code,ward_code,full_name,birth_year,gender,position_code,position_raw,unit,phone,
 * day_1..day_N,days_present,status,source_file,source_row}. Text that a spreadsheet would
 * run as a formula is made inert.
 */
@Component
public class AttendanceExport {

	private final JdbcClient jdbc;

	private final Plans plans;

	private final CompletionRule completion;

	public AttendanceExport(JdbcClient jdbc, Plans plans, CompletionRule completion) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.completion = completion;
	}

	/** Writes the CSV and returns the number of trainee rows written. */
	public int write(String classCode, String wardCode, Writer out) throws IOException {
		ClassInPlan found = this.plans.findClass(classCode);
		if (wardCode != null && found.plan().unit(wardCode).isEmpty()) {
			throw new vn.congdoan.taphuan.common.UserInputException(
					"Không có đơn vị '" + wardCode + "' trong kế hoạch " + found.plan().code() + ". Các mã đơn vị: "
							+ String.join(", ", found.plan().units().stream().map((unit) -> unit.code()).toList()));
		}
		int days = found.trainingClass().dayCount();
		List<String> header = new ArrayList<>(List.of("class_code", "ward_code", "full_name", "birth_year", "gender",
				"position_code", "position_raw", "unit", "phone"));
		for (int day = 1; day <= days; day++) {
			header.add("day_" + day);
		}
		header.addAll(List.of("days_present", "status", "source_file", "source_row"));
		Map<String, String> unknownMarks = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT m.submission_id, m.seq, m.day_no, m.raw_mark FROM trainee_mark_raw m
					JOIN submission s ON s.id = m.submission_id
					WHERE s.class_code = :class AND s.status = 'IMPORTED' AND (CAST(:ward AS VARCHAR) IS NULL OR s.unit_code = :ward)
					""")
			.param("class", classCode)
			.param("ward", wardCode)
			.query((rs) -> {
				unknownMarks.put(rs.getLong(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3), rs.getString(4));
			});
		int[] written = { 0 };
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(out)) {
			csv.printRecord(header);
			this.jdbc.sql("""
					SELECT s.class_code, s.unit_code, t.full_name, t.birth_year, t.gender, t.position_code,
					       t.position_raw, t.unit_name, t.phone, t.marks, t.days_present, s.original_name, t.row_no,
					       t.submission_id, t.seq
					FROM trainee_row t JOIN submission s ON s.id = t.submission_id
					WHERE s.class_code = :class AND s.status = 'IMPORTED' AND t.accepted
					  AND (CAST(:ward AS VARCHAR) IS NULL OR s.unit_code = :ward)
					ORDER BY s.unit_code, t.sheet_no, t.row_no
					""").param("class", classCode).param("ward", wardCode).query((rs) -> {
				List<Object> record = new ArrayList<>();
				record.add(rs.getString("class_code"));
				record.add(rs.getString("unit_code"));
				record.add(TextCells.inert(rs.getString("full_name")));
				record.add(rs.getObject("birth_year"));
				record.add(rs.getString("gender"));
				record.add(rs.getString("position_code"));
				record.add(TextCells.inert(rs.getString("position_raw")));
				record.add(TextCells.inert(rs.getString("unit_name")));
				record.add(TextCells.inert(rs.getString("phone")));
				String marks = rs.getString("marks");
				for (int day = 1; day <= days; day++) {
					char mark = (day <= marks.length()) ? marks.charAt(day - 1) : '-';
					record.add(switch (mark) {
						case '?' -> TextCells
							.inert(unknownMarks.get(rs.getLong("submission_id") + ":" + rs.getInt("seq") + ":" + day));
						case '-' -> "";
						default -> String.valueOf(mark);
					});
				}
				int present = rs.getInt("days_present");
				record.add(present);
				record.add(this.completion.status(present, days));
				record.add(TextCells.inert(rs.getString("original_name")));
				record.add(rs.getInt("row_no"));
				try {
					csv.printRecord(record);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				written[0]++;
			});
		}
		return written[0];
	}

}
