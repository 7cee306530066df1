package vn.congdoan.taphuan.national;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.type.OrientationEnum;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.reconcile.ProgrammeFigures;
import vn.congdoan.taphuan.reconcile.ReconcileDataset;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's statistical form from a known dataset (see {@link ReconcileDataset}),
 * reconciled as of 21/11/2026: its figures, and the form written as a file, into a
 * streaming workbook, as a PDF, and blank, each read back.
 */
@TaphuanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticalFormsIntegrationTests {

	private static final String PLAN = "RC-2026";

	@Autowired
	StatisticalForms forms;

	@Autowired
	NationalImports imports;

	@Autowired
	NationalStore store;

	@Autowired
	Plans plans;

	@Autowired
	ReconcileResults results;

	@TempDir
	Path out;

	@BeforeAll
	void loadAndReconcile(@Autowired AttendanceImports attendance, @Autowired SettlementImports settlements,
			@Autowired Reconciliations reconciliations, @TempDir Path data) throws Exception {
		ReconcileDataset.load(this.plans, attendance, settlements, data);
		reconciliations.run(PLAN, LocalDate.of(2026, 11, 21));
	}

	@Test
	void aProvincesFormCountsItsReconciledClassesAndEnrolmentsByProgrammeType() {
		// when
		FormFigures form = this.forms.figures(PLAN);

		// then: 2.2, classes RC26-CS-01 and -02 ended (-03 starts 07/12), 13 turns
		// attended
		Plan plan = this.plans.get(PLAN);
		ProgrammeFigures grassroots = this.results.programmeFigures(PLAN)
			.stream()
			.filter((figures) -> figures.programme().equals("CS"))
			.findFirst()
			.orElseThrow();
		RowFigures cs = form.row(FormRow.GRASSROOTS_CLASSES);
		assertThat(cs.get(FormColumn.CLASSES_PLANNED)).isEqualTo(3);
		assertThat(cs.get(FormColumn.CLASSES_HELD)).isEqualTo(2);
		assertThat(cs.get(FormColumn.CLASSES_IN_PERSON)).isEqualTo(2);
		assertThat(cs.get(FormColumn.CLASSES_ONLINE)).isZero();
		assertThat(cs.get(FormColumn.TRAINEES_PLANNED)).isEqualTo(30);
		assertThat(cs.get(FormColumn.ATTENDED)).isEqualTo(13);
		assertThat(cs.get(FormColumn.WOMEN)).isEqualTo(4);
		// An (chair) listed by two wards in class 1 and again in class 2, Giang
		// vice-chair
		assertThat(cs.get(FormColumn.CHAIRS)).isEqualTo(4);
		assertThat(cs.get(FormColumn.FULL_TIME)).isZero();
		assertThat(cs.get(FormColumn.COMPLETED)).isEqualTo(11);
		assertThat(cs.get(FormColumn.PEOPLE)).isEqualTo(grassroots.distinctAttended()).isLessThan(13);
		assertThat(cs.get(FormColumn.ETHNIC_MINORITY)).isNull();
		assertThat(cs.get(FormColumn.ESTIMATE))
			.isEqualTo(plan.classesOf("CS").stream().mapToLong(TrainingClass::budgetTotal).sum());
		assertThat(cs.get(FormColumn.ESTIMATE_SETTLED)).isEqualTo(11_400_000 + 5_800_000);
		assertThat(cs.get(FormColumn.SETTLED)).isEqualTo(9_760_000 + 7_100_000);
		// 2.1: one course of 4 full-time cadres, not settled
		RowFigures ct = form.row(FormRow.FULLTIME_COURSES);
		assertThat(ct.values()).containsEntry(FormColumn.CLASSES_PLANNED, 1L)
			.containsEntry(FormColumn.CLASSES_HELD, 1L)
			.containsEntry(FormColumn.TRAINEES_PLANNED, 4L)
			.containsEntry(FormColumn.ATTENDED, 4L)
			.containsEntry(FormColumn.WOMEN, 2L)
			.containsEntry(FormColumn.FULL_TIME, 4L)
			.containsEntry(FormColumn.COMPLETED, 4L)
			.containsEntry(FormColumn.ESTIMATE_SETTLED, 0L)
			.containsEntry(FormColumn.SETTLED, 0L);
		// 1.1: one cadre sent, studying; enrolments record no gender
		RowFigures pg = form.row(FormRow.POSTGRADUATE);
		assertThat(pg.values()).containsEntry(FormColumn.TRAINEES_PLANNED, 1L)
			.containsEntry(FormColumn.ATTENDED, 1L)
			.containsEntry(FormColumn.FULL_TIME, 1L)
			.containsEntry(FormColumn.COMPLETED, 0L)
			.doesNotContainKeys(FormColumn.WOMEN, FormColumn.CLASSES_HELD);
		assertThat(form.row(FormRow.EXTERNAL).isEmpty()).isTrue();
		assertThat(form.row(FormRow.EXTERNAL).note()).isEqualTo(ProvinceFigures.NO_PROGRAMME);
		// sums: III = 1 + 2, TỔNG SỐ = I + II + III
		assertThat(form.get(FormRow.SKILLS, FormColumn.ATTENDED)).isEqualTo(17);
		assertThat(form.get(FormRow.TOTAL, FormColumn.ATTENDED)).isEqualTo(18);
		assertThat(form.get(FormRow.TOTAL, FormColumn.WOMEN)).isEqualTo(6);
		assertThat(form.asOf()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(form.unit()).isNull();
		assertThat(form.reportingBody()).isEqualTo("Liên đoàn Lao động tỉnh Thử Nghiệm");
	}

	@Test
	void theFormWrittenByTaphuanImportsBackWithTheSameFigures() {
		// given
		FormFigures form = this.forms.figures(PLAN);
		Path file = this.forms.writeXlsx(form, this.out.resolve(StatisticalForms.fileName(PLAN)));

		// when: "Thử Nghiệm" is no province, so the federation names the unit
		NationalFormOutcome outcome = this.imports.importFile(file, 2026, "hue");

		// then
		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
		assertThat(outcome.source()).isEqualTo("TAPHUAN");
		assertThat(outcome.formVersion()).isEqualTo(StatisticalForms.FORM_VERSION);
		assertThat(outcome.identifiedBy()).isEqualTo("FLAG");
		assertThat(outcome.asOf()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(outcome.issues()).noneMatch((issue) -> issue.severity() != NationalIssueCode.Severity.INFO);
		Map<FormRow, RowFigures> stored = this.store.figures(outcome.form());
		for (RowFigures row : form.rows()) {
			assertThat(stored.get(row.row()).values()).as(row.row().name()).isEqualTo(row.values());
		}
	}

	@Test
	void theFormWrittenIntoAStreamingWorkbookAfterOtherSheetsIsReadAsTheForm() throws Exception {
		// given: as the year-end report's workbook, written by SXSSF with inline strings
		FormFigures form = this.forms.figures(PLAN);
		Path file = this.out.resolve("bao-cao-nam-" + PLAN + ".xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false)) {
			Sheet programmes = workbook.createSheet("Kết quả theo chương trình");
			Row header = programmes.createRow(0);
			header.createCell(0).setCellValue("Chương trình");
			header.createCell(1).setCellValue("Lượt học viên tham dự");
			Row row = programmes.createRow(1);
			row.createCell(0).setCellValue("Bồi dưỡng cán bộ công đoàn cơ sở");
			row.createCell(1).setCellValue(999);
			Sheet sheet = this.forms.writeSheet(workbook, form);
			assertThat(sheet.getSheetName()).isEqualTo(StatisticalForms.SHEET_NAME);
			try (OutputStream stream = Files.newOutputStream(file)) {
				workbook.write(stream);
			}
		}

		// when
		NationalFormOutcome outcome = this.imports.importFile(file, 2026, "lai-chau");

		// then
		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
		assertThat(this.store.figures(outcome.form()).get(FormRow.TOTAL).get(FormColumn.ATTENDED)).isEqualTo(18);
		assertThat(this.store.figures(outcome.form()).get(FormRow.GRASSROOTS_CLASSES).get(FormColumn.SETTLED))
			.isEqualTo(16_860_000);
	}

	@Test
	void theFormAloneIsAWorkbookAndALandscapePdfWithTheNumberedColumnsAndFigures() {
		// when
		FormFiles files = this.forms.writeFormOnly(PLAN, this.out.resolve("form-only"));

		// then
		assertThat(files.xlsx()).isRegularFile().hasFileName("bieu-thong-ke-RC-2026.xlsx");
		PdfText pdf = PdfText.read(files.pdf());
		assertThat(pdf.pages()).hasSize(files.pages()).hasSize(1);
		assertThat(pdf.landscape()).containsOnly(true);
		assertThat(pdf.allFontsEmbedded()).isTrue();
		assertThat(pdf.fonts()).allMatch((font) -> font.contains("LiberationSerif"));
		assertThat(pdf.flat()).contains("BIỂU THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026")
			.contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM")
			.contains("Biểu số TK-ĐTBD")
			.contains("Phiên bản biểu: 1")
			.contains("(4) = (5) + (6)")
			.contains("(9) ≤ (8)")
			.contains("(16) ≤ (15)")
			.contains("TỔNG SỐ (I + II + III)")
			.contains("16.860.000")
			.contains("17.200.000")
			.contains("số liệu tính đến ngày 21/11/2026")
			.contains("NGƯỜI LẬP BIỂU")
			.contains("TM. BAN THƯỜNG VỤ")
			.doesNotContain("Nguyễn Văn Ký");
		assertThat(pdf.title()).isEqualTo("Biểu thống kê kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm 2026");
	}

	@Test
	void theFormAppendedToAWordDocumentIsARealTableWithTheFormsHeaderAndRows() throws Exception {
		// given: as the year-end report's DOCX appends its landscape appendix
		FormFigures form = this.forms.figures(PLAN);
		Path file = this.out.resolve("bao-cao-nam.docx");
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("BÁO CÁO");

			// when
			this.forms.appendToDocx(document, form);
			try (OutputStream stream = Files.newOutputStream(file)) {
				document.write(stream);
			}
		}

		// then
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			assertThat(document.getTables()).hasSize(1);
			XWPFTable table = document.getTables().get(0);
			// three header rows, units, numbering, six form rows
			assertThat(table.getRows()).hasSize(11);
			assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("Số lớp");
			assertThat(table.getRow(4).getCell(3).getText()).isEqualTo("(4) = (5) + (6)");
			assertThat(table.getRow(5).getCell(1).getText()).isEqualTo("TỔNG SỐ (I + II + III)");
			assertThat(table.getRow(10).getCell(16).getText()).isEqualTo("16.860.000");
			assertThat(table.getRow(10).getCell(7).getText()).isEqualTo("13");
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains("BIỂU THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026")
				.contains("số liệu tính đến ngày 21/11/2026")
				.contains("(12): danh sách học viên không ghi dân tộc");
		}
	}

	@Test
	void theYearEndAppendixIsALandscapeJasperDocument() {
		JasperPrint appendix = this.forms.appendix(this.forms.figures(PLAN));

		assertThat(appendix.getOrientation()).isEqualTo(OrientationEnum.LANDSCAPE);
		assertThat(appendix.getPageWidth()).isGreaterThan(appendix.getPageHeight());
		assertThat(appendix.getPages()).hasSize(1);
	}

	@Test
	void theBlankFormLocksItsLabelsChecksWhatIsTypedAndCarriesItsVersion() throws Exception {
		// when
		Path file = this.forms.writeBlank(2026, this.out.resolve(StatisticalForms.blankFileName(2026)));

		// then
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet form = workbook.getSheet(StatisticalForms.SHEET_NAME);
			assertThat(form.getProtect()).isTrue();
			assertThat(workbook.getSheetIndex(form)).isZero();
			Sheet metadata = workbook.getSheet(FormMetadata.SHEET_NAME);
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(metadata)))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(metadata.getRow(0).getCell(1).getStringCellValue()).isEqualTo(FormMetadata.TEMPLATE_ID);
			assertThat(metadata.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1");
			assertThat(metadata.getRow(2).getCell(1).getStringCellValue()).isEqualTo("BLANK");
			assertThat(metadata.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2026");
			Sheet units = workbook.getSheet(FormSheetWriter.UNITS_SHEET_NAME);
			assertThat(units.getLastRowNum() + 1).isEqualTo(43);
			assertThat(units.getRow(33).getCell(0).getStringCellValue()).isEqualTo("Liên đoàn Lao động tỉnh An Giang");
			List<? extends DataValidation> validations = form.getDataValidations();
			assertThat(validations).anySatisfy((validation) -> {
				assertThat(validation.getValidationConstraint().getValidationType())
					.isEqualTo(DataValidationConstraint.ValidationType.LIST);
				assertThat(validation.getValidationConstraint().getFormula1()).contains("Danh mục đơn vị");
			});
			assertThat(validations)
				.anySatisfy((validation) -> assertThat(validation.getValidationConstraint().getFormula1())
					.isEqualTo("AND(ISNUMBER(I13),I13>=0,I13=INT(I13),OR(ISBLANK($H13),I13<=$H13))"));
			// labels and formulas locked, figures of rows I, II, 1, 2 open
			Row total = form.getRow(FormSheetWriter.sheetRow(FormRow.TOTAL));
			assertThat(total.getCell(7).getCellFormula()).isEqualTo("IF(COUNT(H13,H14,H15)=0,\"\",SUM(H13,H14,H15))");
			assertThat(total.getCell(7).getCellStyle().getLocked()).isTrue();
			Row grassroots = form.getRow(FormSheetWriter.sheetRow(FormRow.GRASSROOTS_CLASSES));
			assertThat(grassroots.getCell(3).getCellFormula()).isEqualTo("IF(COUNT(E17,F17)=0,\"\",SUM(E17,F17))");
			assertThat(grassroots.getCell(7).getCellStyle().getLocked()).isFalse();
			assertThat(grassroots.getCell(1).getCellStyle().getLocked()).isTrue();
			assertThat(form.getRow(10).getCell(3).getStringCellValue()).isEqualTo("(4) = (5) + (6)");
			assertThat(form.getRow(9).getCell(16).getStringCellValue()).isEqualTo("Đồng");
		}
	}

	@Test
	void aBlankFormFilledInByHandIsImportedForTheUnitChosenInItsDropDown() throws Exception {
		// given: Nghệ An fills in rows 1 and 2 and chooses its name
		Path blank = this.forms.writeBlank(2026, this.out.resolve("blank-for-nghe-an.xlsx"));
		Path filled = this.out.resolve("bieu-nghe-an.xlsx");
		try (InputStream in = Files.newInputStream(blank); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet form = workbook.getSheet(StatisticalForms.SHEET_NAME);
			form.getRow(FormSheetWriter.INFO_ROW)
				.getCell(FormSheetWriter.UNIT_CELL_COLUMN)
				.setCellValue("Liên đoàn Lao động tỉnh Nghệ An");
			Row fullTime = form.getRow(FormSheetWriter.sheetRow(FormRow.FULLTIME_COURSES));
			set(fullTime, FormColumn.CLASSES_IN_PERSON, 3);
			set(fullTime, FormColumn.ATTENDED, 120);
			set(fullTime, FormColumn.WOMEN, 50);
			Row grassroots = form.getRow(FormSheetWriter.sheetRow(FormRow.GRASSROOTS_CLASSES));
			set(grassroots, FormColumn.CLASSES_IN_PERSON, 8);
			set(grassroots, FormColumn.CLASSES_ONLINE, 1);
			set(grassroots, FormColumn.ATTENDED, 900);
			set(grassroots, FormColumn.WOMEN, 410);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			evaluator.evaluateAll();
			try (OutputStream stream = Files.newOutputStream(filled)) {
				workbook.write(stream);
			}
		}

		// when
		NationalFormOutcome outcome = this.imports.importFile(filled, 2026, null);

		// then
		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
		assertThat(outcome.unit()).isEqualTo("nghe-an");
		assertThat(outcome.identifiedBy()).isEqualTo("TITLE");
		assertThat(outcome.source()).isEqualTo("BLANK_FORM");
		Map<FormRow, RowFigures> stored = this.store.figures(outcome.form());
		assertThat(stored.get(FormRow.TOTAL).values()).containsEntry(FormColumn.CLASSES_HELD, 12L)
			.containsEntry(FormColumn.ATTENDED, 1020L)
			.containsEntry(FormColumn.WOMEN, 460L);
		assertThat(stored.get(FormRow.FULLTIME_COURSES).values()).containsEntry(FormColumn.CLASSES_ONLINE, 0L);
	}

	private static void set(Row row, FormColumn column, long value) {
		row.getCell(FormSheetWriter.sheetColumn(column)).setCellValue(value);
	}

}
