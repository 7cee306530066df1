package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.CellKind;
import vn.congdoan.taphuan.intake.ImportLimits;
import vn.congdoan.taphuan.intake.SheetCursor;
import vn.congdoan.taphuan.intake.SheetInfo;
import vn.congdoan.taphuan.intake.SheetRow;
import vn.congdoan.taphuan.intake.SpreadsheetFile;
import vn.congdoan.taphuan.national.FormGrid.GridCell;

/**
 * Reads a workbook sent as a statistical form: the hidden metadata of a taphuan form,
 * every sheet checked for personal data (a row of person-list headers such as "Họ và
 * tên", "Số điện thoại", "Số CCCD" on any sheet, hidden ones included), the form's table
 * (on the sheet the metadata names, else the sheet where the most figures are found), the
 * title block above it and the date the figures are as of.
 */
final class FormReader {

	private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern YEAR = Pattern.compile("\\bnam (20\\d\\d)\\b");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

	private FormReader() {
	}

	static Reading read(SpreadsheetFile workbook, ImportLimits limits) throws IOException, FormRejection {
		List<SheetInfo> sheets = workbook.sheets();
		if (sheets.size() > limits.maxSheets()) {
			throw new FormRejection(NationalIssueCode.FILE_TOO_LARGE, "Tệp có " + sheets.size()
					+ " trang tính, vượt giới hạn " + limits.maxSheets() + ": chỉ gửi biểu thống kê.");
		}
		FormMetadata metadata = null;
		for (SheetInfo sheet : sheets) {
			if (sheet.name().equals(FormMetadata.SHEET_NAME)) {
				metadata = FormMetadata.from(keyValues(workbook, sheet.index())).orElse(null);
			}
		}
		List<NationalIssue> personal = new ArrayList<>();
		List<NationalIssue> notes = new ArrayList<>();
		int[] rows = { 0 };
		FormTable best = null;
		FormGrid bestGrid = null;
		List<FormTable> others = new ArrayList<>();
		for (SheetInfo sheet : sheets) {
			if (sheet.name().equals(FormMetadata.SHEET_NAME) || sheet.name().equals(FormSheetWriter.UNITS_SHEET_NAME)) {
				continue;
			}
			FormGrid grid = FormGrid.read(workbook, sheet.index(), sheet.name(), (row) -> {
				if (++rows[0] > limits.maxRows()) {
					throw new TooManyRows();
				}
				personalRow(sheet.name(), row, personal);
			});
			boolean named = metadata != null && sheet.name().equals(metadata.sheet());
			if (sheet.hidden() && !named) {
				continue;
			}
			FormTable table = FormLayouts.read(grid);
			if (table == null) {
				continue;
			}
			table.personal()
				.forEach((header) -> personal.add(NationalIssue.at(sheet.name(), header.cell().sheetRow(),
						header.cell().columnLetters(), NationalIssueCode.PERSONAL_DATA,
						"Cột \"" + header.cell().text() + "\" là dữ liệu cá nhân.", header.cell().text())));
			if (named) {
				if (best != null) {
					others.add(best);
				}
				best = table;
				bestGrid = grid;
			}
			else if (best == null || (!isNamed(metadata, best) && table.score() > best.score())) {
				if (best != null) {
					others.add(best);
				}
				best = table;
				bestGrid = grid;
			}
			else {
				others.add(table);
			}
		}
		for (FormTable other : others) {
			if (other.score() >= 20) {
				notes.add(NationalIssue.at(other.sheet(), null, null, NationalIssueCode.SHEET_SKIPPED,
						"Trang '" + other.sheet() + "' cũng giống biểu thống kê nhưng không được đọc: chỉ đọc trang '"
								+ best.sheet() + "'. Mỗi tệp là biểu của một đơn vị, một năm.",
						null));
			}
		}
		if (best == null) {
			return new Reading(metadata, null, null, List.of(), null, personal, notes);
		}
		List<String> title = new ArrayList<>();
		LocalDate asOf = null;
		for (int r = 0; r < bestGrid.rows(); r++) {
			StringBuilder line = new StringBuilder();
			int sheetRow = -1;
			for (int c = 0; c < bestGrid.columns(); c++) {
				GridCell cell = bestGrid.at(r, c);
				if (cell == null || cell.mergedCopy()) {
					continue;
				}
				sheetRow = cell.sheetRow();
				if (best.layout() != FormLayouts.Layout.ROWS && sheetRow >= best.titleEnd()) {
					continue;
				}
				line.append(line.isEmpty() ? "" : " ").append(cell.text());
				if (asOf == null && cell.cell().kind() == CellKind.DATE) {
					asOf = cell.cell().date();
				}
			}
			if (best.layout() == FormLayouts.Layout.ROWS && sheetRow >= best.titleEnd()) {
				break;
			}
			if (!line.isEmpty()) {
				title.add(line.toString());
			}
		}
		if (asOf == null) {
			asOf = dateIn(title);
		}
		return new Reading(metadata, best, workbook.format(), title, asOf, personal, notes);
	}

