package vn.congdoan.taphuan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.national.NationalReportFiles;
import vn.congdoan.taphuan.national.NationalReports;

/**
 * {@code taphuan report national --year Y [--number N] [--date YYYY-MM-DD] [--out DIR]}.
 */
@Command(name = "national", description = {
		"The national federation's summary of a year's statistical forms (from the Tổng Liên đoàn's department to its "
				+ "leadership, in administrative form): forms received and missing, national totals by programme type, "
				+ "a row per province and sectoral union, rankings and a chart per indicator, the import's warnings, "
				+ "and the national roll-up of the form as a landscape appendix. Aggregates only.",
		"Files: bao-cao-toan-quoc-<Y>.pdf/.docx/.xlsx and -bieu-do-1..5.png." })
class ReportNationalCommand extends ResultCommand {

	@Option(names = "--year", paramLabel = "Y", required = true, description = "The report year, e.g. 2026.")
	int year;

	@Option(names = "--number", paramLabel = "N",
			description = "The document number (\"15\" of 15/BC-BTC); blank when absent.")
	String number;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date on the document; blank when absent.")
	LocalDate date;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: taphuan.output-dir, out/).")
	Path out;

	private final NationalReports reports;

	private final Path outputDir;

	ReportNationalCommand(NationalReports reports, @Value("${taphuan.output-dir:out}") Path outputDir,
			JsonOutput jsonOutput) {
		super(jsonOutput);
		this.reports = reports;
		this.outputDir = outputDir;
	}

	@Override
	public Integer call() {
		NationalReportFiles files = this.reports.render(this.year, this.number, this.date,
				(this.out != null) ? this.out : this.outputDir);
		err().printf("Báo cáo tổng hợp toàn quốc năm %d: %s (%d trang)%n", this.year, files.pdf(), files.pages());
		err().printf("  bản Word: %s%n  bảng tính: %s%n", files.docx(), files.xlsx());
		files.charts().forEach((chart) -> err().printf("  biểu đồ: %s%n", chart));
		err().printf(
				"  %d/%d LĐLĐ tỉnh, thành phố và %d công đoàn ngành đã gửi biểu hợp lệ; chưa có: %s; %d cảnh báo.%n",
				files.provincesReceived(), files.provinces(), files.sectoralReceived(),
				files.missing().isEmpty() ? "không" : String.join(", ", files.missing()), files.warnings());
		if (this.json) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("report", "national");
			document.put("year", this.year);
			document.put("pdf", files.pdf().toString());
			document.put("xlsx", files.xlsx().toString());
			document.put("docx", files.docx().toString());
			document.put("charts", files.charts().stream().map(Path::toString).toList());
			document.put("pages", files.pages());
			Map<String, Object> units = new LinkedHashMap<>();
			units.put("provinces", files.provinces());
			units.put("provincesReceived", files.provincesReceived());
			units.put("sectoralReceived", files.sectoralReceived());
			units.put("missing", files.missing());
			document.put("units", units);
			document.put("warnings", files.warnings());
			printJson(document);
		}
		return ExitCodes.OK;
	}

}
