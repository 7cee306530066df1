package vn.congdoan.taphuan.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's public contract: exit codes, JSON on stdout and human text on
 * stderr.
 */
class CommandLineContractIntegrationTests {

	@TempDir
	Path work;

	@Test
	void planLoadListAndShowPrintOneJsonDocumentOnStdout() {
		Cli cli = new Cli(this.work);

		Cli.Result load = cli.run("plan", "load", "--json", "data-samples/plans/ag-2026.yaml",
				"data-samples/plans/lc-2026.yaml");
		Cli.Result list = cli.run("plan", "list", "--json");
		Cli.Result show = cli.run("plan", "show", "AG-2026", "--json");

		assertThat(load.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode loaded = load.json().get("plans");
		assertThat(loaded).hasSize(2);
		assertThat(loaded.get(0).get("code").asString()).isEqualTo("AG-2026");
		assertThat(loaded.get(0).get("status").asString()).isEqualTo("LOADED");
		assertThat(loaded.get(1).get("classes").asInt()).isEqualTo(5);
		assertThat(load.stderr()).contains("Kế hoạch AG-2026").contains("đã nạp");

		assertThat(list.exitCode()).isZero();
		assertThat(list.json().get("plans").get(1).get("plannedParticipants").asInt()).isEqualTo(400);

		assertThat(show.exitCode()).isZero();
		JsonNode plan = show.json();
		assertThat(plan.get("signer").get("name").asString()).isEqualTo("Đỗ Trần Thịnh");
		assertThat(plan.get("programmes").get(3).get("plannedParticipants").asInt()).isEqualTo(1400);
		assertThat(plan.get("classes").get(0).get("days").get(0).asString()).isEqualTo("2026-03-16");
		assertThat(show.stderr()).contains("AG26-CS-01").contains("1.400 người dự kiến");
	}

	@Test
	void anInvalidPlanExitsWithTwoAndNamesFileLineAndField() throws Exception {
		Cli cli = new Cli(this.work);
		Path bad = this.work.resolve("bad.yaml");
		Files.writeString(bad,
				Files.readString(Path.of("data-samples/plans/lc-2026.yaml")).replace("tan-phong: 12", "tan-phong: 90"));

		Cli.Result result = cli.run("plan", "load", "--json", bad.toString());

		assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.stderr()).contains(bad + ":")
			.contains("classes[LC26-CS-01].allocations")
			.contains("quota: 80");
		JsonNode error = result.json().get("error");
		assertThat(error.get("code").asString()).isEqualTo("USAGE");
		assertThat(error.get("details").get(0).asString()).contains("classes[LC26-CS-01].allocations");
	}

	@Test
	void usageErrorsExitWithTwoAndHelpWithZero() {
		Cli cli = new Cli(this.work);

		assertThat(cli.run("no-such-command").exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(cli.run("plan", "show").exitCode()).isEqualTo(ExitCodes.USAGE);
		Cli.Result unknownPlan = cli.run("plan", "show", "XX-2026");
		assertThat(unknownPlan.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknownPlan.stderr()).contains("Không có kế hoạch 'XX-2026'");
		Cli.Result help = cli.run("plan", "load", "--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.stdout()).contains("Usage: taphuan plan load").contains("--json");
	}

}
