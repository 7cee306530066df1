package vn.congdoan.taphuan.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code taphuan bench} with a tiny N, so the command cannot rot; the benchmark itself
 * does not run in CI.
 */
class BenchCommandIntegrationTests {

	@TempDir
	Path work;

	@Test
	void runsEveryStageOnATinyDatasetAndReportsThemAsJson() throws Exception {
		Path out = this.work.resolve("bench-out");

		Cli.Result result = new Cli(this.work).run("bench", "--rows", "600", "--files", "3", "--out", out.toString(),
				"--json");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode json = result.json();
		assertThat(json.get("rows").asLong()).isEqualTo(600);
		assertThat(json.get("files").asInt()).isEqualTo(3);
		JsonNode stages = json.get("stages");
		assertThat(stages.findValuesAsString("stage")).startsWith("generate", "floor", "import");
		JsonNode imported = stages.get(2);
		assertThat(imported.get("rows").asLong()).isEqualTo(600);
		assertThat(imported.get("seconds").asDouble()).isPositive();
		assertThat(imported.get("cpuSeconds").asDouble()).isPositive();
		assertThat(imported.get("ratioToFloor").asDouble()).isPositive();
		assertThat(imported.get("peakHeapBytes").asLong()).isPositive();
		assertThat(imported.get("note").asString()).startsWith("3 files imported");
		assertThat(Files.readString(out.resolve("bench.json"))).contains("\"stage\" : \"import\"");
		assertThat(result.stderr()).contains("floor").contains("import");
	}

}
