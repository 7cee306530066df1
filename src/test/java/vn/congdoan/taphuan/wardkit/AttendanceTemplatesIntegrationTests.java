package vn.congdoan.taphuan.wardkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Templates written from the seed plans, read back with POI.
 */
@TaphuanIntegrationTest
class AttendanceTemplatesIntegrationTests {

	@Autowired
	Plans plans;

	@Autowired
	AttendanceTemplates templates;

	@TempDir
	Path temp;

	@BeforeEach
	void loadSeedPlans() {
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
		this.plans.load(Path.of("data-samples/plans/lc-2026.yaml"));
	}

	@Test
	void writesAWardsTemplateFromThePlan() throws IOException {
		// given
		Path target = this.temp.resolve("long-xuyen.xlsx");

		// when
		TemplateResult result = this.templates.write("AG26-CS-01", "long-xuyen", target);

		// then
		assertThat(result)
			.isEqualTo(new TemplateResult("AG26-CS-01", "long-xuyen", "Công đoàn phường Long Xuyên", target, 50, 60));
		try (XSSFWorkbook workbook = open(target)) {
			assertThat(metadata(workbook)).isEqualTo(Map.of("template", "taphuan-attendance", "version", "1", "plan",
					"AG-2026", "class", "AG26-CS-01", "ward", "long-xuyen"));
			XSSFSheet list = workbook.getSheet("Danh sách");
			assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG");
			assertThat(list.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CÔNG ĐOÀN PHƯỜNG LONG XUYÊN");
			assertThat(list.getRow(4).getCell(0).getStringCellValue())
				.isEqualTo("Lớp tập huấn nghiệp vụ công tác công đoàn cho cán bộ công đoàn cơ sở năm 2026 (lớp 1)");
			assertThat(list.getRow(5).getCell(0).getStringCellValue())
				.isEqualTo("Thời gian: 16/03/2026 - 18/03/2026 (3 ngày) — Địa điểm: Hội trường LĐLĐ tỉnh An Giang, "
						+ "phường Rạch Giá");
			assertThat(list.getRow(9).getCell(8).getStringCellValue()).isEqualTo("16/03/2026");
			assertThat(list.getRow(9).getCell(10).getStringCellValue()).isEqualTo("18/03/2026");
			assertThat(list.getRow(8).getCell(11).getStringCellValue()).isEqualTo("Ghi chú");
			assertThat(list.getRow(69).getCell(0).getNumericCellValue()).isEqualTo(60);
			assertThat(list.getDataValidations()).anySatisfy((validation) -> {
				assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("C11:C70");
				assertThat(validation.getValidationConstraint().getFormula2()).isEqualTo("2010");
			});
			assertThat(workbook.getSheet("Hướng dẫn").getRow(3).getCell(1).getStringCellValue()).contains("50 người");
		}
	}

	@Test
	void theDayColumnsAreTheClassDaysOfAnotherPlan() throws IOException {
		Path target = this.temp.resolve("tan-phong.xlsx");

		TemplateResult result = this.templates.write("LC26-CS-02", "tan-phong", target);

		assertThat(result.rows()).isEqualTo(17);
		try (XSSFWorkbook workbook = open(target)) {
			XSSFSheet list = workbook.getSheetAt(0);
			assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
			assertThat(list.getRow(9).getCell(8).getStringCellValue()).isEqualTo("14/05/2026");
			assertThat(list.getRow(9).getCell(9).getStringCellValue()).isEqualTo("15/05/2026");
			assertThat(list.getRow(8).getCell(10).getStringCellValue()).isEqualTo("Ghi chú");
			assertThat(metadata(workbook)).containsEntry("plan", "LC-2026").containsEntry("ward", "tan-phong");
		}
	}

	@Test
	void theFederationsOwnOfficeIsHeadedByTheNationalFederation() throws IOException {
		Path target = this.temp.resolve("ldld.xlsx");

		this.templates.write("AG26-CT-03", "ldld", target);

		try (XSSFWorkbook workbook = open(target)) {
			XSSFSheet list = workbook.getSheetAt(0);
			assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
			assertThat(list.getRow(1).getCell(0).getStringCellValue()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG");
			assertThat(list.getRow(5).getCell(0).getStringCellValue())
				.isEqualTo("Thời gian: 13/08/2026 (1 ngày) — Địa điểm: Hội trường cơ quan LĐLĐ tỉnh");
		}
	}

	@Test
	void writesOneTemplatePerAllocatedWardIntoAFolder() throws IOException {
		Path folder = this.temp.resolve("out/mau");

		List<TemplateResult> results = this.templates.writeAll("AG26-CS-02", folder);

		assertThat(results).hasSize(14);
		assertThat(results).extracting(TemplateResult::wardCode).startsWith("long-xuyen", "binh-duc");
		assertThat(results.get(0).file()).isEqualTo(folder.resolve("mau-diem-danh-AG26-CS-02-long-xuyen.xlsx"));
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map((file) -> file.getFileName().toString())).hasSize(14)
				.allMatch((name) -> name.startsWith("mau-diem-danh-AG26-CS-02-") && name.endsWith(".xlsx"))
				.contains("mau-diem-danh-AG26-CS-02-my-hoa-hung.xlsx")
				.doesNotContain("mau-diem-danh-AG26-CS-02-ldld.xlsx");
		}
		for (TemplateResult result : results) {
			try (XSSFWorkbook workbook = open(result.file())) {
				assertThat(metadata(workbook)).containsEntry("ward", result.wardCode());
				assertThat(workbook.getSheetAt(0).getRow(9 + result.rows()).getCell(0).getNumericCellValue())
					.isEqualTo(result.rows());
			}
		}
	}

