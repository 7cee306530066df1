package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The XLSX twin of a report, the one class here that knows POI: a sheet of report
 * information, then one sheet per {@link Table}, with real numeric and date cells,
 * Vietnamese number grouping ("1.400.000" whatever the viewer's locale), bold frozen
 * headers, an autofilter over the data rows, fixed column widths, rows marked as the
 * report marks them (a last column "Đánh giá" says why) and a print setup (A4, one page
 * wide, header row repeated, "Trang x / y"). Every text cell is made inert
 * ({@link #inert}) so that no value a ward typed can become a formula. Streaming (SXSSF,
 * inline text): {@link #close()} removes the temporary files.
 */
final class XlsxWorkbook implements AutoCloseable {

	/**
	 * Whole numbers from 0 to 999.999.999 with '.' grouping, in any locale: Excel's
	 * thousands separator follows the viewer's settings, literal dots do not. Values
	 * outside that range get a fixed format for their magnitude ({@link #groupedFormat}).
	 */
	static final String GROUPED = "[<1000]0;[<1000000]0\".\"000;0\".\"000\".\"000";

	private static final int TITLE_ROW = 0;

	private static final int HEADER_ROW = 1;

	/**
	 * Text cells are written inline, not into a shared-strings table: that table is held
	 * in memory for the whole workbook (it grows with the rows) and building it through
	 * XMLBeans cost more than writing the sheets.
	 */
	private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false);

	private final CellStyle title;

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle textBold;

	private final CellStyle number;

	private final CellStyle date;

	private final CellStyle ratio;

	private final CellStyle ratioBold;

	private final CellStyle textWrapped;

	private final Map<String, CellStyle> groupedStyles = new HashMap<>();

	private final Map<String, CellStyle> markedStyles = new HashMap<>();

	XlsxWorkbook() {
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		Font large = this.workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 13);
		this.title = style(large, null);
		this.header = style(bold, null);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.text = style(null, null);
		this.textBold = style(bold, null);
		this.textWrapped = style(null, null);
		this.textWrapped.setWrapText(true);
		this.textWrapped.setVerticalAlignment(VerticalAlignment.TOP);
		this.number = style(null, "0");
		this.date = style(null, "dd/mm/yyyy");
		this.ratio = style(null, "0.0%");
		this.ratioBold = style(bold, "0.0%");
	}

	/** A first sheet of "what this is" lines: label and value. */
	void info(String sheetName, String heading, List<String[]> lines) {
		SXSSFSheet sheet = this.workbook.createSheet(sheetName);
		sheet.setColumnWidth(0, 28 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		textCell(sheet.createRow(0), 0, heading, this.title);
		int index = 2;
		for (String[] line : lines) {
			Row row = sheet.createRow(index++);
			textCell(row, 0, line[0], this.textBold);
			textCell(row, 1, line[1], this.textWrapped);
		}
		printSetup(sheet, false, -1);
	}

	/**
	 * A sheet for a table: a title row, the header row (frozen, with an autofilter over
	 * the data rows), the rows, and the total row in bold.
	 */
	void table(TableRows table, String heading) {
		Table<?> spec = table.table();
		SXSSFSheet sheet = this.workbook.createSheet(spec.sheet());
		textCell(sheet.createRow(TITLE_ROW), 0, heading, this.title);
		Row headerRow = sheet.createRow(HEADER_ROW);
		headerRow.setHeightInPoints(58);
		List<? extends Table.Column<?>> columns = spec.columns();
		for (int c = 0; c < columns.size(); c++) {
			textCell(headerRow, c, columns.get(c).header(), this.header);
			sheet.setColumnWidth(c, Math.max(columns.get(c).width(), 6) * 256);
		}
		int markColumn = spec.highlights() ? columns.size() : -1;
		if (markColumn >= 0) {
			textCell(headerRow, markColumn, "Đánh giá", this.header);
			sheet.setColumnWidth(markColumn, 20 * 256);
		}
		int lastColumn = spec.highlights() ? columns.size() : columns.size() - 1;
		int index = HEADER_ROW + 1;
		int lastData = HEADER_ROW;
		for (Map<String, Object> values : table.rows()) {
			boolean total = Boolean.TRUE.equals(values.get(Table.TOTAL));
			Highlight mark = (values.get(Table.HIGHLIGHT) instanceof String name) ? Highlight.valueOf(name) : null;
			Row row = sheet.createRow(index);
			for (int c = 0; c < columns.size(); c++) {
				Table.Column<?> column = columns.get(c);
				write(row, c, column.kind(), values.get(column.key()), total, mark);
			}
			if (markColumn >= 0 && mark != null) {
				textCell(row, markColumn, mark.label(), marked(this.text, mark));
			}
			if (!total) {
				lastData = index;
			}
			index++;
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(lastData, HEADER_ROW + 1), 0, lastColumn));
		printSetup(sheet, spec.landscape(), HEADER_ROW);
	}

	/**
	 * A4, one page wide (as many pages down as it takes), the header row repeated on
	 * every page and "Trang x / y" at the foot.
	 */
	private static void printSetup(SXSSFSheet sheet, boolean landscape, int repeatedRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(landscape);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setMargin(PageMargin.LEFT, 0.6);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.7);
		if (repeatedRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(repeatedRow, repeatedRow, -1, -1));
		}
		sheet.getFooter().setCenter("Trang &P / &N");
	}

	/** The style with the fill of a marked row. */
	private CellStyle marked(CellStyle base, Highlight mark) {
		if (mark == null) {
			return base;
		}
		return this.markedStyles.computeIfAbsent(base.getIndex() + "|" + mark, (key) -> {
			CellStyle style = this.workbook.createCellStyle();
			style.cloneStyleFrom(base);
			style.setFillForegroundColor(switch (mark) {
				case MISSING -> IndexedColors.ROSE.getIndex();
				case LOW -> IndexedColors.LIGHT_ORANGE.getIndex();
				case OVER -> IndexedColors.LIGHT_YELLOW.getIndex();
				case NONE -> IndexedColors.WHITE.getIndex();
			});
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		});
	}

	/**
	 * Writes the workbook to a temporary file beside {@code target}, then moves it there.
	 */
	void write(Path target) throws IOException {
		Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".taphuan-", ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				this.workbook.write(out);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	/**
	 * Text that spreadsheet software would read as a formula or command (starting with =,
	 * +, -, @, tab, carriage return or NUL) gets a leading apostrophe.
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
		StringBuilder format = new StringBuilder("0");
		for (long rest = Math.abs(value) / 1000; rest > 0; rest /= 1000) {
			format.append("\".\"000");
		}
		return format.toString();
	}

	private void write(Row row, int column, Table.Kind kind, Object value, boolean total, Highlight mark) {
		if (value == null) {
			if (total || mark != null) {
				row.createCell(column).setCellStyle(marked(total ? this.textBold : this.text, mark));
			}
			return;
		}
		Cell cell = row.createCell(column);
		switch (kind) {
			case TEXT -> {
				cell.setCellValue(inert(value.toString()));
				cell.setCellStyle(marked(total ? this.textBold : this.text, mark));
			}
			case COUNT, MONEY -> {
				long amount = ((Number) value).longValue();
				cell.setCellValue(amount);
				cell.setCellStyle(marked(groupedStyle(amount, total), mark));
			}
			case NUMBER -> {
				cell.setCellValue(((Number) value).longValue());
				cell.setCellStyle(marked(this.number, mark));
			}
			case RATIO -> {
				cell.setCellValue(((Number) value).doubleValue());
				cell.setCellStyle(marked(total ? this.ratioBold : this.ratio, mark));
			}
			case DATE -> {
				cell.setCellValue((LocalDate) value);
				cell.setCellStyle(marked(this.date, mark));
			}
		}
	}

	private CellStyle groupedStyle(long value, boolean bold) {
		String format = (value >= 0 && value < 1_000_000_000L) ? GROUPED : groupedFormat(value);
		return this.groupedStyles.computeIfAbsent(format + (bold ? "|bold" : ""), (key) -> {
			Font font = null;
			if (bold) {
				font = this.workbook.createFont();
				font.setBold(true);
			}
			return style(font, format);
		});
	}

	private void textCell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(inert(value));
		cell.setCellStyle(style);
	}

	private CellStyle style(Font font, String format) {
		CellStyle style = this.workbook.createCellStyle();
		if (font != null) {
			style.setFont(font);
		}
		if (format != null) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

}
