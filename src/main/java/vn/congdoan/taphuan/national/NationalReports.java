package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.national.NationalFigures.Ranked;

/**
 * {@code report national}: the national federation's summary of a year's statistical
 * forms, from the Tổng Liên đoàn's department to its leadership, in administrative form —
 * who sent a form and who did not, national totals by programme type and their breakdown,
 * a row per province and sectoral union, rankings and a chart per indicator, the warnings
 * the import found, and the national roll-up of the form as a landscape appendix. Written
 * as PDF, DOCX (to edit before signing), XLSX (the same tables, and the roll-up as a
 * form) and one PNG per chart. Aggregates only: nothing names a person.
 */
@Component
public class NationalReports {

	private static final Logger logger = LoggerFactory.getLogger(NationalReports.class);

	private final NationalFigures figures;

	private final ReportingUnits units;

	private final NationalJasper jasper;

	private final String department;

	private final String documentSymbol;

	private final Clock clock;

	/**
	 * @param department the federation's department that writes the report
	 * ({@code taphuan.national.department})
	 * @param documentSymbol what follows the number in "Số: …/BC-BTC"
	 * ({@code taphuan.national.document-symbol})
	 * @param templateDir the administrator's folder of customised templates, or
	 * {@code null}
	 */
	public NationalReports(NationalFigures figures, ReportingUnits units,
			@Value("${taphuan.national.department:Ban Tổ chức}") String department,
			@Value("${taphuan.national.document-symbol:BC-BTC}") String documentSymbol,
			@Value("${taphuan.reports.template-dir:#{null}}") Path templateDir, Clock clock) {
		this.figures = figures;
		this.clock = clock;
		this.units = units;
		this.department = department;
		this.documentSymbol = documentSymbol;
		this.jasper = new NationalJasper(
				(templateDir == null || templateDir.toString().isBlank()) ? null : templateDir);
	}

	/** The base of the file names: {@code bao-cao-toan-quoc-2026}. */
	public static String baseName(int year) {
		return "bao-cao-toan-quoc-" + year;
	}

	/**
	 * Writes the report of a year into a folder.
	 * @param number the document number ("15" of "15/BC-BTC"), or {@code null} for blank
	 * @param date the date on the document, or {@code null} for a blank day and month
	 */
	public NationalReportFiles render(int year, String number, LocalDate date, Path outDir) {
		if (year < 2000 || year > 2100) {
			throw new UserInputException("Năm không hợp lệ: " + year + ". Ghi năm 4 chữ số, ví dụ --year 2026.");
		}
		long start = System.nanoTime();
		NationalReportContent content = content(year, number, date);
		String base = baseName(year);
		Path pdf = outDir.resolve(base + ".pdf");
		Path docx = outDir.resolve(base + ".docx");
		Path xlsx = outDir.resolve(base + ".xlsx");
		List<Path> charts = new ArrayList<>();
		try {
			Files.createDirectories(outDir);
			Map<String, Object> parameters = content.parameters();
			JasperPrint report = this.jasper.fill(NationalReportContent.TEMPLATE, parameters);
			JasperPrint appendix = this.jasper.fill(FormPrint.TEMPLATE, content.appendix());
			this.jasper.pdf(List.of(report, appendix), pdf, content.title(), content.author(), content.subject());
			// Word lays the pages out again: a page number printed in the flow would land
			// anywhere, so the DOCX goes without and the office numbers its pages in Word
			Map<String, Object> forWord = new LinkedHashMap<>(parameters);
			forWord.put("pageNumbers", Boolean.FALSE);
			this.jasper.docx(List.of(this.jasper.fill(NationalReportContent.TEMPLATE, forWord), appendix), docx);
			NationalWorkbook.write(content, xlsx);
			int index = 1;
			for (NationalReportContent.Chart chart : content.charts()) {
				Path png = outDir.resolve(base + "-bieu-do-" + index++ + ".png");
				NationalCharts.writePng(chart.recipe().get(), png, 520, chart.height());
				charts.add(png);
			}
			int pages = report.getPages().size() + appendix.getPages().size();
			logger.info("Rendered national report {} ({} pages, {} charts) in {} ms", pdf, pages, charts.size(),
					(System.nanoTime() - start) / 1_000_000);
			return new NationalReportFiles(pdf, xlsx, docx, charts, pages, content.provinces(),
					content.provincesReceived(), content.sectoralReceived(),
					content.missing().stream().map((missing) -> missing.unit().code()).toList(),
					content.warnings().size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the national report into " + outDir, ex);
		}
	}

	/** What the report says, from the database. */
	NationalReportContent content(int year, String number, LocalDate date) {
		Map<Indicator, List<Ranked>> rankings = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			rankings.put(indicator, this.figures.ranking(year, indicator));
		}
		Map<Indicator, Map<FormRow, NationalFigures.Paired>> ratios = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			if (indicator.isRatio()) {
				ratios.put(indicator, this.figures.paired(year, indicator.numerator(), indicator.denominator()));
			}
		}
		Map<FormRow, NationalFigures.Paired> settled = this.figures.paired(year, FormColumn.SETTLED,
				FormColumn.ESTIMATE_SETTLED);
		return new NationalReportContent(year, number, date, LocalDate.now(this.clock), this.department,
				this.documentSymbol, this.units.provinces().size(), this.figures.totals(year), this.figures.units(year),
				this.figures.details(year), this.figures.missing(year), this.figures.unidentified(year), rankings,
				ratios, settled, this.figures.warnings(year), this.units.all());
	}

}
