package vn.congdoan.taphuan.wardkit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * Writes a fill-in template with Apache POI: the only class that knows POI in this
 * package. Layout (rows and columns 0-based here, 1-based in Excel):
 * <ul>
 * <li>rows 0-1: federation and ward union on the left, the national motto on the
 * right;</li>
 * <li>rows 3-6: "DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN", the class title, dates and
 * venue, class and ward codes;</li>
 * <li>rows 8-9: the two-row header; columns A-H and the notes column are merged over both
 * rows, "Điểm danh" is merged over the day columns and row 9 holds the class dates;</li>
 * <li>from row 10: one numbered row per trainee, then the signature block two rows below
 * the last one.</li>
 * </ul>
 */
final class AttendanceTemplateWorkbook {

	static final int FEDERATION_ROW = 0;

	static final int UNION_ROW = 1;

	static final int HEADING_ROW = 3;

	static final int CLASS_TITLE_ROW = 4;

	static final int SCHEDULE_ROW = 5;

	static final int CODES_ROW = 6;

	static final int HEADER_ROW = 8;

	static final int DAY_HEADER_ROW = 9;

	static final int FIRST_DATA_ROW = 10;

	static final int STT_COLUMN = 0;

	static final int NAME_COLUMN = 1;

	static final int BIRTH_YEAR_COLUMN = 2;

	static final int GENDER_COLUMN = 3;

	static final int POSITION_COLUMN = 4;

	static final int UNIT_COLUMN = 5;

	static final int PHONE_COLUMN = 6;

	static final int CCCD_COLUMN = 7;

	static final int FIRST_DAY_COLUMN = 8;

	/** The fixed columns before the day columns, in order. */
	static final List<String> LEADING_HEADERS = List.of("STT", "Họ và tên", "Năm sinh", "Giới tính",
			"Chức vụ công đoàn", "Đơn vị (CĐCS)", "Số điện thoại", "Số CCCD");

	static final String ATTENDANCE_HEADER = "Điểm danh";

	static final String NOTES_HEADER = "Ghi chú";

	static final String HEADING = "DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN";

	static final String PREPARER = "Người lập biểu";

	static final String SIGNER = "TM. BAN CHẤP HÀNH";

	static final String FONT = "Times New Roman";

	/** Column widths in characters: STT … Số CCCD, then each day, then notes. */
	private static final int[] LEADING_WIDTHS = { 5, 26, 9, 9, 23, 28, 14, 16 };

	private static final int DAY_WIDTH = 12;

	private static final int NOTES_WIDTH = 20;

	/** The left half of the title block: STT … Chức vụ công đoàn. */
	private static final int LEFT_BLOCK_LAST_COLUMN = POSITION_COLUMN;

	private static final float DATA_ROW_HEIGHT = 21;

	private static final byte[] HEADER_FILL = { (byte) 0xDD, (byte) 0xEB, (byte) 0xF7 };

	private static final String AUTHOR = "taphuan";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private AttendanceTemplateWorkbook() {
	}

	static int notesColumn(AttendanceTemplate template) {
		return FIRST_DAY_COLUMN + template.days().size();
	}

	static int lastDataRow(AttendanceTemplate template) {
		return FIRST_DATA_ROW + template.rows() - 1;
	}

