package vn.congdoan.taphuan.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The statistical form as the parameters of template {@value #TEMPLATE} (A4 landscape):
 * the same rows, columns, numbering and arithmetic as the workbook, for the year-end
 * report's appendix and the national report's.
 */
final class FormPrint {

	static final String TEMPLATE = "national-form";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private FormPrint() {
	}

	/**
	 * @param caption a line above the form ("Phụ lục ..."), or {@code null}
	 * @param reportingBody who reports, as the header names it
	 * @param subtitle the line under the title (units, the figures' date)
	 * @param notes the notes under the table
	 * @param signerLeft the left signature block's title
	 * @param signerRight the right signature block's lines
	 */
	static Map<String, Object> parameters(FormFigures figures, String caption, String reportingBody, String subtitle,
			List<String> notes, String signerLeft, List<String> signerRight) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("caption", (caption != null) ? caption : "");
		parameters.put("parentBody", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
		parameters.put("reportingBody", reportingBody.toUpperCase(VIETNAMESE));
		parameters.put("formCode", FormSheetWriter.FORM_CODE);
		parameters.put("formVersion", "Phiên bản biểu: " + FormMetadata.VERSION);
		parameters.put("title", FormSheetWriter.TITLE + figures.year());
		parameters.put("subtitle", subtitle);
		List<Map<String, Object>> rows = new ArrayList<>();
		Map<String, Object> units = new LinkedHashMap<>();
		units.put("kind", "unit");
		Map<String, Object> numbering = new LinkedHashMap<>();
		numbering.put("kind", "numbering");
		numbering.put("number", "(1)");
		numbering.put("label", "(2)");
		boolean splitAddsUp = splitAddsUp(figures);
		for (FormColumn column : FormColumn.values()) {
			units.put("c" + column.number(), column.unit().label());
			numbering.put("c" + column.number(),
					(column == FormColumn.CLASSES_HELD && !splitAddsUp) ? "(4)" : column.numbering());
		}
		rows.add(units);
		rows.add(numbering);
		for (RowFigures row : figures.rows()) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("number", row.row().number());
			values.put("label", row.row().label());
			values.put("kind", row.row().isLeaf() ? "data" : "sum");
			for (FormColumn column : FormColumn.values()) {
				Long value = row.get(column);
				values.put("c" + column.number(), (value != null) ? VietnameseFormat.number(value) : null);
			}
			rows.add(values);
		}
		parameters.put("rows", rows);
		parameters.put("notes", lines(notes));
		parameters.put("signerLeft", signerLeft);
		parameters.put("signerRight", lines(signerRight));
		return parameters;
	}

	/**
	 * Whether (4) = (5) + (6) holds in every row: always in a province's form, not in a
	 * national sum where some units gave (4) without its split — then the form does not
	 * claim it.
	 */
	static boolean splitAddsUp(FormFigures figures) {
		for (RowFigures row : figures.rows()) {
			Long held = row.get(FormColumn.CLASSES_HELD);
			if (held == null) {
				continue;
			}
			long parts = 0;
			for (FormColumn part : FormColumn.CLASSES_HELD.sumOf()) {
				parts += (row.get(part) != null) ? row.get(part) : 0;
			}
			if (parts != held) {
				return false;
			}
		}
		return true;
	}

	/** A province's form, as the year-end report's appendix. */
	static Map<String, Object> province(FormFigures figures) {
		List<String> notes = new ArrayList<>();
		notes
			.add("Ghi chú: (4) = (5) + (6); (9) đến (14) không lớn hơn (8); (16) không lớn hơn (15); TỔNG SỐ = I + II + "
					+ "III; III = 1 + 2. Số học viên tính theo lượt người, trừ cột (14). Cột (16), (17): chỉ các lớp đã quyết "
					+ "toán. Ô trống: không có số liệu.");
		for (RowFigures row : figures.rows()) {
			if (row.note() != null) {
				notes.add("Dòng " + row.row().title() + ": " + row.note() + ".");
			}
		}
		String subtitle = "(Đơn vị tính ghi dưới tên cột"
				+ ((figures.asOf() != null) ? "; số liệu tính đến ngày " + VietnameseFormat.date(figures.asOf()) : "")
				+ ")";
		return parameters(figures, "Phụ lục: Biểu thống kê kết quả đào tạo, bồi dưỡng cán bộ công đoàn",
				figures.reportingBody(), subtitle, notes, "NGƯỜI LẬP BIỂU", List.of("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"));
	}

	private static List<Map<String, Object>> lines(List<String> texts) {
		return texts.stream().map((text) -> Map.<String, Object>of("text", text)).toList();
	}

}
