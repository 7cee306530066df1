package vn.congdoan.taphuan.wardkit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.CellKind;
import vn.congdoan.taphuan.intake.CellRange;
import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.SheetCursor;
import vn.congdoan.taphuan.intake.SheetInfo;
import vn.congdoan.taphuan.intake.SheetRow;
import vn.congdoan.taphuan.intake.SpreadsheetFile;
import vn.congdoan.taphuan.intake.TextCells;

/**
 * Writes a feedback workbook with Apache POI (streaming, SXSSF): the only class that
 * knows POI for feedback. Sheets:
 * <ul>
 * <li>{@value #SUMMARY_SHEET}: the summary (who, which class, which file, the counts, a
 * table of problems by code with their advice, details of file-level problems, what to do
 * and a colour legend), protected without a password;</li>
 * <li>one sheet per sheet of the received file that the import read (every visible sheet
 * for a file rejected whole), named as in the file, each row at its original row number
 * and each cell in its original column, so "row 15, column D" means the same cell in the
 * ward's own file. Problem cells are filled ({@link #ERROR_FILL} for a rejected row,
 * {@link #WARNING_FILL} for a warning) and carry a comment with the code, the message and
 * the advice; the other cells of a rejected row get {@link #REJECTED_ROW_FILL}; a last
 * column {@value #PROBLEM_HEADER} says in one line what is wrong with each row. Cells
 * below the header are unlocked so the ward may correct them here, and carry drop-down
 * lists and checks like the template's (warnings only); the title and header are
 * protected without a password;</li>
 * <li>{@value TemplateMetadata#SHEET_NAME}, very hidden, when class and ward are known:
 * the template metadata, so that a corrected copy of this workbook is assigned without
 * flags.</li>
 * </ul>
 */
final class FeedbackWorkbook {

	static final String SUMMARY_SHEET = "Phản hồi";

	static final String HEADING = "PHẢN HỒI DANH SÁCH HỌC VIÊN";

	static final String PROBLEM_HEADER = "Phản hồi (lỗi, cảnh báo)";

	/** Fill of a cell that made its row rejected: red. */
	static final String ERROR_FILL = "FFA7A7";

	/** Fill of the other cells of a rejected row. */
	static final String REJECTED_ROW_FILL = "FDEDED";

	/** Fill of a cell with a warning (Excel's "neutral" yellow). */
	static final String WARNING_FILL = "FFEB9C";

	/** Fill of the header rows. */
	static final String HEADER_FILL = "DDEBF7";

	/** Key of the metadata row naming the submission a feedback workbook answers. */
	static final String FEEDBACK_KEY = "feedback-for-submission";

	static final String AUTHOR = "taphuan";

	static final String FONT = "Times New Roman";

	private static final Logger logger = LoggerFactory.getLogger(FeedbackWorkbook.class);

	private static final int WINDOW = 200;

	/** Width of the problem column, in characters. */
	private static final int PROBLEM_WIDTH = 60;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Summary columns: label or code, level, description, count, advice. */
	private static final int[] SUMMARY_WIDTHS = { 28, 15, 48, 8, 60 };

	private static final int SUMMARY_LAST_COLUMN = SUMMARY_WIDTHS.length - 1;

	private FeedbackWorkbook() {
	}

