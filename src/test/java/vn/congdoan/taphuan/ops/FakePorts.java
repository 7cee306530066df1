package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Stand-ins for the reconcile and report features, for tests only: they record every
 * call, write a small real PDF, XLSX and PNG per report, and can be told to fail or to
 * wait. Active only with {@code taphuan.test.fake-ports=true}, so that a test can also
 * show what happens when no implementation is present; primary, so that they stand in for
 * the real implementations once those are in the build. A plain configuration (not a test
 * one) so that component scanning finds it in the applications {@code Cli} boots; state
 * is static because {@code Cli} boots a new application for every command.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "taphuan.test.fake-ports", havingValue = "true")
public class FakePorts {

	/**
	 * Every call, in order: "reconcile AG-2026 2026-10-31", "monthly AG-2026 2026-10",
	 * ...
	 */
	public static final List<String> calls = Collections.synchronizedList(new ArrayList<>());

	/** Open findings each reconciliation reports. */
	public static volatile int findings = 7;

	/** How many times a run asked the report port to get ready in the background. */
	public static final AtomicInteger prepared = new AtomicInteger();

	/** How many of the next render calls fail (a crash in the render step). */
	public static final AtomicInteger renderFailures = new AtomicInteger();

	/**
	 * When set, reconciliation waits here (after counting down
	 * {@link #reconcileEntered}).
	 */
	public static volatile CountDownLatch reconcileGate;

	public static volatile CountDownLatch reconcileEntered;

	public static void reset() {
		calls.clear();
		findings = 7;
		renderFailures.set(0);
		prepared.set(0);
		reconcileGate = null;
		reconcileEntered = null;
	}

	public static long count(String prefix) {
		synchronized (calls) {
			return calls.stream().filter((call) -> call.startsWith(prefix)).count();
		}
	}

	@Bean
	@Primary
	Reconciliation fakeReconciliation() {
		return (String planCode, LocalDate asOf) -> {
			calls.add("reconcile " + planCode + " " + asOf);
			CountDownLatch entered = reconcileEntered;
			if (entered != null) {
				entered.countDown();
			}
			CountDownLatch gate = reconcileGate;
			if (gate != null) {
				try {
					if (!gate.await(60, TimeUnit.SECONDS)) {
						throw new IllegalStateException("test gate never opened");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return new ReconcileOutcome(planCode, findings);
		};
	}

	@Bean
	@Primary
	ReportRendering fakeReportRendering() {
		return new ReportRendering() {

			@Override
			public List<Path> renderMonthly(String planCode, YearMonth month, Path outDir) {
				calls.add("monthly " + planCode + " " + month);
				return write(outDir, "bao-cao-thang-" + month + "-" + planCode);
			}

			@Override
			public List<Path> renderYearEnd(String planCode, Path outDir) {
				calls.add("year-end " + planCode);
				return write(outDir, "bao-cao-nam-" + planCode);
			}

			@Override
			public void prepareInBackground() {
				prepared.incrementAndGet();
			}

		};
	}

	private static List<Path> write(Path outDir, String name) {
		if (renderFailures.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("simulated crash while rendering " + name);
		}
		try {
			Path pdf = Files.writeString(outDir.resolve(name + ".pdf"),
					"%PDF-1.4\n% taphuan test report " + name + "\n%%EOF\n", StandardCharsets.ISO_8859_1);
			Path xlsx = outDir.resolve(name + ".xlsx");
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.createSheet("Báo cáo").createRow(0).createCell(0).setCellValue(name);
				workbook.write(out);
			}
			Path png = Files.write(outDir.resolve(name + "-bieu-do.png"),
					new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			return List.of(pdf, xlsx, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
