package vn.congdoan.taphuan.budget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.ReceivedFiles;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileDataset;
import vn.congdoan.taphuan.testing.Spreadsheet;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@TaphuanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SettlementImportIntegrationTests {

	@Autowired
	SettlementImports imports;

	@Autowired
	SettlementTemplates templates;

	@Autowired
	ReceivedFiles receivedFiles;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@BeforeEach
	void loadPlan() {
		this.plans.load(ReconcileDataset.PLAN);
	}

	@Test
	void importsAFinanceWorkbookFoundByTheClassCodeInItsTitle() throws Exception {
		Path file = ReconcileDataset.settlementFiles(this.temp).get(0);

		SettlementOutcome outcome = this.imports.importFile(file, null);

		assertThat(outcome.status()).isEqualTo(SettlementOutcome.Status.IMPORTED);
		assertThat(outcome.plan()).isEqualTo("RC-2026");
		assertThat(outcome.classCode()).isEqualTo("RC26-CS-01");
		assertThat(outcome.linesRead()).isEqualTo(6);
		assertThat(outcome.linesAccepted()).isEqualTo(6);
		assertThat(outcome.linesRejected()).isZero();
		assertThat(outcome.total()).isEqualTo(9_760_000);
		assertThat(outcome.issues()).isEmpty();
		assertThat(outcome.hasRejections()).isFalse();
		assertThat(this.jdbc.sql("SELECT assigned_by FROM settlement WHERE id = ?")
			.param(outcome.settlement())
			.query(String.class)
			.single()).isEqualTo("TITLE");
		List<Map<String, Object>> lines = this.jdbc.sql("""
				SELECT row_no, category, unit_label, norm_unit, quantity, unit_price, amount, day_no, day_date
				FROM settlement_line WHERE settlement_id = ? ORDER BY seq
				""").param(outcome.settlement()).query().listOfRows();
		assertThat(lines)
			.extracting((line) -> line.get("row_no"), (line) -> line.get("category"), (line) -> line.get("norm_unit"),
					(line) -> ((Number) line.get("unit_price")).longValue(),
					(line) -> ((Number) line.get("amount")).longValue(), (line) -> line.get("day_no"))
			.containsExactly(tuple(6, "LECTURER_FEE", "buổi", 1_000_000L, 6_000_000L, null),
					tuple(7, "DOCUMENTS", "bộ", 55_000L, 550_000L, null),
					tuple(8, "MEALS", "người/ngày", 150_000L, 900_000L, 1),
					tuple(9, "MEALS", "người/ngày", 150_000L, 1_050_000L, 2),
					tuple(10, "MEALS", "người/ngày", 150_000L, 900_000L, 3),
					tuple(11, "WATER", "người/ngày", 20_000L, 360_000L, null));
		assertThat(Files.exists(this.receivedFiles.path(outcome.sha256()))).isTrue();
	}

	@Test
	void rejectsBadLinesWithTheirCodesAndUsesTheRest() throws Exception {
		Path file = Spreadsheet.create()
			.row("QUYẾT TOÁN LỚP RC26-CS-01")
			.row("STT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền", "Ngày", "Ghi chú")
			.row(1, "Thù lao báo cáo viên", "buổi", 6, 1000000, 6000000)
			.row(2, "Tiếp khách", "bữa", 2, 500000, 1000000)
			.row(3, "Tài liệu học viên", "bộ", 10, 30000, "-300.000")
			.row(4, "Nước uống", "người/ngày", "mười", 20000, 200000)
			.row(5, "Hỗ trợ tiền ăn học viên", "người/ngày", 6, 150000, 950000, "16/03/2026")
			.row(6, "Hỗ trợ tiền ăn học viên", "người/ngày", 6, 150000, 900000, "20/03/2026")
			.writeXlsx(this.temp.resolve("quyet-toan-loi.xlsx"));

		SettlementOutcome outcome = this.imports.importFile(file, null);

		assertThat(outcome.status()).isEqualTo(SettlementOutcome.Status.IMPORTED);
		assertThat(outcome.linesRead()).isEqualTo(6);
		assertThat(outcome.linesAccepted()).isEqualTo(1);
		assertThat(outcome.linesRejected()).isEqualTo(5);
		assertThat(outcome.total()).isEqualTo(6_000_000);
		assertThat(outcome.hasRejections()).isTrue();
		assertThat(outcome.issues())
			.extracting(SettlementIssue::row, SettlementIssue::column, SettlementIssue::code, SettlementIssue::severity,
					SettlementIssue::value)
			.containsExactly(tuple(4, "B", "CATEGORY_UNKNOWN", IssueCode.Severity.ERROR, "Tiếp khách"),
					tuple(5, "F", "AMOUNT_INVALID", IssueCode.Severity.ERROR, "-300.000"),
					tuple(6, "D", "AMOUNT_INVALID", IssueCode.Severity.ERROR, "mười"),
					tuple(7, "F", "AMOUNT_MISMATCH", IssueCode.Severity.ERROR, "950000"),
					tuple(8, "G", "DAY_INVALID", IssueCode.Severity.ERROR, "20/03/2026"));
		assertThat(outcome.issues().get(3).message())
			.isEqualTo("Thành tiền 950.000 đ khác Số lượng × Đơn giá = 6 × 150.000 đ = 900.000 đ. Sửa cho khớp.");
		assertThat(outcome.issues()).allSatisfy((issue) -> assertThat(issue.sheet()).isEqualTo("Sheet1"));
		assertThat(this.jdbc.sql("SELECT raw_cells FROM settlement_line WHERE settlement_id = ? AND row_no = 4")
			.param(outcome.settlement())
			.query(String.class)
			.single()).isEqualTo("A=2 | B=Tiếp khách | C=bữa | D=2 | E=500000 | F=1000000");
	}

	@Test
	void rejectsASettlementForAClassThatHasNotHappenedYet() throws Exception {
		Path file = ReconcileDataset.settlementFiles(this.temp).get(1);

		SettlementOutcome outcome = this.imports.importFile(file, "RC26-CS-03");

		assertThat(outcome.status()).isEqualTo(SettlementOutcome.Status.REJECTED);
		assertThat(outcome.classCode()).isEqualTo("RC26-CS-03");
		assertThat(outcome.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("CLASS_NOT_HELD");
			assertThat(issue.row()).isNull();
			assertThat(issue.message()).contains("07/12/2026");
		});
		assertThat(outcome.linesRead()).isZero();
	}

	@Test
	void theSameBytesAreUnchangedAndANewFileReplacesTheEarlierSettlement() throws Exception {
		Path first = ReconcileDataset.settlementFiles(this.temp).get(0);
		Path second = Spreadsheet.create()
			.row("Mã lớp: RC26-CS-01")
			.row("Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền")
			.row("Thù lao báo cáo viên", "buổi", 6, 1000000, 6000000)
			.writeCsv(this.temp.resolve("quyet-toan-moi.csv"));

		SettlementOutcome imported = this.imports.importFile(first, null);
		SettlementOutcome again = this.imports.importFile(first, "RC26-CS-01");
		SettlementOutcome replacement = this.imports.importFile(second, null);

		assertThat(again.status()).isEqualTo(SettlementOutcome.Status.UNCHANGED);
		assertThat(again.settlement()).isEqualTo(imported.settlement());
		assertThat(again.total()).isEqualTo(9_760_000);
		assertThat(replacement.status()).isEqualTo(SettlementOutcome.Status.IMPORTED);
		assertThat(replacement.replaces()).isEqualTo("quyet-toan-lop-1.xlsx");
		assertThat(this.jdbc.sql("SELECT id, status FROM settlement WHERE class_code = 'RC26-CS-01' ORDER BY id")
			.query()
			.listOfRows()).extracting((row) -> row.get("status")).containsExactly("REPLACED", "IMPORTED");
	}

	@Test
	void aFileWithNothingUsableIsRejectedAndTheEarlierSettlementStays() throws Exception {
		SettlementOutcome imported = this.imports.importFile(ReconcileDataset.settlementFiles(this.temp).get(0), null);
		Path bad = Spreadsheet.create()
			.row("STT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền")
			.row(1, "Quà tặng", "phần", 10, 100000, 1000000)
			.row(2, "Tài liệu", "bộ", -10, 30000, 300000)
			.writeXlsx(this.temp.resolve("RC26-CS-01-sai.xlsx"));

		SettlementOutcome outcome = this.imports.importFile(bad, null);

		assertThat(outcome.status()).isEqualTo(SettlementOutcome.Status.REJECTED);
		assertThat(outcome.linesRead()).isEqualTo(2);
		assertThat(outcome.linesRejected()).isEqualTo(2);
		assertThat(outcome.issues()).extracting(SettlementIssue::code)
			.containsExactly("NO_ROWS", "CATEGORY_UNKNOWN", "AMOUNT_INVALID");
		assertThat(this.jdbc.sql("SELECT id FROM settlement WHERE class_code = 'RC26-CS-01' AND status = 'IMPORTED'")
			.query(Long.class)
			.single()).isEqualTo(imported.settlement());
	}

	@Test
	void rejectsFilesThatCannotBeUsedWithTheirCodes() throws Exception {
		Path notSpreadsheet = Files.writeString(this.temp.resolve("RC26-CS-01.xlsx"), "not a workbook");
		Path noHeader = Spreadsheet.create()
			.row("RC26-CS-01")
			.row("Khoản", "Tiền")
			.row("Tài liệu", 300000)
			.writeXlsx(this.temp.resolve("khong-tieu-de.xlsx"));
		Path noClass = Spreadsheet.create()
			.row("Nội dung chi", "Số lượng", "Đơn giá", "Thành tiền")
			.row("Tài liệu", 10, 30000, 300000)
			.writeXlsx(this.temp.resolve("quyet-toan.xlsx"));
		Path twoClasses = Spreadsheet.create()
			.row("Quyết toán lớp RC26-CS-01 và RC26-CS-02")
			.row("Nội dung chi", "Số lượng", "Đơn giá", "Thành tiền")
			.row("Tài liệu", 10, 30000, 300000)
			.writeXlsx(this.temp.resolve("hai-lop.xlsx"));
		Path unknownClass = Spreadsheet.create()
			.row("Nội dung chi", "Số lượng", "Đơn giá", "Thành tiền")
			.row("Tài liệu", 10, 30000, 300000)
			.sheet("taphuan-meta")
			.veryHidden()
			.row("template", "taphuan-settlement")
			.row("class", "XX26-CS-09")
			.writeXlsx(this.temp.resolve("mau.xlsx"));

		assertThat(List.of(notSpreadsheet, noHeader, noClass, twoClasses, unknownClass)).map((file) -> {
			SettlementOutcome outcome = this.imports.importFile(file, null);
			assertThat(outcome.status()).isEqualTo(SettlementOutcome.Status.REJECTED);
			return outcome.issues().get(0).code();
		}).containsExactly("FILE_UNREADABLE", "NO_HEADER", "FILE_UNASSIGNED", "FILE_UNASSIGNED", "UNKNOWN_CLASS");
		assertThat(this.imports.importFile(noClass, null).issues().get(0).message()).contains("--class")
			.contains("RC26-CS-01");
	}

	@Test
	void anUnknownClassOnTheCommandLineIsAUsageError() {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> this.imports.validate("XX-1"))
			.withMessageContaining("RC26-CS-01");
	}

	@Test
	void theBlankTemplateComesBackAssignedByItsMetadata() throws Exception {
		Path template = this.temp.resolve("quyet-toan.xlsx");
		this.templates.write("RC26-CS-02", template);
		SettlementTemplateFiller.fill(template, Map.of(0, new Object[] { 4, 1_000_000 }, 1, new Object[] { 6, 150_000 },
				2, new Object[] { 6, 150_000 }));

		SettlementOutcome outcome = this.imports.importFile(template, null);

		assertThat(outcome.status()).isEqualTo(SettlementOutcome.Status.IMPORTED);
		assertThat(outcome.classCode()).isEqualTo("RC26-CS-02");
		assertThat(outcome.linesAccepted()).isEqualTo(3);
		assertThat(outcome.linesRejected()).isZero();
		assertThat(outcome.total()).isEqualTo(5_800_000);
		assertThat(this.jdbc.sql("SELECT assigned_by FROM settlement WHERE id = ?")
			.param(outcome.settlement())
			.query(String.class)
			.single()).isEqualTo("METADATA");
		assertThat(this.jdbc.sql("SELECT day_date FROM settlement_line WHERE settlement_id = ? ORDER BY seq")
			.param(outcome.settlement())
			.query(LocalDate.class)
			.list()).containsExactly(null, LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 23));
	}

}
