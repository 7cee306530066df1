package vn.congdoan.taphuan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;
import vn.congdoan.taphuan.testing.Spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report commands and a whole scheduled monthly run with the real reconciliation and
 * reports, through the real command line.
 */
class ReportCommandsIntegrationTests {

	/** The day the commands run: in December, after every class of the plan. */
	private static final String NOW = "--taphuan.test.now=2026-12-08T09:00";

	@TempDir
	Path work;

	private Path tanPhongList(Path folder) throws Exception {
		Files.createDirectories(folder);
		Path file = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG TÂN PHONG")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị", "14/5", "15/5")
			.row(1, "Lò Văn Khánh", 1982, "Nam", "Chủ tịch CĐCS", "CĐCS Trường THPT Lai Châu", "x", "x")
			.row(2, "Tẩn Thị Mai", 1990, "Nữ", "Tổ trưởng", "CĐCS Công ty Thủy điện", "x", "K")
			.row(3, "Giàng A Páo", 1987, "Nam", "Ủy viên BCH", "CĐCS Bệnh viện tỉnh", "x", "x")
			.writeXlsx(folder.resolve("ds-tan-phong.xlsx"));
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
		return file;
	}

	@Test
	void writesEachReportAndExplainsWhatCannotBeReported() throws Exception {
		Cli cli = new Cli(this.work);
		cli.run("plan", "load", "data-samples/plans/lc-2026.yaml");
		cli.run("import", "--class", "LC26-CS-02", "--ward", "tan-phong",
				tanPhongList(this.work.resolve("in")).toString());
		Path out = this.work.resolve("reports");

		Cli.Result monthly = cli.run(NOW, "report", "monthly", "--month", "2026-05", "--out", out.toString(), "--json");
		Cli.Result october = cli.run(NOW, "report", "monthly", "--month", "2026-10", "--out", out.toString());
		Cli.Result december = cli.run(NOW, "report", "monthly", "--month", "2026-12", "--out", out.toString(),
				"--json");
		Cli.Result yearEnd = cli.run(NOW, "report", "year-end", "--plan", "LC-2026", "--narrative",
				"data-samples/narrative/ag-2026.md", "--date", "2026-12-05", "--out", out.toString(), "--json");
		Cli.Result classReport = cli.run(NOW, "report", "class", "--class", "LC26-CS-02", "--out", out.toString());
		Cli.Result notBegun = cli.run(NOW, "report", "monthly", "--plan", "LC-2026", "--month", "2027-01");
		Cli.Result otherYear = cli.run("report", "monthly", "--plan", "LC-2026", "--month", "2025-12");
		Cli.Result unknownClass = cli.run("report", "class", "--class", "LC26-CS-09");

		assertThat(monthly.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode json = monthly.json();
		assertThat(json.get("report").asString()).isEqualTo("monthly");
		assertThat(json.get("plan").asString()).isEqualTo("LC-2026");
		assertThat(json.get("month").asString()).isEqualTo("2026-05");
		assertThat(Path.of(json.get("pdf").asString())).exists().hasFileName("bao-cao-thang-LC-2026-2026-05.pdf");
		assertThat(Path.of(json.get("xlsx").asString())).exists();
		assertThat(json.get("charts")).hasSize(3);
		assertThat(json.get("asOf").asString()).isEqualTo("2026-05-31");
		assertThat(october.stderr()).contains("Báo cáo tháng 10/2026 của LC-2026, số liệu tính đến ngày 31/10/2026");
		assertThat(PdfText.of(out.resolve("bao-cao-thang-LC-2026-2026-10.pdf"))).contains("tính đến ngày 31/10/2026")
			.doesNotContain("08/12/2026");
		assertThat(december.json().get("asOf").asString()).isEqualTo("2026-12-08");
		assertThat(yearEnd.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(Path.of(yearEnd.json().get("pdf").asString())).hasFileName("bao-cao-nam-LC-2026.pdf");
		assertThat(Path.of(yearEnd.json().get("docx").asString())).hasFileName("bao-cao-nam-LC-2026.docx").exists();
		assertThat(yearEnd.json().get("asOf").asString()).isEqualTo("2026-12-05");
		assertThat(notBegun.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(notBegun.stderr()).contains("2027");
		assertThat(classReport.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(out.resolve("doi-chieu-lop-LC26-CS-02.pdf")).exists();
		assertThat(otherYear.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(otherYear.stderr()).contains("2025-12").contains("2026");
		assertThat(unknownClass.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknownClass.stderr()).contains("LC26-CS-05");
	}

	@Test
	void aMonthlyRunImportsTheInboxReconcilesRendersAndDeliversToTheOutbox() throws Exception {
		Cli cli = new Cli(this.work);
		cli.run("plan", "load", "data-samples/plans/lc-2026.yaml");
		Path inbox = this.work.resolve("inbox");
		tanPhongList(inbox.resolve("LC26-CS-02").resolve("tan-phong"));
		Path outbox = this.work.resolve("outbox");

		Cli.Result run = cli.run(NOW, "--taphuan.inbox=" + inbox, "--taphuan.archive=" + this.work.resolve("archive"),
				"--taphuan.rejected=" + this.work.resolve("rejected"), "--taphuan.outbox=" + outbox, "run", "monthly",
				"--plan", "LC-2026", "--month", "2026-05", "--json");

		assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
		try (Stream<Path> files = Files.walk(outbox)) {
			assertThat(files.map((file) -> file.getFileName().toString())).contains("bao-cao-thang-LC-2026-2026-05.pdf",
					"bao-cao-thang-LC-2026-2026-05.xlsx");
		}
		try (Stream<Path> files = Files.walk(outbox)) {
			Path pdf = files.filter((file) -> file.getFileName().toString().endsWith(".pdf")).findFirst().orElseThrow();
			assertThat(PdfText.of(pdf)).contains("tính đến ngày 31/05/2026");
		}
		try (Stream<Path> files = Files.walk(this.work.resolve("archive"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).contains("ds-tan-phong.xlsx");
		}
		Cli.Result export = cli.run("export", "attendance", "--class", "LC26-CS-02");
		assertThat(export.stdout()).contains("Lò Văn Khánh").contains("Giàng A Páo");
	}

}