	static void write(AttendanceTemplate template, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			XSSFSheet list = workbook.createSheet(TemplateMetadata.DATA_SHEET_NAME);
			writeList(template, workbook, list, styles);
			XSSFSheet instructions = workbook.createSheet(TemplateMetadata.INSTRUCTIONS_SHEET_NAME);
			writeInstructions(template, instructions, styles);
			writeMetadata(template.metadata(), workbook);
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			workbook.getProperties()
				.getCoreProperties()
				.setTitle(HEADING + " " + template.metadata().classCode() + " — " + template.issuingBody());
			workbook.getProperties().getCoreProperties().setCreator(AUTHOR);
			workbook.write(out);
		}
	}

	private static void writeList(AttendanceTemplate template, XSSFWorkbook workbook, XSSFSheet sheet, Styles styles) {
		int notesColumn = notesColumn(template);
		int lastColumn = notesColumn;
		sheet.setDisplayGridlines(false);
		for (int column = 0; column < LEADING_WIDTHS.length; column++) {
			sheet.setColumnWidth(column, LEADING_WIDTHS[column] * 256);
		}
		for (int day = 0; day < template.days().size(); day++) {
			sheet.setColumnWidth(FIRST_DAY_COLUMN + day, DAY_WIDTH * 256);
		}
		sheet.setColumnWidth(notesColumn, NOTES_WIDTH * 256);
		int totalWidth = totalWidth(template);

		// Title block.
		merged(sheet, FEDERATION_ROW, 0, LEFT_BLOCK_LAST_COLUMN, upper(template.superiorBody()), styles.centred);
		merged(sheet, FEDERATION_ROW, LEFT_BLOCK_LAST_COLUMN + 1, lastColumn, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				styles.centredBold);
		merged(sheet, UNION_ROW, 0, LEFT_BLOCK_LAST_COLUMN, upper(template.issuingBody()), styles.centredBold);
		merged(sheet, UNION_ROW, LEFT_BLOCK_LAST_COLUMN + 1, lastColumn, "Độc lập - Tự do - Hạnh phúc",
				styles.centredBoldUnderlined);
		merged(sheet, HEADING_ROW, 0, lastColumn, HEADING, styles.heading);
		sheet.getRow(HEADING_ROW).setHeightInPoints(22);
		merged(sheet, CLASS_TITLE_ROW, 0, lastColumn, plain(template.classTitle()), styles.title);
		sheet.getRow(CLASS_TITLE_ROW).setHeightInPoints(17 * lines(template.classTitle(), totalWidth));
		String schedule = scheduleLine(template);
		merged(sheet, SCHEDULE_ROW, 0, lastColumn, schedule, styles.centredWrapped);
		sheet.getRow(SCHEDULE_ROW).setHeightInPoints(17 * lines(schedule, totalWidth));
		merged(sheet, CODES_ROW, 0, lastColumn, codesLine(template.metadata()), styles.centredItalic);

		// Two-row header.
		XSSFRow top = sheet.createRow(HEADER_ROW);
		XSSFRow days = sheet.createRow(DAY_HEADER_ROW);
		top.setHeightInPoints(24);
		days.setHeightInPoints(24);
		for (int column = 0; column < LEADING_HEADERS.size(); column++) {
			headerOverTwoRows(sheet, top, days, column, LEADING_HEADERS.get(column), styles);
		}
		for (int day = 0; day < template.days().size(); day++) {
			int column = FIRST_DAY_COLUMN + day;
			cell(top, column, (day == 0) ? ATTENDANCE_HEADER : null, styles.header);
			cell(days, column, VietnameseFormat.date(template.days().get(day)), styles.header);
		}
		if (template.days().size() > 1) {
			sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, FIRST_DAY_COLUMN, notesColumn - 1));
		}
		headerOverTwoRows(sheet, top, days, notesColumn, NOTES_HEADER, styles);
		comment(workbook, sheet, top.getCell(FIRST_DAY_COLUMN),
				"Mỗi ngày học một cột. Ghi: " + marksExplained() + ". Ngày chưa học: để trống.");

		// Numbered rows to fill in.
		for (int index = 0; index < template.rows(); index++) {
			XSSFRow row = sheet.createRow(FIRST_DATA_ROW + index);
			row.setHeightInPoints(DATA_ROW_HEIGHT);
			row.createCell(STT_COLUMN).setCellValue(index + 1);
			row.getCell(STT_COLUMN).setCellStyle(styles.number);
			cell(row, NAME_COLUMN, null, styles.input);
			cell(row, BIRTH_YEAR_COLUMN, null, styles.inputYear);
			cell(row, GENDER_COLUMN, null, styles.inputCentred);
			cell(row, POSITION_COLUMN, null, styles.input);
			cell(row, UNIT_COLUMN, null, styles.input);
			cell(row, PHONE_COLUMN, null, styles.inputText);
			cell(row, CCCD_COLUMN, null, styles.inputText);
			for (int day = 0; day < template.days().size(); day++) {
				cell(row, FIRST_DAY_COLUMN + day, null, styles.inputCentred);
			}
			cell(row, notesColumn, null, styles.input);
		}
		validations(template, sheet);

		// Signature block, two rows below the list.
		int signatureRow = lastDataRow(template) + 2;
		merged(sheet, signatureRow, NAME_COLUMN, GENDER_COLUMN, PREPARER, styles.centredBold);
		merged(sheet, signatureRow, UNIT_COLUMN, lastColumn, SIGNER, styles.centredBold);
		int lastPrintedRow = signatureRow + 4;

		sheet.createFreezePane(NAME_COLUMN + 1, FIRST_DATA_ROW);
		protect(sheet);
		printSetup(workbook, sheet, lastColumn, lastPrintedRow);
	}

	private static void headerOverTwoRows(XSSFSheet sheet, XSSFRow top, XSSFRow bottom, int column, String text,
			Styles styles) {
		cell(top, column, text, styles.header);
		cell(bottom, column, null, styles.header);
		sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, DAY_HEADER_ROW, column, column));
	}

	private static void validations(AttendanceTemplate template, XSSFSheet sheet) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		int first = FIRST_DATA_ROW;
		int last = lastDataRow(template);
		String years = AttendanceTemplate.MIN_BIRTH_YEAR + " đến " + template.maxBirthYear();
		add(sheet, helper,
				helper.createIntegerConstraint(OperatorType.BETWEEN, String.valueOf(AttendanceTemplate.MIN_BIRTH_YEAR),
						String.valueOf(template.maxBirthYear())),
				new CellRangeAddressList(first, last, BIRTH_YEAR_COLUMN, BIRTH_YEAR_COLUMN),
				DataValidation.ErrorStyle.STOP,
				new Message("Năm sinh", "Nhập năm sinh đủ 4 chữ số, từ " + years + " (ví dụ 1985)."),
				new Message("Năm sinh không hợp lệ", "Năm sinh phải là số từ " + years + ", ví dụ 1985."));
		add(sheet, helper, helper.createExplicitListConstraint(TemplateVocabulary.GENDERS.toArray(String[]::new)),
				new CellRangeAddressList(first, last, GENDER_COLUMN, GENDER_COLUMN), DataValidation.ErrorStyle.STOP,
				new Message("Giới tính", "Chọn Nam hoặc Nữ."),
				new Message("Giới tính không hợp lệ", "Chọn Nam hoặc Nữ trong danh sách."));
		add(sheet, helper,
				helper.createExplicitListConstraint(TemplateVocabulary.POSITIONS.values().toArray(String[]::new)),
				new CellRangeAddressList(first, last, POSITION_COLUMN, POSITION_COLUMN), DataValidation.ErrorStyle.STOP,
				new Message("Chức vụ công đoàn", "Chọn chức vụ trong danh sách."), new Message("Chức vụ không hợp lệ",
						"Chọn chức vụ trong danh sách. Chức vụ khác: chọn \"Khác\" và ghi rõ ở cột Ghi chú."));
		add(sheet, helper, helper.createTextLengthConstraint(OperatorType.BETWEEN, "10", "11"),
				new CellRangeAddressList(first, last, PHONE_COLUMN, PHONE_COLUMN), DataValidation.ErrorStyle.STOP,
				new Message("Số điện thoại", "Nhập 10 chữ số, bắt đầu bằng số 0 (ví dụ 0912345678)."),
				new Message("Số điện thoại không hợp lệ",
						"Số điện thoại gồm 10 chữ số (số cũ 11 chữ số), bắt đầu bằng số 0, không có dấu cách."));
		add(sheet, helper, helper.createTextLengthConstraint(OperatorType.EQUAL, "12", null),
				new CellRangeAddressList(first, last, CCCD_COLUMN, CCCD_COLUMN), DataValidation.ErrorStyle.WARNING,
				new Message("Số CCCD", "Nhập 12 chữ số của căn cước (nếu có)."),
				new Message("Kiểm tra số CCCD", "Số CCCD gồm 12 chữ số. Vẫn giữ số đã nhập?"));
		add(sheet, helper,
				helper.createExplicitListConstraint(TemplateVocabulary.MARKS.keySet().toArray(String[]::new)),
				new CellRangeAddressList(first, last, FIRST_DAY_COLUMN, notesColumn(template) - 1),
				DataValidation.ErrorStyle.STOP, new Message("Điểm danh", marksExplained() + ". Chưa học: để trống."),
				new Message("Ký hiệu không hợp lệ", "Chỉ ghi " + marksExplained() + "."));
	}

	private static void add(XSSFSheet sheet, XSSFDataValidationHelper helper, DataValidationConstraint constraint,
			CellRangeAddressList cells, int errorStyle, Message prompt, Message error) {
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setEmptyCellAllowed(true);
		validation.setShowPromptBox(true);
		validation.createPromptBox(prompt.title(), prompt.text());
		validation.setShowErrorBox(true);
		validation.setErrorStyle(errorStyle);
		validation.createErrorBox(error.title(), error.text());
		if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
			// XSSF inverts this flag: false writes showDropDown="1", which hides the
			// arrow.
			validation.setSuppressDropDownArrow(true);
		}
		sheet.addValidationData(validation);
	}

	/**
	 * Protects the sheet without a password: wards cannot change the title or header by
	 * mistake, an operator can unprotect it. Column widths, row heights and inserting
	 * rows stay allowed.
	 */
	private static void protect(XSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockInsertRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	private static void printSetup(XSSFWorkbook workbook, XSSFSheet sheet, int lastColumn, int lastRow) {
		XSSFPrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PaperSize.A4_PAPER);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, DAY_HEADER_ROW, -1, -1));
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(PageMargin.LEFT, 0.5);
		sheet.setMargin(PageMargin.RIGHT, 0.5);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.7);
		sheet.setMargin(PageMargin.HEADER, 0.3);
		sheet.setMargin(PageMargin.FOOTER, 0.3);
		sheet.getFooter().setCenter("Trang &P / &N");
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
	}

	private static void writeInstructions(AttendanceTemplate template, XSSFSheet sheet, Styles styles) {
		sheet.setDisplayGridlines(false);
		sheet.setColumnWidth(0, 4 * 256);
		sheet.setColumnWidth(1, 110 * 256);
		XSSFRow title = sheet.createRow(0);
		title.setHeightInPoints(22);
		cell(title, 0, "HƯỚNG DẪN ĐIỀN DANH SÁCH HỌC VIÊN", styles.headingLeft);
		XSSFRow forWhom = sheet.createRow(1);
		cell(forWhom, 0, plain(template.issuingBody()) + " — lớp " + template.metadata().classCode() + " ("
				+ dateRange(template) + ")", styles.italic);
		List<String> steps = instructions(template);
		for (int index = 0; index < steps.size(); index++) {
			XSSFRow row = sheet.createRow(3 + index);
			cell(row, 0, (index + 1) + ".", styles.topLeft);
			cell(row, 1, steps.get(index), styles.wrapped);
			row.setHeightInPoints(16 * lines(steps.get(index), 110) + 2);
		}
		sheet.enableLocking();
		sheet.lockSelectLockedCells(false);
		XSSFPrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PaperSize.A4_PAPER);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
	}

	private static List<String> instructions(AttendanceTemplate template) {
		List<String> steps = new ArrayList<>();
		steps.add("Chỉ tiêu phân bổ cho đơn vị: " + template.quota() + " người. Sheet \""
				+ TemplateMetadata.DATA_SHEET_NAME + "\" có sẵn " + template.rows()
				+ " dòng đánh số; mỗi học viên ghi một dòng, từ dòng STT 1, "
				+ "không để dòng trống xen giữa. Dòng thừa để trống.");
		steps.add("Họ và tên: viết đầy đủ, có dấu (ví dụ: Nguyễn Thị Hoa).");
		steps.add("Năm sinh: 4 chữ số (ví dụ: 1985). Giới tính: chọn Nam hoặc Nữ.");
		steps.add("Chức vụ công đoàn: chọn trong danh sách (" + String.join(", ", TemplateVocabulary.POSITIONS.values())
				+ "). Chức vụ khác: chọn \"Khác\" và ghi rõ ở cột Ghi chú.");
		steps.add("Đơn vị (CĐCS): tên công đoàn cơ sở hoặc nghiệp đoàn nơi học viên sinh hoạt.");
		steps.add("Số điện thoại: 10 chữ số, bắt đầu bằng số 0. Số CCCD: 12 chữ số (nếu có). Hai cột này đã định "
				+ "dạng văn bản nên số 0 ở đầu được giữ nguyên.");
		steps.add("Điểm danh: mỗi ngày học một cột, tiêu đề là ngày học. Ghi " + marksExplained()
				+ ". Ngày chưa học: để trống.");
		steps.add("Không xóa, thêm hay đổi tên cột và không đổi tên sheet. Phần tiêu đề được khóa để tránh sửa nhầm "
				+ "(không có mật khẩu: Review/Xem lại > Unprotect Sheet/Bỏ bảo vệ trang tính). Cần thêm dòng: "
				+ "chèn dòng trong bảng.");
		steps.add("Lưu tệp dạng Excel (.xlsx), giữ nguyên tên tệp, gửi lại cho " + template.returnTo()
				+ " sau ngày học cuối cùng (" + VietnameseFormat.date(template.end()) + ").");
		if (template.contact() != null && !template.contact().isBlank()) {
			steps.add("Cần hỏi thêm, liên hệ: " + plain(template.contact()) + ".");
		}
		steps.add("Danh sách có dữ liệu cá nhân (số điện thoại, số CCCD): chỉ gửi cho LĐLĐ tỉnh, "
				+ "không đăng lên nhóm chung.");
		return steps;
	}

	private static void writeMetadata(TemplateMetadata metadata, XSSFWorkbook workbook) {
		XSSFSheet sheet = workbook.createSheet(TemplateMetadata.SHEET_NAME);
		int index = 0;
		for (Map.Entry<String, String> entry : metadata.entries().entrySet()) {
			XSSFRow row = sheet.createRow(index++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue());
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	private static void comment(XSSFWorkbook workbook, XSSFSheet sheet, XSSFCell cell, String text) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
		anchor.setCol1(cell.getColumnIndex() + 1);
		anchor.setCol2(cell.getColumnIndex() + 4);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + 4);
		XSSFComment comment = drawing.createCellComment(anchor);
		comment.setString(new XSSFRichTextString(text));
		comment.setAuthor(AUTHOR);
		cell.setCellComment(comment);
	}

	private static String scheduleLine(AttendanceTemplate template) {
		String line = "Thời gian: " + dateRange(template) + " (" + template.days().size() + " ngày)";
		if (template.venue() != null && !template.venue().isBlank()) {
			line += " — Địa điểm: " + template.venue().strip();
		}
		return plain(line);
	}

	private static String dateRange(AttendanceTemplate template) {
		LocalDate start = template.start();
		LocalDate end = template.end();
		return start.equals(end) ? VietnameseFormat.date(start)
				: VietnameseFormat.date(start) + " - " + VietnameseFormat.date(end);
	}

	private static String codesLine(TemplateMetadata metadata) {
		return plain("Mã lớp: " + metadata.classCode() + " — Đơn vị: " + metadata.ward());
	}

	private static String marksExplained() {
		List<String> parts = new ArrayList<>();
		TemplateVocabulary.MARKS.forEach((mark, meaning) -> parts.add(mark + " = " + meaning));
		return String.join("; ", parts);
	}

	private static int totalWidth(AttendanceTemplate template) {
		int width = NOTES_WIDTH + DAY_WIDTH * template.days().size();
		for (int leading : LEADING_WIDTHS) {
			width += leading;
		}
		return width;
	}

	/**
	 * Lines a text needs in a cell this many width units wide: an estimate for Times New
	 * Roman, whose average letter is narrower than the digit that sets the unit, leaving
	 * room for breaks at word ends.
	 */
	private static int lines(String text, int widthInCharacters) {
		int perLine = Math.max(1, widthInCharacters * 105 / 100);
		return Math.max(1, (text.length() + perLine - 1) / perLine);
	}

	private static String upper(String text) {
		return plain(text).toUpperCase(VIETNAMESE);
	}

	/**
	 * Text from the plan as it goes into a cell: a leading character that Excel would
	 * read as the start of a formula when the cell is edited gets a space before it.
	 */
	static String plain(String text) {
		String stripped = text.strip();
		if (!stripped.isEmpty() && "=+-@\t\0".indexOf(stripped.charAt(0)) >= 0) {
			return " " + stripped;
		}
		return stripped;
	}

	private static void merged(XSSFSheet sheet, int rowIndex, int firstColumn, int lastColumn, String text,
			XSSFCellStyle style) {
		XSSFRow row = (sheet.getRow(rowIndex) != null) ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
		cell(row, firstColumn, text, style);
		for (int column = firstColumn + 1; column <= lastColumn; column++) {
			cell(row, column, null, style);
		}
		if (lastColumn > firstColumn) {
			sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, firstColumn, lastColumn));
		}
	}

	private static XSSFCell cell(XSSFRow row, int column, String text, XSSFCellStyle style) {
		XSSFCell cell = row.createCell(column);
		if (text != null) {
			cell.setCellValue(text);
		}
		cell.setCellStyle(style);
		return cell;
	}

	private record Message(String title, String text) {

	}

	/** The workbook's cell styles, created once. */
	private static final class Styles {

		final XSSFCellStyle centred;

		final XSSFCellStyle centredBold;

		final XSSFCellStyle centredBoldUnderlined;

		final XSSFCellStyle centredWrapped;

		final XSSFCellStyle centredItalic;

		final XSSFCellStyle heading;

		final XSSFCellStyle headingLeft;

		final XSSFCellStyle title;

		final XSSFCellStyle header;

		final XSSFCellStyle number;

		final XSSFCellStyle input;

		final XSSFCellStyle inputCentred;

		final XSSFCellStyle inputYear;

		final XSSFCellStyle inputText;

		final XSSFCellStyle italic;

		final XSSFCellStyle wrapped;

		final XSSFCellStyle topLeft;

		private final XSSFWorkbook workbook;

		Styles(XSSFWorkbook workbook) {
			this.workbook = workbook;
			XSSFFont regular = workbook.getFontAt(0);
			regular.setFontName(FONT);
			regular.setFontHeightInPoints((short) 12);
			XSSFFont bold = font(12, true, false, false);
			XSSFFont boldUnderlined = font(12, true, false, true);
			XSSFFont italicFont = font(12, false, true, false);
			XSSFFont large = font(14, true, false, false);
			short text = workbook.createDataFormat().getFormat("@");
			short whole = workbook.createDataFormat().getFormat("0");

			this.centred = style(regular, HorizontalAlignment.CENTER);
			this.centredBold = style(bold, HorizontalAlignment.CENTER);
			this.centredBoldUnderlined = style(boldUnderlined, HorizontalAlignment.CENTER);
			this.centredWrapped = style(regular, HorizontalAlignment.CENTER);
			this.centredWrapped.setWrapText(true);
			this.centredItalic = style(italicFont, HorizontalAlignment.CENTER);
			this.heading = style(large, HorizontalAlignment.CENTER);
			this.headingLeft = style(large, HorizontalAlignment.LEFT);
			this.title = style(bold, HorizontalAlignment.CENTER);
			this.title.setWrapText(true);
			this.italic = style(italicFont, HorizontalAlignment.LEFT);
			this.wrapped = style(regular, HorizontalAlignment.LEFT);
			this.wrapped.setWrapText(true);
			this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			this.topLeft = style(regular, HorizontalAlignment.RIGHT);
			this.topLeft.setVerticalAlignment(VerticalAlignment.TOP);

			this.header = bordered(bold, HorizontalAlignment.CENTER);
			this.header.setWrapText(true);
			this.header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.number = bordered(regular, HorizontalAlignment.CENTER);
			this.number.setDataFormat(whole);

			this.input = unlocked(bordered(regular, HorizontalAlignment.LEFT));
			this.inputCentred = unlocked(bordered(regular, HorizontalAlignment.CENTER));
			this.inputYear = unlocked(bordered(regular, HorizontalAlignment.CENTER));
			this.inputYear.setDataFormat(whole);
			this.inputText = unlocked(bordered(regular, HorizontalAlignment.LEFT));
			this.inputText.setDataFormat(text);
		}

		private XSSFFont font(int points, boolean bold, boolean italic, boolean underline) {
			XSSFFont font = this.workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setItalic(italic);
			if (underline) {
				font.setUnderline(XSSFFont.U_SINGLE);
			}
			return font;
		}

		private XSSFCellStyle style(XSSFFont font, HorizontalAlignment alignment) {
			XSSFCellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}

		private XSSFCellStyle bordered(XSSFFont font, HorizontalAlignment alignment) {
			XSSFCellStyle style = style(font, alignment);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

		private static XSSFCellStyle unlocked(XSSFCellStyle style) {
			style.setLocked(false);
			return style;
		}

	}

}
