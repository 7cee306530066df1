package vn.congdoan.taphuan.ops;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;
import vn.congdoan.taphuan.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox: what a monthly run does with each file it finds, and that nothing is lost,
 * overwritten or imported twice.
 */
@TaphuanIntegrationTest
@Import(FakePorts.class)
@TestPropertySource(properties = "taphuan.test.fake-ports=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class InboxIntegrationTests {

	static final Path ROOT = Path.of("target/test-ops/inbox").toAbsolutePath();

	static final Path INBOX = ROOT.resolve("inbox");

	static final Path ARCHIVE = ROOT.resolve("archive");

	static final Path REJECTED = ROOT.resolve("rejected");

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("taphuan.inbox", INBOX::toString);
		registry.add("taphuan.archive", ARCHIVE::toString);
		registry.add("taphuan.rejected", REJECTED::toString);
		registry.add("taphuan.outbox", () -> ROOT.resolve("outbox").toString());
	}

	@Autowired
	Runs runs;

	@Autowired
	Plans plans;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() throws Exception {
		OpsFixtures.deleteTree(ROOT);
		Files.createDirectories(INBOX);
		FakePorts.reset();
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
	}

	@Test
	void filesAreAssignedByTheirFolderOrTheirContentAndArchivedByMonth() throws Exception {
		OpsFixtures.drop(OpsFixtures.wardList("LONG XUYÊN", 4), INBOX, "long-xuyen.xlsx", this.clock);
		OpsFixtures.drop(OpsFixtures.anonymousList(3), INBOX, "AG26-CS-01/Châu Đốc/danh-sach.xlsx", this.clock);

		RunOutcome outcome = this.runs.monthly(null, OCTOBER, false);

		assertThat(outcome.status()).as(String.valueOf(outcome.message())).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(outcome.counts().files()).isEqualTo(2);
		assertThat(outcome.counts().imported()).isEqualTo(2);
		assertThat(outcome.counts().rowsAccepted()).isEqualTo(7);
		assertThat(OpsFixtures.filesUnder(INBOX)).isEmpty();
		assertThat(OpsFixtures.filesUnder(ARCHIVE)).containsExactly("2026-11/AG26-CS-01/Châu Đốc/danh-sach.xlsx",
				"2026-11/long-xuyen.xlsx");
		assertThat(this.jdbc.sql("SELECT unit_code, assigned_by FROM submission ORDER BY unit_code")
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2))
			.list()).containsExactly("chau-doc FOLDER", "long-xuyen TITLE");
		assertThat(FakePorts.calls).containsExactly("reconcile AG-2026 2026-10-31", "monthly AG-2026 2026-10");
		// the report templates compile while the run imports and reconciles
		assertThat(FakePorts.prepared).hasValue(1);
		assertThat(OpsFixtures.filesUnder(ROOT.resolve("outbox"))).containsExactly(
				"2026-10/AG-2026/bao-cao-thang-2026-10-AG-2026.pdf",
				"2026-10/AG-2026/bao-cao-thang-2026-10-AG-2026.xlsx");
	}

	@Test
	void rejectedFilesMoveToTheRejectedFolderWithAVietnameseNoteSayingWhy() throws Exception {
		OpsFixtures.drop(OpsFixtures.withoutHeader(), INBOX, "thu-gui.xlsx", this.clock);
		OpsFixtures.drop(OpsFixtures.anonymousList(2), INBOX, "XX-99/long-xuyen/ds.xlsx", this.clock);
		Path photo = Files.writeString(INBOX.resolve("anh-chup.pdf"), "%PDF-1.4 ảnh chụp danh sách");
		OpsFixtures.modifiedAgo(photo, this.clock, 600);

		RunOutcome outcome = this.runs.monthly(null, OCTOBER, false);

		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(outcome.counts().rejected()).isEqualTo(3);
		assertThat(outcome.counts().hasRejections()).isTrue();
		assertThat(OpsFixtures.filesUnder(INBOX)).isEmpty();
		assertThat(OpsFixtures.filesUnder(REJECTED)).containsExactly("2026-11/XX-99/long-xuyen/ds.xlsx",
				"2026-11/XX-99/long-xuyen/ds.xlsx.txt", "2026-11/anh-chup.pdf", "2026-11/anh-chup.pdf.txt",
				"2026-11/thu-gui.xlsx", "2026-11/thu-gui.xlsx.txt");
		String noHeader = Files.readString(REJECTED.resolve("2026-11/thu-gui.xlsx.txt"), StandardCharsets.UTF_8);
		assertThat(noHeader).startsWith("TỆP BỊ TỪ CHỐI: thu-gui.xlsx")
			.contains("Thời điểm xử lý: 21/11/2026 09:00")
			.contains("[NO_HEADER]")
			.contains("Cách sửa: Dùng mẫu danh sách của LĐLĐ tỉnh")
			.contains("Cần làm gì:")
			.contains("Tệp gốc được giữ nguyên");
		assertThat(Files.readString(REJECTED.resolve("2026-11/XX-99/long-xuyen/ds.xlsx.txt")))
			.contains("Lớp / đơn vị theo thư mục: XX-99 / long-xuyen")
			.contains("[UNKNOWN_CLASS] Mã lớp 'XX-99' (theo thư mục hộp thư đến) không có trong kế hoạch");
		assertThat(Files.readString(REJECTED.resolve("2026-11/anh-chup.pdf.txt"))).contains("[NOT_SPREADSHEET]");
		assertThat(outcome.files()).extracting(RunOutcome.InboxFile::outcome)
			.containsExactlyInAnyOrder(InboxOutcome.REJECTED, InboxOutcome.REJECTED, InboxOutcome.NOT_SPREADSHEET);
	}

	@Test
	void filesBeingWrittenLockedOrUnreadableAreLeftForTheNextRunAndReported() throws Exception {
		Path busy = OpsFixtures.drop(OpsFixtures.wardList("LONG XUYÊN", 2), INBOX, "long-xuyen.xlsx", this.clock);
		OpsFixtures.modifiedAgo(busy, this.clock, 2);
		Path locked = OpsFixtures.drop(OpsFixtures.wardList("CHÂU ĐỐC", 2), INBOX, "chau-doc.xlsx", this.clock);
		Path broken = Files.createSymbolicLink(INBOX.resolve("vinh-te.xlsx"), ROOT.resolve("khong-con.xlsx"));
		RunOutcome first;
		try (FileChannel channel = FileChannel.open(locked, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			first = this.runs.monthly(null, OCTOBER, false);
		}

		assertThat(first.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(first.counts().left()).isEqualTo(3);
		assertThat(first.counts().hasRejections()).isTrue();
		assertThat(first.files()).extracting((file) -> file.path() + " " + file.outcome())
			.containsExactly("chau-doc.xlsx LEFT_LOCKED", "long-xuyen.xlsx LEFT_BUSY", "vinh-te.xlsx LEFT_UNREADABLE");
		assertThat(first.files()).allSatisfy((file) -> assertThat(file.message()).isNotBlank());
		assertThat(OpsFixtures.filesUnder(INBOX)).containsExactly("chau-doc.xlsx", "long-xuyen.xlsx");
		assertThat(Files.isSymbolicLink(broken)).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isZero();

		this.clock.advanceSeconds(60);
		RunOutcome second = this.runs.monthly(null, OCTOBER, true);

		assertThat(second.run()).isEqualTo(2);
		assertThat(second.files()).extracting((file) -> file.path() + " " + file.outcome())
			.endsWith("chau-doc.xlsx IMPORTED", "long-xuyen.xlsx IMPORTED", "vinh-te.xlsx LEFT_UNREADABLE");
		assertThat(OpsFixtures.filesUnder(ARCHIVE)).containsExactly("2026-11/chau-doc.xlsx", "2026-11/long-xuyen.xlsx");
	}

	@Test
	void theSameBytesAgainAreUnchangedAndArchivedWithoutImportingAgain() throws Exception {
		Path first = OpsFixtures.drop(OpsFixtures.anonymousList(3), INBOX, "AG26-CS-01/long-xuyen/lan-1.xlsx",
				this.clock);
		Path again = INBOX.resolve("AG26-CS-01/long-xuyen/lan-2 (gửi lại).xlsx");
		Files.copy(first, again);
		OpsFixtures.modifiedAgo(again, this.clock, 3600);

		RunOutcome outcome = this.runs.monthly(null, OCTOBER, false);

		assertThat(outcome.files()).extracting((file) -> file.path() + " " + file.outcome())
			.containsExactly("AG26-CS-01/long-xuyen/lan-1.xlsx IMPORTED",
					"AG26-CS-01/long-xuyen/lan-2 (gửi lại).xlsx UNCHANGED");
		assertThat(OpsFixtures.filesUnder(ARCHIVE)).containsExactly("2026-11/AG26-CS-01/long-xuyen/lan-1.xlsx",
				"2026-11/AG26-CS-01/long-xuyen/lan-2 (gửi lại).xlsx");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(1);
		assertThat(outcome.counts().rowsAccepted()).isEqualTo(3);
	}

	@Test
	void nameCollisionsInTheArchiveAndRejectedFoldersNeverOverwrite() throws Exception {
		Files.createDirectories(ARCHIVE.resolve("2026-11"));
		Files.writeString(ARCHIVE.resolve("2026-11/long-xuyen.xlsx"), "tệp cũ");
		Files.createDirectories(REJECTED.resolve("2026-11"));
		Files.writeString(REJECTED.resolve("2026-11/thu-gui.xlsx.txt"), "ghi chú cũ");
		OpsFixtures.drop(OpsFixtures.wardList("LONG XUYÊN", 2), INBOX, "long-xuyen.xlsx", this.clock);
		OpsFixtures.drop(OpsFixtures.withoutHeader(), INBOX, "thu-gui.xlsx", this.clock);

		this.runs.monthly(null, OCTOBER, false);

		assertThat(Files.readString(ARCHIVE.resolve("2026-11/long-xuyen.xlsx"))).isEqualTo("tệp cũ");
		assertThat(OpsFixtures.filesUnder(ARCHIVE)).containsExactly("2026-11/long-xuyen (2).xlsx",
				"2026-11/long-xuyen.xlsx");
		assertThat(Files.readString(REJECTED.resolve("2026-11/thu-gui.xlsx.txt"))).isEqualTo("ghi chú cũ");
		assertThat(OpsFixtures.filesUnder(REJECTED)).containsExactly("2026-11/thu-gui (2).xlsx",
				"2026-11/thu-gui (2).xlsx.txt", "2026-11/thu-gui.xlsx.txt");
	}

	@Test
	void aFileWhoseMoveFailedIsMovedByTheRestartedRunWithoutBeingImportedAgain() throws Exception {
		OpsFixtures.drop(OpsFixtures.wardList("LONG XUYÊN", 3), INBOX, "long-xuyen.xlsx", this.clock);
		Files.createDirectories(ROOT);
		Files.writeString(ARCHIVE, "not a folder"); // the archive cannot be created: the
													// move fails

		RunOutcome failed = this.runs.monthly(null, OCTOBER, false);

		assertThat(failed.status()).isEqualTo(RunOutcome.Status.FAILED);
		assertThat(failed.failedStep()).isEqualTo("importInboxStep");
		assertThat(failed.rerun()).isEqualTo("taphuan run monthly --month 2026-10");
		assertThat(OpsFixtures.filesUnder(INBOX)).containsExactly("long-xuyen.xlsx");
		assertThat(FakePorts.calls).isEmpty();

		Files.delete(ARCHIVE);
		RunOutcome resumed = this.runs.monthly(null, OCTOBER, false);

		assertThat(resumed.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(resumed.instance()).isEqualTo(failed.instance());
		assertThat(resumed.run()).isEqualTo(1);
		assertThat(OpsFixtures.filesUnder(ARCHIVE)).containsExactly("2026-11/long-xuyen.xlsx");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'attendanceImportJob'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submission").query(Integer.class).single()).isEqualTo(1);
	}

}
