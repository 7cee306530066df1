package vn.congdoan.taphuan.national;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the statistical form as a sheet of a POI workbook (XSSF or SXSSF): the only
 * class that knows the form's cells. Layout (rows 1-based as Excel shows them):
 * <ul>
 * <li>1-2: the national federation and the reporting body on the left, the form's code
 * and version on the right; 4: the title with the year; 5: the reporting body (a
 * drop-down of the {@code national_unit} list) and the figures' date; 6: units
 * reminder;</li>
 * <li>7-9: the header in three levels (Số lớp / Học viên / Kinh phí, then the columns and
 * their "Trong đó" sub-columns), 10: the unit of measure under each column, 11: the
 * column numbers with their arithmetic, "(4) = (5) + (6)", "(9) ≤ (8)";</li>
 * <li>12-17: the rows of {@link FormRow} (TỔNG SỐ, I, II, III, 1, 2). The sum rows and
 * column (4) are Excel formulas, blank while nothing they add is filled in; the other
 * cells of rows I, II, 1, 2 are the ones a province types, checked as typed (whole
 * numbers of at least 0, (9)-(14) not above (8), (16) not above (15));</li>
 * <li>19: notes; 21-27: "Người lập biểu" on the left, the head of the body's signature on
 * the right.</li>
 * </ul>
 * Labels are locked (the sheet is protected without a password); input cells are not. A
 * very hidden metadata sheet ({@link FormMetadata}) and a hidden list of units go with
 * the sheet. Text is Times New Roman. Nothing names a person: the signature blocks are
 * left for the signatures.
 */
final class FormSheetWriter {

	static final String SHEET_NAME = "Biểu thống kê";

	static final String UNITS_SHEET_NAME = "Danh mục đơn vị";

	static final String FORM_CODE = "Biểu số TK-ĐTBD";

	static final String TITLE = "BIỂU THỐNG KÊ KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM ";

	static final String FONT = "Times New Roman";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final int TITLE_ROW = 3;

	static final int INFO_ROW = 4;

	static final int HEADER_TOP = 6;

	static final int HEADER_MIDDLE = 7;

	static final int HEADER_BOTTOM = 8;

	static final int UNIT_ROW = 9;

	static final int NUMBER_ROW = 10;

	static final int FIRST_DATA_ROW = 11;

	static final int NOTES_COLUMN = FormColumn.NOTES_NUMBER - 1;

	/** The column of the reporting body's value in the info row (C). */
	static final int UNIT_CELL_COLUMN = 2;

	/** The column of the figures' date in the info row (O). */
	static final int DATE_CELL_COLUMN = 14;

	/**
	 * Whole numbers from 0 to 999.999.999 with '.' grouping in any locale (Excel's own
	 * separator follows the viewer's settings, literal dots do not); larger values get a
	 * fixed format for their magnitude.
	 */
	static final String GROUPED = "[<1000]0;[<1000000]0\".\"000;0\".\"000\".\"000";

	private FormSheetWriter() {
	}

	/** The sheet row (0-based) of a form row. */
	static int sheetRow(FormRow row) {
		return FIRST_DATA_ROW + row.ordinal();
	}

	/** The sheet column (0-based) of a figure column: (n) is column n - 1. */
	static int sheetColumn(FormColumn column) {
		return column.number() - 1;
	}

	/**
	 * Writes the form as a new sheet of the workbook, with the metadata sheet and the
	 * list of units (kept hidden), and returns the form's sheet.
	 */
	static Sheet write(Workbook workbook, FormSheet form) {
		Styles styles = new Styles(workbook);
		Sheet sheet = workbook.createSheet(form.sheetName());
		sheet.setColumnWidth(0, 5 * 256);
		sheet.setColumnWidth(1, 40 * 256);
		for (FormColumn column : FormColumn.values()) {
			sheet.setColumnWidth(sheetColumn(column), (column.isMoney() ? 15 : 10) * 256);
		}
		sheet.setColumnWidth(NOTES_COLUMN, 26 * 256);
		sheet.setDisplayGridlines(false);
		titleBlock(sheet, form, styles);
		header(sheet, form, styles);
		for (FormRow row : FormRow.values()) {
			dataRow(sheet, form, row, styles);
		}
		int signatureRow = footer(sheet, form, styles);
		if (form.kind() != FormSheet.Kind.NATIONAL) {
			String unitsRange = unitList(workbook, form.choices());
			validations(sheet, form, unitsRange);
		}
		sheet.createFreezePane(2, NUMBER_ROW + 1);
		protect(sheet);
		printSetup(workbook, sheet, signatureRow + 6);
		metadata(workbook, form);
		if (form.kind() == FormSheet.Kind.BLANK) {
			workbook.setForceFormulaRecalculation(true);
		}
		return sheet;
	}

