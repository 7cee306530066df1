package vn.congdoan.taphuan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.intake.ImportSummary;
import vn.congdoan.taphuan.plan.Plans;

/**
 * Runs the benchmark in this process: generates a synthetic plan and its ward workbooks,
 * measures the decompression floor over those files, then the real pipeline's stages on
 * the same files, each with its peak memory.
 */
@Component
public class Benchmark {

	static final String PLAN = "BENCH-2026";

	private static final Logger logger = LoggerFactory.getLogger(Benchmark.class);

	private static final int WARDS = 20;

	private static final int DAYS = 3;

	private final Plans plans;

	private final AttendanceImports imports;

	public Benchmark(Plans plans, AttendanceImports imports) {
		this.plans = plans;
		this.imports = imports;
	}

	/**
	 * Runs every stage.
	 * @param rows attendance rows in total
	 * @param fileCount ward workbooks to spread them over
	 * @param workDir a scratch folder for the generated files
	 * @param progress hears one line per stage as it finishes
	 */
	public BenchmarkResult run(long rows, int fileCount, Path workDir, Consumer<String> progress) {
		if (rows < fileCount || fileCount < 1) {
			throw new vn.congdoan.taphuan.common.UserInputException(
					"--rows phải lớn hơn hoặc bằng --files, và --files ít nhất là 1.");
		}
		List<StageResult> stages = new ArrayList<>();
		try {
			Path folder = Files.createDirectories(workDir.resolve("files"));
			int wards = Math.min(WARDS, fileCount);
			int classes = (fileCount + wards - 1) / wards;
			long perFile = rows / fileCount;
			Path planFile = workDir.resolve("bench-plan.yaml");
			Files.writeString(planFile, planYaml(wards, classes, (int) (perFile + rows % fileCount)),
					StandardCharsets.UTF_8);

			MemoryPeaks.reset();
			long start = System.nanoTime();
			List<Path> files = new ArrayList<>();
			long written = 0;
			for (int i = 0; i < fileCount; i++) {
				int classNo = i / wards + 1;
				int ward = i % wards + 1;
				int count = (int) (perFile + ((i == fileCount - 1) ? rows % fileCount : 0));
				Path file = folder.resolve(String.format("%s_%s.xlsx", classCode(classNo), wardCode(ward)));
				written += SyntheticWardFiles.write(
						new SyntheticWardFiles.Spec(classCode(classNo), "Lớp tập huấn số " + classNo,
								SyntheticWardFiles.days(classStart(classNo), DAYS), wardName(ward), count, 31L * i + 7),
						file);
				files.add(file);
			}
			stages.add(stage("generate", start, written, null, "synthetic ward workbooks written with fastexcel"));
			progress.accept(line(stages.get(stages.size() - 1)));

			MemoryPeaks.reset();
			start = System.nanoTime();
			long cells = DecompressionFloor.scan(files);
			StageResult floor = stage("floor", start, written, null,
					cells + " cells and shared strings byte-scanned after inflating");
			stages.add(floor);
			progress.accept(line(floor));

			this.plans.load(planFile);
			MemoryPeaks.reset();
			start = System.nanoTime();
			ImportSummary summary = this.imports.importFiles(files, ImportRequest.of(PLAN, null, null), (outcome) -> {
			});
			StageResult imported = stage("import", start, written, floor.seconds(),
					summary.totals().imported() + " files imported, " + summary.totals().rowsAccepted()
							+ " rows accepted, " + summary.totals().rowsRejected() + " rejected");
			stages.add(imported);
			progress.accept(line(imported));
			if (summary.totals().imported() != fileCount) {
				logger.warn("Benchmark import: {}", summary.totals());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BenchmarkResult(rows, fileCount, MemoryPeaks.maxHeapBytes(),
				Runtime.getRuntime().availableProcessors(), stages);
	}

	private static StageResult stage(String name, long startNanos, long rows, Double floorSeconds, String note) {
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		return new StageResult(name, seconds, rows, (rows > 0 && seconds > 0) ? rows / seconds : 0,
				(floorSeconds != null && floorSeconds > 0) ? seconds / floorSeconds : null, MemoryPeaks.peakHeapBytes(),
				MemoryPeaks.peakRssBytes(), note);
	}

	static String line(StageResult stage) {
		return String.format("%-16s %8.2f s %12.0f dòng/s%s  heap %4d MB%s", stage.stage(), stage.seconds(),
				stage.rowsPerSecond(),
				(stage.ratioToFloor() != null) ? String.format(" %5.1f× nền", stage.ratioToFloor()) : "",
				stage.peakHeapBytes() / (1024 * 1024),
				(stage.peakRssBytes() > 0) ? String.format("  RSS %4d MB", stage.peakRssBytes() / (1024 * 1024)) : "");
	}

	static String classCode(int classNo) {
		return String.format("BN26-CS-%03d", classNo);
	}

	static String wardCode(int ward) {
		return String.format("so-%02d", ward);
	}

	static String wardName(int ward) {
		return String.format("Số %02d", ward);
	}

	private static LocalDate classStart(int classNo) {
		return LocalDate.of(2026, 1, 12).plusDays(((classNo - 1) * 7L) % 330);
	}

	private static String planYaml(int wards, int classes, int rowsPerFile) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("# Synthetic plan generated by taphuan bench: not a real province's plan.\n");
		yaml.append("code: ").append(PLAN).append("\nyear: 2026\n");
		yaml.append("title: Kế hoạch mẫu để đo hiệu năng (dữ liệu tổng hợp)\n");
		yaml.append("issuer: { name: Liên đoàn Lao động tỉnh Mẫu, shortName: LĐLĐ tỉnh Mẫu, ")
			.append("parentBody: Tổng Liên đoàn Lao động Việt Nam, place: Mẫu }\n");
		yaml.append("signer: { onBehalfOf: TM. Ban Thường vụ, title: Chủ tịch, name: Người Ký Mẫu }\n");
		yaml.append("units:\n");
		for (int w = 1; w <= wards; w++) {
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
		yaml.append("    plannedParticipants: ").append((long) classes * wards * rowsPerFile).append('\n');
		yaml.append("classes:\n");
		for (int c = 1; c <= classes; c++) {
			LocalDate start = classStart(c);
			yaml.append("  - code: ").append(classCode(c)).append("\n    programme: CS\n");
			yaml.append("    title: Lớp tập huấn số ").append(c).append('\n');
			yaml.append("    start: ")
				.append(start)
				.append("\n    end: ")
				.append(start.plusDays(DAYS - 1))
				.append('\n');
			yaml.append("    quota: ").append((long) wards * rowsPerFile).append('\n');
			yaml.append("    allocations: {");
			for (int w = 1; w <= wards; w++) {
				yaml.append((w > 1) ? ", " : " ").append(wardCode(w)).append(": ").append(rowsPerFile);
			}
			yaml.append(" }\n");
			yaml.append("    budget:\n      - { category: MEALS, item: Hỗ trợ tiền ăn, unit: người/ngày, quantity: ")
				.append((long) wards * rowsPerFile * DAYS)
				.append(", unitPrice: 150000 }\n");
		}
		return yaml.toString();
	}

}
