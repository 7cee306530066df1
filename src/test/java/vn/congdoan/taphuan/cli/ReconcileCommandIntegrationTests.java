package vn.congdoan.taphuan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.reconcile.ReconcileDataset;
import vn.congdoan.taphuan.testing.Cli;
import vn.congdoan.taphuan.testing.Spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code budget import}, {@code reconcile}, {@code findings} and {@code findings ack}:
 * exit codes, JSON on stdout, human text on stderr, on {@link ReconcileDataset} imported
 * through the command line. The tests run in order on one work folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconcileCommandIntegrationTests {

	private Cli cli;

	private Path work;

	@BeforeAll
	void importTheDataset(@TempDir Path work) throws Exception {
		this.work = work;
		this.cli = new Cli(work);
		assertThat(this.cli.run("plan", "load", ReconcileDataset.PLAN.toString()).exitCode()).isZero();
		for (ReconcileDataset.WardFile ward : ReconcileDataset.wardFiles(work.resolve("wards"))) {
			assertThat(
					this.cli.run("import", "--class", ward.classCode(), "--ward", ward.ward(), ward.file().toString())
						.exitCode())
				.isZero();
		}
	}

	@Test
	@Order(1)
	void budgetImportReportsEachFileAsJsonAndExitsZeroWhenAllIsAccepted() throws Exception {
		ReconcileDataset.settlementFiles(this.work.resolve("budget"));

		Cli.Result result = this.cli.run("budget", "import", "--json", this.work.resolve("budget").toString());

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode files = result.json().get("files");
		assertThat(files).hasSize(2);
		assertThat(texts(files, "class")).containsExactly("RC26-CS-02", "RC26-CS-01");
		assertThat(texts(files, "status")).containsExactly("IMPORTED", "IMPORTED");
		assertThat(files.get(1).get("total").asLong()).isEqualTo(9_760_000);
		assertThat(files.get(1).get("linesAccepted").asInt()).isEqualTo(6);
		assertThat(result.json().get("totals").get("imported").asInt()).isEqualTo(2);
		assertThat(result.stderr()).contains("RC26-CS-01: 6 dòng chi nhận, 0 bị loại; tổng 9.760.000 đ");
	}

	@Test
	@Order(2)
	void budgetImportExitsThreeWhenLinesAreRejectedAndTwoForAnUnknownClass() throws Exception {
		Path bad = Spreadsheet.create()
			.row("Nội dung chi", "Số lượng", "Đơn giá", "Thành tiền")
			.row("Tiếp khách", 2, 500000, 1000000)
			.row("Tài liệu", 4, 30000, 120000)
			.writeXlsx(this.work.resolve("ct-01.xlsx"));

		Cli.Result partial = this.cli.run("budget", "import", "--class", "RC26-CT-01", "--json", bad.toString());
		Cli.Result unknown = this.cli.run("budget", "import", "--class", "XX26-01", "--json", bad.toString());

		assertThat(partial.exitCode()).isEqualTo(ExitCodes.PARTIAL);
		JsonNode file = partial.json().get("files").get(0);
		assertThat(file.get("status").asString()).isEqualTo("IMPORTED");
		assertThat(file.get("linesRejected").asInt()).isEqualTo(1);
		JsonNode issue = file.get("issues").get(0);
		assertThat(issue.get("code").asString()).isEqualTo("CATEGORY_UNKNOWN");
		assertThat(issue.get("row").asInt()).isEqualTo(2);
		assertThat(issue.get("column").asString()).isEqualTo("A");
		assertThat(issue.get("severity").asString()).isEqualTo("ERROR");
		assertThat(partial.stderr()).contains("dòng 2 cột A [CATEGORY_UNKNOWN]");
		assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknown.json().get("error").get("message").asString()).contains("RC26-CS-01");
	}

	@Test
	@Order(3)
	void reconcilePrintsASummaryAndTheFiguresAndFindingsAsJson() {
		Cli.Result result = this.cli.run("reconcile", "--plan", "RC-2026", "--as-of", "21/11/2026", "--json");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode run = result.json().get("reconciliations").get(0);
		assertThat(run.get("run").get("asOf").asString()).isEqualTo("2026-11-21");
		assertThat(run.get("summary").get("current").asInt()).isEqualTo(24);
		assertThat(run.get("plan").get("attended").asInt()).isEqualTo(17);
		assertThat(run.get("plan").get("distinctAttended").asInt()).isEqualTo(15);
		assertThat(texts(run.get("programmes"), "programme")).containsExactly("SDH", "CT", "CS");
		assertThat(texts(run.get("classes"), "class")).containsExactly("RC26-CS-01", "RC26-CT-01", "RC26-CS-02",
				"RC26-CS-03");
		assertThat(run.get("budget")).hasSize(4);
		assertThat(run.get("findings")).hasSize(24);
		assertThat(run.get("findings").get(0).get("id").asString()).startsWith("ALLOWANCE_EXCEEDS_ATTENDANCE-");
		assertThat(result.stderr()).contains("Đối soát RC-2026 tính đến 21/11/2026")
			.contains("RC26-CS-01  16/03/2026 - 18/03/2026  chỉ tiêu 10: có mặt 6 (60,0%), hoàn thành 5 (50,0%)")
			.contains("Phát hiện: 24 (7 nghiêm trọng, 13 cảnh báo, 4 lưu ý)");
	}

	@Test
	@Order(4)
	void reconcileWithAClassShowsItsWardsAndDays() {
		Cli.Result result = this.cli.run("reconcile", "--class", "RC26-CS-01", "--as-of", "2026-11-21", "--json");

		assertThat(result.exitCode()).isZero();
		JsonNode run = result.json().get("reconciliations").get(0);
		assertThat(run.get("classes")).hasSize(1);
		assertThat(texts(run.get("wards"), "ward")).containsExactly("long-xuyen", "binh-duc", "my-thoi");
		assertThat(run.get("days")).hasSize(3);
		assertThat(run.get("summary").get("new").asInt()).isZero();
		assertThat(result.stderr()).contains("my-thoi        chỉ tiêu   3: chưa gửi danh sách");
	}

	@Test
	@Order(5)
	void findingsListsAndAcknowledges() {
		Cli.Result missing = this.cli.run("findings", "--plan", "RC-2026", "--code", "submission_missing", "--json");
		String id = missing.json().get("findings").get(0).get("id").asString();

		Cli.Result ack = this.cli.run("findings", "ack", id, "--note", "phường đã nộp bản giấy", "--by", "tckt",
				"--json");
		Cli.Result open = this.cli.run("findings", "--plan", "RC-2026", "--open", "--json");
		Cli.Result again = this.cli.run("reconcile", "--plan", "RC-2026", "--as-of", "2026-11-21");
		Cli.Result afterwards = this.cli.run("findings", "--class", "RC26-CS-01", "--code", "SUBMISSION_MISSING");

		assertThat(missing.exitCode()).isZero();
		assertThat(missing.json().get("findings")).hasSize(1);
		assertThat(missing.stderr()).contains(id + "  [Nghiêm trọng] Lớp RC26-CS-01 — Công đoàn phường Mỹ Thới");
		assertThat(ack.exitCode()).isZero();
		assertThat(ack.json().get("finding").get("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(ack.json().get("finding").get("acknowledgement").get("note").asString())
			.isEqualTo("phường đã nộp bản giấy");
		assertThat(open.json().get("findings")).hasSize(23);
		assertThat(again.stderr()).contains("23 đang mở, 1 đã xác nhận");
		assertThat(afterwards.stderr()).contains("(đã xác nhận)")
			.contains("Xác nhận: \"phường đã nộp bản giấy\" — tckt");
	}

	@Test
	@Order(6)
	void usageErrorsExitWithTwoAndListTheValidCodes() {
		Cli.Result unknownPlan = this.cli.run("reconcile", "--plan", "XX-2026", "--json");
		Cli.Result unknownClass = this.cli.run("reconcile", "--class", "XX26-01");
		Cli.Result badDate = this.cli.run("reconcile", "--as-of", "31/02/2026");
		Cli.Result unknownCode = this.cli.run("findings", "--code", "NOPE");
		Cli.Result unknownFinding = this.cli.run("findings", "ack", "NOPE-1", "--note", "x");
		Cli.Result noNote = this.cli.run("findings", "ack", "NOPE-1");

		assertThat(List.of(unknownPlan, unknownClass, badDate, unknownCode, unknownFinding, noNote))
			.extracting(Cli.Result::exitCode)
			.containsOnly(ExitCodes.USAGE);
		assertThat(unknownPlan.json().get("error").get("message").asString()).contains("RC-2026");
		assertThat(unknownClass.stderr()).contains("RC26-CS-01");
		assertThat(badDate.stderr()).contains("31/02/2026");
		assertThat(unknownCode.stderr()).contains("QUOTA_UNDERFILLED").contains("REPEAT_TRAINEE");
		assertThat(unknownFinding.stderr()).contains("Không có phát hiện 'NOPE-1'");
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.get(field).asString()));
		return texts;
	}

}
