package vn.congdoan.taphuan.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.BudgetLine;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.TrainingClass;

/**
 * Writes the settlement template with Apache POI: the only class that knows POI in this
 * package. Layout (rows 0-based here, 1-based in Excel): rows 0-1 the federation and the
 * national motto, rows 3-6 the heading, class title, dates and venue, and "Mã lớp"; row 8
 * the header (STT, Nội dung chi, Đơn vị tính, Số lượng, Đơn giá, Thành tiền, Ngày, Ghi
 * chú in columns A-H); from row 9 the lines, then "Tổng cộng" with a SUM and the
 * signature block. A hidden sheet holds the category list for the drop-down and a very
 * hidden sheet {@value SettlementSheets#METADATA_SHEET} the template id, version, plan
 * and class.
 */
final class SettlementTemplateWorkbook {

	static final String SHEET_NAME = "Quyết toán";

	static final String CATEGORY_SHEET = "danh-muc";

	static final String VERSION = "1";

	static final String HEADING = "BẢNG QUYẾT TOÁN KINH PHÍ LỚP TẬP HUẤN";

	static final int HEADER_ROW = 8;

	static final int FIRST_LINE_ROW = 9;

	static final List<String> HEADERS = List.of("STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá (đồng)",
			"Thành tiền (đồng)", "Ngày", "Ghi chú");

	static final int ITEM = 1;

	static final int UNIT = 2;

	static final int QUANTITY = 3;

	static final int PRICE = 4;

	static final int AMOUNT = 5;

	static final int DAY = 6;

	static final int NOTE = 7;

	/** Blank numbered lines after the prefilled ones. */
	static final int BLANK_LINES = 5;

	private static final int[] WIDTHS = { 5, 38, 12, 11, 15, 18, 12, 22 };

	private static final String FONT = "Times New Roman";

	private static final byte[] HEADER_FILL = { (byte) 0xDD, (byte) 0xEB, (byte) 0xF7 };

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ClassInPlan found;

	private final List<Line> lines = new ArrayList<>();

	SettlementTemplateWorkbook(ClassInPlan found) {
		this.found = found;
		TrainingClass trainingClass = found.trainingClass();
		for (BudgetLine line : trainingClass.budget()) {
			if (line.category().isPerTraineeDay()) {
				for (LocalDate day : trainingClass.days()) {
					this.lines.add(new Line(line.item(), line.unit(), day));
				}
			}
			else {
				this.lines.add(new Line(line.item(), line.unit(), null));
			}
		}
	}

	int prefilledLines() {
		return this.lines.size();
	}

	int rows() {
		return this.lines.size() + BLANK_LINES;
	}

	int totalRow() {
		return FIRST_LINE_ROW + rows();
	}