	/**
	 * Writes the workbook.
	 * @param file the received file opened for reading, or {@code null} for a summary
	 * alone
	 * @param repair repairs text typed in a legacy encoding
	 * @param maxRows most rows to copy from the file, over all sheets
	 */
	static void write(Feedback feedback, SpreadsheetFile file, FeedbackWorkbooks.CellRepair repair, int maxRows,
			OutputStream out) throws IOException {
		// shared strings, as Excel writes them: inline strings confuse tools that edit
		// the
		// file afterwards (POI's XSSF keeps the old inline text beside the new value)
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, true);
		try {
			Styles styles = new Styles(workbook);
			SXSSFSheet summary = workbook.createSheet(SUMMARY_SHEET);
			List<DataSheet> dataSheets = dataSheets(feedback, file);
			writeSummary(feedback, dataSheets, summary, styles);
			int budget = maxRows;
			for (DataSheet dataSheet : dataSheets) {
				SXSSFSheet sheet = workbook.createSheet(dataSheet.title());
				try {
					budget -= new DataSheetWriter(feedback, dataSheet, file, repair, budget, sheet, styles).write();
				}
				catch (IOException | RuntimeException ex) {
					logger.info("Submission {}: sheet '{}' only partly copied into its feedback ({})",
							feedback.submission().id(), dataSheet.name(), ex.toString());
				}
			}
			if (feedback.metadata() != null && !dataSheets.isEmpty()) {
				writeMetadata(feedback, workbook);
			}
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
			properties.setTitle(HEADING + " — " + feedback.submission().originalName());
			properties.setSubjectProperty(subject(feedback));
			properties.setCreator(AUTHOR);
			properties.setKeywords("taphuan phản hồi " + feedback.submission().id());
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	private static String subject(Feedback feedback) {
		List<String> parts = new ArrayList<>();
		if (feedback.metadata() != null) {
			parts.add(feedback.metadata().classCode());
		}
		if (feedback.wardUnion() != null) {
			parts.add(feedback.wardUnion());
		}
		parts.add("lần nhập " + feedback.submission().id());
		return String.join(" — ", parts);
	}

	/**
	 * The sheets to copy, with the names they get here (unique, valid, never the
	 * summary's name).
	 */
	private static List<DataSheet> dataSheets(Feedback feedback, SpreadsheetFile file) {
		List<DataSheet> sheets = new ArrayList<>();
		if (file == null) {
			return sheets;
		}
		Set<String> taken = new HashSet<>();
		taken.add(SUMMARY_SHEET.toLowerCase(VIETNAMESE));
		taken.add(TemplateMetadata.SHEET_NAME);
		if (!feedback.sheets().isEmpty()) {
			for (FeedbackSheet layout : feedback.sheets()) {
				sheets.add(new DataSheet(layout.sheetNo(), layout.name(), unique(layout.name(), taken), layout));
			}
			return sheets;
		}
		for (SheetInfo info : file.sheets()) {
			if (!info.hidden() && !info.name().equals(TemplateMetadata.SHEET_NAME)) {
				sheets.add(new DataSheet(info.index(), info.name(), unique(info.name(), taken), null));
			}
		}
		return sheets;
	}

	private static String unique(String name, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(name);
		String candidate = base;
		for (int n = 2; taken.contains(candidate.toLowerCase(VIETNAMESE)); n++) {
			String suffix = " (" + n + ")";
			candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		taken.add(candidate.toLowerCase(VIETNAMESE));
		return candidate;
	}

	// Summary sheet

	private static void writeSummary(Feedback feedback, List<DataSheet> dataSheets, SXSSFSheet sheet, Styles styles) {
		for (int column = 0; column < SUMMARY_WIDTHS.length; column++) {
			sheet.setColumnWidth(column, SUMMARY_WIDTHS[column] * 256);
		}
		sheet.setDisplayGridlines(false);
		Rows rows = new Rows(sheet);
		String federation = (feedback.federation() != null) ? feedback.federation() : "Liên đoàn Lao động tỉnh";
		merged(rows.next(), federation.toUpperCase(VIETNAMESE), styles.bold);
		merged(rows.next(), HEADING, styles.heading).setHeightInPoints(24);
		merged(rows.next(), "Kết quả nhập danh sách học viên do đơn vị gửi — lập lúc "
				+ DATE_TIME.format(feedback.writtenAt()) + " (" + AUTHOR + ")", styles.italic);
		rows.skip();

		var submission = feedback.submission();
		String ward = (feedback.wardUnion() != null)
				? feedback.wardUnion() + ((feedback.metadata() != null) ? " (" + feedback.metadata().ward() + ")" : "")
				: "Chưa xác định (xem phần Chi tiết)";
		fact(rows, "Đơn vị gửi", ward, styles);
		String classCode = (feedback.metadata() != null) ? feedback.metadata().classCode() : submission.classCode();
		fact(rows, "Lớp", (classCode == null) ? "Chưa xác định (xem phần Chi tiết)"
				: classCode + ((feedback.classTitle() != null) ? " — " + feedback.classTitle() : ""), styles);
		if (!feedback.days().isEmpty()) {
			fact(rows, "Thời gian học",
					VietnameseFormat.date(feedback.days().get(0)) + ((feedback.days().size() > 1)
							? " - " + VietnameseFormat.date(feedback.days().get(feedback.days().size() - 1)) : "")
							+ " (" + feedback.days().size() + " ngày)",
					styles);
		}
		fact(rows, "Tệp đã nhận", submission.originalName(), styles);
		if (submission.receivedAt() != null) {
			fact(rows, "Nhận lúc", DATE_TIME.format(submission.receivedAt()), styles);
		}
		fact(rows, "Kết quả", verdict(feedback), styles.bold, styles);
		count(rows, "Số dòng học viên đọc được", submission.rowsRead(), styles);
		count(rows, "Số dòng được nhận", submission.rowsAccepted(), styles);
		count(rows, "Số dòng bị loại", submission.rowsRejected(), styles);
		count(rows, "Số cảnh báo", submission.warnings(), styles);
		if (submission.legacyEncoding() != null) {
			fact(rows, "Bảng mã", "Tệp gõ bằng bảng mã " + submission.legacyEncoding()
					+ ", đã chuyển sang Unicode; các trang dưới đây đã chuyển.", styles);
		}
		rows.skip();

		merged(rows.next(), "CÁC VẤN ĐỀ TRONG TỆP", styles.bold);
		SXSSFRow header = rows.next();
		String[] headers = { "Mã", "Mức", "Nội dung", "Số lần", "Cách sửa" };
		for (int column = 0; column < headers.length; column++) {
			text(header, column, headers[column], styles.tableHeader);
		}
		for (Map.Entry<IssueCode, Integer> entry : feedback.counts().entrySet()) {
			IssueCode code = entry.getKey();
			SXSSFRow row = rows.next();
			XSSFCellStyle level = switch (code.severity()) {
				case ERROR -> styles.tableError;
				case WARNING -> styles.tableWarning;
				case INFO -> styles.table;
			};
			text(row, 0, code.name(), level);
			text(row, 1, levelName(code), level);
			text(row, 2, code.description(), styles.tableWrapped);
			SXSSFCell count = row.createCell(3);
			count.setCellValue(entry.getValue());
			count.setCellStyle(styles.tableNumber);
			text(row, 4, code.advice(), styles.tableWrapped);
			row.setHeightInPoints(
					16 * Math.max(lines(code.description(), SUMMARY_WIDTHS[2]), lines(code.advice(), SUMMARY_WIDTHS[4]))
							+ 3);
		}
		rows.skip();

		List<ImportIssue> fileLevel = feedback.issues().stream().filter((issue) -> issue.row() == null).toList();
		if (!fileLevel.isEmpty()) {
			merged(rows.next(), "CHI TIẾT", styles.bold);
			for (ImportIssue issue : fileLevel) {
				SXSSFRow row = rows.next();
				text(row, 0, issue.code().name() + ((issue.sheet() != null) ? " (" + issue.sheet() + ")" : ""),
						styles.topLeft);
				mergedFrom(row, 1, issue.message(), styles.wrapped);
				row.setHeightInPoints(16 * lines(issue.message(), summaryWidth(1)) + 3);
			}
			rows.skip();
		}

		merged(rows.next(), "VIỆC CẦN LÀM", styles.bold);
		List<String> steps = steps(feedback, dataSheets);
		for (int index = 0; index < steps.size(); index++) {
			SXSSFRow row = rows.next();
			text(row, 0, (index + 1) + ".", styles.topRight);
			mergedFrom(row, 1, steps.get(index), styles.wrapped);
			row.setHeightInPoints(16 * lines(steps.get(index), summaryWidth(1)) + 3);
		}
		rows.skip();

		if (!dataSheets.isEmpty() && !feedback.rejected()) {
			merged(rows.next(), "CHÚ THÍCH MÀU", styles.bold);
			SXSSFRow red = rows.next();
			text(red, 0, "Ô tô đỏ", styles.legendError);
			mergedFrom(red, 1, "Lỗi: dòng bị loại, chưa được tính cho đến khi sửa và gửi lại.", styles.left);
			SXSSFRow pale = rows.next();
			text(pale, 0, "Ô tô hồng nhạt", styles.legendRejectedRow);
			mergedFrom(pale, 1, "Các ô khác của dòng bị loại.", styles.left);
			SXSSFRow yellow = rows.next();
			text(yellow, 0, "Ô tô vàng", styles.legendWarning);
			mergedFrom(yellow, 1, "Cảnh báo: dòng vẫn được tính, nhưng thông tin này chưa đúng, cần sửa.", styles.left);
		}

		protect(sheet);
		printSetup(sheet, true);
	}

	private static String verdict(Feedback feedback) {
		var submission = feedback.submission();
		if (feedback.rejected()) {
			IssueCode code = (submission.rejectCode() != null) ? IssueCode.valueOf(submission.rejectCode()) : null;
			return "CẢ TỆP BỊ TỪ CHỐI, chưa nhập dòng nào" + ((code != null) ? ": " + code.description() : ".");
		}
		if (submission.rowsRejected() > 0) {
			return "ĐÃ NHẬP, CÓ " + submission.rowsRejected() + " DÒNG BỊ LOẠI"
					+ ((submission.warnings() > 0) ? " VÀ " + submission.warnings() + " CẢNH BÁO" : "")
					+ ": cần sửa và gửi lại.";
		}
		return "ĐÃ NHẬP ĐỦ, CÓ " + submission.warnings() + " CẢNH BÁO: nên sửa và gửi lại.";
	}

	private static List<String> steps(Feedback feedback, List<DataSheet> dataSheets) {
		var submission = feedback.submission();
		List<String> steps = new ArrayList<>();
		String sendTo = "Gửi cho " + feedback.returnTo() + ".";
		if (feedback.rejected()) {
			IssueCode code = (submission.rejectCode() != null) ? IssueCode.valueOf(submission.rejectCode()) : null;
			steps.add("Tệp '" + submission.originalName() + "' chưa được nhập"
					+ ((code != null) ? ": " + lowerFirst(code.description()) : ".") + " Xem phần Chi tiết ở trên.");
			if (code != null) {
				steps.add("Cách sửa: " + code.advice());
			}
			if (!dataSheets.isEmpty()) {
				steps.add("Các trang sau trang này chép lại nội dung tệp như đã đọc được, để đối chiếu.");
			}
			steps.add("Gửi lại cả tệp danh sách (Excel .xlsx). Cách chắc chắn nhất: dùng mẫu danh sách LĐLĐ tỉnh gửi "
					+ "cho đơn vị"
					+ ((feedback.metadata() != null) ? " (lớp " + feedback.metadata().classCode() + ")" : "")
					+ ", điền đủ các cột rồi gửi lại. " + sendTo);
		}
		else {
			String names = String.join(", ", dataSheets.stream().map((sheet) -> "'" + sheet.title() + "'").toList());
			steps.add("Mở trang " + (names.isEmpty() ? "danh sách" : names) + " của tệp này. Ô tô đỏ là lỗi làm dòng "
					+ "bị loại (dòng đó chưa được tính); ô tô vàng là cảnh báo. Đưa chuột vào ô có dấu tam giác đỏ ở "
					+ "góc để đọc lỗi và cách sửa; cột '" + PROBLEM_HEADER + "' cuối bảng tóm tắt lỗi của từng dòng.");
			steps.add("Sửa các ô đó trong danh sách của đơn vị: số dòng và cột trong tệp này giống tệp gốc '"
					+ submission.originalName() + "'. Cũng có thể sửa ngay trong tệp này (các ô của bảng không bị "
					+ "khóa).");
			steps.add("Gửi lại TOÀN BỘ danh sách của lớp, không chỉ các dòng đã sửa: tệp mới sẽ thay cho tệp cũ. "
					+ sendTo);
			if (submission.rowsRejected() > 0) {
				steps.add("Trong khi chờ, " + submission.rowsAccepted() + " dòng đã được nhận; "
						+ submission.rowsRejected() + " dòng bị loại chỉ được tính khi nhận được danh sách đã sửa.");
			}
			else {
				steps.add("Danh sách đã được nhận đủ " + submission.rowsAccepted() + " dòng; các cảnh báo không làm "
						+ "mất dòng nào, nhưng cần sửa để số liệu (giới tính, chức vụ, điểm danh...) được đúng.");
			}
		}
		if (feedback.contact() != null && !feedback.contact().isBlank()) {
			steps.add("Cần hỏi thêm, liên hệ: " + feedback.contact().strip() + ".");
		}
		steps.add("Tệp này có dữ liệu cá nhân của học viên đơn vị (họ tên, năm sinh, số điện thoại, số CCCD): chỉ dùng "
				+ "để sửa danh sách, không chuyển cho người khác, không đăng lên nhóm chung.");
		return steps;
	}

	private static String levelName(IssueCode code) {
		return switch (code.scope()) {
			case ROW_REJECTED -> "Dòng bị loại";
			case FILE_REJECTED -> "Tệp bị từ chối";
			case ROW_WARNING -> "Cảnh báo";
			case FILE_NOTE -> "Ghi chú";
		};
	}

	private static void fact(Rows rows, String label, String value, Styles styles) {
		fact(rows, label, value, styles.left, styles);
	}

	private static void fact(Rows rows, String label, String value, XSSFCellStyle valueStyle, Styles styles) {
		SXSSFRow row = rows.next();
		text(row, 0, label, styles.label);
		int lines = lines(value, summaryWidth(1));
		mergedFrom(row, 1, value, (lines > 1) ? styles.wrapped : valueStyle);
		if (lines > 1) {
			row.setHeightInPoints(16 * lines + 3);
		}
	}

	private static void count(Rows rows, String label, int value, Styles styles) {
		SXSSFRow row = rows.next();
		text(row, 0, label, styles.label);
		SXSSFCell cell = row.createCell(1);
		cell.setCellValue(value);
		cell.setCellStyle(styles.countLeft);
	}

	private static int summaryWidth(int fromColumn) {
		int width = 0;
		for (int column = fromColumn; column < SUMMARY_WIDTHS.length; column++) {
			width += SUMMARY_WIDTHS[column];
		}
		return width;
	}

	private static SXSSFRow merged(SXSSFRow row, String text, XSSFCellStyle style) {
		mergedFrom(row, 0, text, style);
		return row;
	}

	private static void mergedFrom(SXSSFRow row, int firstColumn, String text, XSSFCellStyle style) {
		text(row, firstColumn, text, style);
		for (int column = firstColumn + 1; column <= SUMMARY_LAST_COLUMN; column++) {
			row.createCell(column).setCellStyle(style);
		}
		row.getSheet()
			.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), firstColumn, SUMMARY_LAST_COLUMN));
	}

	private static SXSSFCell text(SXSSFRow row, int column, String text, XSSFCellStyle style) {
		SXSSFCell cell = row.createCell(column);
		if (text != null) {
			cell.setCellValue(TextCells.inert(text));
		}
		cell.setCellStyle(style);
		return cell;
	}

	// Metadata

	private static void writeMetadata(Feedback feedback, SXSSFWorkbook workbook) {
		SXSSFSheet sheet = workbook.createSheet(TemplateMetadata.SHEET_NAME);
		Map<String, String> entries = new LinkedHashMap<>(feedback.metadata().entries());
		entries.put(FEEDBACK_KEY, String.valueOf(feedback.submission().id()));
		int index = 0;
		for (Map.Entry<String, String> entry : entries.entrySet()) {
			SXSSFRow row = sheet.createRow(index++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue());
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	// Shared

	private static void protect(SXSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockInsertRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	private static void printSetup(SXSSFSheet sheet, boolean portrait) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(!portrait);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setMargin(PageMargin.LEFT, 0.5);
		sheet.setMargin(PageMargin.RIGHT, 0.5);
		sheet.getFooter().setCenter("Trang &P / &N");
	}

	/**
	 * Lines a text needs in a cell this many width units wide (Times New Roman is
	 * narrower than the digit that sets the unit).
	 */
	static int lines(String text, int widthInCharacters) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int perLine = Math.max(1, widthInCharacters * 105 / 100);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
		}
		return lines;
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	/** Rows of a sheet in order. */
	private static final class Rows {

		private final SXSSFSheet sheet;

		private int next;

		Rows(SXSSFSheet sheet) {
			this.sheet = sheet;
		}

		SXSSFRow next() {
			return this.sheet.createRow(this.next++);
		}

		void skip() {
			this.next++;
		}

	}

	/**
	 * A sheet of the received file to copy.
	 *
	 * @param sheetNo its 0-based index in the file
	 * @param name its name in the file (issues refer to it)
	 * @param title its name in the feedback workbook
	 * @param layout what the import read there, or {@code null} for a file rejected whole
	 */
	private record DataSheet(int sheetNo, String name, String title, FeedbackSheet layout) {

	}

	/** One issue placed on a cell. */
	private record Placed(int column, ImportIssue issue) {

	}

	/**
	 * How a cell looks: its part of the sheet, its kind, its fill, whether it is locked
	 * and whether it has borders.
	 */
	private record Look(Part part, boolean date, Fill fill, boolean locked, boolean bordered) {

	}

	private enum Part {

		TITLE, HEADER, DATA

	}

	private enum Fill {

		NONE, ERROR, WARNING, REJECTED_ROW

	}

	/**
	 * Copies one sheet of the received file: a first pass measures it (last column,
	 * widths, merges, date columns), the second writes it.
	 */
	private static final class DataSheetWriter {

		private final Feedback feedback;

		private final DataSheet dataSheet;

		private final SpreadsheetFile file;

		private final FeedbackWorkbooks.CellRepair repair;

		private final int maxRows;

		private final SXSSFSheet sheet;

		private final Styles styles;

		private final FeedbackSheet layout;

		/** Row → issues placed on it. */
		private final Map<Integer, List<Placed>> issues = new TreeMap<>();

		private final Set<Integer> rejectedRows = new HashSet<>();

		private final Map<Integer, Integer> widths = new HashMap<>();

		private final Set<Integer> dateColumns = new HashSet<>();

		private List<CellRange> merges = List.of();

		private int lastColumn = -1;

		private int problemColumn = -1;

		private Drawing<?> drawing;

		DataSheetWriter(Feedback feedback, DataSheet dataSheet, SpreadsheetFile file,
				FeedbackWorkbooks.CellRepair repair, int maxRows, SXSSFSheet sheet, Styles styles) {
			this.feedback = feedback;
			this.dataSheet = dataSheet;
			this.file = file;
			this.repair = repair;
			this.maxRows = maxRows;
			this.sheet = sheet;
			this.styles = styles;
			this.layout = dataSheet.layout();
		}

		/** Copies the sheet; returns the rows read. */
		int write() throws IOException {
			placeIssues();
			int rowsRead = measure();
			if (!this.issues.isEmpty() && this.layout != null) {
				this.problemColumn = this.lastColumn + 1;
			}
			this.drawing = this.sheet.createDrawingPatriarch();
			copy();
			for (CellRange range : this.merges) {
				merge(new CellRangeAddress(range.firstRow() - 1, range.lastRow() - 1, range.firstColumn(),
						range.lastColumn()));
			}
			if (this.problemColumn >= 0 && this.layout.firstDataRow() - this.layout.headerRow() > 1) {
				merge(new CellRangeAddress(this.layout.headerRow() - 1, this.layout.firstDataRow() - 2,
						this.problemColumn, this.problemColumn));
			}
			columnWidths();
			if (this.layout != null) {
				validations();
				this.sheet.createFreezePane(0, this.layout.firstDataRow() - 1);
			}
			protect(this.sheet);
			printSetup(this.sheet, false);
			return rowsRead;
		}

		private void placeIssues() {
			for (ImportIssue issue : this.feedback.issues()) {
				if (issue.row() == null || !this.dataSheet.name().equals(issue.sheet())) {
					continue;
				}
				int column = column(issue);
				this.issues.computeIfAbsent(issue.row(), (row) -> new ArrayList<>()).add(new Placed(column, issue));
				if (issue.severity() == IssueCode.Severity.ERROR) {
					this.rejectedRows.add(issue.row());
				}
			}
		}

		/**
		 * The issue's column; for an issue without one, the name cell of a data row, or
		 * the first roll-call column of the header.
		 */
		private int column(ImportIssue issue) {
			if (issue.column() != null) {
				return new CellReference(issue.column() + "1").getCol();
			}
			if (this.layout == null) {
				return 0;
			}
			if (issue.row() < this.layout.firstDataRow()) {
				return this.layout.fields()
					.entrySet()
					.stream()
					.filter((entry) -> entry.getValue().equals("DAY"))
					.mapToInt(Map.Entry::getKey)
					.min()
					.orElse(Math.max(0, this.layout.nameColumn()));
			}
			return Math.max(0, this.layout.nameColumn());
		}

		private int measure() throws IOException {
			int rows = 0;
			int tableFrom = (this.layout != null) ? this.layout.headerRow() : 1;
			try (SheetCursor cursor = this.file.rows(this.dataSheet.sheetNo(), null)) {
				for (SheetRow row = cursor.next(); row != null && rows < this.maxRows; row = cursor.next()) {
					rows++;
					boolean tableRow = isTableRow(row.cells()) || row.rowNumber() < this.firstDataRow();
					for (Cell cell : row.cells()) {
						if (row.rowNumber() >= tableFrom) {
							this.lastColumn = Math.max(this.lastColumn, cell.column());
							if (tableRow) {
								this.widths.merge(cell.column(), displayLength(this.repair.apply(cell)), Math::max);
							}
						}
						if (cell.kind() == CellKind.DATE && this.layout != null
								&& row.rowNumber() >= this.layout.firstDataRow()) {
							this.dateColumns.add(cell.column());
						}
					}
				}
				if (rows < this.maxRows) {
					this.merges = cursor.merges();
				}
			}
			if (this.layout != null) {
				this.lastColumn = Math.max(this.lastColumn, this.layout.lastHeaderColumn());
			}
			for (CellRange range : this.merges) {
				if (range.lastRow() >= tableFrom) {
					this.lastColumn = Math.max(this.lastColumn, range.lastColumn());
				}
			}
			for (List<Placed> placed : this.issues.values()) {
				for (Placed place : placed) {
					this.lastColumn = Math.max(this.lastColumn, place.column());
				}
			}
			return rows;
		}

		private void copy() throws IOException {
			TreeMap<Integer, List<Placed>> pending = new TreeMap<>(this.issues);
			int rows = 0;
			try (SheetCursor cursor = this.file.rows(this.dataSheet.sheetNo(), null)) {
				for (SheetRow row = cursor.next(); row != null && rows < this.maxRows; row = cursor.next()) {
					rows++;
					while (!pending.isEmpty() && pending.firstKey() < row.rowNumber()) {
						Map.Entry<Integer, List<Placed>> missing = pending.pollFirstEntry();
						writeRow(missing.getKey(), List.of(), missing.getValue());
					}
					writeRow(row.rowNumber(), row.cells(), pending.remove(row.rowNumber()));
				}
			}
			for (Map.Entry<Integer, List<Placed>> entry : pending.entrySet()) {
				writeRow(entry.getKey(), List.of(), entry.getValue());
			}
		}

		private void writeRow(int rowNumber, List<Cell> cells, List<Placed> placed) {
			SXSSFRow row = this.sheet.createRow(rowNumber - 1);
			Part part = part(rowNumber);
			if (part == Part.HEADER) {
				row.setHeightInPoints(30);
			}
			boolean rejected = this.rejectedRows.contains(rowNumber);
			boolean bordered = part == Part.HEADER
					|| (part == Part.DATA && this.layout != null && (placed != null || isTableRow(cells)));
			Map<Integer, List<ImportIssue>> byColumn = new TreeMap<>();
			if (placed != null) {
				for (Placed place : placed) {
					byColumn.computeIfAbsent(place.column(), (column) -> new ArrayList<>()).add(place.issue());
				}
			}
			Set<Integer> written = new HashSet<>();
			for (Cell original : cells) {
				Cell cell = this.repair.apply(original);
				SXSSFCell target = row.createCell(cell.column());
				value(target, cell);
				written.add(cell.column());
				decorate(target, part, cell.kind() == CellKind.DATE, byColumn.get(cell.column()), rejected, bordered);
			}
			for (Map.Entry<Integer, List<ImportIssue>> entry : byColumn.entrySet()) {
				if (!written.contains(entry.getKey())) {
					decorate(row.createCell(entry.getKey()), part, false, entry.getValue(), rejected, bordered);
					written.add(entry.getKey());
				}
			}
			if ((rejected || (bordered && part == Part.DATA)) && this.layout != null) {
				// the empty cells of a table row, so the row reads as one (pale red when
				// rejected)
				for (int column = 0; column <= this.layout.lastHeaderColumn(); column++) {
					if (!written.contains(column)) {
						decorate(row.createCell(column), part, false, null, rejected, bordered);
					}
				}
			}
			if (this.problemColumn >= 0) {
				if (rowNumber == this.layout.headerRow()) {
					SXSSFCell cell = row.createCell(this.problemColumn);
					cell.setCellValue(PROBLEM_HEADER);
					cell.setCellStyle(this.styles.look(new Look(Part.HEADER, false, Fill.NONE, true, true)));
				}
				else if (placed != null && part == Part.DATA) {
					String summary = summaryOf(placed);
					SXSSFCell cell = row.createCell(this.problemColumn);
					cell.setCellValue(TextCells.inert(summary));
					cell.setCellStyle(rejected ? this.styles.problemError : this.styles.problemWarning);
					row.setHeightInPoints(
							Math.max(this.sheet.getDefaultRowHeightInPoints(), 15.5f * lines(summary, PROBLEM_WIDTH)));
				}
			}
		}

		/**
		 * A row of the table, not a totals line or a signature: three cells or more with
		 * something in them.
		 */
		private static boolean isTableRow(List<Cell> cells) {
			return cells.stream().filter((cell) -> !cell.isBlank()).count() >= 3;
		}

		private int firstDataRow() {
			return (this.layout != null) ? this.layout.firstDataRow() : 1;
		}

		private Part part(int rowNumber) {
			if (this.layout == null) {
				return Part.DATA;
			}
			if (rowNumber < this.layout.headerRow()) {
				return Part.TITLE;
			}
			return (rowNumber < this.layout.firstDataRow()) ? Part.HEADER : Part.DATA;
		}

		private static void value(SXSSFCell target, Cell cell) {
			switch (cell.kind()) {
				case NUMBER -> target.setCellValue(cell.number());
				case DATE -> target.setCellValue(cell.date());
				case BOOLEAN -> target.setCellValue(cell.number() > 0);
				default -> target.setCellValue(TextCells.inert(cell.text()));
			}
		}

		private void decorate(SXSSFCell cell, Part part, boolean date, List<ImportIssue> issues, boolean rejected,
				boolean bordered) {
			Fill fill = Fill.NONE;
			if (issues != null) {
				boolean error = issues.stream().anyMatch((issue) -> issue.severity() == IssueCode.Severity.ERROR);
				boolean warning = issues.stream().anyMatch((issue) -> issue.severity() == IssueCode.Severity.WARNING);
				fill = error ? Fill.ERROR : warning ? Fill.WARNING : Fill.NONE;
				comment(cell, issues);
			}
			if (fill == Fill.NONE && rejected) {
				fill = Fill.REJECTED_ROW;
			}
			cell.setCellStyle(this.styles.look(new Look(part, date, fill, part != Part.DATA, bordered)));
		}

		private void comment(SXSSFCell cell, List<ImportIssue> issues) {
			List<String> parts = new ArrayList<>();
			for (ImportIssue issue : issues) {
				parts.add("[" + issue.code().name() + "] " + issue.message() + "\nCách sửa: " + issue.code().advice());
			}
			String text = String.join("\n\n", parts);
			ClientAnchor anchor = this.sheet.getWorkbook().getCreationHelper().createClientAnchor();
			anchor.setCol1(cell.getColumnIndex() + 1);
			anchor.setCol2(cell.getColumnIndex() + 5);
			anchor.setRow1(cell.getRowIndex());
			anchor.setRow2(cell.getRowIndex() + 1 + lines(text, 48));
			Comment comment = this.drawing.createCellComment(anchor);
			comment.setString(new XSSFRichTextString(text));
			comment.setAuthor(AUTHOR);
			// SXSSF leaves the comment where the anchor starts: put it on the cell
			comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
			cell.setCellComment(comment);
		}

		/**
		 * One line per problem of a row, rejections first: "BỊ LOẠI — B: ...", "Cảnh báo
		 * — G: ...".
		 */
		private static String summaryOf(List<Placed> placed) {
			List<String> errors = new ArrayList<>();
			List<String> warnings = new ArrayList<>();
			for (Placed place : placed) {
				ImportIssue issue = place.issue();
				String text = CellReference.convertNumToColString(place.column()) + ": " + issue.message();
				if (issue.severity() == IssueCode.Severity.ERROR) {
					errors.add("BỊ LOẠI — " + text);
				}
				else if (issue.severity() == IssueCode.Severity.WARNING) {
					warnings.add("Cảnh báo — " + text);
				}
			}
			errors.addAll(warnings);
			return String.join("\n", errors);
		}

		private void merge(CellRangeAddress range) {
			if (range.getNumberOfCells() < 2) {
				return;
			}
			try {
				this.sheet.addMergedRegion(range);
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				logger.debug("Merged range {} not copied: {}", range.formatAsString(), ex.getMessage());
			}
		}

		private void columnWidths() {
			for (int column = 0; column <= this.lastColumn; column++) {
				int length = this.widths.getOrDefault(column, 4);
				this.sheet.setColumnWidth(column, Math.min(45, Math.max(5, length + 2)) * 256);
			}
			if (this.problemColumn >= 0) {
				this.sheet.setColumnWidth(this.problemColumn, PROBLEM_WIDTH * 256);
			}
		}

		/**
		 * Drop-down lists and checks on the read columns, as warnings: they guide what a
		 * ward types and never block it.
		 */
		/**
		 * Rows below the last trainee line that get the checks, for lines a ward adds.
		 */
		private static final int ROWS_TO_ADD = 20;

		private void validations() {
			int first = this.layout.firstDataRow() - 1;
			// through the last trainee line and room below it for the lines a ward adds
			// when correcting
			int last = Math.max(first, this.layout.lastRow() - 1) + ROWS_TO_ADD;
			DataValidationHelper helper = this.sheet.getDataValidationHelper();
			for (Map.Entry<Integer, String> entry : this.layout.fields().entrySet()) {
				int column = entry.getKey();
				CellRangeAddressList cells = new CellRangeAddressList(first, last, column, column);
				switch (entry.getValue()) {
					case "BIRTH", "BIRTH_MALE", "BIRTH_FEMALE" -> {
						if (this.feedback.maxBirthYear() != null && !this.dateColumns.contains(column)) {
							String years = AttendanceTemplate.MIN_BIRTH_YEAR + " đến " + this.feedback.maxBirthYear();
							add(helper,
									helper.createIntegerConstraint(OperatorType.BETWEEN,
											String.valueOf(AttendanceTemplate.MIN_BIRTH_YEAR),
											String.valueOf(this.feedback.maxBirthYear())),
									cells, "Năm sinh", "Năm sinh 4 chữ số, từ " + years + " (ví dụ 1985).");
						}
					}
					case "GENDER" -> add(helper,
							helper.createExplicitListConstraint(TemplateVocabulary.GENDERS.toArray(String[]::new)),
							cells, "Giới tính", "Nam hoặc Nữ.");
					case "POSITION" -> add(helper,
							helper.createExplicitListConstraint(
									TemplateVocabulary.POSITIONS.values().toArray(String[]::new)),
							cells, "Chức vụ công đoàn", "Chọn chức vụ trong danh sách.");
					case "PHONE" -> add(helper, helper.createTextLengthConstraint(OperatorType.BETWEEN, "10", "11"),
							cells, "Số điện thoại", "10 chữ số, bắt đầu bằng số 0 (ví dụ 0912345678).");
					case "CCCD" -> add(helper, helper.createTextLengthConstraint(OperatorType.EQUAL, "12", null), cells,
							"Số CCCD", "12 chữ số của căn cước (nếu có).");
					case "DAY" -> add(helper,
							helper
								.createExplicitListConstraint(TemplateVocabulary.MARKS.keySet().toArray(String[]::new)),
							cells, "Điểm danh", "x = có mặt; P = vắng có phép; K = vắng không phép.");
					default -> {
					}
				}
			}
		}

		private void add(DataValidationHelper helper, DataValidationConstraint constraint, CellRangeAddressList cells,
				String title, String prompt) {
			DataValidation validation = helper.createValidation(constraint, cells);
			validation.setEmptyCellAllowed(true);
			validation.setShowPromptBox(true);
			validation.createPromptBox(title, prompt);
			validation.setShowErrorBox(true);
			validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
			validation.createErrorBox("Kiểm tra " + title.toLowerCase(VIETNAMESE), prompt);
			if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
				// XSSF inverts this flag: true shows the drop-down arrow
				validation.setSuppressDropDownArrow(true);
			}
			this.sheet.addValidationData(validation);
		}

		private static int displayLength(Cell cell) {
			return switch (cell.kind()) {
				case DATE -> 10;
				default -> Math.min(60, cell.text().strip().length());
			};
		}

	}

	/** The workbook's cell styles, created once (or once per look). */
	private static final class Styles {

		final XSSFCellStyle bold;

		final XSSFCellStyle heading;

		final XSSFCellStyle italic;

		final XSSFCellStyle label;

		final XSSFCellStyle left;

		final XSSFCellStyle countLeft;

		final XSSFCellStyle wrapped;

		final XSSFCellStyle topLeft;

		final XSSFCellStyle topRight;

		final XSSFCellStyle tableHeader;

		final XSSFCellStyle table;

		final XSSFCellStyle tableError;

		final XSSFCellStyle tableWarning;

		final XSSFCellStyle tableWrapped;

		final XSSFCellStyle tableNumber;

		final XSSFCellStyle legendError;

		final XSSFCellStyle legendRejectedRow;

		final XSSFCellStyle legendWarning;

		final XSSFCellStyle problemError;

		final XSSFCellStyle problemWarning;

		private final SXSSFWorkbook workbook;

		private final XSSFFont regular;

		private final XSSFFont boldFont;

		private final XSSFFont errorFont;

		private final XSSFFont warningFont;

		private final short dateFormat;

		private final Map<Look, XSSFCellStyle> looks = new HashMap<>();

		Styles(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			this.regular = (XSSFFont) workbook.getFontAt(0);
			this.regular.setFontName(FONT);
			this.regular.setFontHeightInPoints((short) 12);
			this.boldFont = font(12, true, false, null);
			this.errorFont = font(12, true, false, "9C0006");
			this.warningFont = font(12, false, false, "7F6000");
			XSSFFont italicFont = font(12, false, true, null);
			XSSFFont large = font(14, true, false, null);
			this.dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");

			this.bold = style(this.boldFont, HorizontalAlignment.LEFT);
			this.heading = style(large, HorizontalAlignment.LEFT);
			this.italic = style(italicFont, HorizontalAlignment.LEFT);
			this.label = style(this.boldFont, HorizontalAlignment.LEFT);
			this.left = style(this.regular, HorizontalAlignment.LEFT);
			this.countLeft = style(this.regular, HorizontalAlignment.LEFT);
			this.wrapped = style(this.regular, HorizontalAlignment.LEFT);
			this.wrapped.setWrapText(true);
			this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			this.topLeft = style(this.regular, HorizontalAlignment.LEFT);
			this.topLeft.setVerticalAlignment(VerticalAlignment.TOP);
			this.topRight = style(this.regular, HorizontalAlignment.RIGHT);
			this.topRight.setVerticalAlignment(VerticalAlignment.TOP);

			this.tableHeader = bordered(style(this.boldFont, HorizontalAlignment.CENTER));
			fill(this.tableHeader, HEADER_FILL);
			this.table = bordered(style(this.regular, HorizontalAlignment.LEFT));
			this.table.setVerticalAlignment(VerticalAlignment.TOP);
			this.tableError = bordered(style(this.errorFont, HorizontalAlignment.LEFT));
			this.tableError.setVerticalAlignment(VerticalAlignment.TOP);
			fill(this.tableError, ERROR_FILL);
			this.tableWarning = bordered(style(this.warningFont, HorizontalAlignment.LEFT));
			this.tableWarning.setVerticalAlignment(VerticalAlignment.TOP);
			fill(this.tableWarning, WARNING_FILL);
			this.tableWrapped = bordered(style(this.regular, HorizontalAlignment.LEFT));
			this.tableWrapped.setWrapText(true);
			this.tableWrapped.setVerticalAlignment(VerticalAlignment.TOP);
			this.tableNumber = bordered(style(this.regular, HorizontalAlignment.CENTER));
			this.tableNumber.setVerticalAlignment(VerticalAlignment.TOP);
			this.legendError = bordered(style(this.errorFont, HorizontalAlignment.CENTER));
			fill(this.legendError, ERROR_FILL);
			this.legendRejectedRow = bordered(style(this.regular, HorizontalAlignment.CENTER));
			fill(this.legendRejectedRow, REJECTED_ROW_FILL);
			this.legendWarning = bordered(style(this.warningFont, HorizontalAlignment.CENTER));
			fill(this.legendWarning, WARNING_FILL);
			this.problemError = bordered(style(this.errorFont, HorizontalAlignment.LEFT));
			this.problemError.setWrapText(true);
			fill(this.problemError, ERROR_FILL);
			this.problemWarning = bordered(style(this.warningFont, HorizontalAlignment.LEFT));
			this.problemWarning.setWrapText(true);
			fill(this.problemWarning, WARNING_FILL);
		}

		/** The style of a copied cell. */
		XSSFCellStyle look(Look look) {
			return this.looks.computeIfAbsent(look, (key) -> {
				XSSFFont font = switch (key.fill()) {
					case ERROR -> this.errorFont;
					case WARNING -> this.warningFont;
					default -> (key.part() == Part.HEADER) ? this.boldFont : this.regular;
				};
				XSSFCellStyle style = style(font,
						(key.part() == Part.HEADER) ? HorizontalAlignment.CENTER : HorizontalAlignment.GENERAL);
				if (key.bordered()) {
					bordered(style);
				}
				if (key.part() == Part.HEADER) {
					style.setWrapText(true);
				}
				if (key.date()) {
					style.setDataFormat(this.dateFormat);
				}
				switch (key.fill()) {
					case ERROR -> fill(style, ERROR_FILL);
					case WARNING -> fill(style, WARNING_FILL);
					case REJECTED_ROW -> fill(style, REJECTED_ROW_FILL);
					case NONE -> {
						if (key.part() == Part.HEADER) {
							fill(style, HEADER_FILL);
						}
					}
				}
				style.setLocked(key.locked());
				return style;
			});
		}

		private XSSFFont font(int points, boolean bold, boolean italic, String colour) {
			XSSFFont font = (XSSFFont) this.workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setItalic(italic);
			if (colour != null) {
				font.setColor(new XSSFColor(rgb(colour), null));
			}
			return font;
		}

		private XSSFCellStyle style(XSSFFont font, HorizontalAlignment alignment) {
			XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}

		private static XSSFCellStyle bordered(XSSFCellStyle style) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

		private static void fill(XSSFCellStyle style, String colour) {
			style.setFillForegroundColor(new XSSFColor(rgb(colour), null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}

		private static byte[] rgb(String hex) {
			return new byte[] { (byte) Integer.parseInt(hex.substring(0, 2), 16),
					(byte) Integer.parseInt(hex.substring(2, 4), 16),
					(byte) Integer.parseInt(hex.substring(4, 6), 16) };
		}

	}

}
