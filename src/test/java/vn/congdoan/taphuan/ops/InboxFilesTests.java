package vn.congdoan.taphuan.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looking at the inbox, moving without overwriting, and the note beside a rejected file.
 */
class InboxFilesTests {

	@TempDir
	Path inbox;

	final TestClock clock = new TestClock();

	InboxFiles files() {
		return new InboxFiles(this.inbox, Duration.ofSeconds(10), this.clock);
	}

	@Test
	void aFileThatGrewSinceItWasFirstSeenIsStillBeingWritten() throws Exception {
		Path file = OpsFixtures.modifiedAgo(Files.writeString(this.inbox.resolve("ds.csv"), "STT,Họ và tên\n"),
				this.clock, 3600);
		InboxEntry seen = files().scan().get(0);
		Files.writeString(file, "1,Nguyễn Văn An\n", StandardOpenOption.APPEND);
		OpsFixtures.modifiedAgo(file, this.clock, 3600); // even with its old time back

		InboxFiles.Check check = files().check(seen);

		assertThat(check.leave()).isEqualTo(InboxOutcome.LEFT_BUSY);
		assertThat(check.reason()).contains("đang được ghi");
	}

	@Test
	void aFileModifiedWithinTheQuietPeriodIsStillBeingWrittenAndOneLeftAloneIsNot() throws Exception {
		Path recent = OpsFixtures.modifiedAgo(Files.writeString(this.inbox.resolve("a.csv"), "x"), this.clock, 9);
		Path settled = OpsFixtures.modifiedAgo(Files.writeString(this.inbox.resolve("b.csv"), "x"), this.clock, 11);
		Path skewed = OpsFixtures.modifiedAgo(Files.writeString(this.inbox.resolve("c.csv"), "x"), this.clock, -3600);
		List<InboxEntry> seen = files().scan();

		assertThat(seen).extracting(InboxEntry::relativePath).containsExactly("a.csv", "b.csv", "c.csv");
		assertThat(files().check(seen.get(0)).leave()).isEqualTo(InboxOutcome.LEFT_BUSY);
		assertThat(files().check(seen.get(1)).leave()).isNull();
		assertThat(files().check(seen.get(2)).leave()).as("a clock an hour ahead does not hold a file for ever")
			.isNull();
		assertThat(List.of(recent, settled, skewed)).allSatisfy((file) -> assertThat(file).exists());
	}

	@Test
	void excelOwnerFilesHiddenFilesAndHiddenFoldersAreNotLookedAt() throws Exception {
		Files.writeString(this.inbox.resolve("~$ds.xlsx"), "owner");
		Files.writeString(this.inbox.resolve(".ds.xlsx.part"), "partial");
		Files.createDirectories(this.inbox.resolve(".sync/AG26-CS-01"));
		Files.writeString(this.inbox.resolve(".sync/AG26-CS-01/ds.xlsx"), "x");
		Files.createDirectories(this.inbox.resolve("AG26-CS-01/long-xuyen"));
		Files.writeString(this.inbox.resolve("AG26-CS-01/long-xuyen/ds.xlsx"), "x");

		List<InboxEntry> seen = files().scan();

		assertThat(seen).extracting(InboxEntry::relativePath).containsExactly("AG26-CS-01/long-xuyen/ds.xlsx");
		assertThat(seen.get(0).folder()).isEqualTo(new InboxEntry.FolderAssignment("AG26-CS-01", "long-xuyen"));
	}

	@Test
	void movesAndCopiesNeverOverwrite(@TempDir Path target) throws Exception {
		Files.writeString(target.resolve("ds.xlsx"), "cũ");
		Path first = SafeFiles.move(Files.writeString(this.inbox.resolve("ds.xlsx"), "mới 1"),
				target.resolve("ds.xlsx"), null);
		Path second = SafeFiles.move(Files.writeString(this.inbox.resolve("ds.xlsx"), "mới 2"),
				target.resolve("ds.xlsx"), null);
		Path report = Files.writeString(this.inbox.resolve("bao-cao.pdf"), "%PDF");
		Path copy = SafeFiles.copyInto(report, target.resolve("outbox"));
		Path sameAgain = SafeFiles.copyInto(report, target.resolve("outbox"));
		Files.writeString(report, "%PDF v2");
		Path changed = SafeFiles.copyInto(report, target.resolve("outbox"));

		assertThat(first.getFileName()).hasToString("ds (2).xlsx");
		assertThat(second.getFileName()).hasToString("ds (3).xlsx");
		assertThat(Files.readString(target.resolve("ds.xlsx"))).isEqualTo("cũ");
		assertThat(Files.readString(second)).isEqualTo("mới 2");
		assertThat(sameAgain).isEqualTo(copy);
		assertThat(changed.getFileName()).hasToString("bao-cao (2).pdf");
		assertThat(OpsFixtures.filesUnder(target.resolve("outbox"))).containsExactly("bao-cao (2).pdf", "bao-cao.pdf");
		assertThat(report).exists();
	}

	@Test
	void theNoteBesideARejectedFileGivesEachProblemWithItsPlaceAndWhatToDo() {
		InboxEntry entry = new InboxEntry(this.inbox.resolve("AG26-CS-01/long-xuyen/ds.xlsx"),
				"AG26-CS-01/long-xuyen/ds.xlsx", 100, ZonedDateTime.now(this.clock).toOffsetDateTime());
		List<ImportIssue> issues = List.of(
				new ImportIssue("Danh sách", 3, "B", IssueCode.NO_HEADER, null,
						"Không tìm thấy dòng tiêu đề cột (STT, Họ và tên, ...).", "DS lop 1"),
				new ImportIssue(null, null, null, IssueCode.LEGACY_ENCODING_CONVERTED, null, "Bảng mã cũ.", null));

		String note = RejectionNote.forImport(entry, ZonedDateTime.now(this.clock), issues, 42L, "ab12");

		assertThat(note).startsWith("TỆP BỊ TỪ CHỐI: ds.xlsx\n")
			.contains("Lớp / đơn vị theo thư mục: AG26-CS-01 / long-xuyen")
			.contains("Thời điểm xử lý: 21/11/2026 09:00")
			.contains("1. [NO_HEADER] Không tìm thấy dòng tiêu đề cột (STT, Họ và tên, ...). "
					+ "(trang \"Danh sách\", dòng 3, cột B)")
			.contains("Giá trị trong tệp: \"DS lop 1\"")
			.contains("Cách sửa: " + IssueCode.NO_HEADER.advice())
			.doesNotContain("LEGACY_ENCODING_CONVERTED")
			.contains("Mã tham chiếu: lần nhập 42, SHA-256 ab12");
		assertThat(RejectionNote.pathFor(Path.of("r/ds.xlsx"))).isEqualTo(Path.of("r/ds.xlsx.txt"));
	}

}
