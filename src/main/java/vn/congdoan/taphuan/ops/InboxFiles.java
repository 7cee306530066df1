package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.congdoan.taphuan.intake.AttendanceImports;

/**
 * Looks at the inbox: which files are there, and whether each can be taken now. A file is
 * left for a later run when it is still being written (its size or modification time
 * changed since it was first seen, or it was modified within the quiet period), when
 * another program holds a lock on it, or when it cannot be read. Names starting with
 * {@code ~$} (Excel's owner files) or {@code .} (hidden and partial files) are not looked
 * at.
 */
class InboxFiles {

	private final Path inbox;

	private final Duration quietPeriod;

	private final Clock clock;

	InboxFiles(Path inbox, Duration quietPeriod, Clock clock) {
		this.inbox = inbox;
		this.quietPeriod = quietPeriod;
		this.clock = clock;
	}

	Path inbox() {
		return this.inbox;
	}

	/**
	 * Every file under the inbox, in path order, as it is now. A file that cannot be
	 * examined (a broken link) is listed with size -1.
	 */
	List<InboxEntry> scan() {
		if (!Files.isDirectory(this.inbox)) {
			return List.of();
		}
		List<InboxEntry> entries = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(this.inbox)) {
			walk.filter((path) -> !path.equals(this.inbox))
				.filter((path) -> !Files.isDirectory(path))
				.filter((path) -> !ignored(this.inbox.relativize(path)))
				.sorted(Comparator.comparing(Path::toString))
				.forEach((path) -> entries.add(look(path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the inbox " + this.inbox, ex);
		}
		return entries;
	}

	/** Looks at a file again. */
	InboxEntry look(Path file) {
		String relative = this.inbox.relativize(file).toString().replace('\\', '/');
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return new InboxEntry(file, relative, attributes.size(),
					modified(attributes.lastModifiedTime().toInstant()));
		}
		catch (IOException ex) {
			return new InboxEntry(file, relative, -1, OffsetDateTime.ofInstant(Instant.EPOCH, this.clock.getZone()));
		}
	}

	/**
	 * Whether the file can be taken now, compared with how it was first seen; the reason
	 * in Vietnamese when not.
	 */
	Check check(InboxEntry seen) {
		if (!Files.exists(seen.file(), LinkOption.NOFOLLOW_LINKS)) {
			return new Check(null, "Tệp không còn trong hộp thư đến (đã được chuyển đi).");
		}
		InboxEntry now = look(seen.file());
		if (now.size() < 0 || !Files.isReadable(seen.file())) {
			return new Check(InboxOutcome.LEFT_UNREADABLE,
					"Không đọc được tệp (không có quyền đọc, hoặc là liên kết hỏng). Kiểm tra quyền của tệp rồi để nguyên "
							+ "trong hộp thư đến; lần chạy sau sẽ xử lý.");
		}
		if (now.size() != seen.size() || !now.modifiedAt().equals(seen.modifiedAt())) {
			return new Check(InboxOutcome.LEFT_BUSY,
					"Tệp đang được ghi (kích thước hoặc thời điểm sửa vừa thay đổi); lần chạy sau sẽ xử lý.");
		}
		if (recentlyModified(now)) {
			return new Check(InboxOutcome.LEFT_BUSY, "Tệp vừa được sửa (trong " + this.quietPeriod.toSeconds()
					+ " giây gần đây), có thể đang được ghi; lần chạy sau sẽ xử lý.");
		}
		String locked = lockedBy(seen.file());
		if (locked != null) {
			return new Check(InboxOutcome.LEFT_LOCKED, locked);
		}
		return new Check(null, null);
	}

	/**
	 * Modified within the quiet period, by this process's clock. A time far in the future
	 * (a share whose clock is wrong) does not hold a file back for ever: the two looks
	 * still catch a file that is growing.
	 */
	boolean recentlyModified(InboxEntry entry) {
		Duration age = Duration.between(entry.modifiedAt().toInstant(), this.clock.instant());
		return age.abs().compareTo(this.quietPeriod) < 0;
	}

	/** Whether the file is a spreadsheet the import reads. */
	static boolean isSpreadsheet(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		return dot > 0 && AttendanceImports.EXTENSIONS.contains(name.substring(dot + 1));
	}

	private static boolean ignored(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.startsWith(".") || name.startsWith("~$")) {
				return true;
			}
		}
		return false;
	}

	private OffsetDateTime modified(Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), this.clock.getZone());
	}

	/** Why the file is locked by another program, or {@code null} when it is not. */
	private static String lockedBy(Path file) {
		String message = "Tệp đang được một chương trình khác mở hoặc khóa (ví dụ Excel); đóng tệp đó, lần chạy sau "
				+ "sẽ xử lý.";
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
			if (lock == null) {
				return message;
			}
			lock.release();
			return null;
		}
		catch (OverlappingFileLockException ex) {
			return message;
		}
		catch (AccessDeniedException | NoSuchFileException ex) {
			return null; // reported as unreadable when the import reads it
		}
		catch (FileSystemException ex) {
			return message + " (" + ex.getReason() + ")";
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * Whether a file can be taken now.
	 *
	 * @param leave the outcome when it must be left, {@code null} when it can be taken
	 * (or is gone)
	 * @param reason why, in Vietnamese
	 */
	record Check(InboxOutcome leave, String reason) {

		boolean gone() {
			return this.leave == null && this.reason != null;
		}

	}

}
