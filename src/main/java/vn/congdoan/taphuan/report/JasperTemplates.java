package vn.congdoan.taphuan.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdoan.taphuan.common.UserInputException;

/**
 * The report templates: {@code classpath:reports/<name>.jrxml}, or
 * {@code <override folder>/<name>.jrxml} when the administrator has configured a folder
 * of customised templates and the file is there. Each template is compiled once per
 * process and kept, keyed by the SHA-256 of its source, so an edited override is picked
 * up on the next use without recompiling the others. Only JRXML source is ever read —
 * never a compiled {@code .jasper} — and only from these two places: a template's
 * expressions are Java code run in this process.
 * <p>
 * There is deliberately no on-disk cache of compiled templates: in a fresh process the
 * first compilation takes about 1.3–2 s (most of it starting the JasperReports engine and
 * the Eclipse compiler) and each further template under 0.2 s, while loading the same
 * template from a serialized {@code .jasper} file still took 0.4–0.75 s. Saving about a
 * second per command is not worth a Java deserialization of files in a writable folder.
 */
final class JasperTemplates {

	private static final Logger logger = LoggerFactory.getLogger(JasperTemplates.class);

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

	private final Path overrideFolder;

	private final JasperReportsContext context;

	private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

	/**
	 * @param overrideFolder the administrator's folder of customised templates, or
	 * {@code null}
	 */
	JasperTemplates(Path overrideFolder) {
		this.overrideFolder = overrideFolder;
		this.context = DefaultJasperReportsContext.getInstance();
		if (overrideFolder != null && !Files.isDirectory(overrideFolder)) {
			throw new UserInputException("Thư mục mẫu báo cáo tùy chỉnh (taphuan.reports.template-dir) không tồn tại: "
					+ overrideFolder + ". Tạo thư mục hoặc bỏ thiết lập này để dùng mẫu có sẵn.");
		}
	}

	JasperReportsContext context() {
		return this.context;
	}

	/** The compiled template of this name, compiling it on first use. */
	JasperReport get(String name) {
		Source source = source(name);
		Compiled current = this.compiled.get(name);
		if (current != null && current.sha256().equals(source.sha256())) {
			return current.report();
		}
		Compiled fresh = this.compiled.compute(name,
				(key, existing) -> (existing != null && existing.sha256().equals(source.sha256())) ? existing
						: compile(name, source));
		return fresh.report();
	}

	/** Where the template of this name is read from, for messages and logs. */
	String location(String name) {
		return source(name).location();
	}

	private Compiled compile(String name, Source source) {
		long start = System.nanoTime();
		try (InputStream in = new ByteArrayInputStream(source.bytes())) {
			JasperReport report = JasperCompileManager.getInstance(this.context).compile(in);
			logger.info("Compiled report template {} from {} in {} ms", name, source.location(),
					(System.nanoTime() - start) / 1_000_000);
			return new Compiled(source.sha256(), report);
		}
		catch (JRException ex) {
			if (source.override()) {
				throw new UserInputException("Mẫu báo cáo tùy chỉnh " + source.location() + " không biên dịch được: "
						+ ex.getMessage() + ". Sửa mẫu trong Jaspersoft Studio, hoặc xóa tệp để dùng mẫu có sẵn.");
			}
			throw new IllegalStateException("Bundled report template " + name + " does not compile", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Source source(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a template name: " + name);
		}
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
		String resource = "reports/" + fileName;
		try (InputStream in = JasperTemplates.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Report template missing from the classpath: " + resource);
			}
			return new Source("classpath:" + resource, in.readAllBytes(), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

}
