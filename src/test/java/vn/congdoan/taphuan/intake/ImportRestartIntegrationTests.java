package vn.congdoan.taphuan.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.H2Only;
import vn.congdoan.taphuan.testing.Spreadsheet;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An import interrupted part-way and run again ends with exactly the rows of an
 * uninterrupted one.
 */
@TaphuanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = "taphuan.import.chunk-size=10")
class ImportRestartIntegrationTests {

	@Autowired
	AttendanceImports imports;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportWriteLane lane;

	@TempDir
	Path temp;

	@BeforeEach
	void setUp() {
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
		FailingInsertTrigger.install(this.jdbc);
	}

	@AfterEach
	void disarm() {
		FailingInsertTrigger.disarm();
	}

	private Path wardFile(String name, String ward) throws Exception {
		Spreadsheet sheet = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG " + ward)
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Ngày 1", "Ngày 2", "Ngày 3");
		for (int i = 1; i <= 95; i++) {
			sheet.row(i, "Nguyễn Văn Học Viên " + words(i), 1970 + i % 30, (i % 2 == 0) ? "Nữ" : "Nam", "Tổ trưởng",
					"x", (i % 7 == 0) ? "P" : "x", (i % 5 == 0) ? "" : "x");
		}
		return sheet.writeXlsx(this.temp.resolve(name));
	}

	private static String words(int i) {
		String[] digits = { "Không", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín" };
		return digits[i / 10] + " " + digits[i % 10];
	}

	private List<Map<String, Object>> rowsOf(long submission) {
		return this.jdbc.sql("""
				SELECT seq, row_no, full_name, birth_year, gender, marks, days_present, accepted
				FROM trainee_row WHERE submission_id = ? ORDER BY seq
				""").param(submission).query().listOfRows();
	}

	@Test
	void aFailedImportResumesFromItsLastCommittedChunkWithoutDuplicates() throws Exception {
		Path file = wardFile("chau-doc.xlsx", "CHÂU ĐỐC");
		Path reference = wardFile("vinh-te.xlsx", "VĨNH TẾ");
		ImportRequest request = ImportRequest.of(null, "AG26-CS-01", null);
		FileOutcome uninterrupted = this.imports.importFile(reference, request);

		FailingInsertTrigger.failAt(this.jdbc, 47);
		assertThatExceptionOfType(AttendanceImports.ImportFailedException.class)
			.isThrownBy(() -> this.imports.importFile(file, request))
			.withMessageContaining("Chạy lại cùng lệnh");
		int committed = this.jdbc
			.sql("SELECT COUNT(*) FROM trainee_row t JOIN submission s ON s.id = t.submission_id "
					+ "WHERE s.unit_code = 'chau-doc'")
			.query(Integer.class)
			.single();
		assertThat(committed).isEqualTo(40);
		assertThat(currentSubmissions("chau-doc")).isZero();
		assertThat(this.lane.available()).as("the failed chunk gave its place back").isEqualTo(1);
		FailingInsertTrigger.failAt(this.jdbc, 0);
		FileOutcome resumed = this.imports.importFile(file, request);

		assertThat(resumed.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(resumed.rowsRead()).isEqualTo(95);
		assertThat(rowsOf(resumed.submission())).isEqualTo(rowsOf(uninterrupted.submission()));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE unit_code = 'chau-doc'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anImportKilledMidwayIsTakenOverAndFinished() throws Exception {
		Path file = wardFile("tan-chau.xlsx", "TÂN CHÂU");
		ImportRequest request = ImportRequest.of(null, "AG26-CS-01", null);
		FailingInsertTrigger.failAt(this.jdbc, 63);
		assertThatExceptionOfType(AttendanceImports.ImportFailedException.class)
			.isThrownBy(() -> this.imports.importFile(file, request));
		// what a killed process leaves behind: the execution still marked as running,
		// last
		// updated long ago (on a database other processes share, PostgreSQL, a running
		// execution is another process's until it has not committed for
		// taphuan.import.stale-after)
		this.jdbc
			.sql("UPDATE batch_job_execution SET status = 'STARTED', end_time = NULL, "
					+ "last_updated = TIMESTAMP '2026-01-01 00:00:00'")
			.update();
		this.jdbc
			.sql("UPDATE batch_step_execution SET status = 'STARTED', end_time = NULL "
					+ "WHERE step_name = 'importTraineeRowsStep'")
			.update();
		this.jdbc.sql("UPDATE batch_step_execution SET last_updated = TIMESTAMP '2026-01-01 00:00:00'").update();
		FailingInsertTrigger.failAt(this.jdbc, 0);

		FileOutcome resumed = this.imports.importFile(file, request);

		assertThat(resumed.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(rowsOf(resumed.submission())).hasSize(95)
			.extracting((row) -> row.get("seq"))
			.doesNotHaveDuplicates();
		assertThat(currentSubmissions("tan-chau")).isEqualTo(1);
	}

	@Test
	@H2Only("the archived file is hidden by a Java trigger; nothing in it is about the database")
	void aRowStepThatCannotOpenItsFileFailsAndResumesOnceTheFileIsBack() throws Exception {
		// given an import whose archived copy disappears after inspection
		Path file = wardFile("an-phu.xlsx", "AN PHÚ");
		ImportRequest request = ImportRequest.of(null, "AG26-CS-01", null);
		this.jdbc
			.sql("CREATE TRIGGER hide_archive AFTER UPDATE ON submission FOR EACH ROW CALL '"
					+ HidingArchiveTrigger.class.getName() + "'")
			.update();
		HidingArchiveTrigger.archive = this.imports.archivePath(sha256(file));
		assertThatExceptionOfType(AttendanceImports.ImportFailedException.class)
			.isThrownBy(() -> this.imports.importFile(file, request));
		this.jdbc.sql("DROP TRIGGER hide_archive").update();

		// when the archived copy is back and the same import runs again
		HidingArchiveTrigger.restore();
		FileOutcome resumed = this.imports.importFile(file, request);

		// then
		assertThat(resumed.status()).isEqualTo(FileOutcome.Status.IMPORTED);
		assertThat(rowsOf(resumed.submission())).hasSize(95);
		assertThat(this.jdbc
			.sql("SELECT status FROM batch_step_execution WHERE step_name = 'importTraineeRowsStep' "
					+ "ORDER BY step_execution_id")
			.query(String.class)
			.list()).containsExactly("FAILED", "COMPLETED");
	}

	private static String sha256(Path file) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(
					java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file)));
	}

	private int currentSubmissions(String ward) {
		return this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE unit_code = ? AND status = 'IMPORTED'")
			.param(ward)
			.query(Integer.class)
			.single();
	}

}
