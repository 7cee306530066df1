package vn.congdoan.taphuan.report;

import java.io.IOException;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.BudgetCategory;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.SamplePlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders each report from a known dataset and reads the PDF back with PDFBox and the
 * workbook with POI: the figures and the Vietnamese text are there exactly, every font is
 * embedded, and the workbook holds the same numbers as numeric cells. The files stay in
 * {@code target/report-samples/} for a person to look at.
 */
class ReportRenderingTests {

	private static final Path OUT = Path.of("target/report-samples");

	private static Reports reports;

	@BeforeAll
	static void engine() {
		reports = new Reports(null);
	}

	@Test
	void monthlyReportShowsThePlanFiguresInVietnamese() throws IOException {
		MonthlyReportData data = SampleReportData.anGiangMonthly();

		ReportFiles files = reports.renderMonthly(data, OUT);

		assertThat(files.pdf()).hasFileName("bao-cao-thang-AG-2026-2026-06.pdf").exists();
		assertThat(files.xlsx()).hasFileName("bao-cao-thang-AG-2026-2026-06.xlsx").exists();
		assertThat(files.charts()).extracting((path) -> path.getFileName().toString())
			.containsExactly("bao-cao-thang-AG-2026-2026-06-bieu-do-1.png",
					"bao-cao-thang-AG-2026-2026-06-bieu-do-2.png", "bao-cao-thang-AG-2026-2026-06-bieu-do-3.png");
		PdfDocument pdf = PdfDocument.read(files.pdf());
		KeyFigures figures = data.keyFigures();
		assertThat(pdf.text()).contains("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG",
				"BÁO CÁO TIẾN ĐỘ THÁNG 6/2026", "Số liệu tính đến ngày 30/06/2026",
				"Kính gửi: Thường trực, Ban Thường vụ LĐLĐ tỉnh An Giang", "Hỗ trợ tiền ăn học viên",
				"Phòng nghỉ báo cáo viên", "đặc khu Phú Quốc", "xã Mỹ Hòa Hưng", "1. Kết quả so với kế hoạch năm",
				"6.2. Đơn vị chưa gửi danh sách học viên");
		assertThat(pdf.flatText()).contains(
				"đạt " + ReportText.percent(figures.attendedRatio()) + " chỉ tiêu 1.400 học viên",
				VietnameseFormat.number(figures.attended()) + " lượt học viên tham dự",
				"Kinh phí đã quyết toán " + VietnameseFormat.vnd(figures.budgetSettled()) + " trên dự toán "
						+ VietnameseFormat.vnd(figures.budgetEstimate()));
		for (WardFillRow ward : data.wards()) {
			assertThat(pdf.flatText()).contains(ward.wardName() + " " + VietnameseFormat.number(ward.allocation()) + " "
					+ ward.listed() + " " + ward.attended() + " " + ward.completed());
		}
		assertPageNumbers(pdf, files.pages());
		assertFontsEmbedded(pdf, "DejaVuSans");
		assertThat(pdf.title()).isEqualTo("Báo cáo tiến độ tháng 6/2026 — LĐLĐ tỉnh An Giang");
		assertThat(pdf.author()).isEqualTo("Liên đoàn Lao động tỉnh An Giang");

		try (Workbook workbook = WorkbookFactory.create(files.xlsx().toFile())) {
			assertThat(sheetNames(workbook)).containsExactly("Thông tin", "Chỉ tiêu chính", "Theo chương trình",
					"Lớp trong tháng", "Lũy kế theo tháng", "Theo đơn vị", "Kinh phí", "Phát hiện chưa xử lý",
					"Chưa gửi danh sách");
			Sheet wards = workbook.getSheet("Theo đơn vị");
			for (int i = 0; i < data.wards().size(); i++) {
				WardFillRow ward = data.wards().get(i);
				Row row = wards.getRow(2 + i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(ward.wardName());
				assertThat(numbers(row, 1, 4)).containsExactly((double) ward.allocation(), (double) ward.listed(),
						(double) ward.attended(), (double) ward.completed());
			}
			Row total = wards.getRow(2 + data.wards().size());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(total.getCell(3).getNumericCellValue())
				.isEqualTo(data.wards().stream().mapToInt(WardFillRow::attended).sum());
			Sheet budget = workbook.getSheet("Kinh phí");
			Row budgetTotal = budget.getRow(2 + data.budget().size());
			assertThat(numbers(budgetTotal, 1, 2)).containsExactly((double) figures.budgetEstimate(),
					(double) figures.budgetSettled());
		}
	}

	@Test
	void monthlyReportPrintsMoneyAndCountsTheVietnameseWay() {
		MonthlyReportData data = tinyMonthly();

		ReportFiles files = reports.renderMonthly(data, OUT.resolve("tiny"));

		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(pdf.flatText()).contains("Kinh phí đã quyết toán 1.234.000 đ trên dự toán 1.400.000 đ (88,1%)",
				"chỉ tiêu 1.400 học viên", "Hỗ trợ tiền ăn học viên 1.400.000 1.234.000 166.000 88,1%",
				"Không có lớp nào diễn ra trong tháng.", "Không có phát hiện nào chưa xử lý.",
				"Tất cả đơn vị đã gửi danh sách.");
		assertThat(pdf.pages().get(0)).contains("Trang 1 / " + files.pages());
	}

	@Test
	void monthlyReportForLaiChauCountsFiveClassesOfEighty() {
		MonthlyReportData data = SampleReportData.laiChauMonthly();

		ReportFiles files = reports.renderMonthly(data, OUT);

		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(data.keyFigures().plannedClasses()).isEqualTo(5);
		assertThat(data.keyFigures().plannedTrainees()).isEqualTo(400);
		assertThat(pdf.flatText()).contains("đã tổ chức 4/5 lớp", "chỉ tiêu 400 học viên", "LC26-CS-04", "xã Mường Tè",
				"xã Phong Thổ", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
		assertFontsEmbedded(pdf, "DejaVuSans");
	}

	@Test
	void yearEndReportIsAnAdministrativeDocumentWithPlaceholdersWithoutNarrative() throws IOException {
		YearEndReportData data = SampleReportData.anGiangYearEnd(Narrative.NONE);

		ReportFiles files = reports.renderYearEnd(data, OUT.resolve("placeholders"));

		assertThat(files.pdf()).hasFileName("bao-cao-nam-AG-2026.pdf");
		assertThat(files.charts()).isEmpty();
		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(pdf.text()).contains("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG\nTỈNH AN GIANG",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "/BC-LĐLĐ",
				"An Giang, ngày 18 tháng 12 năm 2026", "BÁO CÁO",
				"Kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm 2026", "I. ĐẶC ĐIỂM TÌNH HÌNH",
				"II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ", "IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ", "Nơi nhận:",
				"- Tổng LĐLĐ Việt Nam (b/c);", "- Thường trực LĐLĐ tỉnh;", "- Lưu: VT, BP Tổ chức - Kiểm tra.",
				"TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Đỗ Trần Thịnh", "Ủy viên", "Hỗ trợ tiền ăn học viên");
		assertThat(pdf.flatText()).contains("[Phần đặc điểm tình hình: bổ sung trong tệp tường thuật",
				"[Phần đánh giá: bổ sung trong tệp tường thuật", "[Phần phương hướng, kiến nghị: bổ sung",
				"chỉ tiêu 1.400 học viên", "Số: /BC-LĐLĐ", "Tổ trưởng", "Chuyên trách");
		ProgrammeRow grassroots = data.programmes().get(3);
		assertThat(pdf.flatText()).contains("2.2", VietnameseFormat.number(grassroots.attended()),
				VietnameseFormat.number(grassroots.inPosition(Position.UV_BCH)));
		assertPageNumbers(pdf, files.pages());
		assertFontsEmbedded(pdf, "DejaVuSerif");
		assertThat(pdf.author()).isEqualTo("Liên đoàn Lao động tỉnh An Giang");

		try (Workbook workbook = WorkbookFactory.create(files.xlsx().toFile())) {
			assertThat(sheetNames(workbook)).containsExactly("Thông tin", "Kết quả theo chương trình", "Theo chức vụ",
					"Các lớp đã tổ chức", "Kinh phí");
			Row row = workbook.getSheet("Kết quả theo chương trình").getRow(2 + 3);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2.2");
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1400);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(grassroots.attended());
			assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(grassroots.women());
			Row positions = workbook.getSheet("Theo chức vụ").getRow(2 + 3);
			assertThat(positions.getCell(4).getNumericCellValue()).isEqualTo(grassroots.inPosition(Position.UV_BCH));
			Sheet classes = workbook.getSheet("Các lớp đã tổ chức");
			assertThat(classes.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(classes.getRow(2).getCell(3).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 3, 16));
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
	void classReportListsEveryTraineeWithPhoneAndCccdMasked() throws IOException {
		ClassReportData data = SampleReportData.anGiangClass();
		List<RosterRow> trainees = data.roster().toList();

		ReportFiles files = reports.renderClass(data, OUT);

		assertThat(files.pdf()).hasFileName("doi-chieu-lop-AG26-CS-01.pdf");
		PdfDocument pdf = PdfDocument.read(files.pdf());
		String text = pdf.flatText();
		assertThat(text).contains("BÁO CÁO ĐỐI CHIẾU LỚP AG26-CS-01", "phường Long Xuyên", "đặc khu Kiên Hải",
				"Chưa gửi danh sách", "16/3", "17/3", "18/3", "POSSIBLE_DUPLICATE", "MEALS_OVER_PRESENCE",
				"Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15", trainees.get(0).maskedPhone(),
				trainees.get(1).maskedCccd());
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
		assertThat(text).doesNotContainPattern("\\d{7,}");
		assertPageNumbers(pdf, files.pages());
		assertFontsEmbedded(pdf, "DejaVuSans");

		try (Workbook workbook = WorkbookFactory.create(files.xlsx().toFile())) {
			Sheet roster = workbook.getSheet("Danh sách học viên");
			assertThat(roster.getLastRowNum()).isEqualTo(1 + trainees.size());
			Row first = roster.getRow(2);
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo(trainees.get(0).maskedPhone());
			assertThat(first.getCell(9).getStringCellValue()).isEqualTo("x");
			Row wardsTotal = workbook.getSheet("Theo đơn vị").getRow(2 + data.wards().size());
			assertThat(numbers(wardsTotal, 1, 4)).containsExactly((double) data.trainingClass().quota(),
					(double) data.trainingClass().listed(), (double) data.trainingClass().attended(),
					(double) data.trainingClass().completed());
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
			assertThat(files.map((path) -> path.getFileName().toString()))
				.containsExactlyInAnyOrder("bao-cao-nam-AG-2026.pdf", "bao-cao-nam-AG-2026.xlsx");
		}
	}

	static MonthlyReportData tinyMonthly() {
		ReportHeader header = ReportHeader.of(SamplePlans.anGiang());
		List<ProgrammeRow> programmes = List.of(new ProgrammeRow("2.2", "Bồi dưỡng cán bộ công đoàn cơ sở", true, 3, 1,
				1400, 480, 450, 470, 260, Map.of(Position.UV_BCH, 300, Position.TO_TRUONG, 180)));
		List<WardFillRow> wards = List.of(new WardFillRow("long-xuyen", "phường Long Xuyên", 500, 490, 480, 450, 0));
		List<MonthPoint> points = List.of(new MonthPoint(YearMonth.of(2026, 3), 480, 500),
				new MonthPoint(YearMonth.of(2026, 4), 480, 500), new MonthPoint(YearMonth.of(2026, 5), null, 500));
		List<BudgetCategoryRow> budget = List.of(BudgetCategoryRow.of(BudgetCategory.MEALS, 1_400_000, 1_234_000));
		return new MonthlyReportData(header, YearMonth.of(2026, 4), LocalDate.of(2026, 4, 30), programmes, List.of(),
				wards, List.of(), List.of(), points, budget);
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
