package vn.congdoan.taphuan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A report ready to render: which template, the file name base, the template's scalar
 * parameters, its tables (parameters too, and sheets of the XLSX), its charts (parameters
 * {@code chart1}, {@code chart2}, …, and PNG files), the PDF's metadata, and its
 * appendices.
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
 * @param appendices parts printed after this one, each filled from a template of its own
 * (a landscape appendix of wide tables): their {@code template}, {@code parameters} and
 * {@code tables} are used, their tables become sheets of the same XLSX after this one's
 */
record ReportContent(String template, String baseName, String title, String author, String subject,
		Map<String, Object> parameters, List<TableRows> tables, List<ChartImage> charts, List<String[]> info,
		List<ReportContent> appendices) {

	ReportContent {
		parameters = Map.copyOf(parameters);
		tables = List.copyOf(tables);
		charts = List.copyOf(charts);
		info = List.copyOf(info);
		appendices = List.copyOf(appendices);
	}

	/** An appendix: a template, its parameters and its tables. */
	static ReportContent appendix(String template, Map<String, Object> parameters, List<TableRows> tables) {
		return new ReportContent(template, template, template, "", "", parameters, tables, List.of(), List.of(),
				List.of());
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

	/** Every table, this part's then its appendices', each once: the XLSX's sheets. */
	List<TableRows> allTables() {
		Set<String> names = new TreeSet<>();
		List<TableRows> all = new ArrayList<>();
		for (TableRows table : this.tables) {
			if (names.add(table.table().name())) {
				all.add(table);
			}
		}
		for (ReportContent appendix : this.appendices) {
			for (TableRows table : appendix.tables()) {
				if (names.add(table.table().name())) {
					all.add(table);
				}
			}
		}
		return all;
	}

}
