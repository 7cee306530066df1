package vn.congdoan.taphuan.intake;

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

import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.Spreadsheet;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@TaphuanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AttendanceImportIntegrationTests {

	@Autowired
	AttendanceImports imports;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@BeforeEach
	void loadPlan() {
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
	}

	private static Spreadsheet longXuyen() {
		return longXuyen(List.of());
	}

	/**
	 * Long Xuyên's list for AG26-CS-01 with five lines, and {@code extra} lines before
	 * the totals line.
	 */
	private static Spreadsheet longXuyen(List<Object[]> extra) {
		Spreadsheet sheet = Spreadsheet.create()
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG")
			.row("CÔNG ĐOÀN PHƯỜNG LONG XUYÊN")
			.blankRow()
			.row("DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN NGHIỆP VỤ CÔNG TÁC CÔNG ĐOÀN")
			.row("Lớp 1, từ ngày 16/3 đến 18/3/2026")
			.row("STT", "Họ và tên", "Năm sinh", null, "Chức vụ", "Đơn vị", "SĐT", "Điểm danh", null, null, "Ghi chú")
			.row(null, null, "Nam", "Nữ", null, null, null, "16/3", "17/3", "18/3")
			.row(1, "NGUYỄN  VĂN AN", 1980, null, "Chủ tịch CĐCS", "Công ty TNHH May Việt Tiến", 912345678, "x", "x",
					"x")
			.row(2, "trần thị bình", null, 1985, "Tổ phó", null, "0987654321", "x", "P", "x")
			.row(3, "Lê Văn Cường", 1979, null, "UVBCH", "Công ty CP Thủy sản", "0901234567", "x", "K", "")
			.row(4, null, 1990, null, "Tổ trưởng", "Công ty X", null, "x", "x", "x")
			.row(5, "Trần Thị Bình", null, 1985, "Tổ phó", "Công ty TNHH May Việt Tiến", "0987654321", "x", "x", "x");
		extra.forEach(sheet::row);
		return sheet.row("Tổng cộng: 5 người")
			.blankRow()
			.row(null, "Người lập biểu", null, null, null, "TM. BAN CHẤP HÀNH")
			.row(null, "Phạm Văn Dũng")
			.merge("C6:D6")
			.merge("H6:J6")
			.merge("F8:F9");
	}

	@Test
	void importsAWardFileWithoutFlagsAndCountsItsRows() throws Exception {
		Path file = longXuyen().writeXlsx(this.temp.resolve("long-xuyen-lop1.xlsx"));

		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(outcome.classCode()).isEqualTo("AG26-CS-01");
		assertThat(outcome.ward()).isEqualTo("long-xuyen");
		assertThat(outcome.rowsRead()).isEqualTo(5);
		assertThat(outcome.rowsAccepted()).isEqualTo(3);
		assertThat(outcome.rowsRejected()).isEqualTo(2);
		assertThat(outcome.issues()).extracting(ImportIssue::code)
			.contains(IssueCode.NAME_MISSING, IssueCode.DUPLICATE_ROW);
		ImportIssue duplicate = outcome.issues()
			.stream()
			.filter((issue) -> issue.code() == IssueCode.DUPLICATE_ROW)
			.findFirst()
			.orElseThrow();
		assertThat(duplicate.row()).isEqualTo(12);
		assertThat(duplicate.message()).contains("dòng 9");
		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT full_name, birth_year, gender, position_code, unit_name, phone, marks, days_present
				FROM trainee_row WHERE submission_id = ? AND accepted ORDER BY seq
				""").param(outcome.submission()).query().listOfRows();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsEntry("full_name", "Nguyễn Văn An")
			.containsEntry("birth_year", 1980)
			.containsEntry("gender", "M")
			.containsEntry("position_code", "CHU_TICH")
			.containsEntry("phone", "0912345678")
			.containsEntry("marks", "PPP")
			.containsEntry("days_present", 3);
		assertThat(rows.get(1)).containsEntry("full_name", "Trần Thị Bình")
			.containsEntry("gender", "F")
			.containsEntry("position_code", "TO_PHO")
			.containsEntry("unit_name", "Công ty TNHH May Việt Tiến")
			.containsEntry("marks", "PEP");
		assertThat(rows.get(2)).containsEntry("position_code", "UV_BCH").containsEntry("marks", "PAA");
	}

	@Test
	void theSameBytesAgainAreUnchangedAndANewFileReplacesTheOldOne() throws Exception {
		Path first = longXuyen().writeXlsx(this.temp.resolve("a.xlsx"));
		Path second = longXuyen(List
			.<Object[]>of(new Object[] { 6, "Võ Thị Em", null, 1992, "Tổ phó", "Công ty Y", null, "x", "x", "x" }))
			.writeXlsx(this.temp.resolve("b.xlsx"));
		ImportRequest request = ImportRequest.of(null, "AG26-CS-01", "long-xuyen");

		FileOutcome imported = this.imports.importFile(first, request);
		FileOutcome again = this.imports.importFile(first, request);
		FileOutcome replacement = this.imports.importFile(second, request);

		assertThat(again.status()).isEqualTo(FileOutcome.Status.UNCHANGED);
		assertThat(again.submission()).isEqualTo(imported.submission());
		assertThat(replacement.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(replacement.replaces()).isEqualTo("a.xlsx");
		assertThat(this.jdbc
			.sql("""
					SELECT COUNT(*) FROM trainee_row t JOIN submission s ON s.id = t.submission_id
					WHERE s.class_code = 'AG26-CS-01' AND s.unit_code = 'long-xuyen' AND s.status = 'IMPORTED' AND t.accepted
					""")
			.query(Integer.class)
			.single()).isEqualTo(4);
		assertThat(Files.exists(this.imports.archivePath(imported.sha256()))).isTrue();
	}

	@Test
	void theFileGivenLastStaysCurrentWhenImportsRunSideBySide() throws Exception {
		// a large first file finishes after the small second one
		List<Object[]> many = new java.util.ArrayList<>();
		for (int i = 6; i < 400; i++) {
			many.add(new Object[] { i, "Nguyễn Văn Số " + i, 1970 + i % 30, null, "Tổ trưởng", "Công ty Z", null, "x",
					"x", "x" });
		}
		Path slowEarlier = longXuyen(many).writeXlsx(this.temp.resolve("ban-cu.xlsx"));
		Path quickLater = longXuyen().writeXlsx(this.temp.resolve("ban-moi.xlsx"));
		ImportRequest request = ImportRequest.of(null, "AG26-CS-01", "long-xuyen");

		ImportSummary summary = this.imports.importFiles(List.of(slowEarlier, quickLater), request, (outcome) -> {
		});

		assertThat(summary.files()).extracting(FileOutcome::path)
			.containsExactly(slowEarlier.toString(), quickLater.toString());
		assertThat(this.jdbc.sql("""
				SELECT original_name FROM submission
				WHERE class_code = 'AG26-CS-01' AND unit_code = 'long-xuyen' AND status = 'IMPORTED'
				""").query(String.class).list()).containsExactly("ban-moi.xlsx");
		assertThat(this.jdbc.sql("SELECT status FROM submission WHERE original_name = 'ban-cu.xlsx'")
			.query(String.class)
			.single()).isEqualTo("REPLACED");
	}

	@Test
	void rejectsAWorkbookWithoutAHeaderAndStoresNothingOfIt() throws Exception {
		Path file = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG CHÂU ĐỐC")
			.row("Nội dung", "Số tiền")
			.row("Tài liệu", 1000000)
			.writeXlsx(this.temp.resolve("chau-doc.xlsx"));

		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		assertThat(outcome.status()).isEqualTo(FileOutcome.Status.REJECTED);
		assertThat(outcome.issues()).extracting(ImportIssue::code).containsExactly(IssueCode.NO_HEADER);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM trainee_row WHERE submission_id = ?")
			.param(outcome.submission())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void rejectsAFileItCannotAssignSayingWhichFlagToPass() throws Exception {
		Path file = Spreadsheet.create()
			.row("DANH SÁCH HỌC VIÊN")
			.row("STT", "Họ và tên", "Năm sinh")
			.row(1, "Nguyễn Văn An", 1980)
			.writeXlsx(this.temp.resolve("danh-sach.xlsx"));

		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		assertThat(outcome.status()).isEqualTo(FileOutcome.Status.REJECTED);
		assertThat(outcome.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo(IssueCode.FILE_UNASSIGNED);
			assertThat(issue.message()).contains("--class").contains("--ward").contains("AG26-CS-01");
		});
	}

	@Test
	void readsDatesOfBirthAndLegacyXlsFiles() throws Exception {
		Path file = Spreadsheet.create()
			.row("CÔNG ĐOÀN ĐẶC KHU PHÚ QUỐC")
			.row("Lớp AG26-CS-02")
			.row("TT", "Họ tên", "Ngày sinh", "Giới tính", "Chức vụ CĐ", "Ngày 1", "Ngày 2")
			.row(1, "Phan Thanh Hải", LocalDate.of(1975, 4, 30), "Nam", "Chủ tịch", "x", "x")
			.row(2, "Đỗ Thị Hằng", "12/05/1988", "Nữ", "Phó CT", "x", "v")
			.writeXls(this.temp.resolve("phu-quoc.xls"));

		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, null, null));

		assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(outcome.classCode()).isEqualTo("AG26-CS-02");
		assertThat(outcome.ward()).isEqualTo("phu-quoc");
		assertThat(this.jdbc.sql("SELECT birth_year FROM trainee_row WHERE submission_id = ? ORDER BY seq")
			.param(outcome.submission())
			.query(Integer.class)
			.list()).containsExactly(1975, 1988);
	}

}
