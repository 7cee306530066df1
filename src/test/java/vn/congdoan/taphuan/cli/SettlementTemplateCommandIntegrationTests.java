package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code taphuan template --budget}: the blank settlement workbook, opened with POI.
 */
class SettlementTemplateCommandIntegrationTests {

	@TempDir
	Path work;

	private Cli cli;

	@BeforeEach
	void loadThePlan() {
		this.cli = new Cli(this.work);
		assertThat(this.cli.run("plan", "load", "data-samples/plans/ag-2026.yaml").exitCode()).isZero();
	}

	@Test
	void writesTheSettlementWorkbookOfAClass() throws IOException {
		Cli.Result result = this.cli.run("template", "--budget", "--class", "AG26-CS-01", "-o", this.work.toString(),
				"--json");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode written = result.json().get("templates").get(0);
		Path file = this.work.resolve("quyet-toan-AG26-CS-01.xlsx");
		assertThat(written.get("file").asString()).isEqualTo(file.toString());
		assertThat(written.get("template").asString()).isEqualTo("settlement");
		assertThat(written.get("prefilledLines").asInt()).isEqualTo(11);
		assertThat(written.get("rows").asInt()).isEqualTo(16);
		assertThat(result.stderr()).contains("Mẫu quyết toán lớp AG26-CS-01: 16 dòng (11 dòng lấy từ dự toán)");
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Quyết toán");
			assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.HIDDEN);
			XSSFSheet metadata = workbook.getSheet("taphuan-meta");
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(metadata)))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(metadata.getRow(0).getCell(1).getStringCellValue()).isEqualTo("taphuan-settlement");
			assertThat(metadata.getRow(2).getCell(1).getStringCellValue()).isEqualTo("AG-2026");
			assertThat(metadata.getRow(3).getCell(1).getStringCellValue()).isEqualTo("AG26-CS-01");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("BẢNG QUYẾT TOÁN KINH PHÍ LỚP TẬP HUẤN");
			assertThat(sheet.getRow(6).getCell(0).getStringCellValue())
				.isEqualTo("Mã lớp: AG26-CS-01 — Chỉ tiêu: 500 học viên — Dự toán: 295.000.000 đ");
			XSSFRow header = sheet.getRow(8);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Nội dung chi");
			assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Thành tiền (đồng)");
			XSSFRow first = sheet.getRow(9);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Thù lao báo cáo viên");
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("buổi");
			assertThat(first.getCell(5).getCellFormula()).isEqualTo("IF(OR(D10=\"\",E10=\"\"),\"\",D10*E10)");
			assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			XSSFRow meals = sheet.getRow(12);
			assertThat(meals.getCell(1).getStringCellValue()).isEqualTo("Hỗ trợ tiền ăn học viên");
			assertThat(meals.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 16));
			assertThat(sheet.getRow(14).getCell(6).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 3, 18));
			XSSFRow total = sheet.getRow(25);
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(total.getCell(5).getCellFormula()).isEqualTo("SUM(F10:F25)");
			assertThat(sheet.getDataValidations())
				.extracting((validation) -> validation.getValidationConstraint().getValidationType())
				.contains(ValidationType.LIST, ValidationType.DECIMAL, ValidationType.INTEGER, ValidationType.DATE);
			DataValidation categories = sheet.getDataValidations()
				.stream()
				.filter((validation) -> validation.getValidationConstraint().getValidationType() == ValidationType.LIST)
				.findFirst()
				.orElseThrow();
			assertThat(categories.getValidationConstraint().getFormula1()).isEqualTo("'danh-muc'!$A$1:$A$8");
			assertThat(workbook.getSheet("danh-muc").getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("Hỗ trợ tiền ăn học viên");
		}
	}

	@Test
	void choosingTwoKindsOrAnUnknownClassIsAUsageError() {
		Cli.Result both = this.cli.run("template", "--budget", "--ward", "long-xuyen", "--class", "AG26-CS-01");
		Cli.Result unknown = this.cli.run("template", "--budget", "--class", "XX-1");

		assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(both.stderr()).contains("Chỉ chọn một").contains("--budget");
		assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknown.stderr()).contains("AG26-CS-01");
	}

}
