package vn.congdoan.taphuan.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congdoan.taphuan.TaphuanApplication;
import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code taphuan demo}: imports the sample settlements and reconciles both sample plans.
 */
class DemoReconciliationIntegrationTests {

	@TempDir
	Path work;

	@Test
	void theDemoImportsTheSampleSettlementsAndReconcilesBothPlans() throws Exception {
		Path out = this.work.resolve("out");

		Cli.Result result = demo("--out", out.toString(), "--json");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode reconcile = result.json().get("reconcile");
		assertThat(reconcile.get("settlements").get("imported").asInt()).isEqualTo(4);
		assertThat(reconcile.get("settlements").get("linesRejected").asInt()).isEqualTo(1);
		assertThat(reconcile.get("reconciliations")).hasSize(2);
		assertThat(result.stderr()).contains("Quyết toán mẫu quyet-toan-AG26-CS-01.xlsx → AG26-CS-01: IMPORTED")
			.contains("[AMOUNT_MISMATCH]")
			.contains("Đối soát AG-2026")
			.contains("Đối soát LC-2026");
		Path anGiang = out.resolve("doi-soat/AG-2026.json");
		Path laiChau = out.resolve("doi-soat/LC-2026.json");
		assertThat(anGiang).isRegularFile();
		assertThat(laiChau).isRegularFile();
		JsonMapper mapper = JsonMapper.builder().build();
		List<String> anGiangFindings = subjects(mapper.readTree(Files.readString(anGiang)));
		assertThat(anGiangFindings).contains("NORM_EXCEEDED Lớp AG26-CS-01 — Phòng nghỉ báo cáo viên (phòng/đêm)",
				"BUDGET_OVERRUN Lớp AG26-CS-02 — Đi lại báo cáo viên",
				"ALLOWANCE_EXCEEDS_ATTENDANCE Lớp AG26-CS-01 — Hỗ trợ tiền ăn học viên, ngày 18/03/2026");
		assertThat(subjects(mapper.readTree(Files.readString(laiChau))))
			.contains("NORM_EXCEEDED Lớp LC26-CS-02 — Thuê phòng báo cáo viên (phòng/đêm)");
	}

	/**
	 * Runs {@code taphuan demo} as {@link Cli} runs commands, but without its database
	 * settings: the demo chooses its own database inside its output folder.
	 */
	private static Cli.Result demo(String... args) {
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			List<String> command = new ArrayList<>(List.of("demo"));
			command.addAll(List.of(args));
			exitCode = CommandLineApplication.run(TaphuanApplication.class, command.toArray(String[]::new));
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
		Cli.Result result = new Cli.Result(exitCode, out.toString(StandardCharsets.UTF_8),
				err.toString(StandardCharsets.UTF_8));
		originalErr.print(result.stderr());
		return result;
	}

	private static List<String> subjects(JsonNode document) {
		List<String> subjects = new ArrayList<>();
		document.get("findings")
			.forEach((finding) -> subjects
				.add(finding.get("code").asString() + " " + finding.get("subject").asString()));
		return subjects;
	}

}
