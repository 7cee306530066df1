package vn.congdoan.taphuan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.intake.ImportSummary;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileSummary;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.report.Narrative;
import vn.congdoan.taphuan.report.PlanReports;
import vn.congdoan.taphuan.report.ReportFiles;

/**
 * Runs the benchmark in this process: generates a synthetic plan and its ward workbooks,
 * measures the decompression floor over those files, then the real pipeline's stages on
 * the same files — import, reconcile, and the monthly, year-end and one class report —
 * each with its peak memory.
 * <p>
 * The synthetic plan has one class per file (a ward's list), spread over the year among
 * 20 wards: national in total, while each class stays the size of one list, as a class
 * report is meant for.
 */
@Component
public class Benchmark {

	static final String PLAN = "BENCH-2026";

	private static final Logger logger = LoggerFactory.getLogger(Benchmark.class);

	private static final int WARDS = 20;

	private static final int DAYS = 3;

	private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

	private final Plans plans;

	private final AttendanceImports imports;

	private final Reconciliations reconciliations;

	private final PlanReports reports;

	public Benchmark(Plans plans, AttendanceImports imports, Reconciliations reconciliations, PlanReports reports) {
		this.plans = plans;
		this.imports = imports;
		this.reconciliations = reconciliations;
		this.reports = reports;
	}

	/**
	 * Runs every stage.
	 * @param rows attendance rows in total
	 * @param fileCount ward workbooks (and classes) to spread them over
	 * @param workDir a scratch folder for the generated files and reports
	 * @param progress hears one line per stage as it finishes
	 */
	public BenchmarkResult run(long rows, int fileCount, Path workDir, Consumer<String> progress) {
		return run(rows, fileCount, workDir, "reports", progress);
	}

