package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

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

	private final AtomicBoolean preparing = new AtomicBoolean();

	/** Writes a report's XLSX and PNG charts beside its PDF. */
	private final ExecutorService beside = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "report-beside-pdf");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * @param templateDir folder of customised templates ({@code <name>.jrxml}), or
	 * {@code null} for the bundled ones only
	 */
	public Reports(@Value("${taphuan.reports.template-dir:#{null}}") Path templateDir) {
		boolean none = templateDir == null || templateDir.toString().isBlank();
		this.pdf = new JasperPdf(new JasperTemplates(none ? null : templateDir));
	}

	/**
	 * Gets the renderer ready in the background, once per process: compiles the report
	 * templates (about 2 s in a fresh process, most of it starting the JasperReports
	 * engine and the Eclipse compiler) and registers the charts' fonts with AWT. For
	 * commands that do something long before their report, such as reconciling: the
	 * report then starts ready. A report asked for meanwhile waits for the template it
	 * needs; a template that fails to compile here fails again, with its message, when a
	 * report uses it.
	 */
	public void prepareInBackground() {
		if (!this.preparing.compareAndSet(false, true)) {
			return;
		}
		Thread thread = new Thread(() -> {
			long start = System.nanoTime();
			try {
				ChartTheme.integers();
				for (String template : List.of(MonthlyReport.TEMPLATE, YearEndReport.TEMPLATE,
						YearEndReport.APPENDIX_TEMPLATE, ClassReport.TEMPLATE)) {
					this.pdf.prepare(template);
				}
				logger.debug("Report templates and fonts ready in {} ms", (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException ex) {
				logger.debug("Preparing the report templates failed; the report will say why", ex);
			}
		}, "report-preparation");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/** The monthly progress report for the Standing Committee. */
	public ReportFiles renderMonthly(MonthlyReportData data, Path outDir) {
		return render(MonthlyReport.content(data), outDir, false);
	}

	/**
	 * The year-end result report to the Tổng LĐLĐ, in administrative form: PDF, XLSX and
	 * the DOCX an office edits before signing.
	 */
	public ReportFiles renderYearEnd(YearEndReportData data, Path outDir) {
		return render(YearEndReport.content(data), outDir, true);
	}

	/** The reconciliation of one class, with phone and CCCD masked. */
	public ReportFiles renderClass(ClassReportData data, Path outDir) {
		return render(ClassReport.content(data), outDir, false);
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

	/**
	 * The PDF, while other threads write the XLSX (both read the same rows), the DOCX
	 * when asked, and the PNG charts (drawn on their own chart objects).
	 */
	private ReportFiles render(ReportContent content, Path outDir, boolean withDocx) {
		long start = System.nanoTime();
		Future<Long> xlsx = null;
		Future<Long> png = null;
		Future<Long> docx = null;
		try {
			Files.createDirectories(outDir);
			Path pdfFile = outDir.resolve(content.baseName() + ".pdf");
			Path xlsxFile = outDir.resolve(content.baseName() + ".xlsx");
			Path docxFile = withDocx ? outDir.resolve(content.baseName() + ".docx") : null;
			List<Path> charts = new ArrayList<>();
			for (int i = 0; i < content.charts().size(); i++) {
				charts.add(outDir.resolve(content.baseName() + "-bieu-do-" + (i + 1) + ".png"));
			}
			xlsx = this.beside.submit(() -> writeXlsx(content, xlsxFile));
			png = this.beside.submit(() -> writePngs(content.charts(), charts));
			if (withDocx) {
				docx = this.beside.submit(() -> YearEndDocx.write(content, docxFile));
			}
			int pages = this.pdf.render(content, pdfFile);
			long pdfMillis = (System.nanoTime() - start) / 1_000_000;
			long xlsxMillis = finish(xlsx);
			xlsx = null;
			long pngMillis = finish(png);
			png = null;
			long docxMillis = (docx != null) ? finish(docx) : 0;
			docx = null;
			logger.info(
					"Rendered {} ({} pages, {} charts) in {} ms: PDF {} ms, beside it XLSX {} ms, DOCX {} ms and PNG "
							+ "charts {} ms",
					pdfFile, pages, charts.size(), (System.nanoTime() - start) / 1_000_000, pdfMillis, xlsxMillis,
					docxMillis, pngMillis);
			return new ReportFiles(pdfFile, xlsxFile, charts, pages, docxFile, null, 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write report " + content.baseName() + " into " + outDir, ex);
		}
		finally {
			// after a failure, let the others end before the rows are closed under them
			awaitQuietly(xlsx);
			awaitQuietly(png);
			awaitQuietly(docx);
			content.allTables().forEach(TableRows::close);
		}
	}

	/**
	 * @return the milliseconds it took
	 */
	private static long writePngs(List<ChartImage> images, List<Path> files) {
		long start = System.nanoTime();
		for (int i = 0; i < images.size(); i++) {
			ChartImage image = images.get(i);
			ChartTheme.writePng(image.chart(), files.get(i), image.width(), image.height(), PNG_SCALE);
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void awaitQuietly(Future<?> task) {
		if (task == null) {
			return;
		}
		try {
			task.get();
		}
		catch (ExecutionException ex) {
			// the first failure is the one reported
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * @return the milliseconds it took
	 */
	private static long writeXlsx(ReportContent content, Path xlsxFile) throws IOException {
		long start = System.nanoTime();
		try (XlsxWorkbook workbook = new XlsxWorkbook()) {
			workbook.info("Thông tin", content.title(), content.info());
			for (TableRows table : content.allTables()) {
				workbook.table(table, table.table().sheet() + " — " + content.title());
			}
			workbook.write(xlsxFile);
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long finish(Future<Long> xlsx) throws IOException {
		try {
			return xlsx.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing the XLSX", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

}
