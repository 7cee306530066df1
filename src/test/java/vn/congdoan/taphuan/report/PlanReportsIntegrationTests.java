package vn.congdoan.taphuan.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.Finding;
import vn.congdoan.taphuan.reconcile.FindingFilter;
import vn.congdoan.taphuan.reconcile.ReconcileDataset;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileRun;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three reports built from a known dataset through import, reconciliation and the SQL
 * aggregates, each from the run as of its own date, read back from the PDF and the XLSX.
 * The plan's current results are as of 21/11/2026 (the test clock).
 */
@TaphuanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanReportsIntegrationTests {

	private static final String PLAN = "RC-2026";

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@Autowired
	PlanReports reports;

	@Autowired
	Reconciliations reconciliations;

	@Autowired
	ReconcileResults results;

	@TempDir
	Path out;

	@BeforeAll
	void loadAndReconcile(@Autowired Plans plans, @Autowired AttendanceImports attendance,
			@Autowired SettlementImports settlements, @TempDir Path data) throws Exception {
		ReconcileDataset.load(plans, attendance, settlements, data);
		this.reconciliations.run(PLAN, TODAY);
	}

	@Test
	void theMonthlyReportCountsItsMonthAndBeforeAndLeavesThePlansFindingsAlone() throws Exception {
		// given
		ReconcileRun current = this.results.latestRun(PLAN).orElseThrow();
		List<Finding> findingsBefore = findings();
		LocalDate asOf = PlanReports.monthlyAsOf(YearMonth.of(2026, 6), TODAY);

		// when
		ReconcileRun june = this.reconciliations.run(PLAN, asOf).run();
		ReportFiles files = this.reports.monthly(june, YearMonth.of(2026, 6), this.out);

		// then
		assertThat(asOf).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(june.status()).isEqualTo("SNAPSHOT");
		assertThat(files.asOf()).isEqualTo(asOf);
		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(pdf.flatText())
			.contains("BÁO CÁO TIẾN ĐỘ THÁNG 6/2026", "Số liệu tính đến ngày 30/06/2026 (hết tháng 6/2026)", "116,7%",
					"16.860.000",
					"2/3 lớp đã tổ chức có quyết toán, 16.860.000 đ trên dự toán 17.200.000 đ của 2 lớp này (98,0%)",
					"Chưa gửi danh sách")
			.doesNotContain("RC26-CS-03");
		ReportRenderingTests.assertNoEnglishFindingCode(pdf);
		assertThat(pdf.fonts()).allSatisfy((font) -> assertThat(font.embedded()).isTrue());
		assertThat(files.charts()).hasSize(3).allSatisfy((chart) -> assertThat(Files.size(chart)).isPositive());
		assertThat(numbers(files.xlsx())).contains(16_860_000.0, 7.0);
		assertThat(this.results.latestRun(PLAN)).contains(current);
		assertThat(findings()).isEqualTo(findingsBefore);
	}

	@Test
	void anOldMonthRenderedAgainLaterReadsTheSameFigures() throws Exception {
		// given
		YearMonth month = YearMonth.of(2026, 6);
		LocalDate asOf = PlanReports.monthlyAsOf(month, TODAY);
		ReportFiles first = this.reports.monthly(this.reconciliations.run(PLAN, asOf).run(), month,
				this.out.resolve("first"));

		// when: the plan is reconciled for today, then June is rendered again
		this.reconciliations.run(PLAN, TODAY);
		ReportFiles again = this.reports.monthly(this.reconciliations.run(PLAN, asOf).run(), month,
				this.out.resolve("again"));

		// then
		assertThat(PdfDocument.read(again.pdf()).text()).isEqualTo(PdfDocument.read(first.pdf()).text());
		assertThat(numbers(again.xlsx())).isEqualTo(numbers(first.xlsx()));
	}

	@Test
	void theYearEndReportCarriesAggregatesInTheOfficialFormAndNoPersonalList() throws Exception {
		// given
		LocalDate issued = LocalDate.of(2026, 12, 18);
		ReconcileRun run = this.reconciliations.run(PLAN, PlanReports.yearEndAsOf(2026, issued, TODAY)).run();

		// when
		ReportFiles files = this.reports.yearEnd(run, Narrative.NONE, "27", issued, this.out);

		// then
		assertThat(run.asOf()).isEqualTo(TODAY);
		PdfDocument pdf = PdfDocument.read(files.pdf());
		String text = pdf.text();
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Độc lập - Tự do - Hạnh phúc")
			.contains("27/BC-LĐLĐ")
			.contains("ngày 18 tháng 12 năm 2026")
			.contains("TM. BAN THƯỜNG VỤ")
			.contains("RC26-CS-01")
			.contains("Nơi nhận");
		assertThat(pdf.flatText()).contains("2/3 lớp đã tổ chức có quyết toán");
		assertThat(text).doesNotContain("Nguyễn Văn An")
			.doesNotContain("Trần Thị Bình")
			.doesNotContain(ReconcileDataset.AN_CCCD);
		ReportRenderingTests.assertOfficialForm(pdf);
		assertThat(files.docx()).exists();
	}

	@Test
	void theClassReportListsEveryWardAndTraineeWithMaskedNumbersAndTheFindingsToDecideWithTheirIds() throws Exception {
		// given
		ReconcileRun run = this.reconciliations.run(PLAN, TODAY).run();

		// when
		ReportFiles files = this.reports.classReport(run, "RC26-CS-01", this.out);

		// then
		PdfDocument pdf = PdfDocument.read(files.pdf());
		String text = pdf.flatText();
		assertThat(text).contains("BÁO CÁO ĐỐI CHIẾU LỚP RC26-CS-01")
			.contains("Nguyễn Văn An")
			.contains("Võ Thị Giang")
			.contains("079*******01")
			.doesNotContain(ReconcileDataset.AN_CCCD)
			.contains("Học viên trùng trong lớp")
			.contains("Chưa gửi danh sách")
			.contains("Chức vụ không thuộc đối tượng");
		ReportRenderingTests.assertNoEnglishFindingCode(pdf);
		List<Finding> findings = this.results.findings(new FindingFilter(PLAN, "RC26-CS-01", null, false, false));
		for (Finding finding : findings) {
			if (!finding.code().name().equals("INCOMPLETE_ATTENDANCE")) {
				assertThat(text).contains(finding.id().substring(finding.id().lastIndexOf('-') + 1));
			}
		}
		try (InputStream in = Files.newInputStream(files.xlsx()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> cells = texts(workbook.getSheet("Danh sách học viên"));
			cells.addAll(texts(workbook.getSheet("Phát hiện")));
			for (Finding finding : findings) {
				assertThat(String.join("\n", cells)).contains(finding.id());
			}
		}
		List<Double> numbers = numbers(files.xlsx());
		assertThat(numbers).contains(7.0, 6.0, 5.0, 10.0);
	}

	private List<Finding> findings() {
		return this.results.findings(new FindingFilter(PLAN, null, null, false, true));
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

	/** Every numeric cell of a workbook, in sheet order. */
	private static List<Double> numbers(Path xlsx) throws Exception {
		List<Double> numbers = new ArrayList<>();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.NUMERIC) {
							numbers.add(cell.getNumericCellValue());
						}
					}
				}
			}
		}
		return numbers;
	}

}
