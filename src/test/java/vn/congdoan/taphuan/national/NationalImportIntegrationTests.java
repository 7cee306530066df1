package vn.congdoan.taphuan.national;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.intake.LegacyEncoding;
import vn.congdoan.taphuan.intake.LegacyVietnamese;
import vn.congdoan.taphuan.intake.ReceivedFiles;
import vn.congdoan.taphuan.testing.Spreadsheet;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code national import} on real workbooks: the sample folder (every layout), and a
 * hand-made form broken one way at a time. The tests share a database: each uses units
 * the others leave alone.
 */
@TaphuanIntegrationTest
class NationalImportIntegrationTests {

	private static final String DIEN_BIEN = "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN";

	@Autowired
	NationalImports imports;

	@Autowired
	NationalStore store;

	@Autowired
	ReceivedFiles receivedFiles;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@Test
	void everySampleFormIsReadWithTheFiguresItWasWrittenWithAndTheOneThatDoesNotAddUpIsRefused() throws Exception {
		// given
		List<Path> files = this.imports.collect(List.of(NationalSamples.FOLDER));

		// when
		NationalImportSummary summary = this.imports.importFiles(files, 2026, null, (outcome) -> {
		});

		// then
		assertThat(summary.totals().files()).isEqualTo(31);
		assertThat(summary.totals().imported()).isEqualTo(30);
		assertThat(summary.totals().rejected()).isEqualTo(1);
		for (NationalSamples.Sample sample : NationalSamples.samples()) {
			NationalFormOutcome outcome = summary.files()
				.stream()
				.filter((file) -> file.path().endsWith(sample.fileName()))
				.findFirst()
				.orElseThrow();
			assertThat(outcome.unit()).as(sample.fileName()).isEqualTo(sample.unit().code());
			assertThat(outcome.year()).isEqualTo(2026);
			if (sample.unit().code().equals(NationalSamples.WRONG_TOTAL)) {
				continue;
			}
			assertThat(outcome.status()).as(sample.fileName()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
			Map<FormRow, RowFigures> stored = this.store.figures(outcome.form());
			for (FormRow row : FormRow.leaves()) {
				Map<FormColumn, Long> read = stored.get(row).values();
				// every figure read is the one written; layouts without a column leave it
				// blank (and the sums then add what was given)
				read.forEach((column, value) -> assertThat(value).as(sample.fileName() + " " + row + " " + column)
					.isEqualTo(sample.figures().get(row, column)));
			}
			assertThat(stored.get(FormRow.TOTAL).get(FormColumn.ATTENDED))
				.isEqualTo(sample.figures().get(FormRow.TOTAL, FormColumn.ATTENDED));
		}
		NationalFormOutcome wrong = summary.files()
			.stream()
			.filter((file) -> file.unit().equals(NationalSamples.WRONG_TOTAL))
			.findFirst()
			.orElseThrow();
		assertThat(wrong.status()).isEqualTo(NationalFormOutcome.Status.REJECTED);
		assertThat(wrong.issues()).filteredOn((issue) -> issue.severity() == NationalIssueCode.Severity.ERROR)
			.extracting(NationalIssue::code, NationalIssue::sheet, NationalIssue::row, NationalIssue::column)
			.containsExactly(tuple(NationalIssueCode.TOTAL_MISMATCH, "Bao cao", 13, "D"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM national_form_row WHERE form_id = ?")
			.param(wrong.form())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theSameBytesAgainAreUnchangedAndALaterFormReplacesTheEarlierOneNamingIt() throws Exception {
		// given
		Path first = handSpreadsheet(DIEN_BIEN, 900, 410, 9, 8, 1).writeXlsx(this.temp.resolve("dien-bien-lan-1.xlsx"));
		Path second = handSpreadsheet(DIEN_BIEN, 950, 430, 9, 8, 1)
			.writeXlsx(this.temp.resolve("dien-bien-lan-2.xlsx"));
		NationalFormOutcome imported = this.imports.importFile(first, 2026, null);

		// when
		NationalFormOutcome again = this.imports.importFile(first, 2026, null);
		NationalFormOutcome replacing = this.imports.importFile(second, 2026, null);

		// then
		assertThat(imported.status()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
		assertThat(imported.unit()).isEqualTo("dien-bien");
		assertThat(imported.source()).isEqualTo("OTHER");
		assertThat(again.status()).isEqualTo(NationalFormOutcome.Status.UNCHANGED);
		assertThat(again.form()).isEqualTo(imported.form());
		assertThat(replacing.status()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
		assertThat(replacing.replaces()).isEqualTo("dien-bien-lan-1.xlsx");
		assertThat(this.jdbc.sql("SELECT status FROM national_form WHERE id = ?")
			.param(imported.form())
			.query(String.class)
			.single()).isEqualTo("REPLACED");
		assertThat(this.jdbc.sql(
				"SELECT COUNT(*) FROM national_form WHERE unit_code = 'dien-bien' AND report_year = 2026 AND status = 'IMPORTED'")
			.query(Integer.class)
			.single()).isOne();
		assertThat(this.store.figures(replacing.form()).get(FormRow.TOTAL).get(FormColumn.ATTENDED)).isEqualTo(1070);
		assertThat(this.receivedFiles.path(replacing.sha256())).isRegularFile();
	}

	@Test
	void aNegativeCountIsRefusedWithItsCell() throws Exception {
		Path file = handForm(this.temp.resolve("am.xlsx"), 900, -5, 9, 8, 1);

		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		assertRefused(outcome, NationalIssueCode.NEGATIVE_VALUE, 6, "G");
		assertThat(outcome.issues().get(0).message()).contains("G6").contains("(9) Nữ").contains("-5");
	}

	@Test
	void moreWomenThanTraineesIsRefusedWithItsCell() throws Exception {
		Path file = handForm(this.temp.resolve("nu.xlsx"), 900, 950, 9, 8, 1);

		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		assertRefused(outcome, NationalIssueCode.PART_EXCEEDS_WHOLE, 6, "G");
		assertThat(outcome.issues().get(0).message()).contains("(9) Nữ = 950")
			.contains("lớn hơn cột (8) Lượt học viên tham dự = 900");
	}

	@Test
	void aColumnThatDoesNotAddUpIsRefusedWithItsCell() throws Exception {
		// (4) = 10 but (5) + (6) = 8 + 1
		Path file = handForm(this.temp.resolve("lop.xlsx"), 900, 410, 10, 8, 1);

		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		assertRefused(outcome, NationalIssueCode.ARITHMETIC_MISMATCH, 6, "C");
		assertThat(outcome.issues().get(0).message()).contains("ghi 10 nhưng (5) + (6) = 8 + 1 = 9");
	}

	@Test
	void aTotalThatIsNotTheSumOfItsRowsIsRefusedWithItsCell() throws Exception {
		Path file = Spreadsheet.create()
			.sheet("Bieu")
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN")
			.row("BÁO CÁO SỐ LIỆU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026")
			.blankRow()
			.row("TT", "Nội dung", "Số lớp đã tổ chức", "Lượt học viên tham dự", "Trong đó nữ")
			.row("1", "Bồi dưỡng cán bộ công đoàn chuyên trách", 3, 120, 50)
			.row("2", "Bồi dưỡng cán bộ công đoàn cơ sở", 9, 900, 410)
			.row(null, "Tổng cộng", 12, 1002, 460)
			.writeXlsx(this.temp.resolve("tong.xlsx"));

		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		assertRefused(outcome, NationalIssueCode.TOTAL_MISMATCH, 7, "D");
		assertThat(outcome.issues().get(0).message()).contains("ghi 1.002").contains("= 1.020");
	}

	@Test
	void aFormOfAnotherYearIsRefused() throws Exception {
		Path file = handForm(this.temp.resolve("2025.xlsx"), 900, 410, 9, 8, 1);

		NationalFormOutcome outcome = this.imports.importFile(file, 2027, null);

		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.REJECTED);
		assertThat(outcome.issues()).extracting(NationalIssue::code).contains(NationalIssueCode.YEAR_MISMATCH);
		assertThat(outcome.year()).isEqualTo(2026);
	}

	@Test
	void textWhereAFigureBelongsIsRefusedWithItsCell() throws Exception {
		Path file = Spreadsheet.create()
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN")
			.row("BÁO CÁO SỐ LIỆU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026")
			.row("TT", "Nội dung", "Số lớp đã tổ chức", "Lượt học viên tham dự")
			.row("1", "Bồi dưỡng cán bộ công đoàn cơ sở", 9, "chín trăm")
			.writeXlsx(this.temp.resolve("chu.xlsx"));

		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		assertRefused(outcome, NationalIssueCode.NOT_A_NUMBER, 4, "D");
	}

	@Test
	void aFormWithAListOfPeopleIsRefusedAndNothingOfItIsStored() throws Exception {
		// given: the figures, and on a second (hidden) sheet the trainees they count
		Path file = Spreadsheet.create()
			.sheet("Bieu")
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN")
			.row("BÁO CÁO SỐ LIỆU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026")
			.row("TT", "Nội dung", "Số lớp đã tổ chức", "Lượt học viên tham dự")
			.row("1", "Bồi dưỡng cán bộ công đoàn cơ sở", 9, 900)
			.sheet("DS")
			.veryHidden()
			.row("STT", "Họ và tên", "Năm sinh", "Số điện thoại")
			.row(1, "Nguyễn Văn An", 1980, "0912345678")
			.writeXlsx(this.temp.resolve("kem-danh-sach.xlsx"));

		// when
		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		// then
		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.REJECTED);
		assertThat(outcome.issues()).extracting(NationalIssue::code).first().isEqualTo(NationalIssueCode.PERSONAL_DATA);
		assertThat(outcome.issues()).anySatisfy((issue) -> {
			assertThat(issue.sheet()).isEqualTo("DS");
			assertThat(issue.row()).isEqualTo(1);
			assertThat(issue.message()).contains("\"Họ và tên\"").contains("\"Số điện thoại\"");
		});
		assertThat(outcome.issues().get(0).message()).contains("không kèm danh sách họ tên");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM national_form_row WHERE form_id = ?")
			.param(outcome.form())
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM national_form_issue WHERE raw_value LIKE '%0912%'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aFormThatNamesNoUnitIsRefusedUnlessTheUnitIsGivenAndAGivenUnitMustAgreeWithTheForm() throws Exception {
		// given
		Path anonymous = Spreadsheet.create()
			.row("BÁO CÁO SỐ LIỆU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026")
			.row("TT", "Nội dung", "Số lớp đã tổ chức", "Lượt học viên tham dự")
			.row("1", "Bồi dưỡng cán bộ công đoàn cơ sở", 9, 900)
			.writeXlsx(this.temp.resolve("bieu.xlsx"));
		Path ngheAn = handForm(this.temp.resolve("nghe-an.xlsx"), 900, 410, 9, 8, 1);

		// when
		NationalFormOutcome unknown = this.imports.importFile(anonymous, 2026, null);
		NationalFormOutcome given = this.imports.importFile(anonymous, 2026, "ha-tinh");
		NationalFormOutcome contradicted = this.imports.importFile(ngheAn, 2026, "ha-tinh");

		// then
		assertThat(unknown.status()).isEqualTo(NationalFormOutcome.Status.REJECTED);
		assertThat(unknown.issues()).filteredOn((issue) -> issue.severity() == NationalIssueCode.Severity.ERROR)
			.extracting(NationalIssue::code)
			.containsExactly(NationalIssueCode.UNIT_UNKNOWN);
		assertThat(given.status()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
		assertThat(given.unit()).isEqualTo("ha-tinh");
		assertThat(given.identifiedBy()).isEqualTo("FLAG");
		assertThat(contradicted.status()).isEqualTo(NationalFormOutcome.Status.REJECTED);
		assertThat(contradicted.issues()).extracting(NationalIssue::code).contains(NationalIssueCode.UNIT_MISMATCH);
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> this.imports.validate(2026, "ha-tay"))
			.withMessageContaining("ha-tay")
			.withMessageContaining("nghe-an");
	}

	@Test
	void aFileThatIsNoSpreadsheetIsRefused() throws Exception {
		Path file = Files.writeString(this.temp.resolve("bieu.xlsx"), "%PDF-1.4 not a workbook");

		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.REJECTED);
		assertThat(outcome.issues()).extracting(NationalIssue::code).containsExactly(NationalIssueCode.FILE_UNREADABLE);
	}

	@Test
	void anXlsFormTypedByHandImports() throws Exception {
		Path file = handSpreadsheet(900, 410, 9, 8, 1).writeXls(this.temp.resolve("nghe-an.xls"));

		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
		assertThat(this.store.figures(outcome.form()).get(FormRow.GRASSROOTS_CLASSES).values())
			.containsEntry(FormColumn.CLASSES_HELD, 9L)
			.containsEntry(FormColumn.CLASSES_ONLINE, 1L)
			.containsEntry(FormColumn.WOMEN, 410L);
	}

	@Test
	void aFormTypedInTcvn3IsReadAsUnicode() throws Exception {
		// given: an office still typing in .VnTime
		Path file = Spreadsheet.create()
			.row(tcvn3("LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN"))
			.row(tcvn3("BÁO CÁO SỐ LIỆU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026"))
			.blankRow()
			.row(tcvn3("TT"), tcvn3("Nội dung"), tcvn3("Số lớp đã tổ chức"), tcvn3("Lượt học viên tham dự"),
					tcvn3("Trong đó nữ"))
			.row("1", tcvn3("Bồi dưỡng cán bộ công đoàn chuyên trách"), 2, 60, 25)
			.row("2", tcvn3("Bồi dưỡng cán bộ công đoàn cơ sở"), 5, 410, 190)
			.writeXlsx(this.temp.resolve("lang-son-tcvn3.xlsx"));

		// when
		NationalFormOutcome outcome = this.imports.importFile(file, 2026, null);

		// then
		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.IMPORTED);
		assertThat(outcome.unit()).isEqualTo("lang-son");
		assertThat(this.store.figures(outcome.form()).get(FormRow.TOTAL).values())
			.containsEntry(FormColumn.CLASSES_HELD, 7L)
			.containsEntry(FormColumn.ATTENDED, 470L)
			.containsEntry(FormColumn.WOMEN, 215L);
	}

	private static String tcvn3(String unicode) {
		return LegacyVietnamese.encode(unicode, LegacyEncoding.TCVN3);
	}

	private static void assertRefused(NationalFormOutcome outcome, NationalIssueCode code, int row, String column) {
		assertThat(outcome.status()).isEqualTo(NationalFormOutcome.Status.REJECTED);
		assertThat(outcome.issues()).filteredOn((issue) -> issue.severity() == NationalIssueCode.Severity.ERROR)
			.extracting(NationalIssue::code, NationalIssue::row, NationalIssue::column)
			.containsExactly(tuple(code, row, column));
		assertThat(outcome.unit()).isEqualTo("nghe-an");
	}

	/**
	 * A form typed by hand: rows 1 and 2 and the total; the grassroots row's figures as
	 * given (row 6), columns A TT, B Nội dung, C held, D in person, E online, F attended,
	 * G women.
	 */
	private static Path handForm(Path file, long attended, long women, long held, long inPerson, long online)
			throws Exception {
		return handSpreadsheet(attended, women, held, inPerson, online).writeXlsx(file);
	}

	private static Spreadsheet handSpreadsheet(long attended, long women, long held, long inPerson, long online) {
		return handSpreadsheet("LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN", attended, women, held, inPerson, online);
	}

	private static Spreadsheet handSpreadsheet(String unit, long attended, long women, long held, long inPerson,
			long online) {
		return Spreadsheet.create()
			.sheet("Bieu")
			.row(unit)
			.row("BÁO CÁO SỐ LIỆU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026")
			.blankRow()
			.row("TT", "Nội dung", "Số lớp đã tổ chức", "Trực tiếp", "Trực tuyến", "Lượt học viên tham dự",
					"Trong đó nữ")
			.row("1", "Bồi dưỡng cán bộ công đoàn chuyên trách", 3, 3, 0, 120, 50)
			.row("2", "Bồi dưỡng cán bộ công đoàn cơ sở", held, inPerson, online, attended, women);
	}

}
