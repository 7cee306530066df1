package vn.congdoan.taphuan.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file-level rejection, with a real file of its kind, through the real command
 * line: its code, a message that says what to do, exit code 3, and no trainee row stored.
 */
class ImportRejectionIntegrationTests {

	@TempDir
	Path work;

	@Test
	void rejectsEveryKindOfUnusableFileWithItsOwnCodeAndStoresNoRows() throws Exception {
		// given
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		Map<String, String> expected = new HashMap<>();
		expected.put(BadFiles.corruptZip(inbox).toString(), "FILE_UNREADABLE");
		expected.put(BadFiles.encrypted(inbox).toString(), "FILE_ENCRYPTED");
		expected.put(BadFiles.zipBomb(inbox).toString(), "FILE_TOO_LARGE");
		expected.put(BadFiles.sharedStringsBomb(inbox).toString(), "FILE_TOO_LARGE");
		expected.put(BadFiles.pdfRenamed(inbox).toString(), "FILE_UNREADABLE");
		expected.put(BadFiles.emptyWorkbook(inbox).toString(), "NO_HEADER");
		expected.put(BadFiles.withoutHeader(inbox).toString(), "NO_HEADER");
		expected.put(BadFiles.headerWithoutRows(inbox).toString(), "NO_ROWS");
		expected.put(BadFiles.templateFor(inbox, "AG26-CS-09", "vinh-te").toString(), "UNKNOWN_CLASS");
		expected.put(BadFiles.templateFor(inbox, "AG26-CS-01", "vinh-tee").toString(), "UNKNOWN_WARD");
		Cli cli = new Cli(this.work);
		cli.run("plan", "load", "data-samples/plans/ag-2026.yaml");

		// when
		Cli.Result result = cli.run("import", "--json", inbox.toString());

		// then
		assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
		JsonNode json = result.json();
		assertThat(json.get("totals").get("rejected").asInt()).isEqualTo(expected.size());
		assertThat(json.get("totals").get("rowsAccepted").asInt()).isZero();
		for (JsonNode file : json.get("files")) {
			String path = file.get("path").asString();
			assertThat(file.get("status").asString()).as(path).isEqualTo("REJECTED");
			assertThat(file.get("rowsRead").asInt()).as(path).isZero();
			JsonNode issue = file.get("issues").get(0);
			assertThat(issue.get("code").asString()).as(path).isEqualTo(expected.get(path));
			assertThat(issue.get("severity").asString()).isEqualTo("ERROR");
			assertThat(issue.get("message").asString()).as(path).isNotBlank();
			assertThat(file.get("sha256").asString()).hasSize(64);
		}
		assertThat(result.stderr()).contains("BỊ TỪ CHỐI").contains("mật khẩu").contains("PDF");
		Cli.Result export = cli.run("export", "attendance", "--class", "AG26-CS-01");
		assertThat(export.stdout().lines()).hasSize(1);
	}

	@Test
	void importsAGoodFileWithExitZeroAndPinsTheJsonShape() throws Exception {
		Path file = BadFiles.goodList().writeXlsx(this.work.resolve("vinh-te.xlsx"));
		Cli cli = new Cli(this.work);
		cli.run("plan", "load", "data-samples/plans/ag-2026.yaml");

		Cli.Result result = cli.run("import", "--json", file.toString());
		Cli.Result again = cli.run("import", "--json", file.toString());
		Cli.Result unknownWard = cli.run("import", "--ward", "khong-co", file.toString());

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode outcome = result.json().get("files").get(0);
		assertThat(outcome.propertyNames()).contains("path", "sha256", "plan", "class", "ward", "status", "replaces",
				"rowsRead", "rowsAccepted", "rowsRejected", "warnings", "issues");
		assertThat(outcome.get("class").asString()).isEqualTo("AG26-CS-01");
		assertThat(outcome.get("ward").asString()).isEqualTo("vinh-te");
		assertThat(outcome.get("status").asString()).isEqualTo("IMPORTED");
		assertThat(result.json().get("totals").propertyNames()).containsExactlyInAnyOrder("files", "imported",
				"unchanged", "rejected", "rowsAccepted", "rowsRejected");
		assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(again.json().get("files").get(0).get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(unknownWard.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknownWard.stderr()).contains("khong-co").contains("vinh-te");
	}

}
