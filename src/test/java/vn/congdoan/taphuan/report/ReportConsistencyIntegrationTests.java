package vn.congdoan.taphuan.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileRun;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's data (both sample plans, every sample ward file and settlement), each report
 * rendered as its command renders it, and its headline figures recomputed here from the
 * imported rows with SQL of its own — not from reconcile's tables — then found in the
 * PDF's text and the XLSX's cells: the classes held and their fill, the programme against
 * its year's plan, and the money of the settled classes against their own estimate. Today
 * is 21/11/2026 (the test clock).
 */
@TaphuanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportConsistencyIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	/** Attendance lines that count: accepted, identified, of a class's current list. */
	private static final String LINES = """
			FROM trainee_row t
			JOIN submission s ON s.id = t.submission_id AND s.status = 'IMPORTED'
			JOIN training_class c ON c.code = s.class_code
			WHERE t.accepted AND t.identity_key IS NOT NULL AND c.plan_code = :plan AND c.start_date <= :asOf
			  AND (CAST(:programme AS VARCHAR(40)) IS NULL OR c.programme_code = :programme)
			""";

	/** Classes started by the date, with a current settlement. */
	private static final String SETTLED_CLASSES = """
			SELECT s.class_code FROM settlement s JOIN training_class c ON c.code = s.class_code
			WHERE s.status = 'IMPORTED' AND c.plan_code = :plan AND c.start_date <= :asOf
			""";

	@Autowired
	PlanReports reports;

	@Autowired
	Reconciliations reconciliations;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path out;

	@BeforeAll
	void loadTheDemosData(@Autowired Plans plans, @Autowired AttendanceImports attendance,
			@Autowired SettlementImports settlements) {
		plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
		plans.load(Path.of("data-samples/plans/lc-2026.yaml"));
		attendance.importFiles(attendance.collect(List.of(Path.of("data-samples/attendance"))),
				ImportRequest.of(null, null, null), (outcome) -> {
				});
		settlements.importFiles(settlements.collect(List.of(Path.of("data-samples/budget"))), null, (outcome) -> {
		});
		this.reconciliations.runAll(TODAY);
	}

	@Test
	void anGiangsOctoberReportCountsToTheEndOfOctoberAndAgreesWithTheImportedRows() throws Exception {
		// given
		YearMonth october = YearMonth.of(2026, 10);
		ReconcileRun run = this.reconciliations.run("AG-2026", PlanReports.monthlyAsOf(october, TODAY)).run();

		// when
		ReportFiles files = this.reports.monthly(run, october, this.out);

		// then
		Figures held = figures("AG-2026", run.asOf(), null);
		Figures grassroots = figures("AG-2026", run.asOf(), "CS");
		Money money = money("AG-2026", run.asOf());
		PdfDocument pdf = PdfDocument.read(files.pdf());
		String firstPage = pdf.pages().get(0).replaceAll("\\s+", " ");
		assertThat(firstPage).contains("tính đến ngày 31/10/2026", held.sentence(), grassroots.programmeSentence(),
				money.sentence());
		ReportRenderingTests.assertNoEnglishFindingCode(pdf);
		try (XSSFWorkbook workbook = workbook(files.xlsx())) {
			Sheet programmes = workbook.getSheet("Theo chương trình");
			Row total = programmes.getRow(programmes.getLastRowNum());
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(held.classes());
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(held.quota());
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(held.attended());
			assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(held.completed());
			Row wards = workbook.getSheet("Theo đơn vị").getRow(workbook.getSheet("Theo đơn vị").getLastRowNum());
			assertThat(wards.getCell(3).getNumericCellValue()).isEqualTo(held.attended());
			money.assertIn(workbook.getSheet("Kinh phí theo nhóm lớp"));
		}
	}

	@Test
	void laiChausReportOfTheRunningMonthCountsToTodayAndAgreesWithTheImportedRows() throws Exception {
		// given
		YearMonth november = YearMonth.of(2026, 11);
		ReconcileRun run = this.reconciliations.run("LC-2026", PlanReports.monthlyAsOf(november, TODAY)).run();

		// when
		ReportFiles files = this.reports.monthly(run, november, this.out);

		// then
		assertThat(run.asOf()).isEqualTo(TODAY);
		Figures held = figures("LC-2026", TODAY, null);
		Money money = money("LC-2026", TODAY);
		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(pdf.pages().get(0).replaceAll("\\s+", " ")).contains(
				"tính đến ngày 21/11/2026 (tháng 11/2026 chưa kết thúc)", held.sentence(), held.programmeSentence(),
				money.sentence());
		try (XSSFWorkbook workbook = workbook(files.xlsx())) {
			money.assertIn(workbook.getSheet("Kinh phí theo nhóm lớp"));
		}
	}

	@Test
	void theYearEndReportsAgreeWithTheImportedRowsInTheOfficialForm() throws Exception {
		for (String plan : List.of("AG-2026", "LC-2026")) {
			// given
			ReconcileRun run = this.reconciliations.run(plan, PlanReports.yearEndAsOf(2026, null, TODAY)).run();

			// when
			ReportFiles files = this.reports.yearEnd(run, Narrative.NONE, null, null, this.out);

			// then
			Figures held = figures(plan, TODAY, null);
			Money money = money(plan, TODAY);
			PdfDocument pdf = PdfDocument.read(files.pdf());
			assertThat(pdf.flatText()).as(plan).contains(held.sentence(), money.sentence());
			ReportRenderingTests.assertOfficialForm(pdf);
			ReportRenderingTests.assertNoEnglishFindingCode(pdf);
			try (XSSFWorkbook workbook = workbook(files.xlsx())) {
				money.assertIn(workbook.getSheet("Kinh phí theo nhóm lớp"));
				Sheet classes = workbook.getSheet("Các lớp đã tổ chức");
				Row total = classes.getRow(classes.getLastRowNum());
				assertThat(total.getCell(4).getNumericCellValue()).as(plan).isEqualTo(held.quota());
				assertThat(total.getCell(5).getNumericCellValue()).as(plan).isEqualTo(held.attended());
				assertThat(total.getCell(7).getNumericCellValue()).as(plan).isEqualTo(held.completed());
			}
		}
	}

	@Test
	void theClassReportsAgreeWithTheImportedRows() throws Exception {
		for (String classCode : List.of("AG26-CS-01", "LC26-CS-01")) {
			// given
			String plan = classCode.startsWith("AG") ? "AG-2026" : "LC-2026";
			ReconcileRun run = this.reconciliations.run(plan, TODAY).run();

			// when
			ReportFiles files = this.reports.classReport(run, classCode, this.out);

			// then
			int listed = count("SELECT COUNT(*) " + LINES.replace("c.plan_code = :plan", "c.code = :class"), plan,
					TODAY, classCode);
			int attended = count("SELECT COUNT(*) " + LINES.replace("c.plan_code = :plan", "c.code = :class")
					+ " AND t.days_present >= 1", plan, TODAY, classCode);
			int quota = this.jdbc.sql("SELECT quota FROM training_class WHERE code = ?")
				.param(classCode)
				.query(Integer.class)
				.single();
			PdfDocument pdf = PdfDocument.read(files.pdf());
			assertThat(pdf.flatText()).as(classCode)
				.contains(VietnameseFormat.number(listed) + " học viên trong danh sách, "
						+ VietnameseFormat.number(attended) + " có mặt (" + VietnameseFormat.percent(attended, quota)
						+ " chỉ tiêu)");
			ReportRenderingTests.assertNoEnglishFindingCode(pdf);
			try (XSSFWorkbook workbook = workbook(files.xlsx())) {
				Sheet wards = workbook.getSheet("Theo đơn vị");
				Row total = wards.getRow(wards.getLastRowNum());
				assertThat(total.getCell(2).getNumericCellValue()).as(classCode).isEqualTo(listed);
				assertThat(total.getCell(3).getNumericCellValue()).as(classCode).isEqualTo(attended);
			}
		}
	}

	/**
	 * The classes held (or of one programme) and their attendance, from the imported
	 * rows.
	 */
	private Figures figures(String plan, LocalDate asOf, String programme) {
		int classes = this.jdbc.sql("""
				SELECT COUNT(*) FROM training_class c
				WHERE c.plan_code = :plan AND c.start_date <= :asOf
				  AND (CAST(:programme AS VARCHAR(40)) IS NULL OR c.programme_code = :programme)
				""")
			.param("plan", plan)
			.param("asOf", asOf)
			.param("programme", programme)
			.query(Integer.class)
			.single();
		int quota = this.jdbc.sql("""
				SELECT COALESCE(SUM(c.quota), 0) FROM training_class c
				WHERE c.plan_code = :plan AND c.start_date <= :asOf
				  AND (CAST(:programme AS VARCHAR(40)) IS NULL OR c.programme_code = :programme)
				""")
			.param("plan", plan)
			.param("asOf", asOf)
			.param("programme", programme)
			.query(Integer.class)
			.single();
		int attended = count("SELECT COUNT(*) " + LINES + " AND t.days_present >= 1", plan, asOf, programme);
		int completed = count("SELECT COUNT(*) " + LINES + " AND t.days_present >= c.day_count", plan, asOf, programme);
		Integer planned = this.jdbc.sql("""
				SELECT SUM(planned_participants) FROM programme
				WHERE plan_code = :plan AND kind = 'GRASSROOTS_CLASSES'
				  AND (CAST(:programme AS VARCHAR(40)) IS NULL OR code = :programme)
				""").param("plan", plan).param("programme", programme).query(Integer.class).single();
		return new Figures(classes, quota, attended, completed, (planned != null) ? planned : 0, asOf);
	}

	private int count(String sql, String plan, LocalDate asOf, String programmeOrClass) {
		return this.jdbc.sql(sql)
			.param("plan", plan)
			.param("asOf", asOf)
			.param("programme", sql.contains(":class") ? null : programmeOrClass)
			.param("class", programmeOrClass)
			.query(Integer.class)
			.single();
	}

	/** The money of the classes held, from the imported settlements and the plan. */
	private Money money(String plan, LocalDate asOf) {
		int held = this.jdbc.sql("SELECT COUNT(*) FROM training_class WHERE plan_code = ? AND start_date <= ?")
			.params(plan, asOf)
			.query(Integer.class)
			.single();
		int settled = this.jdbc.sql("SELECT COUNT(*) FROM (" + SETTLED_CLASSES + ") x")
			.param("plan", plan)
			.param("asOf", asOf)
			.query(Integer.class)
			.single();
		long amount = this.jdbc.sql("""
				SELECT COALESCE(SUM(l.amount), 0) FROM settlement_line l
				WHERE l.accepted AND l.settlement_id IN (SELECT s.id FROM settlement s
				  JOIN training_class c ON c.code = s.class_code
				  WHERE s.status = 'IMPORTED' AND c.plan_code = :plan AND c.start_date <= :asOf)
				""").param("plan", plan).param("asOf", asOf).query(Long.class).single();
		long estimateSettled = this.jdbc
			.sql("SELECT COALESCE(SUM(b.amount), 0) FROM budget_estimate b WHERE b.class_code IN (" + SETTLED_CLASSES
					+ ")")
			.param("plan", plan)
			.param("asOf", asOf)
			.query(Long.class)
			.single();
		return new Money(held, settled, amount, estimateSettled);
	}

	private static XSSFWorkbook workbook(Path xlsx) throws Exception {
		try (InputStream in = Files.newInputStream(xlsx)) {
			return new XSSFWorkbook(in);
		}
	}

	/**
	 * A scope's attendance: classes started, their quotas, trainee-turns present and
	 * completed, and (for a programme) its planned trainees.
	 */
	private record Figures(int classes, int quota, int attended, int completed, int planned, LocalDate asOf) {

		/** What the report says of the classes held, as the figures give it. */
		String sentence() {
			return "Đến ngày " + VietnameseFormat.date(this.asOf) + " đã tổ chức " + this.classes + " lớp: "
					+ VietnameseFormat.number(this.attended) + " lượt học viên có mặt trên tổng chỉ tiêu "
					+ VietnameseFormat.number(this.quota) + " của các lớp này ("
					+ VietnameseFormat.percent(this.attended, this.quota) + "), "
					+ VietnameseFormat.number(this.completed) + " lượt hoàn thành ("
					+ VietnameseFormat.percent(this.completed, this.quota) + ")";
		}

		/** What the report says of a programme against its year's plan. */
		String programmeSentence() {
			return VietnameseFormat.number(this.attended) + " lượt học viên có mặt, đạt "
					+ VietnameseFormat.percent(this.attended, this.planned) + " kế hoạch năm "
					+ VietnameseFormat.number(this.planned) + " học viên.";
		}

	}

	/** The settled classes' money against their own estimate. */
	private record Money(int held, int settled, long amount, long estimateSettled) {

		String sentence() {
			if (this.settled == 0) {
				return "chưa có lớp nào quyết toán (0/" + this.held + " lớp đã tổ chức";
			}
			return this.settled + "/" + this.held + " lớp đã tổ chức có quyết toán, "
					+ VietnameseFormat.vnd(this.amount) + " trên dự toán " + VietnameseFormat.vnd(this.estimateSettled)
					+ " của " + ((this.settled == 1) ? "lớp này" : this.settled + " lớp này") + " ("
					+ VietnameseFormat.percent(this.amount, this.estimateSettled) + ")";
		}

		/** The settled classes' row of the money sheet: classes, estimate, settled. */
		void assertIn(Sheet sheet) {
			Row row = sheet.getRow(2);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(this.settled);
			assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(this.estimateSettled);
			if (this.settled > 0) {
				assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(this.amount);
			}
		}

	}

}
