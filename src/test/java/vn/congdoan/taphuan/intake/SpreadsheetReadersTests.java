package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congdoan.taphuan.testing.Spreadsheet;
import vn.congdoan.taphuan.testing.Spreadsheet.Formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The streaming readers return what POI's own object model sees, for every kind of cell
 * wards produce.
 */
class SpreadsheetReadersTests {

	@TempDir
	Path temp;

	private static List<SheetRow> readAll(Path file, int sheet) throws Exception {
		try (SpreadsheetFile workbook = SpreadsheetFiles.open(file, ImportLimits.defaults());
				SheetCursor cursor = workbook.rows(sheet, null)) {
			List<SheetRow> rows = new ArrayList<>();
			for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
				rows.add(row);
			}
			return rows;
		}
	}

	private Spreadsheet typedCells() {
		return Spreadsheet.create()
			.row("DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN", null, null, null)
			.blankRow()
			.row("STT", "Họ và tên", "Ngày sinh", "SĐT", "Có mặt")
			.row(new Formula("ROW()-3", 1), "Nguyễn Thị Hoa", LocalDate.of(1985, 5, 12), 912345678, true)
			.row(new Formula("A4+1", 2), "Trần Văn Đông & <Nam>", 1979, "0987654321", new Formula("\"x\"", "x"))
			.row(3, "  Lê  Thị\u00A0Mai ", "12/05/1990", 1.5, false)
			.merge("E4:E5");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void readsTextNumbersDatesBooleansAndCachedFormulaValues(String format) throws Exception {
		Path file = this.temp.resolve("cells." + format);
		if (format.equals("xlsx")) {
			typedCells().writeXlsx(file);
		}
		else {
			typedCells().writeXls(file);
		}

		List<SheetRow> rows = readAll(file, 0);

		assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 3, 4, 5, 6);
		SheetRow first = rows.get(2);
		assertThat(first.cell(0).kind()).isEqualTo(CellKind.NUMBER);
		assertThat(first.text(0)).isEqualTo("1");
		assertThat(first.text(1)).isEqualTo("Nguyễn Thị Hoa");
		assertThat(first.cell(2).kind()).isEqualTo(CellKind.DATE);
		assertThat(first.cell(2).date()).isEqualTo(LocalDate.of(1985, 5, 12));
		assertThat(first.text(3)).isEqualTo("912345678");
		assertThat(first.cell(4).kind()).isEqualTo(CellKind.BOOLEAN);
		SheetRow second = rows.get(3);
		assertThat(second.text(0)).isEqualTo("2");
		assertThat(second.text(1)).isEqualTo("Trần Văn Đông & <Nam>");
		assertThat(second.text(3)).isEqualTo("0987654321");
		assertThat(second.cell(4).kind()).isEqualTo(CellKind.TEXT);
		assertThat(second.text(4)).isEqualTo("x");
		assertThat(rows.get(4).text(1)).isEqualTo("  Lê  Thị\u00A0Mai ");
		assertThat(rows.get(4).text(3)).isEqualTo("1.5");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void reportsMergedRangesAfterTheLastRow(String format) throws Exception {
		Path file = this.temp.resolve("merged." + format);
		Spreadsheet sheet = typedCells();
		Path written = format.equals("xlsx") ? sheet.writeXlsx(file) : sheet.writeXls(file);

		try (SpreadsheetFile workbook = SpreadsheetFiles.open(written, ImportLimits.defaults());
				SheetCursor cursor = workbook.rows(0, null)) {
			while (cursor.next() != null) {
				// read to the end: merges come after the cells
			}
			assertThat(cursor.merges()).containsExactly(new CellRange(4, 5, 4, 4));
		}
	}

	@Test
	void readsSeveralSheetsAndTheirVisibility() throws Exception {
		Path file = Spreadsheet.create()
			.row("a")
			.sheet("Trang 2")
			.row(null, "b")
			.sheet("taphuan-meta")
			.veryHidden()
			.row("class", "AG26-CS-01")
			.writeXlsx(this.temp.resolve("sheets.xlsx"));

		try (SpreadsheetFile workbook = SpreadsheetFiles.open(file, ImportLimits.defaults())) {
			assertThat(workbook.sheets()).extracting(SheetInfo::name)
				.containsExactly("Sheet1", "Trang 2", "taphuan-meta");
			assertThat(workbook.sheets()).extracting(SheetInfo::hidden).containsExactly(false, false, true);
		}
		assertThat(readAll(file, 1)).singleElement().satisfies((row) -> assertThat(row.cell(1).column()).isEqualTo(1));
		assertThat(readAll(file, 2).get(0).text(1)).isEqualTo("AG26-CS-01");
	}

	@Test
	void agreesWithPoiOnALargeRandomWorkbookWrittenWithInlineStrings() throws Exception {
		Path file = this.temp.resolve("random.xlsx");
		Random random = new Random(42);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			var sheet = workbook.createSheet("Danh sách");
			for (int r = 0; r < 3000; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < 8; c++) {
					if (random.nextInt(5) == 0) {
						continue;
					}
					if (random.nextBoolean()) {
						row.createCell(c).setCellValue("Ô " + r + "-" + c + " Đặng Thị Ngọc Ánh ẩ ể ỏ ở ủ ử ỷ");
					}
					else {
						row.createCell(c).setCellValue(random.nextInt(100000) / 4.0);
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		List<SheetRow> rows = readAll(file, 0);

		DataFormatter formatter = new DataFormatter();
		try (var workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			var sheet = workbook.getSheetAt(0);
			int compared = 0;
			for (SheetRow row : rows) {
				var poiRow = sheet.getRow(row.rowNumber() - 1);
				for (Cell cell : row.cells()) {
					var poiCell = poiRow.getCell(cell.column());
					if (cell.kind() == CellKind.NUMBER) {
						assertThat(cell.number()).isEqualTo(poiCell.getNumericCellValue());
					}
					else {
						assertThat(cell.text()).isEqualTo(formatter.formatCellValue(poiCell));
					}
					compared++;
				}
			}
			assertThat(compared).isGreaterThan(15000);
		}
	}

	@Test
	void readsCsvWithBomAndSemicolonsKeepingFormulasAsText() throws Exception {
		Path file = Spreadsheet.create()
			.row("STT", "Họ và tên", "SĐT", "Ghi chú")
			.row(1, "Nguyễn Văn Bình", "0912345678", "=1+2")
			.row(2, "Phạm Thị Thu; Hà", "+84912345678", "@SUM(A1)")
			.writeCsv(this.temp.resolve("ds.csv"), ';', StandardCharsets.UTF_8, true);

		List<SheetRow> rows = readAll(file, 0);

		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).text(1)).isEqualTo("Họ và tên");
		assertThat(rows.get(1).text(3)).isEqualTo("=1+2");
		assertThat(rows.get(1).cell(3).kind()).isEqualTo(CellKind.TEXT);
		assertThat(rows.get(2).text(1)).isEqualTo("Phạm Thị Thu; Hà");
	}

	@Test
	void readsWindows1252CsvWithoutLosingBytes() throws Exception {
		// TCVN3-typed text saved by Excel as CSV: single bytes that are not valid UTF-8
		Path file = Spreadsheet.create()
			.row("STT", "Hä vµ tªn")
			.row(1, "NguyÔn ThÞ Hoa")
			.writeCsv(this.temp.resolve("tcvn3.csv"), ',', Charset.forName("windows-1252"), false);

		List<SheetRow> rows = readAll(file, 0);

		assertThat(rows.get(1).text(1)).isEqualTo("NguyÔn ThÞ Hoa");
	}

	@Test
	void rejectsAPdfRenamedXlsx() throws Exception {
		Path file = this.temp.resolve("danh-sach.xlsx");
		Files.writeString(file, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", StandardCharsets.US_ASCII);

		FileRejection rejection = catchThrowableOfType(FileRejection.class,
				() -> SpreadsheetFiles.open(file, ImportLimits.defaults()));

		assertThat(rejection.code()).isEqualTo(IssueCode.FILE_UNREADABLE);
		assertThat(rejection.getMessage()).contains("PDF");
	}

	@Test
	void rejectsACorruptZip() throws Exception {
		Path good = typedCells().writeXlsx(this.temp.resolve("good.xlsx"));
		byte[] bytes = Files.readAllBytes(good);
		Path corrupt = this.temp.resolve("corrupt.xlsx");
		Files.write(corrupt, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		FileRejection rejection = catchThrowableOfType(FileRejection.class,
				() -> SpreadsheetFiles.open(corrupt, ImportLimits.defaults()));

		assertThat(rejection.code()).isEqualTo(IssueCode.FILE_UNREADABLE);
	}

	@Test
	void stopsAZipBombInBoundedMemory() throws Exception {
		Path bomb = this.temp.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
			zip.write(
					("<Relationships><Relationship Id=\"rId1\" Type=\"http://x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
							+ "</Relationships>")
						.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 64; i++) {
				zip.write(spaces); // 64 MB of spaces in a few hundred KB
			}
			zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(Files.size(bomb)).isLessThan(5_000_000);

		IOException failure = catchThrowableOfType(IOException.class, () -> readAll(bomb, 0));

		assertThat(failure).isInstanceOf(InflationLimit.LimitExceededException.class);
	}

}
