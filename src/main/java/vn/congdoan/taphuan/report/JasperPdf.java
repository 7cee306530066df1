package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * Fills a template with a report's content and exports it as PDF: text normalised to NFC,
 * numbers formatted the Vietnamese way (report locale vi-VN), dates as dd/MM/yyyy, charts
 * as vector drawings, fonts embedded (the font extensions, DejaVu and Liberation Serif,
 * are Identity-H and embedded), and the document's title, author and subject in its
 * metadata. A report's appendices, each filled from its own template (a landscape
 * appendix of a portrait document), follow its pages in the same PDF. A report without
 * charts holds at most {@value #PAGES_IN_MEMORY} pages in memory at a time.
 */
final class JasperPdf {

	private static final Logger logger = LoggerFactory.getLogger(JasperPdf.class);

	static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

	/**
	 * Pages a report without charts keeps in memory while it is filled and exported; the
	 * others wait in a swap file in the temporary folder, so that a long report (a class
	 * roster of thousands of trainees) needs no more heap than a short one. At 1M rows
	 * the 5,000-trainee class report's heap after GC went from 100-117 MB to 64 MB, at no
	 * measurable cost in time.
	 */
	static final int PAGES_IN_MEMORY = 30;

	private static final int SWAP_BLOCK_SIZE = 4096;

	private static final int SWAP_GROW_BLOCKS = 256;

	private final JasperTemplates templates;

	private final int pagesInMemory;

	JasperPdf(JasperTemplates templates) {
		this(templates, PAGES_IN_MEMORY);
	}

	JasperPdf(JasperTemplates templates, int pagesInMemory) {
		this.templates = templates;
		this.pagesInMemory = pagesInMemory;
	}

	/** The parameters the template gets, as it gets them. */
	static Map<String, Object> parameters(ReportContent content) {
		Map<String, Object> parameters = new HashMap<>();
		content.parameters().forEach((name, value) -> parameters.put(name, value(value)));
		for (TableRows table : content.tables()) {
			parameters.put(table.table().name(), (table.rows() instanceof StreamedRows streamed)
					? streamed.map(JasperPdf::row) : value(table.rows()));
		}
		for (int i = 0; i < content.charts().size(); i++) {
			parameters.put("chart" + (i + 1), new ChartRenderable(content.charts().get(i).chart()));
		}
		parameters.put(JRParameter.REPORT_LOCALE, ChartTheme.VIETNAMESE);
		parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(TIME_ZONE));
		return parameters;
	}

	/** Compiles the template now (see {@link JasperTemplates#get}). */
	void prepare(String template) {
		this.templates.get(template);
	}

	/**
	 * Fills and exports; writes through a temporary file beside the target.
	 * @return the number of pages
	 */
	int render(ReportContent content, Path target) throws IOException {
		long start = System.nanoTime();
		JasperReport report = this.templates.get(content.template());
		List<JasperReport> appendices = new ArrayList<>();
		for (ReportContent appendix : content.appendices()) {
			appendices.add(this.templates.get(appendix.template()));
		}
		long compiled = System.nanoTime();
		Map<String, Object> parameters = parameters(content);
		// a page with a chart holds the live chart, which does not serialize: reports
		// with
		// charts (the monthly, a few pages) stay in memory
		JRSwapFileVirtualizer virtualizer = content.charts().isEmpty()
				? new JRSwapFileVirtualizer(this.pagesInMemory,
						new JRSwapFile(System.getProperty("java.io.tmpdir"), SWAP_BLOCK_SIZE, SWAP_GROW_BLOCKS), true)
				: null;
		if (virtualizer != null) {
			parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		}
		try {
			List<JasperPrint> prints = new ArrayList<>();
			prints.add(fill(content, report, parameters));
			for (int i = 0; i < appendices.size(); i++) {
				ReportContent appendix = content.appendices().get(i);
				Map<String, Object> appendixParameters = parameters(appendix);
				if (virtualizer != null) {
					appendixParameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
				}
				prints.add(fill(appendix, appendices.get(i), appendixParameters));
			}
			if (virtualizer != null) {
				virtualizer.setReadOnly(true);
			}
			long filled = System.nanoTime();
			export(content, prints, target);
			int pages = prints.stream().mapToInt((print) -> print.getPages().size()).sum();
			logger.debug("{}: template {} ms, fill {} ms ({} pages), PDF export {} ms", content.baseName(),
					(compiled - start) / 1_000_000, (filled - compiled) / 1_000_000, pages,
					(System.nanoTime() - filled) / 1_000_000);
			return pages;
		}
		finally {
			if (virtualizer != null) {
				virtualizer.cleanup();
			}
		}
	}

	private JasperPrint fill(ReportContent content, JasperReport report, Map<String, Object> parameters) {
		try {
			return JasperFillManager.getInstance(this.templates.context())
				.fill(report, parameters, new JREmptyDataSource(1));
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot fill report template " + this.templates.location(content.template())
					+ ": " + ex.getMessage(), ex);
		}
	}

	/** The parts of a report as one PDF: the body, then its appendices, pages in turn. */
	private void export(ReportContent content, List<JasperPrint> prints, Path target) throws IOException {
		JRPdfExporter exporter = new JRPdfExporter(this.templates.context());
		exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(nfc(content.title()));
		configuration.setMetadataAuthor(nfc(content.author()));
		configuration.setMetadataSubject(nfc(content.subject()));
		configuration.setMetadataCreator("taphuan");
		configuration.setDisplayMetadataTitle(true);
		configuration.setCompressed(true);
		exporter.setConfiguration(configuration);
		Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".taphuan-", ".pdf");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
				exporter.exportReport();
			}
			catch (JRException ex) {
				throw new IllegalStateException("Cannot export " + content.baseName() + " as PDF: " + ex.getMessage(),
						ex);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * A value as a template gets it: text in NFC, dates as dd/MM/yyyy text, lists and
	 * maps converted element by element (a streamed table row by row, as it is read).
	 */
	private static Object value(Object value) {
		if (value instanceof String text) {
			return nfc(text);
		}
		if (value instanceof LocalDate date) {
			return VietnameseFormat.date(date);
		}
		if (value instanceof Collection<?> list) {
			List<Object> converted = new ArrayList<>(list.size());
			list.forEach((element) -> converted.add(value(element)));
			return converted;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> converted = new LinkedHashMap<>();
			map.forEach((key, element) -> converted.put(key.toString(), value(element)));
			return converted;
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> row(Map<String, Object> row) {
		return (Map<String, Object>) value(row);
	}

	private static String nfc(String text) {
		return (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