	/**
	 * Runs the stages up to and including {@code until} ({@code import},
	 * {@code reconcile} or {@code reports}).
	 */
	public BenchmarkResult run(long rows, int fileCount, Path workDir, String until, Consumer<String> progress) {
		List<String> order = List.of("import", "reconcile", "reports");
		if (!order.contains(until)) {
			throw new UserInputException("--until phải là import, reconcile hoặc reports, không phải '" + until + "'.");
		}
		if (rows < fileCount || fileCount < 1) {
			throw new UserInputException("--rows phải lớn hơn hoặc bằng --files, và --files ít nhất là 1.");
		}
		List<StageResult> stages = new ArrayList<>();
		try {
			Path folder = Files.createDirectories(workDir.resolve("files"));
			Path reportsDir = Files.createDirectories(workDir.resolve("reports"));
			long perFile = rows / fileCount;
			Path planFile = workDir.resolve("bench-plan.yaml");
			Files.writeString(planFile, planYaml(fileCount, rows), StandardCharsets.UTF_8);

			List<Path> files = new ArrayList<>();
			StageResult generated = measure("generate", null, () -> {
				long written = 0;
				for (int i = 1; i <= fileCount; i++) {
					int count = (int) (perFile + ((i == fileCount) ? rows % fileCount : 0));
					Path file = folder.resolve(String.format("%s_%s.xlsx", classCode(i), wardCode(ward(i))));
					written += write(new SyntheticWardFiles.Spec(classCode(i), "Lớp tập huấn số " + i,
							SyntheticWardFiles.days(classStart(i), DAYS), wardName(ward(i)), count, 31L * i + 7), file);
					files.add(file);
				}
				return new Work(written, "synthetic ward workbooks written with fastexcel");
			});
			stages.add(generated);
			progress.accept(line(generated));

			StageResult floor = measure("floor", null, () -> new Work(generated.rows(),
					scan(files) + " cells and shared strings byte-scanned after inflating"));
			stages.add(floor);
			progress.accept(line(floor));

			this.plans.load(planFile);
			StageResult imported = measure("import", floor.seconds(), () -> {
				ImportSummary summary = this.imports.importFiles(files, ImportRequest.of(PLAN, null, null),
						(outcome) -> {
						});
				if (summary.totals().imported() != fileCount) {
					logger.warn("Benchmark import: {}", summary.totals());
				}
				return new Work(generated.rows(),
						summary.totals().imported() + " files imported, " + summary.totals().rowsAccepted()
								+ " rows accepted, " + summary.totals().rowsRejected() + " rejected");
			});
			stages.add(imported);
			progress.accept(line(imported));
			if (until.equals("import")) {
				return result(rows, fileCount, stages);
			}

			if (until.equals("reports")) {
				// as the report commands do: the templates compile while reconcile runs
				this.reports.prepareInBackground();
			}
			StageResult reconciled = measure("reconcile", null, () -> {
				ReconcileSummary summary = this.reconciliations.run(PLAN, AS_OF);
				return new Work(generated.rows(), summary.current() + " findings");
			});
			stages.add(reconciled);
			progress.accept(line(reconciled));
			if (until.equals("reconcile")) {
				return result(rows, fileCount, stages);
			}

			// the month of the run's as-of date: a month's report counts that month and
			// before, from a run as of a day of it
			StageResult monthly = measure("report-monthly", null,
					() -> report(this.reports.monthly(PLAN, YearMonth.from(AS_OF), reportsDir), generated.rows()));
			stages.add(monthly);
			progress.accept(line(monthly));
			StageResult yearEnd = measure("report-year-end", null,
					() -> report(this.reports.yearEnd(PLAN, Narrative.NONE, null, null, reportsDir), generated.rows()));
			stages.add(yearEnd);
			progress.accept(line(yearEnd));
			StageResult classReport = measure("report-class", null,
					() -> report(this.reports.classReport(classCode(1), reportsDir), perFile));
			stages.add(classReport);
			progress.accept(line(classReport));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result(rows, fileCount, stages);
	}

	private static BenchmarkResult result(long rows, int fileCount, List<StageResult> stages) {
		return new BenchmarkResult(rows, fileCount, MemoryPeaks.maxHeapBytes(),
				Runtime.getRuntime().availableProcessors(), stages);
	}

	private static int write(SyntheticWardFiles.Spec spec, Path file) {
		try {
			return SyntheticWardFiles.write(spec, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long scan(List<Path> files) {
		try {
			return DecompressionFloor.scan(files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Work report(ReportFiles files, long rows) {
		return new Work(rows, files.pages() + " pages: " + files.pdf().getFileName());
	}

	/** Runs a stage with its memory peaks reset, sampling the heap while it runs. */
	private static StageResult measure(String name, Double floorSeconds, Supplier<Work> stage) {
		MemoryPeaks.reset();
		try (MemoryPeaks.Sampler sampler = MemoryPeaks.sample()) {
			long cpuStart = MemoryPeaks.processCpuNanos();
			long start = System.nanoTime();
			Work work = stage.get();
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (cpuStart >= 0) ? (MemoryPeaks.processCpuNanos() - cpuStart) / 1e9 : -1;
			return new StageResult(name, seconds, cpuSeconds, work.rows(),
					(work.rows() > 0 && seconds > 0) ? work.rows() / seconds : 0,
					(floorSeconds != null && floorSeconds > 0) ? seconds / floorSeconds : null, sampler.peakHeapBytes(),
					MemoryPeaks.peakRssBytes(), work.note());
		}
	}

	static String line(StageResult stage) {
		return String.format("%-16s %8.2f s %12.0f dòng/s%s  cpu %7.2f s  heap %4d MB%s  %s", stage.stage(),
				stage.seconds(), stage.rowsPerSecond(),
				(stage.ratioToFloor() != null) ? String.format(" %5.1f× nền", stage.ratioToFloor()) : "           ",
				stage.cpuSeconds(), stage.peakHeapBytes() / (1024 * 1024),
				(stage.peakRssBytes() > 0) ? String.format("  RSS %4d MB", stage.peakRssBytes() / (1024 * 1024)) : "",
				stage.note());
	}

	static String classCode(int classNo) {
		return String.format("BN26-CS-%04d", classNo);
	}

	static int ward(int classNo) {
		return (classNo - 1) % WARDS + 1;
	}

	static String wardCode(int ward) {
		return String.format("so-%02d", ward);
	}

	static String wardName(int ward) {
		return String.format("Số %02d", ward);
	}

	/** Classes spread from mid-January to mid-December, three days each. */
	private static LocalDate classStart(int classNo) {
		return LocalDate.of(2026, 1, 12).plusDays(((classNo - 1) * 7L) % 330);
	}

	private static String planYaml(int classes, long rows) {
		long perFile = rows / classes;
		StringBuilder yaml = new StringBuilder();
		yaml.append("# Synthetic plan generated by taphuan bench: not a real province's plan.\n");
		yaml.append("code: ").append(PLAN).append("\nyear: 2026\n");
		yaml.append("title: Kế hoạch mẫu để đo hiệu năng (dữ liệu tổng hợp)\n");
		yaml.append("issuer: { name: Liên đoàn Lao động tỉnh Mẫu, shortName: LĐLĐ tỉnh Mẫu, ")
			.append("parentBody: Tổng Liên đoàn Lao động Việt Nam, place: Mẫu }\n");
		yaml.append("signer: { onBehalfOf: TM. Ban Thường vụ, title: Chủ tịch, name: Người Ký Mẫu }\n");
		yaml.append("units:\n");
		for (int w = 1; w <= Math.min(WARDS, classes); w++) {
			yaml.append("  - { code: ")
				.append(wardCode(w))
				.append(", kind: PHUONG, name: ")
				.append(wardName(w))
				.append(" }\n");
		}
		yaml.append("norms:\n  - { category: MEALS, unit: người/ngày, maxUnitPrice: 150000 }\n");
		yaml.append("programmes:\n  - code: CS\n    kind: GRASSROOTS_CLASSES\n");
		yaml.append("    title: Bồi dưỡng cán bộ công đoàn cơ sở (tổng hợp)\n");
		yaml.append("    eligiblePositions: { from: TO_PHO, to: CHU_TICH }\n");
		yaml.append("    plannedClasses: ").append(classes).append('\n');
		yaml.append("    plannedParticipants: ").append(rows).append('\n');
		yaml.append("classes:\n");
		for (int c = 1; c <= classes; c++) {
			long quota = perFile + ((c == classes) ? rows % classes : 0);
			LocalDate start = classStart(c);
			yaml.append("  - code: ").append(classCode(c)).append("\n    programme: CS\n");
			yaml.append("    title: Lớp tập huấn số ").append(c).append('\n');
			yaml.append("    start: ")
				.append(start)
				.append("\n    end: ")
				.append(start.plusDays(DAYS - 1))
				.append('\n');
			yaml.append("    quota: ").append(quota).append('\n');
			yaml.append("    allocations: { ").append(wardCode(ward(c))).append(": ").append(quota).append(" }\n");
			yaml.append("    budget:\n      - { category: MEALS, item: Hỗ trợ tiền ăn, unit: người/ngày, quantity: ")
				.append(quota * DAYS)
				.append(", unitPrice: 150000 }\n");
		}
		return yaml.toString();
	}

	private record Work(long rows, String note) {
	}

}
