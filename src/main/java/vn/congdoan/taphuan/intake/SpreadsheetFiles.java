package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The reading seam: opens a received file as a {@link SpreadsheetFile} (sheets of rows of
 * typed cells) by what its bytes are, not what its name says, and maps every way of not
 * being a readable spreadsheet to a file-level rejection with its own code.
 */
public final class SpreadsheetFiles {

	private SpreadsheetFiles() {
	}

	public static SpreadsheetFile open(Path path, ImportLimits limits) throws IOException, FileRejection {
		return open(path, path.getFileName().toString(), limits);
	}

	/**
	 * Opens a file whose name may not say what it is (an archived copy is named by its
	 * SHA-256).
	 * @param originalName the file's name as received: its extension tells CSV from other
	 * text, and it names the single sheet of a CSV file
	 */
	public static SpreadsheetFile open(Path path, String originalName, ImportLimits limits)
			throws IOException, FileRejection {
		String extension = extension(Path.of(originalName));
		long size = Files.size(path);
		if (size > limits.maxFileSize().toBytes()) {
			throw new FileRejection(IssueCode.FILE_TOO_LARGE, "Tệp nặng " + (size / (1024 * 1024))
					+ " MB, vượt giới hạn " + limits.maxFileSize().toMegabytes() + " MB cho một danh sách.");
		}
		if (size == 0) {
			throw new FileRejection(IssueCode.FILE_UNREADABLE, "Tệp rỗng (0 byte).");
		}
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
			magic = FileMagic.valueOf(in);
		}
		switch (magic) {
			case OOXML -> {
				return XlsxFile.open(path, limits);
			}
			case OLE2 -> {
				return XlsFile.open(path);
			}
			case PDF -> throw new FileRejection(IssueCode.FILE_UNREADABLE,
					"Tệp là PDF, không phải bảng tính. Gửi tệp Excel (.xlsx) của danh sách, không gửi bản in PDF.");
			case HTML, XML -> throw new FileRejection(IssueCode.FILE_UNREADABLE,
					"Tệp là trang web/XML được đổi đuôi, không phải bảng tính. Mở bằng Excel và lưu lại dạng .xlsx.");
			default -> {
				if (extension.equals("csv") || extension.equals("txt")) {
					return CsvFile.open(path, originalName);
				}
				throw new FileRejection(IssueCode.FILE_UNREADABLE, "Tệp ." + extension
						+ " không phải bảng tính Excel hoặc CSV (có thể bị đổi đuôi). Gửi tệp .xlsx, .xls hoặc .csv.");
			}
		}
	}

	public static String extension(Path path) {
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
