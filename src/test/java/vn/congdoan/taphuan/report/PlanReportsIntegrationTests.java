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
import vn.congdoan.taphuan.reconcile.ReconcileDataset;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three reports built from a known dataset through import, reconciliation and the SQL
 * aggregates, read back from the PDF and the XLSX.
 */
@TaphuanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanReportsIntegrationTests {

	private static final String PLAN = "RC-2026";

	@Autowired
	PlanReports reports;

	@TempDir
	Path out;

	@BeforeAll
	void loadAndReconcile(@Autowired Plans plans, @Autowired AttendanceImports attendance,
			@Autowired SettlementImports settlements, @Autowired Reconciliations reconciliations, @TempDir Path data)
			throws Exception {
		ReconcileDataset.load(plans, attendance, settlements, data);
		reconciliations.run(PLAN, LocalDate.of(2026, 11, 21));
	}

	@Test
	void theMonthlyReportShowsTheMonthsClassesTheWardsAndTheBudgetFromTheReconciliation() throws Exception {
		ReportFiles files = this.reports.monthly(PLAN, YearMonth.of(2026, 6), this.out);

		PdfDocument pdf = PdfDocument.read(files.pdf());
		String text = String.join("\n", pdf.pages());
		assertThat(text).contains("BÁO CÁO TIẾN ĐỘ THÁNG 6/2026")
			.contains("Số liệu tính đến ngày 21/11/2026")
			.containsPattern("RC26-CS-02[^\\n]*\\n?[^\\n]*116,7%")
			.contains("16.860.000")
			.contains("SUBMISSION_MISSING")
			.contains("Trang 1 / " + pdf.pages().size());
		assertThat(pdf.fonts()).allSatisfy((font) -> assertThat(font.embedded()).isTrue());
		assertThat(files.charts()).hasSize(3).allSatisfy((chart) -> assertThat(Files.size(chart)).isPositive());
		assertThat(numbers(files.xlsx())).contains(16_860_000.0, 7.0);
	}

	@Test
	void theYearEndReportCarriesAggregatesInAdministrativeFormAndNoPersonalList() throws Exception {
		ReportFiles files = this.reports.yearEnd(PLAN, Narrative.NONE, "27", LocalDate.of(2026, 12, 18), this.out);

		String text = String.join("\n", PdfDocument.read(files.pdf()).pages());
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Độc lập - Tự do - Hạnh phúc")
			.contains("27/BC-LĐLĐ")
			.contains("ngày 18 tháng 12 năm 2026")
			.contains("TM. BAN THƯỜNG VỤ")
			.contains("RC26-CS-01")
			.contains("Nơi nhận");
		assertThat(text).doesNotContain("Nguyễn Văn An")
			.doesNotContain("Trần Thị Bình")
			.doesNotContain(ReconcileDataset.AN_CCCD);
	}

	@Test
	void theClassReportListsEveryWardAndTraineeWithMaskedNumbersAndTheClassFindings() throws Exception {
		ReportFiles files = this.reports.classReport("RC26-CS-01", this.out);

		String text = String.join("\n", PdfDocument.read(files.pdf()).pages());
		assertThat(text).contains("BÁO CÁO ĐỐI CHIẾU LỚP RC26-CS-01")
			.contains("Nguyễn Văn An")
			.contains("Võ Thị Giang")
			.contains("079*******01")
			.doesNotContain(ReconcileDataset.AN_CCCD)
			.contains("DUPLICATE_TRAINEE")
			.contains("SUBMISSION_MISSING");
		List<Double> numbers = numbers(files.xlsx());
		assertThat(numbers).contains(7.0, 6.0, 5.0, 10.0);
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
