package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.bench.Benchmark;
import vn.congdoan.taphuan.bench.BenchmarkResult;
import vn.congdoan.taphuan.common.ExitCodes;

/**
 * {@code taphuan bench [--rows N] [--files M] [--out DIR] [--json]}.
 */
@Command(name = "bench",
		description = { "Benchmark the pipeline at national scale: generate synthetic ward workbooks "
				+ "in a temporary folder with a fresh temporary database, measure the decompression floor, then import "
				+ "(and the later stages) of the same files, with peak heap and RSS.",
				"Run with the heap you want to prove, e.g. java -Xmx256m -jar target/taphuan.jar bench." })
class BenchCommand extends ResultCommand {

	@Option(names = "--rows", paramLabel = "N", defaultValue = "1000000",
			description = "Attendance rows in total (default ${DEFAULT-VALUE}).")
	long rows;

	@Option(names = "--files", paramLabel = "M", defaultValue = "200",
			description = "Ward workbooks to spread them over (default ${DEFAULT-VALUE}).")
	int files;

	@Option(names = "--until", paramLabel = "STAGE", defaultValue = "reports",
			description = "Stop after this stage: import, reconcile or reports (default ${DEFAULT-VALUE}).")
	String until;

	@Option(names = "--keep", description = "Keep the temporary folder (generated files and database) for inspection.")
	boolean keep;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out/bench",
			description = "Where the results (bench.json) go (default ${DEFAULT-VALUE}).")
	Path out;

	private final Benchmark benchmark;

	private final IsolatedRun isolated;

	BenchCommand(Benchmark benchmark, IsolatedRun isolated, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.benchmark = benchmark;
		this.isolated = isolated;
	}

	@Override
	public Integer call() throws IOException {
		err().printf("Đo hiệu năng: %,d dòng trong %d tệp, heap tối đa %d MB, %d lõi CPU%n", this.rows, this.files,
				Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
		if (this.keep) {
			// kept even when a stage fails: that is when the files and database are worth
			// a look
			this.isolated.keep();
		}
		BenchmarkResult result = this.benchmark.run(this.rows, this.files, this.isolated.workDirectory(), this.until,
				(line) -> {
					err().println(line);
					err().flush();
				});
		Path json = this.out.resolve("bench.json");
		jsonOutput().write(json, result);
		err().println("Kết quả: " + json);
		if (this.keep) {
			err().println("Giữ lại tệp và cơ sở dữ liệu tạm: " + this.isolated.workDirectory());
		}
		if (this.json) {
			printJson(result);
		}
		return ExitCodes.OK;
	}

}