	private static boolean isNamed(FormMetadata metadata, FormTable table) {
		return metadata != null && table.sheet().equals(metadata.sheet());
	}

	/**
	 * A row that reads as the header of a list of people: two cells or more that are
	 * personal-data headers.
	 */
	private static void personalRow(String sheet, SheetRow row, List<NationalIssue> personal) {
		List<Cell> found = new ArrayList<>();
		for (Cell cell : row.cells()) {
			if (cell.kind() == CellKind.TEXT && FormVocabulary.isPersonalHeader(ReportingUnits.words(cell.text()))) {
				found.add(cell);
			}
		}
		if (found.size() >= 2 && personal.size() < 10) {
			String headers = String.join(", ",
					found.stream().map((cell) -> "\"" + cell.text().strip() + "\"").toList());
			personal.add(NationalIssue.at(sheet, row.rowNumber(), Cell.columnLetters(found.get(0).column()),
					NationalIssueCode.PERSONAL_DATA,
					"Dòng " + row.rowNumber() + " có các cột " + headers + ": đây là danh sách cá nhân.",
					found.get(0).text()));
		}
	}

	/**
	 * The first date written "dd/mm/yyyy" after "đến ngày" (or anywhere) in the title.
	 */
	static LocalDate dateIn(List<String> title) {
		for (String line : title) {
			String folded = ReportingUnits.words(line);
			if (!folded.contains("ngay")) {
				continue;
			}
			Matcher matcher = DATE.matcher(line);
			while (matcher.find()) {
				try {
					return LocalDate.parse(matcher.group(), DAY_MONTH_YEAR);
				}
				catch (DateTimeParseException ex) {
					// not a date: look further
				}
			}
		}
		return null;
	}

	/**
	 * The year the title states ("NĂM 2026"): the first in a line that names the form or
	 * report, else the first anywhere; {@code null} when none.
	 */
	static Integer yearIn(List<String> title) {
		Integer first = null;
		for (String line : title) {
			String folded = ReportingUnits.words(line);
			Matcher matcher = YEAR.matcher(folded);
			if (matcher.find()) {
				int year = Integer.parseInt(matcher.group(1));
				if (FormVocabulary.containsAny(folded, "thong ke", "bao cao", "ket qua", "bieu")) {
					return year;
				}
				if (first == null) {
					first = year;
				}
			}
		}
		return first;
	}

	private static Map<String, String> keyValues(SpreadsheetFile workbook, int sheet) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (SheetCursor cursor = workbook.rows(sheet, null)) {
			for (SheetRow row = cursor.next(); row != null && row.rowNumber() <= 30; row = cursor.next()) {
				String key = row.text(0);
				String value = row.text(1);
				if (key != null) {
					entries.put(key.strip().toLowerCase(Locale.ROOT), value);
				}
			}
		}
		return entries;
	}

	/**
	 * What a workbook holds as a form.
	 *
	 * @param metadata the taphuan metadata, or {@code null}
	 * @param table the form's table, or {@code null} when none was found
	 * @param format "xlsx", "xls" or "csv"
	 * @param title the title block's lines, above the table
	 * @param asOf the figures' date stated in the title block, or {@code null}
	 * @param personal personal-data headers found
	 * @param notes notes on the sheets
	 */
	record Reading(FormMetadata metadata, FormTable table, String format, List<String> title, LocalDate asOf,
			List<NationalIssue> personal, List<NationalIssue> notes) {
	}

	/** A sheet beyond the row limit. */
	static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

}
