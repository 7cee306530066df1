package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import vn.congdoan.taphuan.testing.Spreadsheet;

/**
 * Ward files and inbox helpers for the operations tests.
 */
final class OpsFixtures {

	private OpsFixtures() {
	}

	/**
	 * A ward's list for AG26-CS-01 (16-18/3/2026) that names its ward in the title, with
	 * {@code trainees} lines: the import assigns it by its content.
	 */
	static Spreadsheet wardList(String wardTitle, int trainees) {
		Spreadsheet sheet = Spreadsheet.create()
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG")
			.row("CÔNG ĐOÀN PHƯỜNG " + wardTitle)
			.blankRow()
			.row("DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN NGHIỆP VỤ CÔNG TÁC CÔNG ĐOÀN")
			.row("Lớp 1, từ ngày 16/3 đến 18/3/2026")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị", "16/3", "17/3", "18/3");
		String[] names = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Võ Văn Em",
				"Huỳnh Thị Giang", "Đặng Văn Hải", "Bùi Thị Lan" };
		for (int i = 1; i <= trainees; i++) {
			sheet.row(i, names[(i - 1) % names.length] + ((i > names.length) ? " " + i : ""), 1975 + i,
					(i % 2 == 0) ? "Nữ" : "Nam", "Tổ trưởng", "Công ty " + wardTitle + " " + i, "x", "x", "x");
		}
		return sheet;
	}

	/** A list without any hint of its ward or class: assigned only by its folder. */
	static Spreadsheet anonymousList(int trainees) {
		Spreadsheet sheet = Spreadsheet.create()
			.row("DANH SÁCH HỌC VIÊN")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Ngày 1", "Ngày 2", "Ngày 3");
		for (int i = 1; i <= trainees; i++) {
			sheet.row(i, "Nguyễn Thị Học Viên " + (char) ('A' + i), 1980 + i, "Nữ", "Tổ phó", "x", "x", "x");
		}
		return sheet;
	}

	/** A workbook without a header row: rejected (NO_HEADER). */
	static Spreadsheet withoutHeader() {
		return Spreadsheet.create().row("Gửi anh chị danh sách").row("Nguyễn Văn A", 1980).row("Trần Thị B", 1985);
	}

	/** Sets the file's modification time {@code secondsAgo} before the clock's now. */
	static Path modifiedAgo(Path file, Clock clock, long secondsAgo) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(clock.instant().minusSeconds(secondsAgo)));
		return file;
	}

	/** Writes a workbook under the inbox, left alone long enough to be taken. */
	static Path drop(Spreadsheet sheet, Path inbox, String relativePath, Clock clock) throws IOException {
		Path file = inbox.resolve(relativePath);
		Files.createDirectories(file.getParent());
		sheet.writeXlsx(file);
		return modifiedAgo(file, clock, 3600);
	}

	/** Every regular file under a folder, relative, with '/' separators, sorted. */
	static List<String> filesUnder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
				.map((file) -> folder.relativize(file).toString().replace('\\', '/'))
				.sorted(Comparator.naturalOrder())
				.toList();
		}
	}

	static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				path.toFile().setWritable(true);
				Files.deleteIfExists(path);
			}
		}
	}

}