	private static void titleBlock(Sheet sheet, FormSheet form, Styles styles) {
		Row first = row(sheet, 0);
		merged(sheet, first, 0, 4, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", styles.centred);
		merged(sheet, first, 13, NOTES_COLUMN, FORM_CODE, styles.centredBold);
		Row second = row(sheet, 1);
		String body = switch (form.kind()) {
			case BLANK -> null;
			case FILLED -> form.reportingBody().toUpperCase(VIETNAMESE);
			case NATIONAL -> "TỔNG HỢP TOÀN QUỐC";
		};
		Cell bodyCell = merged(sheet, second, 0, 4, body, styles.centredBold);
		if (form.kind() == FormSheet.Kind.BLANK) {
			String unitCell = new CellReference(INFO_ROW, UNIT_CELL_COLUMN, true, true).formatAsString();
			bodyCell.setCellFormula("IF(" + unitCell + "=\"\",\"\",UPPER(" + unitCell + "))");
			bodyCell.setCellValue("");
		}
		merged(sheet, second, 13, NOTES_COLUMN, "Phiên bản biểu: " + FormMetadata.VERSION, styles.centredItalic);
		Row title = row(sheet, TITLE_ROW);
		title.setHeightInPoints(22);
		merged(sheet, title, 0, NOTES_COLUMN, TITLE + form.year(), styles.title);
		Row info = row(sheet, INFO_ROW);
		info.setHeightInPoints(18);
		merged(sheet, info, 0, 1, "Đơn vị báo cáo:", styles.rightBold);
		String unitValue = switch (form.kind()) {
			case BLANK -> null;
			case FILLED -> form.reportingBody();
			case NATIONAL -> form.reportingBody();
		};
		merged(sheet, info, UNIT_CELL_COLUMN, 8, unitValue,
				(form.kind() == FormSheet.Kind.NATIONAL) ? styles.leftBold : styles.inputText);
		merged(sheet, info, 11, 13, "Số liệu tính đến ngày:", styles.rightBold);
		Cell date = merged(sheet, info, DATE_CELL_COLUMN, 15, null,
				(form.kind() == FormSheet.Kind.NATIONAL) ? styles.date : styles.inputDate);
		if (form.asOf() != null) {
			date.setCellValue(form.asOf());
		}
		Row units = row(sheet, INFO_ROW + 1);
		merged(sheet, units, 0, NOTES_COLUMN,
				"(Số học viên tính theo lượt người — một người dự hai lớp tính hai lượt —, trừ cột (14); kinh phí tính "
						+ "bằng đồng; ô để trống là không có số liệu, không có thì ghi 0)",
				styles.centredItalic);
	}

	private static void header(Sheet sheet, FormSheet form, Styles styles) {
		Row top = row(sheet, HEADER_TOP);
		Row middle = row(sheet, HEADER_MIDDLE);
		Row bottom = row(sheet, HEADER_BOTTOM);
		top.setHeightInPoints(18);
		middle.setHeightInPoints(30);
		bottom.setHeightInPoints(48);
		box(sheet, HEADER_TOP, HEADER_BOTTOM, 0, 0, "TT", styles.header);
		box(sheet, HEADER_TOP, HEADER_BOTTOM, 1, 1, "Nội dung", styles.header);
		box(sheet, HEADER_TOP, HEADER_BOTTOM, NOTES_COLUMN, NOTES_COLUMN, "Ghi chú", styles.header);
		for (FormColumn.Group group : FormColumn.Group.values()) {
			List<FormColumn> columns = List.of(FormColumn.values())
				.stream()
				.filter((column) -> column.group() == group)
				.toList();
			box(sheet, HEADER_TOP, HEADER_TOP, sheetColumn(columns.get(0)),
					sheetColumn(columns.get(columns.size() - 1)), group.label(), styles.header);
		}
		for (FormColumn column : FormColumn.values()) {
			int c = sheetColumn(column);
			if (isOfWhom(column)) {
				box(sheet, HEADER_BOTTOM, HEADER_BOTTOM, c, c, column.label(), styles.header);
			}
			else {
				box(sheet, HEADER_MIDDLE, HEADER_BOTTOM, c, c, column.label(), styles.header);
			}
		}
		box(sheet, HEADER_MIDDLE, HEADER_MIDDLE, sheetColumn(FormColumn.CLASSES_IN_PERSON),
				sheetColumn(FormColumn.CLASSES_ONLINE), "Trong đó", styles.header);
		box(sheet, HEADER_MIDDLE, HEADER_MIDDLE, sheetColumn(FormColumn.WOMEN), sheetColumn(FormColumn.ETHNIC_MINORITY),
				"Trong đó", styles.header);
		Row units = row(sheet, UNIT_ROW);
		Row numbers = row(sheet, NUMBER_ROW);
		numbers.setHeightInPoints(26);
		cell(units, 0, null, styles.unit);
		cell(units, 1, null, styles.unit);
		cell(units, NOTES_COLUMN, null, styles.unit);
		cell(numbers, 0, "(1)", styles.number);
		cell(numbers, 1, "(2)", styles.number);
		cell(numbers, NOTES_COLUMN, "(" + FormColumn.NOTES_NUMBER + ")", styles.number);
		boolean splitAddsUp = form.figures() == null || FormPrint.splitAddsUp(form.figures());
		for (FormColumn column : FormColumn.values()) {
			cell(units, sheetColumn(column), column.unit().label(), styles.unit);
			String numbering = (column == FormColumn.CLASSES_HELD && !splitAddsUp) ? "(4)" : column.numbering();
			cell(numbers, sheetColumn(column), numbering, styles.number);
		}
	}

	/** The "Trong đó" sub-columns: (5), (6) and (9)-(12). */
	static boolean isOfWhom(FormColumn column) {
		return switch (column) {
			case CLASSES_IN_PERSON, CLASSES_ONLINE, WOMEN, CHAIRS, FULL_TIME, ETHNIC_MINORITY -> true;
			default -> false;
		};
	}

	private static void dataRow(Sheet sheet, FormSheet form, FormRow formRow, Styles styles) {
		Row row = row(sheet, sheetRow(formRow));
		RowFigures figures = (form.figures() != null) ? form.figures().row(formRow) : null;
		String note = (figures != null) ? figures.note() : null;
		// about 40 characters a line in the label column, 26 in the notes column
		int lines = Math.max((formRow.label().length() + 39) / 40, (note != null) ? (note.length() + 25) / 26 : 1);
		row.setHeightInPoints(Math.max(18, 13 * lines + 4));
		boolean strong = !formRow.isLeaf();
		cell(row, 0, formRow.number(), strong ? styles.rowNumberBold : styles.rowNumber);
		cell(row, 1, formRow.label(), strong ? styles.labelBold : styles.label);
		for (FormColumn column : FormColumn.values()) {
			int c = sheetColumn(column);
			Long value = (figures != null) ? figures.get(column) : null;
			String formula = formula(form, formRow, column);
			Cell cell = row.createCell(c);
			if (formula != null) {
				cell.setCellFormula(formula);
				if (value != null && form.kind() != FormSheet.Kind.BLANK) {
					cell.setCellValue(value);
				}
				else {
					cell.setCellValue("");
				}
				cell.setCellStyle(styles.figure(value, strong, false, form.kind()));
			}
			else {
				if (value != null) {
					cell.setCellValue(value);
				}
				boolean input = form.kind() != FormSheet.Kind.NATIONAL;
				cell.setCellStyle(styles.figure(value, strong, input, form.kind()));
			}
		}
		cell(row, NOTES_COLUMN, note, (form.kind() != FormSheet.Kind.NATIONAL) ? styles.inputNote : styles.note);
	}

	/**
	 * The formula of a cell, or {@code null} for a cell typed in: the sum rows add their
	 * rows, column (4) of a leaf row adds (5) and (6) (except in the national roll-up,
	 * where some units gave (4) without its split). Blank while nothing it adds is filled
	 * in, so that a blank form stays blank.
	 */
	static String formula(FormSheet form, FormRow row, FormColumn column) {
		String letters = CellReference.convertNumToColString(sheetColumn(column));
		if (!row.sumOf().isEmpty()) {
			List<String> cells = row.sumOf().stream().map((part) -> letters + (sheetRow(part) + 1)).toList();
			String list = String.join(",", cells);
			return "IF(COUNT(" + list + ")=0,\"\",SUM(" + list + "))";
		}
		if (!column.sumOf().isEmpty() && form.kind() != FormSheet.Kind.NATIONAL) {
			List<String> cells = column.sumOf()
				.stream()
				.map((part) -> CellReference.convertNumToColString(sheetColumn(part)) + (sheetRow(row) + 1))
				.toList();
			String list = String.join(",", cells);
			return "IF(COUNT(" + list + ")=0,\"\",SUM(" + list + "))";
		}
		return null;
	}

	private static int footer(Sheet sheet, FormSheet form, Styles styles) {
		int notesRow = sheetRow(FormRow.GRASSROOTS_CLASSES) + 2;
		Row notes = row(sheet, notesRow);
		String text = notesText(form);
		// about 230 characters a line across the sheet at 10 pt
		notes.setHeightInPoints(Math.max(44, 14 * ((text.length() + 229) / 230) + 4));
		merged(sheet, notes, 0, NOTES_COLUMN, text, styles.notes);
		int signature = notesRow + 2;
		Row first = row(sheet, signature);
		merged(sheet, first, 11, NOTES_COLUMN, "………, ngày …… tháng …… năm " + (form.year() + 1), styles.centredItalic);
		Row second = row(sheet, signature + 1);
		merged(sheet, second, 0, 4, "NGƯỜI LẬP BIỂU", styles.centredBold);
		merged(sheet, second, 11, NOTES_COLUMN,
				(form.kind() == FormSheet.Kind.NATIONAL) ? "THỦ TRƯỞNG ĐƠN VỊ" : "TM. BAN THƯỜNG VỤ",
				styles.centredBold);
		Row third = row(sheet, signature + 2);
		merged(sheet, third, 0, 4, "(Ký, ghi rõ họ tên và số điện thoại liên hệ)", styles.centredItalic);
		merged(sheet, third, 11, NOTES_COLUMN,
				(form.kind() == FormSheet.Kind.NATIONAL) ? "(Ký, ghi rõ họ tên)" : "CHỦ TỊCH", styles.centredBold);
		Row fourth = row(sheet, signature + 3);
		if (form.kind() != FormSheet.Kind.NATIONAL) {
			merged(sheet, fourth, 11, NOTES_COLUMN, "(Ký tên, đóng dấu)", styles.centredItalic);
		}
		return signature;
	}

	private static String notesText(FormSheet form) {
		String base = "Ghi chú: (4) = (5) + (6); các cột (9) đến (14) không lớn hơn (8); (16) không lớn hơn (15). "
				+ "TỔNG SỐ = I + II + III; III = 1 + 2 (công thức có sẵn, không gõ đè). Cột (16) và (17) chỉ tính các lớp "
				+ "đã quyết toán. Biểu chỉ ghi số liệu tổng hợp: không ghi họ tên, số điện thoại, số CCCD của học viên.";
		return (form.summaryLine() != null) ? base + " " + form.summaryLine() : base;
	}

	private static String unitList(Workbook workbook, List<ReportingUnit> units) {
		Sheet list = workbook.createSheet(UNITS_SHEET_NAME);
		for (int i = 0; i < units.size(); i++) {
			list.createRow(i).createCell(0).setCellValue(units.get(i).name());
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(list), SheetVisibility.HIDDEN);
		return "'" + UNITS_SHEET_NAME + "'!$A$1:$A$" + Math.max(1, units.size());
	}

	private static void validations(Sheet sheet, FormSheet form, String unitsRange) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		add(sheet, helper, helper.createFormulaListConstraint(unitsRange),
				new CellRangeAddressList(INFO_ROW, INFO_ROW, UNIT_CELL_COLUMN, UNIT_CELL_COLUMN),
				DataValidation.ErrorStyle.STOP, "Đơn vị báo cáo", "Chọn tên LĐLĐ tỉnh, thành phố hoặc công đoàn ngành.",
				"Chọn đơn vị trong danh sách.");
		add(sheet, helper,
				helper.createDateConstraint(OperatorType.BETWEEN, "=DATE(" + form.year() + ",1,1)",
						"=DATE(" + (form.year() + 1) + ",12,31)", "dd/mm/yyyy"),
				new CellRangeAddressList(INFO_ROW, INFO_ROW, DATE_CELL_COLUMN, DATE_CELL_COLUMN),
				DataValidation.ErrorStyle.STOP, "Số liệu tính đến ngày", "Nhập ngày dạng dd/mm/yyyy.",
				"Ngày phải trong năm " + form.year() + " hoặc đầu năm sau.");
		// rows I, II and rows 1, 2: one validation per block of adjacent rows, each
		// formula
		// relative to its block's first cell
		List<List<FormRow>> blocks = List.of(List.of(FormRow.POSTGRADUATE, FormRow.EXTERNAL),
				List.of(FormRow.FULLTIME_COURSES, FormRow.GRASSROOTS_CLASSES));
		for (List<FormRow> block : blocks) {
			int first = sheetRow(block.get(0));
			int last = sheetRow(block.get(block.size() - 1));
			for (FormColumn column : FormColumn.values()) {
				if (!column.sumOf().isEmpty()) {
					continue;
				}
				String cell = CellReference.convertNumToColString(sheetColumn(column)) + (first + 1);
				String rule = "AND(ISNUMBER(" + cell + ")," + cell + ">=0"
						+ (column.isMoney() ? "" : "," + cell + "=INT(" + cell + ")");
				String limit = null;
				FormColumn whole = column.atMost();
				if (whole != null && whole.sumOf().isEmpty()) {
					String bound = "$" + CellReference.convertNumToColString(sheetColumn(whole)) + (first + 1);
					rule += ",OR(ISBLANK(" + bound + ")," + cell + "<=" + bound + ")";
					limit = " và không lớn hơn cột (" + whole.number() + ")";
				}
				rule += ")";
				add(sheet, helper, helper.createCustomConstraint(rule),
						new CellRangeAddressList(first, last, sheetColumn(column), sheetColumn(column)),
						DataValidation.ErrorStyle.STOP, "Cột (" + column.number() + ")",
						column.label() + ": " + column.unit().label().toLowerCase(VIETNAMESE)
								+ (column.isMoney() ? ", số nguyên đồng." : ", số nguyên.")
								+ ((limit != null) ? " Không lớn hơn cột (" + whole.number() + ")." : ""),
						"Nhập số " + (column.isMoney() ? "" : "nguyên ") + "không âm" + ((limit != null) ? limit : "")
								+ ". Không có số liệu: để trống.");
			}
		}
	}

