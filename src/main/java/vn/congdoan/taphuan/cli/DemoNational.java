package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.national.NationalImportSummary;
import vn.congdoan.taphuan.national.NationalImports;
import vn.congdoan.taphuan.national.NationalReportFiles;
import vn.congdoan.taphuan.national.NationalReports;
import vn.congdoan.taphuan.national.StatisticalForms;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;

/**
 * The demo's national stage: each loaded plan's statistical form written from its
 * reconciliation into {@code OUT/bieu-thong-ke/} (as a province sends it), imported with
 * the sample forms of the other provinces ({@code data-samples/national/<year>/}), and
 * the national report written into {@code OUT/bao-cao/}.
 */
@Component
class DemoNational {

	private final Plans plans;

	private final StatisticalForms forms;

	private final NationalImports imports;

	private final NationalReports reports;

	DemoNational(Plans plans, StatisticalForms forms, NationalImports imports, NationalReports reports) {
		this.plans = plans;
		this.forms = forms;
		this.imports = imports;
		this.reports = reports;
	}

	List<Map<String, Object>> run(Path samples, Path out, PrintWriter err) {
		List<Map<String, Object>> written = new ArrayList<>();
		for (int year : this.plans.all().stream().mapToInt(Plan::year).distinct().sorted().toArray()) {
			List<Path> files = new ArrayList<>();
			for (Plan plan : this.plans.all()) {
				if (plan.year() == year) {
					files.add(this.forms.writeXlsx(this.forms.figures(plan.code()),
							out.resolve("bieu-thong-ke").resolve(StatisticalForms.fileName(plan.code()))));
				}
			}
			Path folder = samples.resolve("national").resolve(Integer.toString(year));
			if (Files.isDirectory(folder)) {
				files.addAll(this.imports.collect(List.of(folder)));
			}
			NationalImportSummary summary = this.imports.importFiles(files, year, null, (outcome) -> {
			});
			NationalImportSummary.Totals totals = summary.totals();
			err.printf("Biểu thống kê năm %d: %d tệp — %d đã nhập, %d không đổi, %d bị từ chối; %d cảnh báo%n", year,
					totals.files(), totals.imported(), totals.unchanged(), totals.rejected(), totals.warnings());
			NationalReportFiles report = this.reports.render(year, null, null, out.resolve("bao-cao"));
			err.printf("Báo cáo tổng hợp toàn quốc năm %d: %s (%d trang); %d/%d tỉnh, thành phố đã gửi; chưa có: %s%n",
					year, report.pdf(), report.pages(), report.provincesReceived(), report.provinces(),
					String.join(", ", report.missing()));
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("year", year);
			entry.put("imports", totals);
			entry.put("pdf", report.pdf().toString());
			entry.put("docx", report.docx().toString());
			entry.put("xlsx", report.xlsx().toString());
			entry.put("missing", report.missing());
			written.add(entry);
		}
		return written;
	}

}
