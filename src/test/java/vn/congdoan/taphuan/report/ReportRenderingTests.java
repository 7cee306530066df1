package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.BudgetCategory;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.SamplePlans;
import vn.congdoan.taphuan.reconcile.FindingCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders each report from a known dataset and reads the PDF back with PDFBox, the
 * workbook with POI and the Word document with XWPF: the figures and the Vietnamese text
 * are there exactly, every figure says its scope, no English finding code reaches a page,
 * every font is embedded, and the workbook holds the same numbers as numeric cells. The
 * files stay in {@code target/report-samples/} for a person to look at.
 */
class ReportRenderingTests {

	private static final Path OUT = Path.of("target/report-samples");

	private static Reports reports;

	@BeforeAll
	static void engine() {
		reports = new Reports(null);
	}

	@Test
	void monthlyReportSaysOnItsFirstPageWhereThePlanStandsEachFigureWithItsScope() throws IOException {
		// given
		MonthlyReportData data = SampleReportData.anGiangMonthly();

		// when
		ReportFiles files = reports.renderMonthly(data, OUT);

		// then
		assertThat(files.pdf()).hasFileName("bao-cao-thang-AG-2026-2026-06.pdf").exists();
		assertThat(files.xlsx()).hasFileName("bao-cao-thang-AG-2026-2026-06.xlsx").exists();
		assertThat(files.charts()).extracting((path) -> path.getFileName().toString())
			.containsExactly("bao-cao-thang-AG-2026-2026-06-bieu-do-1.png",
					"bao-cao-thang-AG-2026-2026-06-bieu-do-2.png", "bao-cao-thang-AG-2026-2026-06-bieu-do-3.png");
		PdfDocument pdf = PdfDocument.read(files.pdf());
		String firstPage = pdf.pages().get(0).replaceAll("\\s+", " ");
		assertThat(firstPage).contains("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO TIẾN ĐỘ THÁNG 6/2026",
				"Số liệu tính đến ngày 30/06/2026 (hết tháng 6/2026)",
				"Kính gửi: Thường trực, Ban Thường vụ LĐLĐ tỉnh An Giang", "I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH",
				ReportText.heldSentence(data.held(), data.asOf()), ReportText.budgetSentence(data.budgetStatus()),
				"Các lớp đã tổ chức (mọi chương trình)", "Các lớp đã quyết toán",
				"II. VẤN ĐỀ CẦN THƯỜNG TRỰC QUAN TÂM");
		for (String decision : MonthlyReport.decisions(data)) {
			assertThat(firstPage).contains(decision);
		}
		assertThat(pdf.flatText()).contains("Nơi nhận:", "BỘ PHẬN TỔ CHỨC - KIỂM TRA", "Phường Long Xuyên",
				"Xã Mỹ Hòa Hưng", "Hỗ trợ tiền ăn học viên", "Phòng nghỉ báo cáo viên");
		assertNoEnglishFindingCode(pdf);
		assertPageNumbers(pdf, files.pages());
		assertFontsEmbedded(pdf, "DejaVuSans");
		assertThat(pdf.title()).isEqualTo("Báo cáo tiến độ tháng 6/2026 — LĐLĐ tỉnh An Giang");
		assertThat(pdf.author()).isEqualTo("Liên đoàn Lao động tỉnh An Giang");

		try (Workbook workbook = WorkbookFactory.create(files.xlsx().toFile())) {
			assertThat(sheetNames(workbook)).containsExactly("Thông tin", "Theo chương trình", "Cử đi học",
					"Kinh phí theo nhóm lớp", "Lớp trong tháng", "Lũy kế theo tháng", "Theo đơn vị",
					"Kinh phí theo nội dung", "Phát hiện đối soát", "Chưa gửi danh sách");
			Sheet wards = workbook.getSheet("Theo đơn vị");
			List<WardFillRow> worstFirst = MonthlyReport.worstFirst(data);
			for (int i = 0; i < worstFirst.size(); i++) {
				WardFillRow ward = worstFirst.get(i);
				Row row = wards.getRow(2 + i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(ReportText.upperFirst(ward.wardName()));
				assertThat(numbers(row, 1, 3)).containsExactly((double) ward.allocation(), (double) ward.listed(),
						(double) ward.attended());
			}
			Row total = wards.getRow(2 + worstFirst.size());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Các đơn vị");
			assertThat(total.getCell(3).getNumericCellValue())
				.isEqualTo(data.wards().stream().mapToInt(WardFillRow::attended).sum());
			Row programmesTotal = workbook.getSheet("Theo chương trình").getRow(2 + 2);
			assertThat(programmesTotal.getCell(1).getStringCellValue())
				.isEqualTo("Các lớp đã tổ chức (mọi chương trình)");
			assertThat(programmesTotal.getCell(5).getNumericCellValue()).isEqualTo(data.held().attended());
			assertThat(programmesTotal.getCell(6).getNumericCellValue())
				.isEqualTo(Table.share(data.held().attended(), data.held().quota()));
			assertThat(ReportText.percent(programmesTotal.getCell(6).getNumericCellValue()))
				.isEqualTo(ReportText.percent(data.held().attendedRatio()));
			assertThat(programmesTotal.getCell(10).getCellType()).as("no plan-year ratio across programmes")
				.isEqualTo(CellType.BLANK);
			Sheet budget = workbook.getSheet("Kinh phí theo nội dung");
			Row budgetTotal = budget.getRow(2 + data.budget().size());
			assertThat(numbers(budgetTotal, 1, 3)).containsExactly((double) data.budgetStatus().estimate(),
					(double) data.budgetStatus().estimateSettled(), (double) data.budgetStatus().settled());
			assertThat(budget.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(budget.getPrintSetup().getLandscape()).isTrue();
			assertThat(budget.getRepeatingRows()).isNotNull();
			assertThat(budget.getFooter().getCenter()).contains("Trang &P / &N");
		}
	}

	@Test
	void monthlyReportPrintsMoneyAndCountsTheVietnameseWay() {
		MonthlyReportData data = tinyMonthly();

		ReportFiles files = reports.renderMonthly(data, OUT.resolve("tiny"));

		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(pdf.flatText()).contains(
				"Kinh phí: 1/1 lớp đã tổ chức có quyết toán, 1.234.000 đ trên dự toán 1.400.000 đ của lớp này (88,1%)",
				"1.400 học viên", "Hỗ trợ tiền ăn học viên 1.400.000 1.400.000 1.234.000 88,1% -166.000",
				"Không có lớp nào diễn ra trong tháng", "Không có phát hiện nào.", "Tất cả đơn vị đã gửi danh sách.");
		assertThat(pdf.pages().get(0)).contains("Trang 1 / " + files.pages());
	}

	@Test
	void monthlyReportForLaiChauCountsFiveClassesOfEighty() {
		MonthlyReportData data = SampleReportData.laiChauMonthly();

		ReportFiles files = reports.renderMonthly(data, OUT);

		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(data.held().classes()).isEqualTo(4);
		assertThat(pdf.flatText()).contains("đã tổ chức 4 lớp", "kế hoạch năm 400 học viên", "LC26-CS-04",
				"Xã Mường Tè", "Xã Phong Thổ", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
		assertNoEnglishFindingCode(pdf);
		assertFontsEmbedded(pdf, "DejaVuSans");
	}

	@Test
	void yearEndReportIsTheOfficialFormWithPlaceholdersWithoutNarrative() throws IOException {
		// given
		YearEndReportData data = SampleReportData.anGiangYearEnd(Narrative.NONE);

		// when
		ReportFiles files = reports.renderYearEnd(data, OUT.resolve("placeholders"));

		// then
		assertThat(files.pdf()).hasFileName("bao-cao-nam-AG-2026.pdf");
		assertThat(files.docx()).hasFileName("bao-cao-nam-AG-2026.docx").exists();
		assertThat(files.charts()).isEmpty();
		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(pdf.text()).contains("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG\nTỈNH AN GIANG",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "/BC-LĐLĐ",
				"An Giang, ngày 18 tháng 12 năm 2026", "BÁO CÁO",
				"Kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm 2026", "I. ĐẶC ĐIỂM TÌNH HÌNH",
				"II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ", "IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ", "Nơi nhận:",
				"- Tổng LĐLĐ Việt Nam (b/c);", "- Thường trực LĐLĐ tỉnh;", "- Lưu: VT, BP Tổ chức - Kiểm tra.",
				"TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Đỗ Trần Thịnh", "PHỤ LỤC", "Hỗ trợ tiền ăn học viên");
		assertThat(pdf.flatText()).contains("[Phần đặc điểm tình hình: bổ sung trong tệp tường thuật",
				"[Phần đánh giá: bổ sung trong tệp tường thuật", "[Phần phương hướng, kiến nghị: bổ sung",
				"kế hoạch năm 1.400 học viên", "Số: /BC-LĐLĐ", "Tổ trưởng", "chuyên trách",
				ReportText.budgetSentence(data.budgetStatus()), "lớp đã quyết toán");
		ProgrammeRow grassroots = data.programmes().get(3);
		assertThat(pdf.flatText()).contains("2.2", VietnameseFormat.number(grassroots.attended()),
				VietnameseFormat.number(grassroots.inPosition(Position.UV_BCH)));
		assertOfficialForm(pdf);
		assertThat(pdf.author()).isEqualTo("Liên đoàn Lao động tỉnh An Giang");

		try (Workbook workbook = WorkbookFactory.create(files.xlsx().toFile())) {
			assertThat(sheetNames(workbook)).containsExactly("Thông tin", "Kết quả theo chương trình",
					"Kinh phí theo nhóm lớp", "Kinh phí theo nội dung", "Các lớp đã tổ chức", "Theo chức vụ");
			Row row = workbook.getSheet("Kết quả theo chương trình").getRow(2 + 3);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2.2");
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1400);
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(grassroots.attended());
			assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(grassroots.women());
			Row positions = workbook.getSheet("Theo chức vụ").getRow(2 + 3);
			assertThat(positions.getCell(4).getNumericCellValue()).isEqualTo(grassroots.inPosition(Position.UV_BCH));
			Sheet classes = workbook.getSheet("Các lớp đã tổ chức");
			assertThat(classes.getRow(2).getCell(3).getStringCellValue()).isEqualTo("16/03/2026 - 18/03/2026");
			assertThat(classes.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void yearEndReportIsAlsoAWordDocumentOfParagraphsAndTablesToEditBeforeSigning() throws IOException {
		// given
		Narrative narrative = NarrativeFile.read(Path.of("data-samples/narrative/ag-2026.md"));
		YearEndReportData data = SampleReportData.anGiangYearEnd(narrative);

		// when
		ReportFiles files = reports.renderYearEnd(data, OUT.resolve("docx"));

		// then
		try (InputStream in = Files.newInputStream(files.docx()); XWPFDocument document = new XWPFDocument(in)) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("BÁO CÁO", "Kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm 2026",
					"I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ", "IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ",
					"PHỤ LỤC", ReportText.budgetSentence(data.budgetStatus()), "1. Ưu điểm");
			assertThat(document.getParagraphs()).flatExtracting(XWPFParagraph::getRuns)
				.allSatisfy((run) -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
			List<XWPFTable> tables = document.getTables();
			// the header block, Bảng 1-3, the signature block, Bảng A1-A2
			assertThat(tables).hasSize(7);
			String programmes = tables.get(1).getText();
			assertThat(programmes).contains("Chương trình", "2.2", VietnameseFormat.number(1400),
					VietnameseFormat.number(data.programmes().get(3).attended()));
			assertThat(tables.get(0).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:");
			assertThat(tables.get(4).getText()).contains("Nơi nhận:", "TM. BAN THƯỜNG VỤ", "Đỗ Trần Thịnh");
			assertThat(document.getHeaderList())
				.anySatisfy((header) -> assertThat(header.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE"));
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient().toString())
				.isEqualTo("landscape");
			assertThat(document.getDocument().getBody().xmlText()).contains("titlePg");
		}
	}

	@Test
	void yearEndReportCarriesNoPersonalData() {
		YearEndReportData data = SampleReportData.anGiangYearEnd(Narrative.NONE);

		ReportFiles files = reports.renderYearEnd(data, OUT.resolve("placeholders"));

		String text = PdfDocument.read(files.pdf()).flatText();
		List<String> names = new ArrayList<>();
		new SampleReportData.Simulation(SamplePlans.anGiang(), data.asOf()).trainees()
			.forEach((trainee) -> names.add(trainee.name()));
		SamplePlans.anGiang()
			.programmes()
			.forEach((programme) -> programme.enrolments().forEach((enrolment) -> names.add(enrolment.person())));
		assertThat(names).hasSizeGreaterThan(1000).noneSatisfy((name) -> assertThat(text).contains(name));
		assertThat(text).doesNotContain("****");
	}

	@Test
	void yearEndReportPrintsTheOperatorsNarrative() {
		Narrative narrative = NarrativeFile.read(Path.of("data-samples/narrative/ag-2026.md"));

		ReportFiles files = reports.renderYearEnd(SampleReportData.anGiangYearEnd(narrative), OUT);

		String text = PdfDocument.read(files.pdf()).flatText();
		assertThat(text)
			.contains("1. Ưu điểm", "2. Hạn chế và nguyên nhân", "1. Phương hướng năm 2027", "2. Kiến nghị",
					"Năm 2026 là năm đầu triển khai Nghị quyết Đại hội Công đoàn tỉnh An Giang",
					"- Một số đơn vị gửi danh sách chậm hoặc chưa gửi (đặc khu Kiên Hải, xã Châu Phú)")
			.doesNotContain("[Phần");
	}

	@Test
	void classReportListsEveryTraineeWithPhoneAndCccdMaskedAndTheFindingsToDecideWithTheirIds() throws IOException {
		// given
		ClassReportData data = SampleReportData.anGiangClass();
		List<RosterRow> trainees = data.roster().toList();
		List<FindingRow> findings = data.findings().toList();

		// when
		ReportFiles files = reports.renderClass(data, OUT);

		// then
		assertThat(files.pdf()).hasFileName("doi-chieu-lop-AG26-CS-01.pdf");
		PdfDocument pdf = PdfDocument.read(files.pdf());
		String text = pdf.flatText();
		assertThat(text).contains("BÁO CÁO ĐỐI CHIẾU LỚP AG26-CS-01", "Phường Long Xuyên", "Đặc khu Kiên Hải",
				"Chưa gửi danh sách", "16/3", "17/3", "18/3", "Có thể trùng người", "Chi hỗ trợ nhiều hơn số có mặt",
				"Cộng đơn vị:", "Chức vụ không thuộc đối tượng", "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15",
				trainees.get(0).maskedPhone(), trainees.get(1).maskedCccd());
		for (FindingRow finding : findings) {
			assertThat(text).contains(finding.shortId());
		}
		assertNoEnglishFindingCode(pdf);
		List<SampleReportData.Trainee> listed = SampleReportData.anGiangSimulation()
			.trainees()
			.stream()
			.filter((trainee) -> trainee.classCode().equals("AG26-CS-01"))
			.toList();
		assertThat(listed).hasSize(trainees.size());
		for (SampleReportData.Trainee trainee : listed) {
			assertThat(text).contains(trainee.name()).doesNotContain(trainee.phone());
			if (!trainee.cccd().isEmpty()) {
				assertThat(text).doesNotContain(trainee.cccd());
			}
		}
		assertThat(text).doesNotContainPattern("\\d{11,}");
		assertPageNumbers(pdf, files.pages());
		assertFontsEmbedded(pdf, "DejaVuSans");

		try (Workbook workbook = WorkbookFactory.create(files.xlsx().toFile())) {
			Sheet roster = workbook.getSheet("Danh sách học viên");
			long wardsListed = data.wards().stream().filter((ward) -> ward.listed() > 0).count();
			assertThat(roster.getLastRowNum()).isEqualTo(1 + trainees.size() + (int) wardsListed);
			Row first = roster.getRow(2);
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo(trainees.get(0).maskedPhone());
			assertThat(first.getCell(9).getStringCellValue()).isEqualTo("x");
			Sheet findingSheet = workbook.getSheet("Phát hiện");
			for (int i = 0; i < findings.size(); i++) {
				assertThat(findingSheet.getRow(2 + i).getCell(6).getStringCellValue()).isEqualTo(findings.get(i).id());
			}
			Row wardsTotal = workbook.getSheet("Theo đơn vị").getRow(2 + data.wards().size());
			assertThat(numbers(wardsTotal, 1, 3)).containsExactly((double) data.trainingClass().quota(),
					(double) data.trainingClass().listed(), (double) data.trainingClass().attended());
		}
	}

	@Test
	void classReportIsLandscape() throws IOException {
		ReportFiles files = reports.renderClass(SampleReportData.anGiangClass(), OUT);

		try (PDDocument document = Loader.loadPDF(files.pdf().toFile())) {
			PDPage page = document.getPage(0);
			boolean turned = page.getRotation() % 180 != 0;
			float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
			float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
			assertThat(width).isGreaterThan(height);
		}
	}

	@Test
	void writesNothingButTheReportFilesIntoTheOutputFolder() throws IOException {
		Path folder = OUT.resolve("only");
		reports.renderYearEnd(SampleReportData.anGiangYearEnd(Narrative.NONE), folder);

		try (var files = Files.list(folder)) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder(
					"bao-cao-nam-AG-2026.pdf", "bao-cao-nam-AG-2026.xlsx", "bao-cao-nam-AG-2026.docx");
		}
	}

	static MonthlyReportData tinyMonthly() {
		ReportHeader header = ReportHeader.of(SamplePlans.anGiang());
		List<ProgrammeRow> programmes = List.of(new ProgrammeRow("2.2", "Bồi dưỡng cán bộ công đoàn cơ sở", true, 3, 1,
				500, 1400, 480, 450, 470, 260, Map.of(Position.UV_BCH, 300, Position.TO_TRUONG, 180)));
		List<WardFillRow> wards = List.of(new WardFillRow("long-xuyen", "phường Long Xuyên", 500, 490, 480, 450, 0));
		List<MonthPoint> points = List.of(new MonthPoint(YearMonth.of(2026, 3), 480, 500),
				new MonthPoint(YearMonth.of(2026, 4), 480, 500), new MonthPoint(YearMonth.of(2026, 5), null, 500));
		List<BudgetCategoryRow> budget = List
			.of(BudgetCategoryRow.of(BudgetCategory.MEALS, 1_400_000, 1_400_000, 1_234_000));
		return new MonthlyReportData(header, YearMonth.of(2026, 4), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
				programmes, new HeldClasses(1, 1, 500, 480, 450, 470, 260),
				new BudgetStatus(1, 1, 1, 1_400_000, 1_400_000, 1_400_000, 1_234_000), List.of(), wards, 0.9, List.of(),
				List.of(), points, budget);
	}

	/**
	 * Decree 30/2020's form: a Times New Roman-metric face embedded and nothing else, no
	 * software footer, the page number alone at the top of every page from the second.
	 */
	static void assertOfficialForm(PdfDocument pdf) {
		assertThat(pdf.fonts()).isNotEmpty().allSatisfy((font) -> {
			assertThat(font.embedded()).as("embedded: %s", font).isTrue();
			assertThat(font.name()).contains("LiberationSerif");
		});
		assertThat(pdf.text()).doesNotContain("DejaVu").doesNotContain("Trang ").doesNotContain("\uFFFD");
		int first = 1;
		for (int page = 1; page <= pdf.pages().size(); page++) {
			String text = pdf.pages().get(page - 1).strip();
			if (text.startsWith("PHỤ LỤC")) {
				// the appendix counts its own pages
				first = page;
			}
			else if (page > first) {
				assertThat(text).as("page %d starts with its number", page)
					.startsWith(Integer.toString(page - first + 1) + "\n");
			}
		}
	}

	static void assertNoEnglishFindingCode(PdfDocument pdf) {
		for (FindingCode code : FindingCode.values()) {
			assertThat(pdf.text()).as("English finding code on a page").doesNotContain(code.name());
		}
		assertThat(pdf.text()).doesNotContain("taphuan ");
	}

	private static void assertPageNumbers(PdfDocument pdf, int pages) {
		assertThat(pdf.pages()).hasSize(pages);
		for (int page = 1; page <= pages; page++) {
			assertThat(pdf.pages().get(page - 1)).contains("Trang " + page + " / " + pages);
		}
	}

	private static void assertFontsEmbedded(PdfDocument pdf, String family) {
		assertThat(pdf.fonts()).isNotEmpty().allSatisfy((font) -> {
			assertThat(font.embedded()).as("embedded: %s", font).isTrue();
			assertThat(font.name()).contains("DejaVu").doesNotContain("Mono");
		});
		assertThat(pdf.fonts()).anySatisfy((font) -> assertThat(font.name()).contains(family));
		assertThat(pdf.text()).doesNotContain("\uFFFD");
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.sheetIterator().forEachRemaining((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static List<Double> numbers(Row row, int from, int to) {
		List<Double> values = new ArrayList<>();
		for (int c = from; c <= to; c++) {
			assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
			values.add(row.getCell(c).getNumericCellValue());
		}
		return values;
	}

}
