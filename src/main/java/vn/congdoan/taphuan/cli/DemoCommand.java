package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.intake.ImportSummary;
import vn.congdoan.taphuan.plan.PlanLoadResult;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.wardkit.FeedbackWorkbooks;

/**
 * {@code taphuan demo}: every stage on the bundled samples, in a database of its own
 * inside the output folder.
 */
@Command(name = "demo",
		description = {
				"Run every stage on the bundled samples (data-samples/): load both sample "
						+ "plans and write everything into the output folder.",
				"The demo uses its own database in OUT/demo-db, so it never touches your data." })
class DemoCommand extends ResultCommand {

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
			description = "Output folder (default: ${DEFAULT-VALUE}).")
	Path out;

	private final Plans plans;

	private final SampleData samples;

	private final AttendanceImports imports;

	private final FeedbackWorkbooks feedback;

	private final DemoReconciliation reconciliation;

	private final DemoReports reports;

	private final DemoNational national;

	DemoCommand(Plans plans, SampleData samples, AttendanceImports imports, FeedbackWorkbooks feedback,
			DemoReconciliation reconciliation, DemoReports reports, DemoNational national, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
		this.samples = samples;
		this.imports = imports;
		this.feedback = feedback;
		this.reconciliation = reconciliation;
		this.reports = reports;
		this.national = national;
	}

	@Override
	public Integer call() throws IOException {
		Files.createDirectories(this.out);
		Path sampleRoot = this.samples.root(this.out);
		err().println("Mẫu: " + sampleRoot);
		Map<String, Object> outputs = new LinkedHashMap<>();
		List<PlanLoadResult> loaded = new ArrayList<>();
		try (Stream<Path> files = Files.list(sampleRoot.resolve("plans"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".yaml")).sorted().toList()) {
				PlanLoadResult result = this.plans.load(file);
				loaded.add(result);
				err().printf("Kế hoạch %s: %d chương trình, %d lớp, %d đơn vị (%s)%n", result.code(),
						result.programmes(), result.classes(), result.units(), file);
			}
		}
		outputs.put("plans", loaded);
		outputs.put("attendance", importAttendance(sampleRoot.resolve("attendance")));
		outputs.put("reconcile", this.reconciliation.run(sampleRoot.resolve("budget"), this.out, err()));
		outputs.put("reports", this.reports.run(sampleRoot, this.out, err()));
		outputs.put("national", this.national.run(sampleRoot, this.out, err()));
		Path data = CommandLineApplication.demoFolder(this.out);
		outputs.put("database", data.resolve("db").toString());
		err().println("Cơ sở dữ liệu của demo: " + data.resolve("db") + " (không đụng tới dữ liệu thật)");
		if (this.json) {
			printJson(outputs);
		}
		return ExitCodes.OK;
	}

	/**
	 * Imports the sample ward files (no flags: each file is assigned by its metadata or
	 * title block) and writes the feedback workbooks under {@code OUT/feedback}.
	 */
	private Map<String, Object> importAttendance(Path folder) {
		if (!Files.isDirectory(folder)) {
			return Map.of();
		}
		List<String> feedbackFiles = new ArrayList<>();
		ImportSummary summary = this.imports.importFiles(this.imports.collect(List.of(folder)),
				ImportRequest.of(null, null, null), (outcome) -> this.feedback.write(outcome.submission(), this.out)
					.ifPresent((file) -> feedbackFiles.add(file.file().toString())));
		ImportSummary.Totals totals = summary.totals();
		err().printf(
				"Danh sách mẫu (%s): %d tệp — %d đã nhập, %d không đổi, %d bị từ chối; %d dòng nhận, %d dòng bị "
						+ "loại; %d tệp phản hồi cho đơn vị trong %s%n",
				folder, totals.files(), totals.imported(), totals.unchanged(), totals.rejected(), totals.rowsAccepted(),
				totals.rowsRejected(), feedbackFiles.size(), this.out.resolve(FeedbackWorkbooks.FOLDER));
		return Map.of("totals", totals, "feedback", feedbackFiles);
	}

	/** The {@code --out} value of a demo command line, before picocli has parsed it. */
	static Path outDirectory(List<String> commandArgs) {
		for (int i = 0; i < commandArgs.size(); i++) {
			String arg = commandArgs.get(i);
			if (arg.equals("--out") && i + 1 < commandArgs.size()) {
				return Path.of(commandArgs.get(i + 1));
			}
			if (arg.startsWith("--out=")) {
				return Path.of(arg.substring("--out=".length()));
			}
		}
		return Path.of("out");
	}

}
