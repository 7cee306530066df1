package vn.congdoan.taphuan.wardkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.FileOutcome;
import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A template filled in the way a ward fills it comes back through the import without
 * flags; a filled template that was altered afterwards is imported by the normal rules.
 */
@TaphuanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class TemplateRoundTripIntegrationTests {

	/** Rows a ward types, from the template's first data row (row 11). */
	private static final List<Trainee> TRAINEES = List.of(
			new Trainee("Nguyễn Thị Thu Hà", 1984, "Nữ", Position.CHU_TICH, "CĐCS Công ty TNHH May Tiến Phát",
					"0918234567", "089184001234", "x", "x", "x"),
			new Trainee("Trần Văn Phúc", 1979, "Nam", Position.PHO_CHU_TICH, "CĐCS Công ty CP Thủy sản Nam Việt",
					"0907123456", null, "x", "P", "x"),
			new Trainee("Lê Thị Mỹ Duyên", 1991, "Nữ", Position.TO_TRUONG, "Nghiệp đoàn Xe ôm phường Long Xuyên",
					"0339876543", "089191005678", "x", "x", "K"),
			new Trainee("Phạm Hoàng Nam", 1988, "Nam", Position.UV_BCH, "Trường THCS Nguyễn Du CĐCS", "0981112233",
					null, "x", "x", "x"),
			new Trainee("Đặng Thị Kim Loan", 1995, "Nữ", Position.TO_PHO, "UBND phường Long Xuyên CĐCS", "0776543210",
					"089195009876", "K", "x", "x"));

	@Autowired
	Plans plans;

	@Autowired
	AttendanceTemplates templates;

	@Autowired
	AttendanceImports imports;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@BeforeEach
	void loadPlan() {
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
	}

	@Test
	void aFilledTemplateIsImportedWithoutFlags() throws IOException {
		// given
		Path file = filledTemplate((workbook) -> {
		});

		// when
		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		// then
		assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(outcome.classCode()).isEqualTo("AG26-CS-01");
		assertThat(outcome.ward()).isEqualTo("long-xuyen");
		assertThat(assignedBy(outcome)).isEqualTo("METADATA");
		assertThat(outcome.rowsRead()).isEqualTo(5);
		assertThat(outcome.rowsAccepted()).isEqualTo(5);
		assertThat(outcome.warnings()).isZero();
		// only a note that the instructions sheet holds no list
		assertThat(outcome.issues()).extracting(ImportIssue::code, ImportIssue::sheet)
			.containsExactly(tuple(IssueCode.SHEET_SKIPPED, TemplateMetadata.INSTRUCTIONS_SHEET_NAME));
		assertThat(rows(outcome)).containsExactly(
				"Nguyễn Thị Thu Hà|1984|F|CHU_TICH|CĐCS Công ty TNHH May Tiến Phát|0918234567|089184001234|PPP",
				"Trần Văn Phúc|1979|M|PHO_CHU_TICH|CĐCS Công ty CP Thủy sản Nam Việt|0907123456|null|PEP",
				"Lê Thị Mỹ Duyên|1991|F|TO_TRUONG|Nghiệp đoàn Xe ôm phường Long Xuyên|0339876543|089191005678|PPA",
				"Phạm Hoàng Nam|1988|M|UV_BCH|Trường THCS Nguyễn Du CĐCS|0981112233|null|PPP",
				"Đặng Thị Kim Loan|1995|F|TO_PHO|UBND phường Long Xuyên CĐCS|0776543210|089195009876|APP");
	}

	@Test
	void aTemplateWithoutItsMetadataSheetIsAssignedByItsTitleBlock() throws IOException {
		// given
		Path file = filledTemplate(
				(workbook) -> workbook.removeSheetAt(workbook.getSheetIndex(TemplateMetadata.SHEET_NAME)));

		// when
		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		// then
		assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(outcome.classCode()).isEqualTo("AG26-CS-01");
		assertThat(outcome.ward()).isEqualTo("long-xuyen");
		assertThat(assignedBy(outcome)).isEqualTo("TITLE");
		assertThat(outcome.rowsAccepted()).isEqualTo(5);
		assertThat(outcome.warnings()).isZero();
	}

	@Test
	void aTemplateWithAColumnDeletedIsReadByItsHeader() throws IOException {
		// given: the ward deleted "Số CCCD" (H), so the day and notes columns moved left
		Path file = filledTemplate((workbook) -> {
			XSSFSheet sheet = workbook.getSheet(TemplateMetadata.DATA_SHEET_NAME);
			for (int index = sheet.getNumMergedRegions() - 1; index >= 0; index--) {
				CellRangeAddress range = sheet.getMergedRegion(index);
				if (range.getFirstColumn() == AttendanceTemplateWorkbook.CCCD_COLUMN
						&& range.getLastColumn() == AttendanceTemplateWorkbook.CCCD_COLUMN) {
					sheet.removeMergedRegion(index);
				}
			}
			for (Row row : sheet) {
				if (row.getCell(AttendanceTemplateWorkbook.CCCD_COLUMN) != null) {
					row.removeCell(row.getCell(AttendanceTemplateWorkbook.CCCD_COLUMN));
				}
			}
			sheet.shiftColumns(AttendanceTemplateWorkbook.CCCD_COLUMN + 1, 20, -1);
		});

		// when
		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		// then
		assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(outcome.classCode()).isEqualTo("AG26-CS-01");
		assertThat(outcome.rowsAccepted()).isEqualTo(5);
		assertThat(outcome.issues()).extracting(ImportIssue::code).doesNotContain(IssueCode.DAY_COLUMNS_MISMATCH);
		assertThat(outcome.warnings()).isZero();
		assertThat(rows(outcome)).containsExactly(
				"Nguyễn Thị Thu Hà|1984|F|CHU_TICH|CĐCS Công ty TNHH May Tiến Phát|0918234567|null|PPP",
				"Trần Văn Phúc|1979|M|PHO_CHU_TICH|CĐCS Công ty CP Thủy sản Nam Việt|0907123456|null|PEP",
				"Lê Thị Mỹ Duyên|1991|F|TO_TRUONG|Nghiệp đoàn Xe ôm phường Long Xuyên|0339876543|null|PPA",
				"Phạm Hoàng Nam|1988|M|UV_BCH|Trường THCS Nguyễn Du CĐCS|0981112233|null|PPP",
				"Đặng Thị Kim Loan|1995|F|TO_PHO|UBND phường Long Xuyên CĐCS|0776543210|null|APP");
	}

	/**
	 * Long Xuyên's template for AG26-CS-01 filled with {@link #TRAINEES} as a ward types
	 * them (birth year a number, phone and CCCD as text, marks from the drop-down), then
	 * {@code alter}ed, saved as a ward would save it.
	 */
	private Path filledTemplate(Alteration alter) throws IOException {
		Path template = this.temp.resolve("mau.xlsx");
		this.templates.write("AG26-CS-01", "long-xuyen", template);
		Path filled = this.temp.resolve("mau-diem-danh-AG26-CS-01-long-xuyen.xlsx");
		try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheet(TemplateMetadata.DATA_SHEET_NAME);
			for (int index = 0; index < TRAINEES.size(); index++) {
				Trainee trainee = TRAINEES.get(index);
				XSSFRow row = sheet.getRow(AttendanceTemplateWorkbook.FIRST_DATA_ROW + index);
				row.getCell(AttendanceTemplateWorkbook.NAME_COLUMN).setCellValue(trainee.name());
				row.getCell(AttendanceTemplateWorkbook.BIRTH_YEAR_COLUMN).setCellValue(trainee.birthYear());
				row.getCell(AttendanceTemplateWorkbook.GENDER_COLUMN).setCellValue(trainee.gender());
				row.getCell(AttendanceTemplateWorkbook.POSITION_COLUMN)
					.setCellValue(TemplateVocabulary.POSITIONS.get(trainee.position()));
				row.getCell(AttendanceTemplateWorkbook.UNIT_COLUMN).setCellValue(trainee.unit());
				row.getCell(AttendanceTemplateWorkbook.PHONE_COLUMN).setCellValue(trainee.phone());
				if (trainee.cccd() != null) {
					row.getCell(AttendanceTemplateWorkbook.CCCD_COLUMN).setCellValue(trainee.cccd());
				}
				for (int day = 0; day < trainee.marks().length; day++) {
					row.getCell(AttendanceTemplateWorkbook.FIRST_DAY_COLUMN + day).setCellValue(trainee.marks()[day]);
				}
			}
			alter.apply(workbook);
			try (OutputStream out = Files.newOutputStream(filled)) {
				workbook.write(out);
			}
		}
		return filled;
	}

	private String assignedBy(FileOutcome outcome) {
		return this.jdbc.sql("SELECT assigned_by FROM submission WHERE id = ?")
			.param(outcome.submission())
			.query(String.class)
			.single();
	}

	private List<String> rows(FileOutcome outcome) {
		return this.jdbc.sql("""
				SELECT full_name, birth_year, gender, position_code, unit_name, phone, cccd, marks
				FROM trainee_row WHERE submission_id = ? AND accepted ORDER BY seq
				""").param(outcome.submission()).query().listOfRows().stream().map((row) -> line(row)).toList();
	}

	private static String line(Map<String, Object> row) {
		return String.join("|",
				List.of("full_name", "birth_year", "gender", "position_code", "unit_name", "phone", "cccd", "marks")
					.stream()
					.map((column) -> String.valueOf(row.get(column)))
					.toList());
	}

	@FunctionalInterface
	private interface Alteration {

		void apply(XSSFWorkbook workbook) throws IOException;

	}

	private record Trainee(String name, int birthYear, String gender, Position position, String unit, String phone,
			String cccd, String... marks) {

	}

}
