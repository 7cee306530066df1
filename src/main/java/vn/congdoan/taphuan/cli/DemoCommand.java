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
import vn.congdoan.taphuan.plan.PlanLoadResult;
import vn.congdoan.taphuan.plan.Plans;

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

	private final DemoReconciliation reconciliation;

	DemoCommand(Plans plans, SampleData samples, DemoReconciliation reconciliation, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
		this.samples = samples;
		this.reconciliation = reconciliation;
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
		outputs.put("reconcile", this.reconciliation.run(sampleRoot.resolve("budget"), this.out, err()));
		outputs.put("database", CommandLineApplication.demoDatabase(this.out).toString());
		err().println("Cơ sở dữ liệu của demo: " + CommandLineApplication.demoDatabase(this.out) + ".mv.db");
		if (this.json) {
			printJson(outputs);
		}
		return ExitCodes.OK;
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

	/**
	 * Spring arguments that point the demo at its own database and data folder inside
	 * {@code out}.
	 */
	static List<String> isolatedDatabase(Path out) {
		Path data = out.toAbsolutePath().normalize().resolve("demo-var");
		return List.of(
				"--spring.datasource.url=jdbc:h2:file:" + CommandLineApplication.demoDatabase(out)
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--taphuan.data-dir=" + data);
	}

}
