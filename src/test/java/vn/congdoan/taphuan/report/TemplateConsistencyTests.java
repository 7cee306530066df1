package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import net.sf.jasperreports.components.list.ListComponent;
import net.sf.jasperreports.components.table.TableComponent;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRComponentElement;
import net.sf.jasperreports.engine.JRDataset;
import net.sf.jasperreports.engine.JRDatasetRun;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template in {@code reports/} compiles, declares exactly the parameters the code
 * supplies (with compatible types), and every field of every table or list reads a key
 * the code puts in the rows, with the type it puts there.
 */
class TemplateConsistencyTests {

	private final JasperTemplates templates = new JasperTemplates(null);

	private static Map<String, ReportContent> contents() {
		Map<String, ReportContent> contents = new HashMap<>();
		contents.put(MonthlyReport.TEMPLATE, MonthlyReport.content(SampleReportData.anGiangMonthly()));
		ReportContent yearEnd = YearEndReport.content(SampleReportData.anGiangYearEnd(Narrative.NONE));
		contents.put(YearEndReport.TEMPLATE, yearEnd);
		yearEnd.appendices().forEach((appendix) -> contents.put(appendix.template(), appendix));
		contents.put(ClassReport.TEMPLATE, ClassReport.content(SampleReportData.anGiangClass()));
		contents.put(SignInSheet.TEMPLATE, SignInSheet.content(SampleReportData.longXuyenSignIn()));
		return contents;
	}

	@Test
	void everyTemplateInTheReportsFolderBelongsToAReport() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("reports"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder("monthly.jrxml",
					"year-end.jrxml", "year-end-appendix.jrxml", "class.jrxml", "signin.jrxml");
		}
		assertThat(contents().keySet()).containsExactlyInAnyOrder("monthly", "year-end", "year-end-appendix", "class",
				"signin");
	}

	@Test
	void templatesDeclareExactlyTheParametersTheCodeSupplies() {
		contents().forEach((name, content) -> {
			JasperReport report = this.templates.get(name);
			Map<String, Object> supplied = JasperPdf.parameters(content);
			Set<String> declared = new TreeSet<>();
			for (JRParameter parameter : report.getParameters()) {
				if (parameter.isSystemDefined()) {
					continue;
				}
				declared.add(parameter.getName());
				assertThat(supplied.get(parameter.getName())).as("%s: $P{%s}", name, parameter.getName())
					.isInstanceOf(parameter.getValueClass());
			}
			assertThat(declared).as(name).isEqualTo(content.parameterNames());
		});
	}

	@Test
	void tableFieldsReadKeysTheRowsHaveWithTheirTypes() {
		contents().forEach((name, content) -> {
			JasperReport report = this.templates.get(name);
			Map<String, Object> supplied = JasperPdf.parameters(content);
			Map<String, JRDataset> datasets = new HashMap<>();
			for (JRDataset dataset : report.getDatasets()) {
				datasets.put(dataset.getName(), dataset);
			}
			List<JRDatasetRun> runs = datasetRuns(report);
			assertThat(runs).as(name).isNotEmpty();
			for (JRDatasetRun run : runs) {
				String expression = run.getDataSourceExpression().getText();
				String parameter = expression.replaceAll(".*\\$P\\{(\\w+)\\}.*", "$1");
				Map<String, Class<?>> keys = keyTypes(name, parameter, content, supplied.get(parameter));
				for (JRField field : datasets.get(run.getDatasetName()).getFields()) {
					assertThat(keys).as("%s: %s reads %s", name, parameter, field.getName())
						.containsKey(field.getName());
					Class<?> type = keys.get(field.getName());
					if (type != null) {
						assertThat(field.getValueClass()).as("%s: %s.%s", name, parameter, field.getName())
							.isAssignableFrom(type);
					}
				}
			}
		});
	}

	private static Map<String, Class<?>> keyTypes(String report, String parameter, ReportContent content, Object rows) {
		Map<String, Class<?>> keys = new HashMap<>();
		for (TableRows table : content.tables()) {
			if (table.table().name().equals(parameter)) {
				// The roster has a column per class day: check the widest class the
				// layout allows.
				Table<?> spec = parameter.equals("roster")
						? ClassReport.roster(Stream.iterate(LocalDate.of(2026, 3, 16), (day) -> day.plusDays(1))
							.limit(ClassReportData.MAX_DAYS)
							.toList())
						: table.table();
				for (Table.Column<?> column : spec.columns()) {
					keys.put(column.key(), switch (column.kind()) {
						case TEXT, DATE -> String.class;
						case COUNT, MONEY, NUMBER -> Long.class;
						case RATIO -> Double.class;
					});
				}
				keys.put(Table.TOTAL, Boolean.class);
				if (table.table().highlights()) {
					keys.put(Table.HIGHLIGHT, String.class);
					keys.put(Table.MARK, String.class);
				}
				return keys;
			}
		}
		assertThat(rows).as("%s: %s is a list of rows", report, parameter).isInstanceOf(List.class);
		for (Object row : (List<?>) rows) {
			((Map<?, ?>) row)
				.forEach((key, value) -> keys.put(key.toString(), (value != null) ? value.getClass() : null));
		}
		return keys;
	}

	private static List<JRDatasetRun> datasetRuns(JasperReport report) {
		List<JRDatasetRun> runs = new ArrayList<>();
		List<JRBand> bands = new ArrayList<>();
		bands.add(report.getTitle());
		bands.add(report.getPageHeader());
		bands.add(report.getPageFooter());
		bands.addAll(List.of(report.getDetailSection().getBands()));
		for (JRBand band : bands) {
			if (band != null) {
				collect(band.getElements(), runs);
			}
		}
		return runs;
	}

	private static void collect(JRElement[] elements, List<JRDatasetRun> runs) {
		for (JRElement element : elements) {
			if (element instanceof JRFrame frame) {
				collect(frame.getElements(), runs);
			}
			if (element instanceof JRComponentElement component) {
				if (component.getComponent() instanceof TableComponent table) {
					runs.add(table.getDatasetRun());
				}
				else if (component.getComponent() instanceof ListComponent list) {
					runs.add(list.getDatasetRun());
				}
			}
		}
	}

}
