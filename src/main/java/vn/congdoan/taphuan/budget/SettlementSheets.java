package vn.congdoan.taphuan.budget;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.FileRejection;
import vn.congdoan.taphuan.intake.ImportLimits;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.SheetCursor;
import vn.congdoan.taphuan.intake.SheetInfo;
import vn.congdoan.taphuan.intake.SheetRow;
import vn.congdoan.taphuan.intake.SpreadsheetFile;

/**
 * Finds the settlement table in a workbook: the first visible sheet with a header row
 * (Nội dung chi, Số lượng, Đơn giá, Thành tiền; one row, or two when a merged label sits
 * above) within its first {@value #SEARCH_ROWS} rows, the title lines above it, the rows
 * below it, and the hidden metadata of a taphuan settlement template.
 */
final class SettlementSheets {

	/**
	 * The very hidden sheet of a taphuan template: key in column A, value in column B.
	 */
	static final String METADATA_SHEET = "taphuan-meta";

	/** Value of the {@code template} key in a settlement template. */
	static final String TEMPLATE_ID = "taphuan-settlement";

	static final int SEARCH_ROWS = 30;

	private SettlementSheets() {
	}

	static SettlementTable read(SpreadsheetFile workbook, ImportLimits limits) throws IOException, FileRejection {
		List<SheetInfo> sheets = workbook.sheets();
		if (sheets.size() > limits.maxSheets()) {
			throw new FileRejection(IssueCode.FILE_TOO_LARGE, "Tệp có " + sheets.size() + " trang tính, vượt giới hạn "
					+ limits.maxSheets() + ": chỉ gửi bảng quyết toán của một lớp.");
		}
		Map<String, String> metadata = Map.of();
		SettlementTable table = null;
		List<SettlementIssue> notes = new ArrayList<>();
		for (SheetInfo sheet : sheets) {
			if (sheet.name().equals(METADATA_SHEET)) {
				metadata = metadata(workbook, sheet.index());
				continue;
			}
			if (sheet.hidden()) {
				continue;
			}
			SettlementTable found = scan(workbook, sheet, limits);
			if (found == null) {
				continue;
			}
			if (table == null) {
				table = found;
			}
			else {
				notes.add(new SettlementIssue(sheet.name(), found.headerRow(), null, IssueCode.SHEET_SKIPPED.name(),
						IssueCode.Severity.INFO,
						"Trang '" + sheet.name()
								+ "' cũng có bảng quyết toán nhưng không được đọc: chỉ đọc bảng ở trang '"
								+ table.sheet() + "'. Mỗi tệp là quyết toán của một lớp, trong một bảng.",
						null));
			}
		}
		if (table == null) {
			throw new FileRejection(IssueCode.NO_HEADER,
					"Không trang tính nào có dòng tiêu đề bảng quyết toán (các cột 'Nội dung chi', 'Số lượng', "
							+ "'Đơn giá', 'Thành tiền') trong " + SEARCH_ROWS
							+ " dòng đầu. Dùng mẫu quyết toán (taphuan template --budget --class LỚP).");
		}
		return table.with(workbook.format(), metadata, notes);
	}

	private static SettlementTable scan(SpreadsheetFile workbook, SheetInfo sheet, ImportLimits limits)
			throws IOException, FileRejection {
		List<SheetRow> head = new ArrayList<>();
		List<SheetRow> body = new ArrayList<>();
		SettlementColumns columns = null;
		int headerRow = 0;
		int rows = 0;
		try (SheetCursor cursor = workbook.rows(sheet.index(), null)) {
			for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
				if (++rows > limits.maxRows()) {
					throw new FileRejection(IssueCode.FILE_TOO_LARGE,
							"Tệp có hơn " + limits.maxRows() + " dòng, vượt giới hạn cho một bảng quyết toán.");
				}
				if (columns != null) {
					if (row.rowNumber() == headerRow + 1 && body.isEmpty()) {
						SettlementColumns lower = SettlementColumns.of(row);
						if (lower.columns().size() >= 2) {
							columns = columns.under(lower);
							headerRow = row.rowNumber();
							continue;
						}
					}
					body.add(row);
					continue;
				}
				if (row.rowNumber() > SEARCH_ROWS) {
					break;
				}
				SettlementColumns candidate = SettlementColumns.of(row);
				SheetRow previous = head.isEmpty() ? null : head.get(head.size() - 1);
				if (!candidate.isComplete() && previous != null && previous.rowNumber() == row.rowNumber() - 1) {
					SettlementColumns stacked = SettlementColumns.of(previous).under(candidate);
					if (stacked.isComplete() && candidate.columns().size() >= 2) {
						head.remove(head.size() - 1);
						candidate = stacked;
					}
				}
				if (candidate.isComplete()) {
					columns = candidate;
					headerRow = row.rowNumber();
				}
				else {
					head.add(row);
				}
			}
		}
		if (columns == null) {
			return null;
		}
		List<String> titleLines = new ArrayList<>();
		for (SheetRow row : head) {
			StringBuilder line = new StringBuilder();
			for (Cell cell : row.cells()) {
				if (!cell.isBlank()) {
					line.append((line.length() > 0) ? " " : "").append(cell.text());
				}
			}
			titleLines.add(line.toString());
		}
		titleLines.add(sheet.name());
		return new SettlementTable(null, Map.of(), titleLines, sheet.name(), columns, headerRow, body, List.of());
	}

	private static Map<String, String> metadata(SpreadsheetFile workbook, int sheet) throws IOException {
		Map<String, String> metadata = new LinkedHashMap<>();
		try (SheetCursor cursor = workbook.rows(sheet, null)) {
			for (SheetRow row = cursor.next(); row != null && row.rowNumber() <= 20; row = cursor.next()) {
				String key = row.text(0);
				String value = row.text(1);
				if (key != null && value != null) {
					metadata.put(key.strip().toLowerCase(Locale.ROOT), value.strip());
				}
			}
		}
		return metadata;
	}

}
