package vn.congdoan.taphuan.wardkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.FileOutcome;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.LegacyEncoding;
import vn.congdoan.taphuan.intake.LegacyVietnamese;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.Spreadsheet;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback workbooks for imported and rejected files, opened with POI.
 */
@TaphuanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class FeedbackWorkbooksIntegrationTests {

	@Autowired
	Plans plans;

	@Autowired
	AttendanceImports imports;

	@Autowired
	FeedbackWorkbooks feedback;

	@TempDir
	Path temp;

	@BeforeEach
	void loadPlan() {
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
	}

	/**
	 * Long Xuyên's list for AG26-CS-01: row 11 has no name, row 12 repeats row 9, row 10
	 * has a bad phone, an unknown mark and an unknown position.
	 */
	private Path longXuyen() throws IOException {
		return Spreadsheet.create()
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG")
			.row("CÔNG ĐOÀN PHƯỜNG LONG XUYÊN")
			.blankRow()
			.row("DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN NGHIỆP VỤ CÔNG TÁC CÔNG ĐOÀN")
			.row("Lớp 1, từ ngày 16/3 đến 18/3/2026")
			.row("STT", "Họ và tên", "Năm sinh", null, "Chức vụ", "Đơn vị", "SĐT", "Điểm danh", null, null, "Ghi chú")
			.row(null, null, "Nam", "Nữ", null, null, null, "16/3", "17/3", "18/3")
			.row(1, "Nguyễn Văn An", 1980, null, "Chủ tịch CĐCS", "Công ty TNHH May Việt Tiến", "0912345678", "x", "x",
					"x")
			.row(2, "Trần Thị Bình", null, 1985, "Tổ phó", "Công ty TNHH May Việt Tiến", "0987654321", "x", "P", "x")
			.row(3, "Lê Văn Cường", 1979, null, "Kế toán", "Công ty CP Thủy sản", "09012", "x", "?", "x",
					"- nghỉ chiều 17/3")
			.row(4, null, 1990, null, "Tổ trưởng", "Công ty X", null, "x", "x", "x")
			.row(5, "Trần Thị Bình", null, 1985, "Tổ phó", "Công ty TNHH May Việt Tiến", "0987654321", "x", "x", "x")
			.row("Tổng cộng: 5 người")
			.blankRow()
			.row(null, "Người lập biểu", null, null, null, "TM. BAN CHẤP HÀNH")
			.merge("C6:D6")
			.merge("H6:J6")
			.writeXlsx(this.temp.resolve("DS hoc vien lop 1 - Long Xuyen.xlsx"));
	}

	@Test
	void highlightsAndExplainsEveryProblemOfAnImportedFile() throws IOException {
		// given
		FileOutcome outcome = this.imports.importFile(longXuyen(), ImportRequest.of(null, null, null));

		// when
		FeedbackFile written = this.feedback.write(outcome.submission(), this.temp.resolve("out")).orElseThrow();

		// then
		assertThat(written.file()).isEqualTo(this.temp
			.resolve("out/feedback/AG26-CS-01/long-xuyen/DS hoc vien lop 1 - Long Xuyen" + FeedbackWorkbooks.SUFFIX));
		assertThat(written.rows()).isEqualTo(5);
		assertThat(written.problems()).isEqualTo(5);
		try (XSSFWorkbook workbook = open(written.file())) {
			assertThat(workbook.getSheetName(0)).isEqualTo(FeedbackWorkbook.SUMMARY_SHEET);
			XSSFSheet summary = workbook.getSheetAt(0);
			assertThat(text(summary)).contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG")
				.contains("Công đoàn phường Long Xuyên (long-xuyen)")
				.contains("AG26-CS-01 — Lớp tập huấn nghiệp vụ công tác công đoàn cho cán bộ công đoàn cơ sở năm 2026 "
						+ "(lớp 1)")
				.contains("16/03/2026 - 18/03/2026 (3 ngày)")
				.contains("DS hoc vien lop 1 - Long Xuyen.xlsx")
				.contains("Gửi lại TOÀN BỘ danh sách")
				.contains("Bộ phận Tổ chức - Kiểm tra, Liên đoàn Lao động tỉnh An Giang");
			assertThat(number(summary, "Số dòng học viên đọc được")).isEqualTo(5);
			assertThat(number(summary, "Số dòng được nhận")).isEqualTo(3);
			assertThat(number(summary, "Số dòng bị loại")).isEqualTo(2);
			assertThat(number(summary, "Số cảnh báo")).isEqualTo(3);
			assertThat(codeCounts(summary)).containsEntry("NAME_MISSING", 1)
				.containsEntry("DUPLICATE_ROW", 1)
				.containsEntry("PHONE_INVALID", 1)
				.containsEntry("MARK_UNKNOWN", 1)
				.containsEntry("POSITION_UNKNOWN", 1);
			assertThat(row(summary, "NAME_MISSING").getCell(4).getStringCellValue())
				.isEqualTo(IssueCode.NAME_MISSING.advice());
			assertThat(summary.getProtect()).isTrue();

			XSSFSheet list = workbook.getSheet("Sheet1");
			// row 11 (no name): the empty name cell red with the advice, the rest pale
			XSSFCell missingName = list.getRow(10).getCell(1);
			assertThat(fill(missingName)).isEqualTo(FeedbackWorkbook.ERROR_FILL);
			assertThat(missingName.getCellComment().getString().getString()).contains("NAME_MISSING")
				.contains(IssueCode.NAME_MISSING.advice());
			assertThat(fill(list.getRow(10).getCell(4))).isEqualTo(FeedbackWorkbook.REJECTED_ROW_FILL);
			// row 12 repeats row 9
			XSSFCell duplicate = list.getRow(11).getCell(1);
			assertThat(duplicate.getStringCellValue()).isEqualTo("Trần Thị Bình");
			assertThat(fill(duplicate)).isEqualTo(FeedbackWorkbook.ERROR_FILL);
			assertThat(duplicate.getCellComment().getString().getString()).contains("dòng 9")
				.contains(IssueCode.DUPLICATE_ROW.advice());
			// row 10: warnings in yellow on their own cells, the row is kept
			XSSFRow warned = list.getRow(9);
			assertThat(fill(warned.getCell(6))).isEqualTo(FeedbackWorkbook.WARNING_FILL);
			assertThat(warned.getCell(6).getCellComment().getString().getString())
				.contains(IssueCode.PHONE_INVALID.advice());
			assertThat(fill(warned.getCell(8))).isEqualTo(FeedbackWorkbook.WARNING_FILL);
			assertThat(warned.getCell(8).getCellComment().getString().getString())
				.contains(IssueCode.MARK_UNKNOWN.advice());
			assertThat(fill(warned.getCell(4))).isEqualTo(FeedbackWorkbook.WARNING_FILL);
			assertThat(fill(warned.getCell(1))).isNull();
			assertThat(fill(list.getRow(7).getCell(1))).isNull();
			// the problem column sums up each row
			assertThat(list.getRow(5).getCell(11).getStringCellValue()).isEqualTo(FeedbackWorkbook.PROBLEM_HEADER);
			assertThat(list.getRow(10).getCell(11).getStringCellValue()).startsWith("BỊ LOẠI");
			assertThat(list.getRow(9).getCell(11).getStringCellValue()).startsWith("Cảnh báo").contains("G: ");
			assertThat(list.getRow(7).getCell(11)).isNull();
			// values kept as typed, text made inert
			assertThat(list.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(1980);
			assertThat(warned.getCell(10).getStringCellValue()).isEqualTo("'- nghỉ chiều 17/3");
			assertThat(list.getMergedRegions()).extracting((range) -> range.formatAsString()).contains("H6:J6");
			// unlocked data, locked header, protection without password
			assertThat(list.getProtect()).isTrue();
			assertThat(missingName.getCellStyle().getLocked()).isFalse();
			assertThat(list.getRow(5).getCell(1).getCellStyle().getLocked()).isTrue();
			// checks like the template's, as warnings
			assertThat(list.getDataValidations()).anySatisfy((validation) -> {
				assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("H8:H32");
				assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly("x", "P", "K");
				assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
			});
			assertThat(list.getDataValidations()).anySatisfy((validation) -> {
				assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("D8:D32");
				assertThat(validation.getValidationConstraint().getValidationType())
					.isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
			});

			assertThat(metadata(workbook)).containsEntry("template", "taphuan-attendance")
				.containsEntry("class", "AG26-CS-01")
				.containsEntry("ward", "long-xuyen")
				.containsEntry("plan", "AG-2026")
				.containsEntry(FeedbackWorkbook.FEEDBACK_KEY, String.valueOf(outcome.submission()));
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(TemplateMetadata.SHEET_NAME)))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("taphuan");
			assertThat(workbook.getProperties().getCoreProperties().getTitle())
				.contains("DS hoc vien lop 1 - Long Xuyen.xlsx");
		}
	}

	@Test
	void aCorrectedFeedbackWorkbookImportsWithoutFlags() throws IOException {
		// given
		FileOutcome outcome = this.imports.importFile(longXuyen(), ImportRequest.of(null, null, null));
		Path written = this.feedback.write(outcome.submission(), this.temp.resolve("out")).orElseThrow().file();
		Path corrected = this.temp.resolve("long-xuyen-da-sua.xlsx");
		try (XSSFWorkbook workbook = open(written)) {
			XSSFSheet list = workbook.getSheet("Sheet1");
			list.getRow(10).getCell(1).setCellValue("Phạm Thị Dung");
			list.getRow(9).getCell(6).setCellValue("0901234567");
			try (var out = Files.newOutputStream(corrected)) {
				workbook.write(out);
			}
		}

		// when
		FileOutcome again = this.imports.importFile(corrected, ImportRequest.of(null, null, null));

		// then
		assertThat(again.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(again.classCode()).isEqualTo("AG26-CS-01");
		assertThat(again.ward()).isEqualTo("long-xuyen");
		assertThat(again.replaces()).isEqualTo("DS hoc vien lop 1 - Long Xuyen.xlsx");
		assertThat(again.rowsAccepted()).isEqualTo(4);
		assertThat(again.issues()).extracting((issue) -> issue.code())
			.contains(IssueCode.DUPLICATE_ROW)
			.doesNotContain(IssueCode.NAME_MISSING, IssueCode.PHONE_INVALID);
	}

	@Test
	void showsAFileTypedInTcvn3AsTheImportReadIt() throws IOException {
		// given
		Path file = Spreadsheet.create()
			.row(tcvn3("CÔNG ĐOÀN PHƯỜNG CHÂU ĐỐC"))
			.row(tcvn3("Danh sách học viên lớp AG26-CS-01"))
			.row("STT", tcvn3("Họ và tên"), tcvn3("Năm sinh"), tcvn3("Giới tính"), tcvn3("Chức vụ"), "N1", "N2", "N3")
			.row(1, tcvn3("Nguyễn Thị Hoa"), 1982, tcvn3("Nữ"), tcvn3("Tổ trưởng"), "x", "x", "x")
			.row(2, tcvn3("Huỳnh Văn Đức"), 1890, "Nam", tcvn3("Ủy viên BCH"), "x", "x", "x")
			.writeXlsx(this.temp.resolve("chau doc.xlsx"));
		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		// when
		FeedbackFile written = this.feedback.write(outcome.submission(), this.temp).orElseThrow();

		// then
		try (XSSFWorkbook workbook = open(written.file())) {
			XSSFSheet list = workbook.getSheet("Sheet1");
			assertThat(list.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hoa");
			assertThat(list.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Huỳnh Văn Đức");
			assertThat(fill(list.getRow(4).getCell(2))).isEqualTo(FeedbackWorkbook.WARNING_FILL);
			assertThat(text(workbook.getSheetAt(0))).contains("LEGACY_ENCODING_CONVERTED").contains("TCVN3");
		}
	}

	@Test
	void aFileRejectedWholeGetsTheSummaryAndItsRowsAsRead() throws IOException {
		// given
		Path file = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG CHÂU ĐỐC")
			.row("Nội dung", "Số tiền")
			.row("=Tài liệu", 1000000)
			.writeXlsx(this.temp.resolve("chau-doc.xlsx"));
		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		// when
		FeedbackFile written = this.feedback.write(outcome.submission(), this.temp).orElseThrow();

		// then
		assertThat(written.file())
			.isEqualTo(this.temp.resolve("feedback/chua-xac-dinh/chua-xac-dinh/chau-doc" + FeedbackWorkbooks.SUFFIX));
		assertThat(written.classCode()).isNull();
		try (XSSFWorkbook workbook = open(written.file())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			XSSFSheet summary = workbook.getSheetAt(0);
			assertThat(text(summary)).contains("CẢ TỆP BỊ TỪ CHỐI").contains(IssueCode.NO_HEADER.advice());
			assertThat(codeCounts(summary)).containsExactly(Map.entry("NO_HEADER", 1));
			XSSFSheet rows = workbook.getSheet("Sheet1");
			assertThat(rows.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=Tài liệu");
			assertThat(rows.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1000000);
			assertThat(workbook.getSheet(TemplateMetadata.SHEET_NAME)).isNull();
		}
	}

	@Test
	void aFileThatCannotBeReadGetsTheSummaryOnly() throws IOException {
		// given
		Path file = this.temp.resolve("Danh sach Binh Duc.xlsx");
		Files.write(file, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes());
		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, "AG26-CS-01", "binh-duc"));

		// when
		FeedbackFile written = this.feedback.write(outcome.submission(), this.temp).orElseThrow();

		// then
		assertThat(written.file())
			.isEqualTo(this.temp.resolve("feedback/AG26-CS-01/binh-duc/Danh sach Binh Duc" + FeedbackWorkbooks.SUFFIX));
		try (XSSFWorkbook workbook = open(written.file())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			assertThat(text(workbook.getSheetAt(0))).contains("FILE_UNREADABLE")
				.contains("PDF")
				.contains("Công đoàn phường Bình Đức");
		}
	}

	@Test
	void aFileWithoutProblemsNeedsNoFeedback() throws IOException {
		// given
		Path file = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG MỸ THỚI — lớp AG26-CS-01")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Ngày 1", "Ngày 2", "Ngày 3")
			.row(1, "Võ Thị Kim", 1984, "Nữ", "Tổ trưởng", "x", "x", "x")
			.writeXlsx(this.temp.resolve("my-thoi.xlsx"));
		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		// when
		Optional<FeedbackFile> written = this.feedback.write(outcome.submission(), this.temp);

		// then
		assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(written).isEmpty();
		assertThat(this.temp.resolve("feedback")).doesNotExist();
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static String fill(XSSFCell cell) {
		XSSFColor colour = cell.getCellStyle().getFillForegroundColorColor();
		return (colour != null && colour.getRGB() != null) ? colour.getARGBHex().substring(2) : null;
	}

	/** Every text of a sheet, one cell per line. */
	static String text(XSSFSheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach((row) -> row.forEach((cell) -> text.append(cell.toString()).append('\n')));
		return text.toString();
	}

	/** The row whose first cell says this. */
	static XSSFRow row(XSSFSheet sheet, String first) {
		for (int index = 0; index <= sheet.getLastRowNum(); index++) {
			XSSFRow row = sheet.getRow(index);
			if (row != null && row.getCell(0) != null && row.getCell(0).toString().equals(first)) {
				return row;
			}
		}
		throw new AssertionError("No row starting with " + first);
	}

	static int number(XSSFSheet summary, String label) {
		return (int) row(summary, label).getCell(1).getNumericCellValue();
	}

	/** The summary's table: code → count. */
	static Map<String, Integer> codeCounts(XSSFSheet summary) {
		Map<String, Integer> counts = new HashMap<>();
		for (IssueCode code : IssueCode.values()) {
			for (int index = 0; index <= summary.getLastRowNum(); index++) {
				XSSFRow row = summary.getRow(index);
				if (row != null && row.getCell(0) != null && row.getCell(0).toString().equals(code.name())
						&& row.getCell(3) != null && row.getCell(3).getCellType() == CellType.NUMERIC) {
					counts.put(code.name(), (int) row.getCell(3).getNumericCellValue());
				}
			}
		}
		return counts;
	}

	static Map<String, String> metadata(XSSFWorkbook workbook) {
		Map<String, String> entries = new HashMap<>();
		workbook.getSheet(TemplateMetadata.SHEET_NAME)
			.forEach((row) -> entries.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue()));
		return entries;
	}

	private static String tcvn3(String text) {
		return LegacyVietnamese.encode(text, LegacyEncoding.TCVN3);
	}

}