	private static void add(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
			CellRangeAddressList cells, int errorStyle, String promptTitle, String prompt, String error) {
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setEmptyCellAllowed(true);
		validation.setShowPromptBox(true);
		validation.createPromptBox(promptTitle, prompt);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(errorStyle);
		validation.createErrorBox("Số liệu không hợp lệ", error);
		if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
			// XSSF inverts this flag: true shows the drop-down arrow
			validation.setSuppressDropDownArrow(true);
		}
		sheet.addValidationData(validation);
	}

	/**
	 * Protects the sheet without a password: labels and formulas cannot be changed by
	 * mistake; anyone can unprotect it (Review > Unprotect Sheet). Column widths and row
	 * heights stay adjustable.
	 */
	private static void protect(Sheet sheet) {
		if (sheet instanceof XSSFSheet xssf) {
			xssf.enableLocking();
			xssf.lockFormatColumns(false);
			xssf.lockFormatRows(false);
			xssf.lockSelectLockedCells(false);
			xssf.lockSelectUnlockedCells(false);
		}
		else if (sheet instanceof SXSSFSheet sxssf) {
			sxssf.enableLocking();
			sxssf.lockFormatColumns(false);
			sxssf.lockFormatRows(false);
			sxssf.lockSelectLockedCells(false);
			sxssf.lockSelectUnlockedCells(false);
		}
	}

	private static void printSetup(Workbook workbook, Sheet sheet, int lastRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_TOP, NUMBER_ROW, -1, -1));
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, NOTES_COLUMN, 0, lastRow);
	}

	private static void metadata(Workbook workbook, FormSheet form) {
		Sheet sheet = workbook.createSheet(FormMetadata.SHEET_NAME);
		FormMetadata metadata = new FormMetadata(FormMetadata.VERSION, form.kind().name(), form.year(),
				form.sheetName(), form.unitCode(), form.planCode(), form.asOf());
		int index = 0;
		for (Map.Entry<String, String> entry : metadata.entries().entrySet()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue());
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	private static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return (row != null) ? row : sheet.createRow(index);
	}

	private static Cell cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(inert(value));
		}
		cell.setCellStyle(style);
		return cell;
	}

	/**
	 * A merged range on one row; the value and style in its first cell, the style in all.
	 */
	private static Cell merged(Sheet sheet, Row row, int from, int to, String value, CellStyle style) {
		Cell first = cell(row, from, value, style);
		for (int c = from + 1; c <= to; c++) {
			cell(row, c, null, style);
		}
		if (to > from) {
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
		}
		return first;
	}

	/** A header box over rows and columns, bordered all round. */
	private static void box(Sheet sheet, int top, int bottom, int left, int right, String text, CellStyle style) {
		for (int r = top; r <= bottom; r++) {
			Row row = row(sheet, r);
			for (int c = left; c <= right; c++) {
				cell(row, c, (r == top && c == left) ? text : null, style);
			}
		}
		if (top != bottom || left != right) {
			sheet.addMergedRegion(new CellRangeAddress(top, bottom, left, right));
		}
	}

	/**
	 * Text that spreadsheet software would read as a formula (starting with =, +, -, @,
	 * tab, CR or NUL) gets a leading apostrophe.
	 */
	static String inert(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean active = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\0';
		return active ? "'" + value : value;
	}

	/** The fixed '.'-grouped format for whole numbers of this magnitude. */
	static String groupedFormat(long value) {
		if (value >= 0 && value < 1_000_000_000L) {
			return GROUPED;
		}
		StringBuilder format = new StringBuilder("0");
		for (long rest = Math.abs(value) / 1000; rest > 0; rest /= 1000) {
			format.append("\".\"000");
		}
		return format.toString();
	}

	/**
	 * What to write: a blank form, a province's filled form or the national roll-up.
	 *
	 * @param kind which
	 * @param sheetName the sheet's name
	 * @param year the report year
	 * @param reportingBody who reports (blank form: ignored)
	 * @param asOf the figures' date, or {@code null}
	 * @param figures the figures (blank form: {@code null})
	 * @param choices the units of the drop-down
	 * @param unitCode the unit's code for the metadata, or {@code null}
	 * @param planCode the plan the figures come from, or {@code null}
	 * @param summaryLine an extra sentence for the notes, or {@code null}
	 */
	record FormSheet(Kind kind, String sheetName, int year, String reportingBody, LocalDate asOf, FormFigures figures,
			List<ReportingUnit> choices, String unitCode, String planCode, String summaryLine) {

		FormSheet {
			choices = List.copyOf(choices);
		}

		enum Kind {

			BLANK, FILLED, NATIONAL

		}

	}

	/** The cell styles of one workbook. */
	private static final class Styles {

		private final Workbook workbook;

		final CellStyle centred;

		final CellStyle centredBold;

		final CellStyle centredItalic;

		final CellStyle rightBold;

		final CellStyle leftBold;

		final CellStyle title;

		final CellStyle header;

		final CellStyle unit;

		final CellStyle number;

		final CellStyle rowNumber;

		final CellStyle rowNumberBold;

		final CellStyle label;

		final CellStyle labelBold;

		final CellStyle note;

		final CellStyle inputNote;

		final CellStyle inputText;

		final CellStyle inputDate;

		final CellStyle date;

		final CellStyle notes;

		private final Font regular;

		private final Font bold;

		private final Map<String, CellStyle> figures = new HashMap<>();

		Styles(Workbook workbook) {
			this.workbook = workbook;
			this.regular = font(false, false, 11);
			this.bold = font(true, false, 11);
			Font italic = font(false, true, 11);
			Font small = font(false, false, 10);
			Font smallBold = font(true, false, 10);
			Font smallItalic = font(false, true, 10);
			this.centred = style(this.regular, HorizontalAlignment.CENTER, false, false);
			this.centredBold = style(this.bold, HorizontalAlignment.CENTER, false, false);
			this.centredItalic = style(italic, HorizontalAlignment.CENTER, false, false);
			this.rightBold = style(this.bold, HorizontalAlignment.RIGHT, false, false);
			this.leftBold = style(this.bold, HorizontalAlignment.LEFT, false, false);
			this.title = style(font(true, false, 14), HorizontalAlignment.CENTER, false, false);
			this.header = style(smallBold, HorizontalAlignment.CENTER, true, true);
			this.header.setWrapText(true);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.unit = style(smallItalic, HorizontalAlignment.CENTER, true, true);
			this.number = style(smallItalic, HorizontalAlignment.CENTER, true, true);
			this.number.setWrapText(true);
			this.rowNumber = style(this.regular, HorizontalAlignment.CENTER, true, true);
			this.rowNumberBold = style(this.bold, HorizontalAlignment.CENTER, true, true);
			this.label = style(this.regular, HorizontalAlignment.LEFT, true, true);
			this.label.setWrapText(true);
			this.label.setIndention((short) 1);
			this.labelBold = style(this.bold, HorizontalAlignment.LEFT, true, true);
			this.labelBold.setWrapText(true);
			this.note = style(small, HorizontalAlignment.LEFT, true, true);
			this.note.setWrapText(true);
			this.inputNote = style(small, HorizontalAlignment.LEFT, true, false);
			this.inputNote.setWrapText(true);
			this.inputText = style(this.bold, HorizontalAlignment.LEFT, false, false);
			this.inputText.setLocked(false);
			this.inputText.setBorderBottom(BorderStyle.DOTTED);
			this.inputDate = style(this.regular, HorizontalAlignment.CENTER, false, false);
			this.inputDate.setLocked(false);
			this.inputDate.setBorderBottom(BorderStyle.DOTTED);
			this.inputDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			this.date = style(this.regular, HorizontalAlignment.CENTER, false, false);
			this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			this.notes = style(smallItalic, HorizontalAlignment.LEFT, false, false);
			this.notes.setWrapText(true);
			this.notes.setVerticalAlignment(VerticalAlignment.TOP);
		}

		/**
		 * A figure cell's style: bold for the sum rows, unlocked and tinted for cells a
		 * province types, the '.'-grouped format for the value's magnitude (the user's
		 * own grouping in a blank form).
		 */
		CellStyle figure(Long value, boolean strong, boolean input, FormSheet.Kind kind) {
			String format = (kind == FormSheet.Kind.BLANK || value == null) ? "#,##0" : groupedFormat(value);
			return this.figures.computeIfAbsent(format + "|" + strong + "|" + input, (key) -> {
				CellStyle style = style(strong ? this.bold : this.regular, HorizontalAlignment.RIGHT, true, !input);
				style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
				if (strong) {
					style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
					style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				}
				return style;
			});
		}

		private Font font(boolean bold, boolean italic, int points) {
			Font font = this.workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setItalic(italic);
			return font;
		}

		private CellStyle style(Font font, HorizontalAlignment alignment, boolean bordered, boolean locked) {
			CellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setLocked(locked);
			if (bordered) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		}

	}

}