	@Test
	void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
		Path target = this.temp.resolve("long-xuyen.xlsx");
		Files.writeString(target, "old");

		this.templates.write("AG26-CS-01", "long-xuyen", target);

		try (Stream<Path> files = Files.list(this.temp)) {
			assertThat(files).containsExactly(target);
		}
		try (XSSFWorkbook workbook = open(target)) {
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("taphuan-meta")))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
		}
	}

	@Test
	void unknownClassesAndWardsAndWardsWithoutAllocationListTheValidCodes() {
		Path target = this.temp.resolve("x.xlsx");

		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> this.templates.write("AG26-CS-09", "long-xuyen", target))
			.withMessageContaining("Không có lớp 'AG26-CS-09'")
			.withMessageContaining("AG26-CS-01")
			.withMessageContaining("LC26-CS-05");
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> this.templates.write("AG26-CS-01", "long-xuyenn", target))
			.withMessageContaining("Không có đơn vị 'long-xuyenn' trong kế hoạch AG-2026")
			.withMessageContaining("ldld, long-xuyen, binh-duc");
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> this.templates.write("AG26-CS-01", "ldld", target))
			.withMessageContaining("không được phân bổ chỉ tiêu ở lớp AG26-CS-01")
			.withMessageContaining("long-xuyen, binh-duc");
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> this.templates.write("AG26-CT-01", "long-xuyen", target))
			.withMessageContaining("Các đơn vị được phân bổ: ldld");
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> this.templates.writeAll("XX-1", this.temp))
			.withMessageContaining("Các mã lớp hợp lệ");
		assertThat(target).doesNotExist();
	}

	private static Map<String, String> metadata(XSSFWorkbook workbook) {
		XSSFSheet meta = workbook.getSheet(TemplateMetadata.SHEET_NAME);
		assertThat(workbook.getSheetIndex(meta)).isEqualTo(workbook.getNumberOfSheets() - 1);
		Map<String, String> entries = new HashMap<>();
		meta.forEach((row) -> entries.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue()));
		return entries;
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
