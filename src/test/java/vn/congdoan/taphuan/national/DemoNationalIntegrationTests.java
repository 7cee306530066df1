package vn.congdoan.taphuan.national;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.TaphuanApplication;
import vn.congdoan.taphuan.cli.CommandLineApplication;
import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code taphuan demo} ends with the national side: the sample plans' forms written from
 * their reconciliation, imported with the other provinces' sample forms, and the national
 * report listing the provinces without a valid form.
 */
class DemoNationalIntegrationTests {

	@TempDir
	Path work;

	@Test
	void theDemoWritesTheNationalReportOfTheSampleProvincesWithTheMissingOnesListed() {
		Path out = this.work.resolve("out");

		Cli.Result result = demo("--out", out.toString(), "--json");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode national = result.json().get("national").get(0);
		assertThat(national.get("year").asInt()).isEqualTo(2026);
		assertThat(national.get("imports").get("files").asInt()).isEqualTo(33);
		assertThat(national.get("imports").get("imported").asInt()).isEqualTo(32);
		assertThat(national.get("imports").get("rejected").asInt()).isEqualTo(1);
		List<String> missing = new ArrayList<>();
		national.get("missing").forEach((code) -> missing.add(code.asString()));
		assertThat(missing).containsExactly("dien-bien", "lang-son", "quang-ninh", "ca-mau");
		assertThat(out.resolve("bieu-thong-ke/bieu-thong-ke-AG-2026.xlsx")).isRegularFile();
		assertThat(out.resolve("bieu-thong-ke/bieu-thong-ke-LC-2026.xlsx")).isRegularFile();
		PdfText pdf = PdfText.read(Path.of(national.get("pdf").asString()));
		assertThat(pdf.flat()).contains("có 30/34 LĐLĐ tỉnh, thành phố")
			.contains("An Giang")
			.contains("Lai Châu")
			.contains("Lập bằng taphuan")
			.contains("Cà Mau Chưa gửi biểu");
		assertThat(Path.of(national.get("docx").asString())).isRegularFile();
		assertThat(Path.of(national.get("xlsx").asString())).isRegularFile();
		assertThat(result.stderr()).contains("Báo cáo tổng hợp toàn quốc năm 2026")
			.contains("chưa có: dien-bien, lang-son, quang-ninh, ca-mau");
	}

	/**
	 * Runs {@code taphuan demo} without the database settings {@link Cli} adds: the demo
	 * chooses its own database inside its output folder.
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

}
