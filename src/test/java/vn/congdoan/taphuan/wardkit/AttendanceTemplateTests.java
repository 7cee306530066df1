package vn.congdoan.taphuan.wardkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.taphuan.wardkit.AttendanceTemplateWorkbook.DAY_HEADER_ROW;
import static vn.congdoan.taphuan.wardkit.AttendanceTemplateWorkbook.FIRST_DATA_ROW;
import static vn.congdoan.taphuan.wardkit.AttendanceTemplateWorkbook.HEADER_ROW;

/**
 * The fill-in template as a ward's Excel sees it: written to bytes and opened again with
 * POI.
 */
class AttendanceTemplateTests {

	private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17),
			LocalDate.of(2026, 3, 18));

	private static final AttendanceTemplate LONG_XUYEN = new AttendanceTemplate(
			new TemplateMetadata("AG-2026", "AG26-CS-01", "long-xuyen"), "Liên đoàn Lao động tỉnh An Giang",
			"Công đoàn phường Long Xuyên",
			"Lớp tập huấn nghiệp vụ công tác công đoàn cho cán bộ công đoàn cơ sở năm 2026 (lớp 1)", DAYS,
			"Hội trường LĐLĐ tỉnh An Giang, phường Rạch Giá", 50, AttendanceTemplate.rowsFor(50), 2010,
			"Bộ phận Tổ chức - Kiểm tra, Liên đoàn Lao động tỉnh An Giang", "Đồng chí Võ Thị Kim Ngân");

	private XSSFWorkbook workbook;

	private XSSFSheet list;

	@BeforeEach
	void writeAndReopen() throws IOException {
		this.workbook = reopen(LONG_XUYEN);
		this.list = this.workbook.getSheetAt(0);
	}

	@AfterEach
	void close() throws IOException {
		this.workbook.close();
	}

	@Test
	void hasTheListFirstInstructionsSecondAndVeryHiddenMetadataLast() {
		assertThat(this.workbook.getNumberOfSheets()).isEqualTo(3);
		assertThat(this.workbook.getSheetName(0)).isEqualTo("Danh sách");
		assertThat(this.workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
		assertThat(this.workbook.getSheetName(2)).isEqualTo("taphuan-meta");
		assertThat(this.workbook.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);
		assertThat(this.workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VISIBLE);
		assertThat(this.workbook.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
		assertThat(this.workbook.getActiveSheetIndex()).isZero();
	}

	@Test
	void metadataSheetHoldsExactlyTheFiveKeysAsPlainStrings() {
		XSSFSheet meta = this.workbook.getSheet(TemplateMetadata.SHEET_NAME);

		List<List<String>> rows = new ArrayList<>();
		for (int index = 0; index <= meta.getLastRowNum(); index++) {
			XSSFRow row = meta.getRow(index);
			assertThat(row.getLastCellNum()).isEqualTo((short) 2);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			rows.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue()));
		}

		assertThat(rows).containsExactly(List.of("template", "taphuan-attendance"), List.of("version", "1"),
				List.of("plan", "AG-2026"), List.of("class", "AG26-CS-01"), List.of("ward", "long-xuyen"));
		assertThat(meta.getFirstRowNum()).isZero();
	}

	@Test
	void titleBlockNamesFederationWardClassDatesVenueAndCodes() {
		assertThat(text(0, 0)).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG");
		assertThat(text(1, 0)).isEqualTo("CÔNG ĐOÀN PHƯỜNG LONG XUYÊN");
		assertThat(text(0, 5)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		assertThat(text(1, 5)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
		assertThat(text(3, 0)).isEqualTo("DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN");
		assertThat(text(4, 0)).isEqualTo(LONG_XUYEN.classTitle());
		assertThat(text(5, 0)).isEqualTo(
				"Thời gian: 16/03/2026 - 18/03/2026 (3 ngày) — Địa điểm: Hội trường LĐLĐ tỉnh An Giang, phường Rạch Giá");
		assertThat(text(6, 0)).isEqualTo("Mã lớp: AG26-CS-01 — Đơn vị: long-xuyen");
		assertThat(this.list.getMergedRegions()).contains(CellRangeAddress.valueOf("A4:L4"),
				CellRangeAddress.valueOf("A5:L5"), CellRangeAddress.valueOf("A1:E1"),
				CellRangeAddress.valueOf("F1:L1"));
	}

	@Test
	void twoRowHeaderHasTheColumnsInOrderAndTheClassDatesUnderDiemDanh() {
		XSSFRow top = this.list.getRow(HEADER_ROW);
		XSSFRow days = this.list.getRow(DAY_HEADER_ROW);

		List<String> topTexts = new ArrayList<>();
		top.forEach((cell) -> topTexts.add(cell.getStringCellValue()));

		assertThat(topTexts).containsExactly("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ công đoàn",
				"Đơn vị (CĐCS)", "Số điện thoại", "Số CCCD", "Điểm danh", "", "", "Ghi chú");
		assertThat(days.getCell(8).getStringCellValue()).isEqualTo("16/03/2026");
		assertThat(days.getCell(9).getStringCellValue()).isEqualTo("17/03/2026");
		assertThat(days.getCell(10).getStringCellValue()).isEqualTo("18/03/2026");
		assertThat(days.getCell(8).getCellType()).isEqualTo(CellType.STRING);
		assertThat(new CellAddress(HEADER_ROW, 8).formatAsString()).isEqualTo("I9");
		assertThat(this.list.getMergedRegions()).contains(CellRangeAddress.valueOf("I9:K9"),
				CellRangeAddress.valueOf("A9:A10"), CellRangeAddress.valueOf("B9:B10"),
				CellRangeAddress.valueOf("H9:H10"), CellRangeAddress.valueOf("L9:L10"));
	}

	@Test
	void headerIsHighlightedAndTheMarksAreExplainedInAComment() {
		XSSFCell attendance = this.list.getRow(HEADER_ROW).getCell(8);

		assertThat(attendance.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(attendance.getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFDDEBF7");
		assertThat(attendance.getCellStyle().getFont().getBold()).isTrue();
		assertThat(attendance.getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");
		assertThat(attendance.getCellComment()).isNotNull();
		assertThat(attendance.getCellComment().getString().getString()).contains("x = có mặt")
			.contains("P = vắng có phép")
			.contains("K = vắng không phép");
	}

	@Test
	void dataRowsAreTheAllocationPlusAMarginNumberedFromOne() {
		int rows = LONG_XUYEN.rows();

		assertThat(rows).isEqualTo(60);
		for (int index = 0; index < rows; index++) {
			XSSFCell stt = this.list.getRow(FIRST_DATA_ROW + index).getCell(0);
			assertThat(stt.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(stt.getNumericCellValue()).isEqualTo(index + 1);
		}
		Object afterList = this.list.getRow(FIRST_DATA_ROW + rows);
		assertThat(afterList).as("no totals line").isNull();
		XSSFRow signature = this.list.getRow(FIRST_DATA_ROW + rows + 1);
		assertThat(signature.getCell(1).getStringCellValue()).isEqualTo("Người lập biểu");
		assertThat(signature.getCell(5).getStringCellValue()).isEqualTo("TM. BAN CHẤP HÀNH");
	}

	@Test
	void marginIsAboutAFifthAndAtLeastFiveRows() {
		assertThat(AttendanceTemplate.rowsFor(50)).isEqualTo(60);
		assertThat(AttendanceTemplate.rowsFor(45)).isEqualTo(54);
		assertThat(AttendanceTemplate.rowsFor(12)).isEqualTo(17);
		assertThat(AttendanceTemplate.rowsFor(1)).isEqualTo(6);
		assertThat(AttendanceTemplate.rowsFor(100)).isEqualTo(120);
	}

	@Test
	void inputCellsAreUnlockedAndEverythingElseLockedUnderAProtectionWithoutPassword() {
		XSSFRow first = this.list.getRow(FIRST_DATA_ROW);
		XSSFRow last = this.list.getRow(FIRST_DATA_ROW + LONG_XUYEN.rows() - 1);

		for (int column = 1; column <= 11; column++) {
			assertThat(first.getCell(column).getCellStyle().getLocked()).as("first row, column %d", column).isFalse();
			assertThat(last.getCell(column).getCellStyle().getLocked()).as("last row, column %d", column).isFalse();
		}
		assertThat(first.getCell(0).getCellStyle().getLocked()).as("STT").isTrue();
		this.list.getRow(HEADER_ROW).forEach((cell) -> assertThat(cell.getCellStyle().getLocked()).isTrue());
		this.list.getRow(DAY_HEADER_ROW).forEach((cell) -> assertThat(cell.getCellStyle().getLocked()).isTrue());
		assertThat(this.list.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();

		assertThat(this.list.getProtect()).isTrue();
		assertThat(this.list.isSheetLocked()).isTrue();
		assertThat(this.list.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
		assertThat(this.list.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
		assertThat(this.list.isInsertRowsLocked()).isFalse();
		assertThat(this.list.isFormatColumnsLocked()).isFalse();
		assertThat(this.list.isDeleteColumnsLocked()).isTrue();
		assertThat(this.workbook.getSheetAt(1).getProtect()).isTrue();
	}

	@Test
	void phoneAndCccdAreTextAndBirthYearAWholeNumber() {
		XSSFRow row = this.list.getRow(FIRST_DATA_ROW + 3);

		assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("@");
		assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("@");
		assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
	}

	@Test
	void validationsCheckBirthYearPhoneCccdAndOfferDropDownsInVietnamese() {
		List<XSSFDataValidation> validations = this.list.getDataValidations();
		assertThat(validations).hasSize(6);

		XSSFDataValidation birthYear = on(validations, "C11:C70");
		assertThat(birthYear.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
		assertThat(birthYear.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
		assertThat(birthYear.getValidationConstraint().getFormula1()).isEqualTo("1940");
		assertThat(birthYear.getValidationConstraint().getFormula2()).isEqualTo("2010");
		assertThat(birthYear.getShowPromptBox()).isTrue();
		assertThat(birthYear.getPromptBoxText()).contains("Nhập năm sinh").contains("1940 đến 2010");
		assertThat(birthYear.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
		assertThat(birthYear.getErrorBoxTitle()).isEqualTo("Năm sinh không hợp lệ");

		XSSFDataValidation gender = on(validations, "D11:D70");
		assertThat(gender.getValidationConstraint().getExplicitListValues()).containsExactly("Nam", "Nữ");
		assertThat(showsDropDownArrow("D11:D70")).isTrue();
		assertThat(gender.getShowErrorBox()).isTrue();
		assertThat(gender.getErrorBoxText()).contains("Chọn Nam hoặc Nữ");

		XSSFDataValidation position = on(validations, "E11:E70");
		assertThat(position.getValidationConstraint().getExplicitListValues()).containsExactly("Chủ tịch CĐCS",
				"Phó Chủ tịch CĐCS", "Ủy viên BCH", "Ủy viên UBKT", "Trưởng/Phó ban nữ công", "Tổ trưởng công đoàn",
				"Tổ phó công đoàn", "Cán bộ chuyên trách", "Đoàn viên", "Khác");
		assertThat(showsDropDownArrow("E11:E70")).isTrue();

		XSSFDataValidation phone = on(validations, "G11:G70");
		assertThat(phone.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
		assertThat(phone.getValidationConstraint().getFormula1()).isEqualTo("10");
		assertThat(phone.getValidationConstraint().getFormula2()).isEqualTo("11");
		assertThat(phone.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
		assertThat(phone.getErrorBoxText()).contains("bắt đầu bằng số 0");

		XSSFDataValidation cccd = on(validations, "H11:H70");
		assertThat(cccd.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.TEXT_LENGTH);
		assertThat(cccd.getValidationConstraint().getOperator()).isEqualTo(OperatorType.EQUAL);
		assertThat(cccd.getValidationConstraint().getFormula1()).isEqualTo("12");
		assertThat(cccd.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);

		XSSFDataValidation marks = on(validations, "I11:K70");
		assertThat(marks.getValidationConstraint().getExplicitListValues()).containsExactly("x", "P", "K");
		assertThat(marks.getErrorBoxText()).contains("x = có mặt");
		assertThat(showsDropDownArrow("I11:K70")).isTrue();

		for (XSSFDataValidation validation : validations) {
			assertThat(validation.getEmptyCellAllowed()).isTrue();
			assertThat(validation.getErrorBoxTitle().length()).as("Excel's title limit").isLessThanOrEqualTo(32);
			assertThat(validation.getPromptBoxTitle().length()).isLessThanOrEqualTo(32);
			assertThat(validation.getErrorBoxText().length()).as("Excel's message limit").isLessThanOrEqualTo(225);
			assertThat(validation.getPromptBoxText().length()).isLessThanOrEqualTo(255);
		}
	}

	@Test
	void freezesBelowTheHeaderAndRightOfTheName() {
		PaneInformation pane = this.list.getPaneInformation();

		assertThat(pane.isFreezePane()).isTrue();
		assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 10);
		assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
	}

	@Test
	void printsOnA4LandscapeOnePageWideRepeatingTheHeader() {
		PrintSetup print = this.list.getPrintSetup();

		assertThat(print.getLandscape()).isTrue();
		assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(this.list.getFitToPage()).isTrue();
		assertThat(print.getFitWidth()).isEqualTo((short) 1);
		assertThat(print.getFitHeight()).isZero();
		assertThat(this.list.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("9:10"));
		assertThat(this.list.getFooter().getCenter()).isEqualTo("Trang &P / &N");
		assertThat(this.workbook.getPrintArea(0)).isEqualTo("'Danh sách'!$A$1:$L$76");
	}

	@Test
	void columnsFollowTheNumberOfClassDays() throws IOException {
		AttendanceTemplate oneDay = new AttendanceTemplate(new TemplateMetadata("AG-2026", "AG26-CT-03", "ldld"),
				"Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động tỉnh An Giang", "Công tác thông tin báo cáo",
				List.of(LocalDate.of(2026, 8, 13)), null, 40, AttendanceTemplate.rowsFor(40), 2010,
				"Liên đoàn Lao động tỉnh An Giang", null);

		try (XSSFWorkbook written = reopen(oneDay)) {
			XSSFSheet sheet = written.getSheetAt(0);
			assertThat(sheet.getRow(HEADER_ROW).getCell(8).getStringCellValue()).isEqualTo("Điểm danh");
			assertThat(sheet.getRow(DAY_HEADER_ROW).getCell(8).getStringCellValue()).isEqualTo("13/08/2026");
			assertThat(sheet.getRow(HEADER_ROW).getCell(9).getStringCellValue()).isEqualTo("Ghi chú");
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Thời gian: 13/08/2026 (1 ngày)");
			assertThat(sheet.getRow(FIRST_DATA_ROW + 47).getCell(0).getNumericCellValue()).isEqualTo(48);
			assertThat(on(sheet.getDataValidations(), "I11:I58").getValidationConstraint().getExplicitListValues())
				.containsExactly("x", "P", "K");
		}
	}

	@Test
	void textThatExcelWouldReadAsAFormulaIsNeutralised() {
		assertThat(AttendanceTemplateWorkbook.plain("=HYPERLINK(\"x\")")).isEqualTo(" =HYPERLINK(\"x\")");
		assertThat(AttendanceTemplateWorkbook.plain("-lớp 1")).isEqualTo(" -lớp 1");
		assertThat(AttendanceTemplateWorkbook.plain("Lớp 1")).isEqualTo("Lớp 1");
	}

	@Test
	void instructionsSayHowToFillAndWhereToSendTheFile() {
		XSSFSheet instructions = this.workbook.getSheet("Hướng dẫn");
		StringBuilder all = new StringBuilder();
		instructions.forEach((row) -> row.forEach((cell) -> all.append(cell.getStringCellValue()).append('\n')));

		assertThat(all).contains("HƯỚNG DẪN")
			.contains("50 người")
			.contains("60 dòng")
			.contains("x = có mặt")
			.contains("gửi lại cho Bộ phận Tổ chức - Kiểm tra, Liên đoàn Lao động tỉnh An Giang")
			.contains("18/03/2026")
			.contains("Võ Thị Kim Ngân");
	}

	private String text(int row, int column) {
		return this.list.getRow(row).getCell(column).getStringCellValue();
	}

	/**
	 * OOXML's {@code showDropDown="1"} hides the in-cell arrow: read the attribute
	 * itself.
	 */
	private boolean showsDropDownArrow(String range) {
		return Arrays.stream(this.list.getCTWorksheet().getDataValidations().getDataValidationArray())
			.filter((validation) -> String.join(" ", validation.getSqref()).equals(range))
			.map((validation) -> !validation.isSetShowDropDown() || !validation.getShowDropDown())
			.findFirst()
			.orElseThrow();
	}

	private static XSSFDataValidation on(List<XSSFDataValidation> validations, String range) {
		return validations.stream()
			.filter((validation) -> validation.getRegions().getCellRangeAddresses().length == 1
					&& validation.getRegions().getCellRangeAddress(0).formatAsString().equals(range))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No validation on " + range));
	}

	private static XSSFWorkbook reopen(AttendanceTemplate template) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		AttendanceTemplateWorkbook.write(template, bytes);
		return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

}
