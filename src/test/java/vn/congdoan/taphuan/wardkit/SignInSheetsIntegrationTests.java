package vn.congdoan.taphuan.wardkit;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;
import vn.congdoan.taphuan.testing.Spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

class SignInSheetsIntegrationTests {

	@TempDir
	Path work;

	private static String text(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void writesBlankNumberedLinesBeforeAnyListAndTheWardsTraineesAfterOne() throws Exception {
		Cli cli = new Cli(this.work);
		cli.run("plan", "load", "data-samples/plans/ag-2026.yaml");
		Path blank = this.work.resolve("blank.pdf");

		Cli.Result before = cli.run("signin", "--class", "AG26-CS-01", "--ward", "vinh-te", "-o", blank.toString(),
				"--json");
		Path list = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG VĨNH TẾ")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị", "Ngày 1", "Ngày 2", "Ngày 3")
			.row(1, "Châu Thị Kim Loan", 1979, "Nữ", "Tổ trưởng", "CĐCS Công ty Du lịch Núi Sam", "x", "x", "x")
			.row(2, "Nguyễn Văn Phước", 1983, "Nam", "Chủ tịch CĐCS", "CĐCS Chợ Châu Đốc", "x", "x", "x")
			.writeXlsx(this.work.resolve("vinh-te.xlsx"));
		cli.run("import", "--class", "AG26-CS-01", list.toString());
		Path named = this.work.resolve("named.pdf");
		Cli.Result after = cli.run("signin", "--class", "AG26-CS-01", "--ward", "vinh-te", "-o", named.toString());
		Cli.Result unallocated = cli.run("signin", "--class", "AG26-CS-01", "--ward", "ldld");

		assertThat(before.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode sheet = before.json().get("sheets").get(0);
		assertThat(sheet.get("class").asString()).isEqualTo("AG26-CS-01");
		assertThat(sheet.get("ward").asString()).isEqualTo("vinh-te");
		assertThat(sheet.get("named").asInt()).isZero();
		assertThat(sheet.get("lines").asInt()).isEqualTo(25);
		assertThat(text(blank)).contains("CÔNG ĐOÀN PHƯỜNG VĨNH TẾ — chỉ tiêu phân bổ: 25 người")
			.contains("chưa gửi danh sách")
			.containsPattern("(?m)^25\\s*$");
		assertThat(after.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(text(named)).contains("Châu Thị Kim Loan")
			.contains("Nguyễn Văn Phước")
			.contains("CĐCS Chợ Châu Đốc")
			.contains("vinh-te.xlsx")
			.containsPattern("(?m)^7\\s*$")
			.doesNotContainPattern("(?m)^8\\s*$");
		assertThat(unallocated.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unallocated.stderr()).contains("không được phân bổ").contains("long-xuyen, binh-duc");
	}

	@Test
	void writesOneSheetPerAllocatedWardAndRefusesUnknownOrUnallocatedWards() throws Exception {
		Cli cli = new Cli(this.work);
		cli.run("plan", "load", "data-samples/plans/lc-2026.yaml");
		Path folder = this.work.resolve("sheets");

		Cli.Result all = cli.run("signin", "--class", "LC26-CS-02", "-o", folder.toString());
		Cli.Result unknown = cli.run("signin", "--class", "LC26-CS-02", "--ward", "tan-phongg");
		Cli.Result unknownClass = cli.run("signin", "--class", "LC26-CS-09");
		// nothing made for a class that does not exist (the default folder is relative
		// to where the command runs)
		assertThat(Path.of(SignInSheets.folderName("LC26-CS-09"))).doesNotExist();

		assertThat(all.exitCode()).isEqualTo(ExitCodes.OK);
		try (var files = Files.list(folder)) {
			assertThat(files.map((file) -> file.getFileName().toString())).hasSize(10)
				.contains("danh-sach-ky-ten-LC26-CS-02-tan-phong.pdf", "danh-sach-ky-ten-LC26-CS-02-binh-lu.pdf");
		}
		assertThat(text(folder.resolve("danh-sach-ky-ten-LC26-CS-02-tan-phong.pdf"))).contains("14/05/2026")
			.contains("15/05/2026")
			.doesNotContain("16/05/2026");
		assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknown.stderr()).contains("tan-phongg").contains("tan-phong, doan-ket");
		assertThat(unknownClass.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknownClass.stderr()).contains("LC26-CS-05");
	}

}
