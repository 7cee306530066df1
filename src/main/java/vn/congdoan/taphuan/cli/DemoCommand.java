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

	DemoCommand(Plans plans, SampleData samples, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
		this.samples = samples;
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
		Path data = CommandLineApplication.demoFolder(this.out);
		outputs.put("database", data.resolve("db").toString());
		err().println("Cơ sở dữ liệu của demo: " + data.resolve("db") + " (không đụng tới dữ liệu thật)");
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

}
