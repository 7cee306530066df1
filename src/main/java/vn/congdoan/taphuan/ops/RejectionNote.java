package vn.congdoan.taphuan.ops;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.IssueCode;

/**
 * The {@code .txt} written beside a rejected file, in Vietnamese, for the person who
 * fixes it: which file, when, every problem with its code and place (sheet, row, column)
 * and what to do.
 */
final class RejectionNote {

	static final String SUFFIX = ".txt";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private RejectionNote() {
	}

	/** Where the note of a rejected file goes: {@code ds.xlsx} → {@code ds.xlsx.txt}. */
	static Path pathFor(Path rejectedFile) {
		return rejectedFile.resolveSibling(rejectedFile.getFileName() + SUFFIX);
	}

	/** The note for a file the import rejected. */
	static String forImport(InboxEntry entry, ZonedDateTime when, List<ImportIssue> issues, Long submissionId,
			String sha256) {
		List<ImportIssue> reasons = issues.stream()
			.filter((issue) -> issue.code() == null || issue.code().scope() == IssueCode.Scope.FILE_REJECTED)
			.toList();
		if (reasons.isEmpty()) {
			reasons = issues;
		}
		StringBuilder text = header(entry, when);
		text.append("Lý do:\n");
		int n = 1;
		for (ImportIssue issue : reasons) {
			text.append(n++).append(". ");
			if (issue.code() != null) {
				text.append('[').append(issue.code()).append("] ");
			}
			text.append(issue.message());
			String place = place(issue);
			if (!place.isEmpty()) {
				text.append(" (").append(place).append(')');
			}
			text.append('\n');
			if (issue.value() != null && !issue.value().isBlank()) {
				text.append("   Giá trị trong tệp: \"").append(issue.value()).append("\"\n");
			}
			if (issue.code() != null) {
				text.append("   Cách sửa: ").append(issue.code().advice()).append('\n');
			}
		}
		if (reasons.isEmpty()) {
			text.append("1. Tệp không dùng được (không có chi tiết).\n");
		}
		text.append('\n');
		footer(text);
		text.append("Mã tham chiếu: lần nhập ").append(submissionId);
		if (sha256 != null) {
			text.append(", SHA-256 ").append(sha256);
		}
		return text.append('\n').toString();
	}

	/** The note for a file that is not a spreadsheet. */
	static String forNonSpreadsheet(InboxEntry entry, ZonedDateTime when) {
		StringBuilder text = header(entry, when);
		text.append("Lý do:\n");
		text.append(
				"1. [NOT_SPREADSHEET] Tệp không phải bảng tính danh sách học viên: chỉ nhận tệp .xlsx, .xlsm, .xls ")
			.append("hoặc .csv.\n");
		text.append("   Cách sửa: Gửi danh sách học viên dạng bảng tính Excel (dùng mẫu do LĐLĐ tỉnh gửi). Tệp khác ")
			.append("(ảnh, PDF, văn bản) gửi riêng, không đặt vào hộp thư đến.\n\n");
		footer(text);
		return text.toString();
	}

	private static StringBuilder header(InboxEntry entry, ZonedDateTime when) {
		StringBuilder text = new StringBuilder();
		text.append("TỆP BỊ TỪ CHỐI: ").append(entry.file().getFileName()).append("\n\n");
		text.append("Nhận từ hộp thư đến: ").append(entry.relativePath()).append('\n');
		text.append("Thời điểm xử lý: ").append(WHEN.format(when)).append('\n');
		InboxEntry.FolderAssignment folder = entry.folder();
		if (folder != null) {
			text.append("Lớp / đơn vị theo thư mục: ")
				.append(folder.classFolder())
				.append(" / ")
				.append(folder.wardFolder())
				.append('\n');
		}
		return text.append('\n');
	}

	private static void footer(StringBuilder text) {
		text.append(
				"Cần làm gì: sửa tệp theo hướng dẫn trên (hoặc đề nghị đơn vị gửi lại), rồi đặt tệp đã sửa vào hộp ")
			.append("thư đến, tốt nhất trong thư mục inbox/<MÃ LỚP>/<mã đơn vị>/ để tệp được gán đúng lớp và đơn vị. ")
			.append("Tệp gốc được giữ nguyên ở đây; không cần xóa.\n");
	}

	private static String place(ImportIssue issue) {
		StringBuilder place = new StringBuilder();
		if (issue.sheet() != null) {
			place.append("trang \"").append(issue.sheet()).append('"');
		}
		if (issue.row() != null) {
			place.append((place.length() > 0) ? ", " : "").append("dòng ").append(issue.row());
		}
		if (issue.column() != null) {
			place.append((place.length() > 0) ? ", " : "").append("cột ").append(issue.column());
		}
		return place.toString();
	}

}
