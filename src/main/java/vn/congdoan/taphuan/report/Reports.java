package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders the three reports from their records: each as a PDF (the JasperReports template
 * of {@code reports/}, or the administrator's customised copy in
 * {@code taphuan.reports.template-dir}), an XLSX workbook with the same tables, and its
 * charts as PNG files, all in the output folder.
 */
@Component
public class Reports {

	private static final Logger logger = LoggerFactory.getLogger(Reports.class);

	/** PNG pixels per point: charts are drawn at twice their size for slides. */
	private static final double PNG_SCALE = 2.0;

	private final JasperPdf pdf;

	/**
	 * @param templateDir folder of customised templates ({@code <name>.jrxml}), or
	 * {@code null} for the bundled ones only
	 */
	public Reports(@Value("${taphuan.reports.template-dir:#{null}}") Path templateDir) {
		boolean none = templateDir == null || templateDir.toString().isBlank();
		this.pdf = new JasperPdf(new JasperTemplates(none ? null : templateDir));
	}

	/** The monthly progress report for the Standing Committee. */
	public ReportFiles renderMonthly(MonthlyReportData data, Path outDir) {
		return render(MonthlyReport.content(data), outDir);
	}

	/** The year-end result report to the Tổng LĐLĐ, in administrative form. */
	public ReportFiles renderYearEnd(YearEndReportData data, Path outDir) {
		return render(YearEndReport.content(data), outDir);
	}

	/** The reconciliation of one class, with phone and CCCD masked. */
	public ReportFiles renderClass(ClassReportData data, Path outDir) {
		return render(ClassReport.content(data), outDir);
	}

	/**
	 * A ward's printable sign-in sheet for a class (PDF only: it is for paper).
	 * @return the PDF written
	 */
	public Path renderSignIn(SignInSheetData data, Path pdfFile) {
		ReportContent content = SignInSheet.content(data);
		try {
			Path parent = pdfFile.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			int pages = this.pdf.render(content, pdfFile.toAbsolutePath());
			logger.info("Rendered sign-in sheet {} ({} pages)", pdfFile, pages);
			return pdfFile;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write sign-in sheet " + pdfFile, ex);
		}
	}

	private ReportFiles render(ReportContent content, Path outDir) {
		long start = System.nanoTime();
		try {
			Files.createDirectories(outDir);
			Path pdfFile = outDir.resolve(content.baseName() + ".pdf");
			Path xlsxFile = outDir.resolve(content.baseName() + ".xlsx");
			int pages = this.pdf.render(content, pdfFile);
			long pdfDone = System.nanoTime();
			try (XlsxWorkbook workbook = new XlsxWorkbook()) {
				workbook.info("Thông tin", content.title(), content.info());
				for (TableRows table : content.tables()) {
					workbook.table(table, table.table().sheet() + " — " + content.title());
				}
				workbook.write(xlsxFile);
			}
			long xlsxDone = System.nanoTime();
			List<Path> charts = new ArrayList<>();
			for (int i = 0; i < content.charts().size(); i++) {
				ChartImage chart = content.charts().get(i);
				Path png = outDir.resolve(content.baseName() + "-bieu-do-" + (i + 1) + ".png");
				ChartTheme.writePng(chart.chart(), png, chart.width(), chart.height(), PNG_SCALE);
				charts.add(png);
			}
			long end = System.nanoTime();
			logger.info("Rendered {} ({} pages, {} charts) in {} ms: PDF {} ms, XLSX {} ms, PNG charts {} ms", pdfFile,
					pages, charts.size(), (end - start) / 1_000_000, (pdfDone - start) / 1_000_000,
					(xlsxDone - pdfDone) / 1_000_000, (end - xlsxDone) / 1_000_000);
			return new ReportFiles(pdfFile, xlsxFile, charts, pages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write report " + content.baseName() + " into " + outDir, ex);
		}
		finally {
			content.tables().forEach(TableRows::close);
		}
	}

}
