package vn.congdoan.taphuan.national;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdoan.taphuan.common.UserInputException;

/**
 * The JasperReports side of the national feature: its templates
 * ({@code classpath:reports/national/<name>.jrxml}, or the administrator's customised
 * copy {@code <taphuan.reports.template-dir>/<name>.jrxml}; only JRXML source, never a
 * compiled file, since a template's expressions are code run here), each compiled once
 * and kept while its source is unchanged; filling with text in NFC and the Vietnamese
 * locale; exporting one or several filled documents (a portrait report and its landscape
 * appendix) as one PDF or one DOCX.
 */
final class NationalJasper {

	static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

	private static final Logger logger = LoggerFactory.getLogger(NationalJasper.class);

	private static final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

	private final Path overrideFolder;

	private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();

	NationalJasper(Path overrideFolder) {
		this.overrideFolder = overrideFolder;
	}

	/** Fills a template with parameters (no data source: tables are parameters). */
	JasperPrint fill(String template, Map<String, Object> parameters) {
		JasperReport report = compile(template);
		Map<String, Object> values = new HashMap<>();
		parameters.forEach((name, value) -> values.put(name, value(value)));
		values.put(JRParameter.REPORT_LOCALE, NationalCharts.VIETNAMESE);
		values.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(TIME_ZONE));
		try {
			return JasperFillManager.getInstance(this.context).fill(report, values, new JREmptyDataSource(1));
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot fill report template " + template + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes the documents as one PDF (each with its own page size and orientation), with
	 * title, author and subject in its metadata, through a temporary file.
	 */
	void pdf(List<JasperPrint> prints, Path target, String title, String author, String subject) throws IOException {
		JRPdfExporter exporter = new JRPdfExporter(this.context);
		exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(nfc(title));
		configuration.setMetadataAuthor(nfc(author));
		configuration.setMetadataSubject(nfc(subject));
		configuration.setMetadataCreator("taphuan");
		configuration.setDisplayMetadataTitle(true);
		configuration.setCompressed(true);
		exporter.setConfiguration(configuration);
		write(target, ".pdf", (out) -> {
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
			exporter.exportReport();
		});
	}

	/** Writes the documents as one DOCX, for an office to edit before signing. */
	void docx(List<JasperPrint> prints, Path target) throws IOException {
		JRDocxExporter exporter = new JRDocxExporter(this.context);
		exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
		SimpleDocxReportConfiguration configuration = new SimpleDocxReportConfiguration();
		// rows grow with their text in Word: the fonts Word substitutes are wider than
		// the PDF's, and fixed rows cut the last line off
		configuration.setFlexibleRowHeight(true);
		exporter.setConfiguration(configuration);
		write(target, ".docx", (out) -> {
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
			exporter.exportReport();
		});
	}

	private static void write(Path target, String suffix, Export export) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, ".taphuan-", suffix);
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				export.to(out);
			}
			catch (JRException ex) {
				throw new IllegalStateException("Cannot export " + target.getFileName() + ": " + ex.getMessage(), ex);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The compiled template of this name, compiling it on first use. */
	JasperReport compile(String name) {
		Source source = source(name);
		Compiled current = compiled.get(source.location());
		if (current != null && current.sha256().equals(source.sha256())) {
			return current.report();
		}
		long start = System.nanoTime();
		try (InputStream in = new ByteArrayInputStream(source.bytes())) {
			JasperReport report = JasperCompileManager.getInstance(this.context).compile(in);
			compiled.put(source.location(), new Compiled(source.sha256(), report));
			logger.info("Compiled report template {} from {} in {} ms", name, source.location(),
					(System.nanoTime() - start) / 1_000_000);
			return report;
		}
		catch (JRException ex) {
			if (source.override()) {
				throw new UserInputException("Mẫu báo cáo tùy chỉnh " + source.location() + " không biên dịch được: "
						+ ex.getMessage() + ". Sửa mẫu, hoặc xóa tệp để dùng mẫu có sẵn.");
			}
			throw new IllegalStateException("Bundled report template " + name + " does not compile", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Source source(String name) {
		String fileName = name + ".jrxml";
		if (this.overrideFolder != null) {
			Path override = this.overrideFolder.resolve(fileName);
			if (Files.isRegularFile(override)) {
				try {
					return new Source(override.toString(), Files.readAllBytes(override), true);
				}
				catch (IOException ex) {
					throw new UserInputException(
							"Không đọc được mẫu báo cáo tùy chỉnh " + override + ": " + ex.getMessage());
				}
			}
		}
		String resource = "reports/national/" + fileName;
		try (InputStream in = NationalJasper.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Report template missing from the classpath: " + resource);
			}
			return new Source("classpath:" + resource, in.readAllBytes(), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A value as a template gets it: text in NFC, lists and maps converted element by
	 * element.
	 */
	static Object value(Object value) {
		if (value instanceof String text) {
			return nfc(text);
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

	static String nfc(String text) {
		return (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	private interface Export {

		void to(OutputStream out) throws JRException, IOException;

	}

	private record Source(String location, byte[] bytes, boolean override) {

		String sha256() {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.bytes));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private record Compiled(String sha256, JasperReport report) {
	}

	/**
	 * A chart handed to a template as an image that draws itself, so the PDF keeps it as
	 * vectors; its title is left out (the heading above it says it). Built from its
	 * recipe for each drawing.
	 */
	static final class ChartDrawing extends AbstractRenderer implements Graphics2DRenderable {

		private static final long serialVersionUID = 1L;

		private final transient Supplier<JFreeChart> recipe;

		ChartDrawing(Supplier<JFreeChart> recipe) {
			this.recipe = recipe;
		}

		@Override
		public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
			JFreeChart chart = this.recipe.get();
			TextTitle title = chart.getTitle();
			if (title != null) {
				title.setVisible(false);
			}
			chart.draw(graphics, area);
		}

	}

}