	void write(OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
			writeTable(workbook, sheet, styles);
			XSSFSheet categories = workbook.createSheet(CATEGORY_SHEET);
			int index = 0;
			for (String label : CategoryLabels.TEMPLATE_LABELS.values()) {
				categories.createRow(index++).createCell(0).setCellValue(label);
			}
			workbook.setSheetVisibility(workbook.getSheetIndex(categories), SheetVisibility.HIDDEN);
			XSSFSheet metadata = workbook.createSheet(SettlementSheets.METADATA_SHEET);
			String[][] entries = { { "template", SettlementSheets.TEMPLATE_ID }, { "version", VERSION },
					{ "plan", this.found.plan().code() }, { "class", this.found.trainingClass().code() } };
			for (int row = 0; row < entries.length; row++) {
				XSSFRow cells = metadata.createRow(row);
				cells.createCell(0).setCellValue(entries[row][0]);
				cells.createCell(1).setCellValue(entries[row][1]);
			}
			workbook.setSheetVisibility(workbook.getSheetIndex(metadata), SheetVisibility.VERY_HIDDEN);
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			workbook.getProperties().getCoreProperties().setTitle(HEADING + " " + this.found.trainingClass().code());
			workbook.getProperties().getCoreProperties().setCreator("taphuan");
			workbook.write(out);
		}
	}

	private void writeTable(XSSFWorkbook workbook, XSSFSheet sheet, Styles styles) {
		Plan plan = this.found.plan();
		TrainingClass trainingClass = this.found.trainingClass();
		int last = HEADERS.size() - 1;
		sheet.setDisplayGridlines(false);
		for (int column = 0; column < WIDTHS.length; column++) {
			sheet.setColumnWidth(column, WIDTHS[column] * 256);
		}
		String parent = (plan.issuer().parentBody() != null) ? plan.issuer().parentBody() : "";
		merged(sheet, 0, 0, 2, upper(parent), styles.centred);
		merged(sheet, 0, 3, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.centredBold);
		merged(sheet, 1, 0, 2, upper(plan.issuer().name()), styles.centredBold);
		merged(sheet, 1, 3, last, "Độc lập - Tự do - Hạnh phúc", styles.centredBold);
		merged(sheet, 3, 0, last, HEADING, styles.heading);
		merged(sheet, 4, 0, last, plain(trainingClass.title()), styles.title);
		sheet.getRow(4).setHeightInPoints(34);
		String venue = (trainingClass.venue() != null) ? trainingClass.venue() : this.found.programme().venue();
		String schedule = "Thời gian: " + VietnameseFormat.date(trainingClass.start())
				+ (trainingClass.dayCount() > 1 ? " - " + VietnameseFormat.date(trainingClass.end()) : "") + " ("
				+ trainingClass.dayCount() + " ngày)"
				+ ((venue != null && !venue.isBlank()) ? " — Địa điểm: " + venue.strip() : "");
		merged(sheet, 5, 0, last, plain(schedule), styles.centredWrapped);
		merged(sheet, 6, 0, last,
				"Mã lớp: " + trainingClass.code() + " — Chỉ tiêu: " + VietnameseFormat.number(trainingClass.quota())
						+ " học viên — Dự toán: " + VietnameseFormat.vnd(trainingClass.budgetTotal()),
				styles.centredItalic);

		XSSFRow header = sheet.createRow(HEADER_ROW);
		header.setHeightInPoints(32);
		for (int column = 0; column < HEADERS.size(); column++) {
			cell(header, column, HEADERS.get(column), styles.header);
		}
		for (int index = 0; index < rows(); index++) {
			int rowIndex = FIRST_LINE_ROW + index;
			XSSFRow row = sheet.createRow(rowIndex);
			row.setHeightInPoints(20);
			XSSFCell number = row.createCell(0);
			number.setCellValue(index + 1);
			number.setCellStyle(styles.index);
			Line line = (index < this.lines.size()) ? this.lines.get(index) : null;
			cell(row, ITEM, (line != null) ? plain(line.item()) : null, styles.text);
			cell(row, UNIT, (line != null) ? plain(line.unit()) : null, styles.centredInput);
			cell(row, QUANTITY, null, styles.quantity);
			cell(row, PRICE, null, styles.money);
			int excelRow = rowIndex + 1;
			XSSFCell amount = row.createCell(AMOUNT);
			amount.setCellFormula(
					"IF(OR(D" + excelRow + "=\"\",E" + excelRow + "=\"\"),\"\",D" + excelRow + "*E" + excelRow + ")");
			amount.setCellStyle(styles.money);
			XSSFCell day = row.createCell(DAY);
			day.setCellStyle(styles.date);
			if (line != null && line.day() != null) {
				day.setCellValue(line.day());
			}
			cell(row, NOTE, null, styles.text);
		}
		int totalRow = totalRow();
		XSSFRow total = sheet.createRow(totalRow);
		total.setHeightInPoints(22);
		for (int column = 0; column <= last; column++) {
			cell(total, column, null, styles.totalText);
		}
		total.getCell(ITEM).setCellValue("Tổng cộng");
		XSSFCell sum = total.getCell(AMOUNT);
		sum.setCellFormula("SUM(F" + (FIRST_LINE_ROW + 1) + ":F" + totalRow + ")");
		sum.setCellStyle(styles.totalMoney);
		int signatures = totalRow + 2;
		XSSFRow signatureRow = sheet.createRow(signatures);
		cell(signatureRow, ITEM, "Người lập biểu", styles.centredBold);
		merged(sheet, signatures, QUANTITY, PRICE, "Kế toán", styles.centredBold);
		merged(sheet, signatures, AMOUNT, last, "Thủ trưởng đơn vị", styles.centredBold);
		validations(sheet, trainingClass);
		sheet.createFreezePane(0, FIRST_LINE_ROW);
		sheet.getPrintSetup().setPaperSize(PaperSize.A4_PAPER);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
		sheet.getFooter().setCenter("Trang &P / &N");
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, last, 0, signatures + 4);
	}

	private void validations(XSSFSheet sheet, TrainingClass trainingClass) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		int first = FIRST_LINE_ROW;
		int lastRow = FIRST_LINE_ROW + rows() - 1;
		String categories = "'" + CATEGORY_SHEET + "'!$A$1:$A$" + CategoryLabels.TEMPLATE_LABELS.size();
		DataValidation item = helper.createValidation(helper.createFormulaListConstraint(categories),
				new CellRangeAddressList(first, lastRow, ITEM, ITEM));
		prompt(item, "Nội dung chi", "Chọn khoản mục trong danh sách, hoặc ghi nội dung chi có tên khoản mục.",
				DataValidation.ErrorStyle.WARNING, "Khoản mục",
				"Nội dung chi không có trong danh sách khoản mục. Vẫn giữ?");
		item.setSuppressDropDownArrow(true); // XSSF inverts this flag: the arrow shows
		sheet.addValidationData(item);
		DataValidation quantity = helper.createValidation(
				helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
				new CellRangeAddressList(first, lastRow, QUANTITY, QUANTITY));
		prompt(quantity, "Số lượng", "Số không âm. Tiền ăn, nước uống theo ngày: số học viên được chi trong ngày đó.",
				DataValidation.ErrorStyle.STOP, "Số lượng không hợp lệ", "Ghi số không âm.");
		sheet.addValidationData(quantity);
		DataValidation price = helper.createValidation(
				helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
				new CellRangeAddressList(first, lastRow, PRICE, PRICE));
		prompt(price, "Đơn giá", "Số đồng chẵn, không âm (ví dụ 150000).", DataValidation.ErrorStyle.STOP,
				"Đơn giá không hợp lệ", "Ghi số đồng chẵn, không âm.");
		sheet.addValidationData(price);
		double start = DateUtil.getExcelDate(trainingClass.start());
		double end = DateUtil.getExcelDate(trainingClass.end());
		DataValidation day = helper
			.createValidation(
					helper.createDateConstraint(OperatorType.BETWEEN, String.valueOf((long) start),
							String.valueOf((long) end), "dd/mm/yyyy"),
					new CellRangeAddressList(first, lastRow, DAY, DAY));
		prompt(day, "Ngày",
				"Khoản chi theo ngày (tiền ăn, nước uống): ngày học dd/mm/yyyy. Khoản chi cả lớp: để trống.",
				DataValidation.ErrorStyle.WARNING, "Ngày ngoài thời gian lớp",
				"Ngày này không nằm trong thời gian học của lớp. Vẫn giữ?");
		sheet.addValidationData(day);
	}

	private static void prompt(DataValidation validation, String title, String text, int errorStyle, String errorTitle,
			String errorText) {
		validation.setEmptyCellAllowed(true);
		validation.setShowPromptBox(true);
		validation.createPromptBox(title, text);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(errorStyle);
		validation.createErrorBox(errorTitle, errorText);
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

	private static String upper(String text) {
		return plain(text).toUpperCase(VIETNAMESE);
	}

	/**
	 * Text from the plan as it goes into a cell: a leading character that Excel would
	 * read as the start of a formula gets a space before it.
	 */
	static String plain(String text) {
		if (text == null) {
			return "";
		}
		String stripped = text.strip();
		if (!stripped.isEmpty() && "=+-@\t\0".indexOf(stripped.charAt(0)) >= 0) {
			return " " + stripped;
		}
		return stripped;
	}

	/** A prefilled line: what and in which unit, and the day of a per-day item. */
	private record Line(String item, String unit, LocalDate day) {
	}

	/** The workbook's cell styles, created once. */
	private static final class Styles {

		final XSSFCellStyle centred;

		final XSSFCellStyle centredBold;

		final XSSFCellStyle centredWrapped;

		final XSSFCellStyle centredItalic;

		final XSSFCellStyle heading;

		final XSSFCellStyle title;

		final XSSFCellStyle header;

		final XSSFCellStyle index;

		final XSSFCellStyle text;

		final XSSFCellStyle centredInput;

		final XSSFCellStyle quantity;

		final XSSFCellStyle money;

		final XSSFCellStyle date;

		final XSSFCellStyle totalText;

		final XSSFCellStyle totalMoney;

		private final XSSFWorkbook workbook;

		Styles(XSSFWorkbook workbook) {
			this.workbook = workbook;
			XSSFFont regular = workbook.getFontAt(0);
			regular.setFontName(FONT);
			regular.setFontHeightInPoints((short) 12);
			XSSFFont bold = font(12, true, false);
			XSSFFont italic = font(12, false, true);
			XSSFFont large = font(14, true, false);
			short moneyFormat = workbook.createDataFormat().getFormat("#,##0");
			short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
			short general = workbook.createDataFormat().getFormat("General");
			this.centred = style(regular, HorizontalAlignment.CENTER);
			this.centredBold = style(bold, HorizontalAlignment.CENTER);
			this.centredWrapped = style(regular, HorizontalAlignment.CENTER);
			this.centredWrapped.setWrapText(true);
			this.centredItalic = style(italic, HorizontalAlignment.CENTER);
			this.heading = style(large, HorizontalAlignment.CENTER);
			this.title = style(bold, HorizontalAlignment.CENTER);
			this.title.setWrapText(true);
			this.header = bordered(bold, HorizontalAlignment.CENTER);
			this.header.setWrapText(true);
			this.header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.index = bordered(regular, HorizontalAlignment.CENTER);
			this.text = bordered(regular, HorizontalAlignment.LEFT);
			this.text.setWrapText(true);
			this.centredInput = bordered(regular, HorizontalAlignment.CENTER);
			this.quantity = bordered(regular, HorizontalAlignment.RIGHT);
			this.quantity.setDataFormat(general);
			this.money = bordered(regular, HorizontalAlignment.RIGHT);
			this.money.setDataFormat(moneyFormat);
			this.date = bordered(regular, HorizontalAlignment.CENTER);
			this.date.setDataFormat(dateFormat);
			this.totalText = bordered(bold, HorizontalAlignment.CENTER);
			this.totalMoney = bordered(bold, HorizontalAlignment.RIGHT);
			this.totalMoney.setDataFormat(moneyFormat);
		}

		private XSSFFont font(int points, boolean bold, boolean italic) {
			XSSFFont font = this.workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setItalic(italic);
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

	}

}
