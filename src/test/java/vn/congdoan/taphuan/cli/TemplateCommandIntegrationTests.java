package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code taphuan template}: exit codes, messages, files and JSON.
 */
class TemplateCommandIntegrationTests {

	@TempDir
	Path work;

	private Cli cli;

	@BeforeEach
	void loadThePlan() {
		this.cli = new Cli(this.work);
		assertThat(this.cli.run("plan", "load", "data-samples/plans/ag-2026.yaml").exitCode()).isZero();
	}

	@Test
	void writesOneWardsTemplateAndReportsItAsJson() throws IOException {
		Path target = this.work.resolve("out/long-xuyen.xlsx");

		Cli.Result result = this.cli.run("template", "--class", "AG26-CS-01", "--ward", "long-xuyen", "-o",
				target.toString(), "--json");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode written = result.json().get("templates");
		assertThat(written).hasSize(1);
		assertThat(written.get(0).get("class").asString()).isEqualTo("AG26-CS-01");
		assertThat(written.get(0).get("ward").asString()).isEqualTo("long-xuyen");
		assertThat(written.get(0).get("file").asString()).isEqualTo(target.toString());
		assertThat(written.get(0).get("rows").asInt()).isEqualTo(60);
		assertThat(result.stderr()).contains("Công đoàn phường Long Xuyên").contains("60 dòng");
		try (XSSFWorkbook workbook = open(target)) {
			assertThat(workbook.getSheet("taphuan-meta").getRow(4).getCell(1).getStringCellValue())
				.isEqualTo("long-xuyen");
		}
	}

	@Test
	void anExistingFolderAsOutputGetsTheDefaultFileName() {
		Cli.Result result = this.cli.run("template", "--class", "AG26-CS-01", "--ward", "phu-quoc", "-o",
				this.work.toString());

		assertThat(result.exitCode()).isZero();
		assertThat(this.work.resolve("mau-diem-danh-AG26-CS-01-phu-quoc.xlsx")).isRegularFile();
	}

	@Test
	void allWritesOneFilePerAllocatedWard() throws IOException {
		Path folder = this.work.resolve("mau");

		Cli.Result result = this.cli.run("template", "--class", "AG26-CS-03", "--all", "-o", folder.toString(),
				"--json");

		assertThat(result.exitCode()).isZero();
		assertThat(result.json().get("templates")).hasSize(14);
		assertThat(result.stderr()).contains("Đã ghi 14 mẫu cho lớp AG26-CS-03");
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files).hasSize(14);
		}
		assertThat(folder.resolve("mau-diem-danh-AG26-CS-03-kien-hai.xlsx")).isRegularFile();
	}

	@Test
	void badRequestsExitWithTwoAndListTheValidCodes() {
		Cli.Result unknownClass = this.cli.run("template", "--class", "AG26-XX-01", "--ward", "long-xuyen", "-o",
				this.work.toString(), "--json");
		assertThat(unknownClass.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknownClass.stderr()).contains("Không có lớp 'AG26-XX-01'").contains("AG26-CS-01, AG26-CS-02");
		assertThat(unknownClass.json().get("error").get("code").asString()).isEqualTo("USAGE");

		Cli.Result unknownWard = this.cli.run("template", "--class", "AG26-CS-01", "--ward", "long-xuye", "-o",
				this.work.toString());
		assertThat(unknownWard.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknownWard.stderr()).contains("Không có đơn vị 'long-xuye'").contains("long-xuyen, binh-duc");

		Cli.Result notAllocated = this.cli.run("template", "--class", "AG26-CT-02", "--ward", "long-xuyen", "-o",
				this.work.toString());
		assertThat(notAllocated.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(notAllocated.stderr()).contains("không được phân bổ chỉ tiêu ở lớp AG26-CT-02")
			.contains("Các đơn vị được phân bổ: ldld");

		Cli.Result both = this.cli.run("template", "--class", "AG26-CS-01", "--ward", "long-xuyen", "--all", "-o",
				this.work.toString());
		assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(both.stderr()).contains("Chỉ chọn một: --ward").contains("--all").contains("long-xuyen, binh-duc");

		Cli.Result neither = this.cli.run("template", "--class", "AG26-CS-01", "-o", this.work.toString());
		assertThat(neither.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(neither.stderr()).contains("Thiếu lựa chọn: --ward");

		Cli.Result noClass = this.cli.run("template", "--ward", "long-xuyen", "-o", this.work.toString());
		assertThat(noClass.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(noClass.stderr()).contains("Thiếu --class").contains("AG26-CT-03");

		try (Stream<Path> files = Files.list(this.work)) {
			assertThat(files.map((file) -> file.getFileName().toString())).noneMatch((name) -> name.endsWith(".xlsx"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void helpNamesTheOptions() {
		Cli.Result help = this.cli.run("template", "--help");

		assertThat(help.exitCode()).isZero();
		assertThat(help.stdout()).contains("Usage: taphuan template")
			.contains("--class")
			.contains("--ward")
			.contains("--all")
			.contains("--output")
			.contains("--json");
	}

	/**
	 * Opened from a stream: a workbook opened from a File may write back to it on close.
	 */
	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

}
