package vn.congdoan.taphuan.national;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national commands as an operator runs them: the blank form, the import of the
 * sample folder and of a blank form An Giang filled in, and the national report read back
 * from its PDF (PDFBox), DOCX, XLSX and PNG charts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalCommandsIntegrationTests {

	/** An Giang's figures typed into the blank form: rows 1 and 2, (5) and (8). */
	private static final long AN_GIANG_ATTENDED = 105 + 1077;

	private Path work;

	private Cli cli;

	private Cli.Result blank;

	private Cli.Result samples;

	private Cli.Result anGiang;

	private Cli.Result report;

	@BeforeAll
	void importTheFormsAndWriteTheReport(@TempDir Path work) throws Exception {
		this.work = work;
		this.cli = new Cli(this.work);
		Path forms = Files.createDirectories(this.work.resolve("forms"));
		this.blank = this.cli.run("template", "--national-form", "--year", "2026", "-o", forms.toString(), "--json");
		Path filled = fillAnGiang(forms.resolve(StatisticalForms.blankFileName(2026)), forms.resolve("an-giang.xlsx"));
		this.samples = this.cli.run("national", "import", "--year", "2026", "--json",
				NationalSamples.FOLDER.toString());
		this.anGiang = this.cli.run("national", "import", "--year", "2026", "--json", filled.toString());
		this.report = this.cli.run("report", "national", "--year", "2026", "--json", "--out",
				this.work.resolve("out").toString());
	}

	@Test
	void theBlankFormIsWrittenForAYear() {
		assertThat(this.blank.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode template = this.blank.json().get("templates").get(0);
		assertThat(template.get("template").asString()).isEqualTo("national-form");
		assertThat(template.get("year").asInt()).isEqualTo(2026);
		assertThat(template.get("formVersion").asString()).isEqualTo("1");
		assertThat(Path.of(template.get("file").asString())).isRegularFile()
			.hasFileName("bieu-thong-ke-dao-tao-2026.xlsx");
		assertThat(this.blank.stderr()).contains("Biểu thống kê (mẫu trống) năm 2026");
	}

	@Test
	void theBlankFormNeedsAYearAndNoClass() {
		Cli.Result noYear = this.cli.run("template", "--national-form", "--json");
		Cli.Result withClass = this.cli.run("template", "--national-form", "--year", "2026", "--class", "X");

		assertThat(noYear.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(noYear.json().get("error").get("message").asString()).contains("--year");
		assertThat(withClass.exitCode()).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void importingTheSampleFolderRefusesTheFormThatDoesNotAddUpAndExitsWithThree() {
		assertThat(this.samples.exitCode()).isEqualTo(ExitCodes.PARTIAL);
		JsonNode totals = this.samples.json().get("totals");
		assertThat(totals.get("files").asInt()).isEqualTo(31);
		assertThat(totals.get("imported").asInt()).isEqualTo(30);
		assertThat(totals.get("rejected").asInt()).isEqualTo(1);
		assertThat(totals.get("warnings").asInt()).isPositive();
		JsonNode refused = null;
		for (JsonNode file : this.samples.json().get("files")) {
			assertThat(file.has("sha256")).isTrue();
			assertThat(file.has("replaces")).isTrue();
			if (file.get("status").asString().equals("REJECTED")) {
				refused = file;
			}
		}
		assertThat(refused).isNotNull();
		assertThat(refused.get("unit").asString()).isEqualTo("quang-ninh");
		JsonNode issue = refused.get("issues").get(0);
		assertThat(issue.get("code").asString()).isEqualTo("TOTAL_MISMATCH");
		assertThat(issue.get("severity").asString()).isEqualTo("ERROR");
		assertThat(issue.get("sheet").asString()).isEqualTo("Bao cao");
		assertThat(issue.get("row").asInt()).isEqualTo(13);
		assertThat(issue.get("column").asString()).isEqualTo("D");
		assertThat(this.samples.stderr()).contains("BỊ TỪ CHỐI").contains("ô D13").contains("[TOTAL_MISMATCH]");
	}

	@Test
	void aBlankFormFilledInByAProvinceImportsAndExitsWithZero() {
		assertThat(this.anGiang.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode file = this.anGiang.json().get("files").get(0);
		assertThat(file.get("status").asString()).isEqualTo("IMPORTED");
		assertThat(file.get("unit").asString()).isEqualTo("an-giang");
		assertThat(file.get("source").asString()).isEqualTo("BLANK_FORM");
		assertThat(file.get("formVersion").asString()).isEqualTo("1");
	}

	@Test
	void importUsageErrorsExitWithTwo() throws Exception {
		Path empty = Files.createDirectories(this.work.resolve("empty"));

		Cli.Result unknownUnit = this.cli.run("national", "import", "--unit", "ha-tay", "--json",
				NationalSamples.FOLDER.toString());
		Cli.Result nothing = this.cli.run("national", "import", empty.toString());

		assertThat(unknownUnit.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknownUnit.json().get("error").get("code").asString()).isEqualTo("USAGE");
		assertThat(nothing.exitCode()).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void theNationalReportCoversTheUnitsThatSentAFormAndListsTheMissingOnes() throws Exception {
		// then: the command
		assertThat(this.report.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode json = this.report.json();
		assertThat(json.get("report").asString()).isEqualTo("national");
		JsonNode units = json.get("units");
		assertThat(units.get("provinces").asInt()).isEqualTo(34);
		assertThat(units.get("provincesReceived").asInt()).isEqualTo(29);
		assertThat(units.get("sectoralReceived").asInt()).isEqualTo(2);
		List<String> missing = new ArrayList<>();
		units.get("missing").forEach((code) -> missing.add(code.asString()));
		assertThat(missing).containsExactly("lai-chau", "dien-bien", "lang-son", "quang-ninh", "ca-mau");
		assertThat(json.get("charts")).hasSize(5);

		// the PDF: administrative form, portrait report and landscape appendix
		PdfText pdf = PdfText.read(Path.of(json.get("pdf").asString()));
		assertThat(pdf.pages()).hasSize(json.get("pages").asInt());
		assertThat(pdf.landscape().get(0)).isFalse();
		assertThat(pdf.landscape().get(pdf.pages().size() - 1)).isTrue();
		assertThat(pdf.allFontsEmbedded()).isTrue();
		assertThat(pdf.pages().get(0)).contains("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")
			.contains("BAN TỔ CHỨC")
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Độc lập - Tự do - Hạnh phúc")
			.contains("/BC-BTC")
			.contains("BÁO CÁO")
			.contains("Kính gửi: Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam");
		assertThat(pdf.pages().get(1).strip()).startsWith("2");
		String text = pdf.flat();
		long attended = NationalSamples.samples()
			.stream()
			.filter((sample) -> !sample.unit().code().equals(NationalSamples.WRONG_TOTAL))
			.mapToLong((sample) -> sample.figures().get(FormRow.TOTAL, FormColumn.ATTENDED))
			.sum() + AN_GIANG_ATTENDED;
		assertThat(text).contains("có 29/34 LĐLĐ tỉnh, thành phố và 2 công đoàn ngành Trung ương gửi biểu hợp lệ")
			.contains("với " + VietnameseFormat.number(attended) + " lượt cán bộ tham dự")
			.contains("Bảng 1. Đơn vị chưa có biểu hợp lệ")
			.contains("Điện Biên Chưa gửi biểu")
			.contains("Quảng Ninh Biểu bị từ chối")
			.contains("dòng TỔNG SỐ ghi 1.312")
			.contains("Bảng 4. Kết quả của từng đơn vị")
			.contains("Bảng 5. Xếp hạng theo từng chỉ tiêu")
			.contains("Biểu đồ 1. Lượt học viên tham dự")
			.contains("Biểu đồ 5. Tỷ lệ lớp đã tổ chức so với kế hoạch")
			.contains("V. CẢNH BÁO VỀ SỐ LIỆU KHI NHẬP BIỂU")
			.contains("cột (16) (dự toán của các lớp đã quyết toán) để trống")
			.contains("Phụ lục: Biểu tổng hợp toàn quốc")
			.contains("TRƯỞNG BAN")
			.contains("Nơi nhận:")
			.doesNotContain("Nguyễn");
		assertThat(text).contains("1. TP Hồ Chí Minh (");

		// the Word copy, the workbook and the charts
		try (InputStream in = Files.newInputStream(Path.of(json.get("docx").asString()));
				XWPFDocument docx = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			assertThat(extractor.getText()).contains("BÁO CÁO")
				.contains("Kính gửi: Đoàn Chủ tịch")
				.contains("Quảng Ninh")
				.contains("BIỂU THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026");
		}
		try (InputStream in = Files.newInputStream(Path.of(json.get("xlsx").asString()));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("Tổng hợp toàn quốc")).isNotNull();
			Sheet total = workbook.getSheet("Tổng hợp toàn quốc");
			assertThat(total.getRow(FormSheetWriter.sheetRow(FormRow.TOTAL))
				.getCell(FormSheetWriter.sheetColumn(FormColumn.ATTENDED))
				.getNumericCellValue()).isEqualTo(attended);
			Sheet byUnit = workbook.getSheet("Theo đơn vị");
			Row anGiang = null;
			for (Row row : byUnit) {
				if (row.getCell(1) != null && "an-giang".equals(row.getCell(1).getStringCellValue())) {
					anGiang = row;
				}
			}
			assertThat(anGiang).isNotNull();
			assertThat(anGiang.getCell(4).getStringCellValue()).isEqualTo("Đã gửi");
			assertThat(anGiang.getCell(8 + FormColumn.ATTENDED.ordinal()).getNumericCellValue())
				.isEqualTo(AN_GIANG_ATTENDED);
			assertThat(workbook.getSheet("Chưa gửi, bị từ chối").getLastRowNum()).isEqualTo(1 + 5);
			assertThat(workbook.getSheet("Cảnh báo").getLastRowNum()).isEqualTo(1 + json.get("warnings").asInt());
		}
		for (JsonNode chart : json.get("charts")) {
			assertThat(ImageIO.read(Path.of(chart.asString()).toFile()).getWidth()).isEqualTo(1040);
		}
	}

	/** An Giang types its figures into the blank form and picks its name. */
	private static Path fillAnGiang(Path blank, Path filled) throws Exception {
		try (InputStream in = Files.newInputStream(blank); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet form = workbook.getSheet(StatisticalForms.SHEET_NAME);
			form.getRow(FormSheetWriter.INFO_ROW)
				.getCell(FormSheetWriter.UNIT_CELL_COLUMN)
				.setCellValue("Liên đoàn Lao động tỉnh An Giang");
			Row fullTime = form.getRow(FormSheetWriter.sheetRow(FormRow.FULLTIME_COURSES));
			fullTime.getCell(FormSheetWriter.sheetColumn(FormColumn.CLASSES_IN_PERSON)).setCellValue(3);
			fullTime.getCell(FormSheetWriter.sheetColumn(FormColumn.ATTENDED)).setCellValue(105);
			Row grassroots = form.getRow(FormSheetWriter.sheetRow(FormRow.GRASSROOTS_CLASSES));
			grassroots.getCell(FormSheetWriter.sheetColumn(FormColumn.CLASSES_IN_PERSON)).setCellValue(3);
			grassroots.getCell(FormSheetWriter.sheetColumn(FormColumn.ATTENDED)).setCellValue(1077);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			evaluator.evaluateAll();
			try (OutputStream out = Files.newOutputStream(filled)) {
				workbook.write(out);
			}
		}
		return filled;
	}

}
