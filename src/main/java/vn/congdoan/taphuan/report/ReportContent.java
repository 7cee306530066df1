package vn.congdoan.taphuan.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A report ready to render: which template, the file name base, the template's scalar
 * parameters, its tables (parameters too, and sheets of the XLSX), its charts (parameters
 * {@code chart1}, {@code chart2}, …, and PNG files) and the PDF's metadata.
 *
 * @param template the template name, {@code monthly}
 * @param baseName the file name without extension, {@code bao-cao-thang-AG-2026-2026-03}
 * @param title the document title (PDF metadata, XLSX first sheet)
 * @param author who issues it (PDF metadata)
 * @param subject what it is about (PDF metadata)
 * @param parameters scalar template parameters (text, numbers, lists of text rows)
 * @param tables the tables
 * @param charts the charts, in the order of their parameters
 * @param info the XLSX information sheet's lines: label, value
 */
record ReportContent(String template, String baseName, String title, String author, String subject,
		Map<String, Object> parameters, List<TableRows> tables, List<ChartImage> charts, List<String[]> info) {

	ReportContent {
		parameters = Map.copyOf(parameters);
		tables = List.copyOf(tables);
		charts = List.copyOf(charts);
		info = List.copyOf(info);
	}

	/** The template parameter names this content supplies. */
	Set<String> parameterNames() {
		Set<String> names = new TreeSet<>(this.parameters.keySet());
		this.tables.forEach((table) -> names.add(table.table().name()));
		for (int i = 1; i <= this.charts.size(); i++) {
			names.add("chart" + i);
		}
		return names;
	}

}
