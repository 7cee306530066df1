package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void makesTextThatLooksLikeAFormulaInert() {
		assertThat(XlsxWorkbook.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(XlsxWorkbook.inert("+84912345678")).isEqualTo("'+84912345678");
		assertThat(XlsxWorkbook.inert("-1+2")).isEqualTo("'-1+2");
		assertThat(XlsxWorkbook.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(XlsxWorkbook.inert("\tx")).isEqualTo("'\tx");
		assertThat(XlsxWorkbook.inert("\rx")).isEqualTo("'\rx");
		assertThat(XlsxWorkbook.inert("\0x")).isEqualTo("'\0x");
		assertThat(XlsxWorkbook.inert("phường Long Xuyên")).isEqualTo("phường Long Xuyên");
		assertThat(XlsxWorkbook.inert("")).isEmpty();
	}

	@Test
	void groupsThousandsWithDotsWhateverTheViewersLocale() {
		DataFormatter formatter = new DataFormatter(Locale.US);

		assertThat(formatter.formatRawCellContents(1_400_000, 200, XlsxWorkbook.GROUPED)).isEqualTo("1.400.000");
		assertThat(formatter.formatRawCellContents(1_400, 200, XlsxWorkbook.GROUPED)).isEqualTo("1.400");
		assertThat(formatter.formatRawCellContents(80, 200, XlsxWorkbook.GROUPED)).isEqualTo("80");
		assertThat(formatter.formatRawCellContents(0, 200, XlsxWorkbook.GROUPED)).isEqualTo("0");
		assertThat(XlsxWorkbook.groupedFormat(1_234_567_890L)).isEqualTo("0\".\"000\".\"000\".\"000");
		assertThat(CellFormat.getInstance(XlsxWorkbook.groupedFormat(1_234_567_890L)).apply(1_234_567_890.0).text)
			.isEqualTo("1.234.567.890");
		assertThat(CellFormat.getInstance(XlsxWorkbook.groupedFormat(-65_760_000)).apply(-65_760_000.0).text)
			.isEqualTo("-65.760.000");
	}

	@Test
	void writesRealNumbersDatesAndInertTextUnderAFrozenFilteredHeader() throws IOException {
		List<MissingSubmissionRow> rows = List
			.of(new MissingSubmissionRow("AG26-CS-02", LocalDate.of(2026, 6, 23), "chau-phu", "=xã Châu Phú", 31, 7));
		Path file = this.folder.resolve("t.xlsx");

		try (XlsxWorkbook workbook = new XlsxWorkbook()) {
			workbook.table(TableRows.of(MonthlyReport.MISSING, rows), "Chưa gửi danh sách");
			workbook.write(file);
		}

		try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
			Sheet sheet = workbook.getSheet("Chưa gửi danh sách");
			Row header = sheet.getRow(1);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã lớp");
			assertThat(header.getCell(0).getCellStyle().getFontIndex()).isNotZero();
			Row row = sheet.getRow(2);
			assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 23));
			assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("'=xã Châu Phú");
			assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(31);
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:E3");
		}
	}

	@Test
	void leavesNoTemporaryFilesBehind() throws IOException {
		Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
		long before = countFiles(temporary);
		try (XlsxWorkbook workbook = new XlsxWorkbook()) {
			workbook.table(TableRows.of(MonthlyReport.MISSING, List.of()), "Trống");
			workbook.write(this.folder.resolve("t.xlsx"));
		}
		assertThat(countFiles(temporary)).isLessThanOrEqualTo(before);
		try (var files = Files.list(this.folder)) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsExactly("t.xlsx");
		}
	}

	private static long countFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (var files = Files.list(folder)) {
			return files.count();
		}
	}

}
