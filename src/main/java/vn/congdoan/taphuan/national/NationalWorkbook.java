package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.national.FormSheetWriter.FormSheet;
import vn.congdoan.taphuan.national.NationalFigures.Missing;
import vn.congdoan.taphuan.national.NationalFigures.Ranked;
import vn.congdoan.taphuan.national.NationalFigures.UnitResult;
import vn.congdoan.taphuan.national.NationalFigures.UnitRow;
import vn.congdoan.taphuan.national.NationalFigures.Warning;

/**
 * The national report's workbook: what it is, the national roll-up as a form (with its
 * formulas), every unit's TỔNG SỐ row with its ratios, every row of every unit's form,
 * the rankings, the units without a valid form and the warnings. Numbers are number cells
 * ('.'-grouped whatever the viewer's locale), ratios percentages; text is made inert.
 */
final class NationalWorkbook {

	private NationalWorkbook() {
	}

	static void write(NationalReportContent content, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			info(workbook, content, styles);
			FormSheetWriter.write(workbook,
					new FormSheet(FormSheet.Kind.NATIONAL, "Tổng hợp toàn quốc", content.year(),
							"Tổng hợp " + content.received().size() + " đơn vị (" + content.provincesReceived()
									+ " LĐLĐ tỉnh, thành phố; " + content.sectoralReceived() + " công đoàn ngành)",
							content.today(), content.nationalForm(), content.units(), null, null, content.coverage()));
			units(workbook, content, styles);
			details(workbook, content, styles);
			rankings(workbook, content, styles);
			missing(workbook, content, styles);
			warnings(workbook, content, styles);
			StatisticalForms.write(workbook, target);
		}
	}

	private static void info(XSSFWorkbook workbook, NationalReportContent content, Styles styles) {
		Sheet sheet = workbook.createSheet("Thông tin");
		sheet.setColumnWidth(0, 30 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		text(sheet.createRow(0), 0, content.title(), styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { "Đơn vị lập", content.author() });
		lines.add(new String[] { "Năm báo cáo", Integer.toString(content.year()) });
		lines.add(new String[] { "Số liệu theo biểu nhận đến ngày", VietnameseFormat.date(content.today()) });
		lines.add(new String[] { "LĐLĐ tỉnh, thành phố đã gửi biểu hợp lệ",
				content.provincesReceived() + "/" + content.provinces() });
		lines.add(new String[] { "Công đoàn ngành Trung ương đã gửi biểu",
				Integer.toString(content.sectoralReceived()) });
		lines.add(new String[] { "Chưa có biểu hợp lệ", Integer.toString(content.missing().size()) });
		lines.add(new String[] { "Cảnh báo trong các biểu", Integer.toString(content.warnings().size()) });
		lines.add(new String[] { "Độ đầy đủ của số liệu", content.coverage() });
		lines.add(new String[] { "Ghi chú", "Số học viên tính theo lượt người, trừ cột (14); kinh phí tính bằng đồng; "
				+ "các tỷ lệ chỉ tính trên đơn vị có đủ cả hai số. Không có dữ liệu cá nhân." });
		int index = 2;
		for (String[] line : lines) {
			Row row = sheet.createRow(index++);
			text(row, 0, line[0], styles.bold);
			text(row, 1, line[1], styles.wrapped);
			// about 100 characters a line in the value column
			row.setHeightInPoints(15 * Math.max(1, (line[1].length() + 99) / 100));
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
	}

	private static void units(XSSFWorkbook workbook, NationalReportContent content, Styles styles) {
		List<String> headers = new ArrayList<>(
				List.of("TT", "Mã đơn vị", "Đơn vị", "Loại", "Tình trạng", "Biểu", "Số liệu đến ngày", "Tệp"));
		for (FormColumn column : FormColumn.values()) {
			headers.add(column.title() + " (" + column.unit().label().toLowerCase(java.util.Locale.ROOT) + ")");
		}
		for (Indicator indicator : Indicator.values()) {
			if (indicator.isRatio()) {
				headers.add(indicator.label());
			}
		}
		headers.add("Quyết toán / dự toán các lớp đã quyết toán");
		Sheet sheet = table(workbook, "Theo đơn vị",
				"Kết quả theo đơn vị (dòng TỔNG SỐ của biểu mỗi đơn vị), năm " + content.year(), headers, styles);
		Map<String, UnitResult> received = new LinkedHashMap<>();
		content.received().forEach((unit) -> received.put(unit.unit().code(), unit));
		Map<String, Missing> missing = new LinkedHashMap<>();
		content.missing().forEach((unit) -> missing.put(unit.unit().code(), unit));
		int r = 2;
		int index = 1;
		for (ReportingUnit unit : content.units()) {
			UnitResult result = received.get(unit.code());
			Missing gap = missing.get(unit.code());
			if (result == null && gap == null) {
				continue;
			}
			Row row = sheet.createRow(r++);
			int c = 0;
			number(row, c++, index++, styles);
			text(row, c++, unit.code(), styles.plain);
			text(row, c++, unit.name(), styles.plain);
			text(row, c++, unit.kind().label(), styles.plain);
			text(row, c++, (result != null) ? "Đã gửi" : gap.refused() ? "Biểu bị từ chối" : "Chưa gửi biểu",
					styles.plain);
			text(row, c++, (result != null) ? NationalReportContent.sourceLabel(result.source()) : null, styles.plain);
			date(row, c++, (result != null) ? result.asOf() : null, styles);
			text(row, c++, (result != null) ? result.file() : (gap.refused() ? gap.file() : null), styles.plain);
			for (FormColumn column : FormColumn.values()) {
				Long value = (result != null) ? result.total().get(column) : null;
				if (value != null) {
					number(row, c, value, styles);
				}
				c++;
			}
			for (Indicator indicator : Indicator.values()) {
				if (indicator.isRatio()) {
					ratio(row, c++, (result != null) ? indicator.of(result.total()) : null, styles);
				}
			}
			if (result != null) {
				Long settled = result.total().get(FormColumn.SETTLED);
				Long estimate = result.total().get(FormColumn.ESTIMATE_SETTLED);
				ratio(row, c,
						(settled != null && estimate != null && estimate > 0) ? (double) settled / estimate : null,
						styles);
			}
		}
		finish(sheet, headers.size(), r - 1);
	}

	private static void details(XSSFWorkbook workbook, NationalReportContent content, Styles styles) {
		List<String> headers = new ArrayList<>(List.of("Mã đơn vị", "Đơn vị", "Dòng", "Nội dung"));
		for (FormColumn column : FormColumn.values()) {
			headers.add(column.title());
		}
		Sheet sheet = table(workbook, "Chi tiết theo dòng",
				"Mọi dòng của biểu mỗi đơn vị (ô trống: đơn vị không có số liệu)", headers, styles);
		int r = 2;
		for (UnitRow unitRow : content.details()) {
			Row row = sheet.createRow(r++);
			text(row, 0, unitRow.unit().code(), styles.plain);
			text(row, 1, unitRow.unit().shortName(), styles.plain);
			text(row, 2, unitRow.figures().row().name(), styles.plain);
			text(row, 3, NationalReportContent.label(unitRow.figures().row()), styles.plain);
			int c = 4;
			for (FormColumn column : FormColumn.values()) {
				Long value = unitRow.figures().get(column);
				if (value != null) {
					number(row, c, value, styles);
				}
				c++;
			}
		}
		finish(sheet, headers.size(), r - 1);
	}

	private static void rankings(XSSFWorkbook workbook, NationalReportContent content, Styles styles) {
		List<String> headers = List.of("Chỉ tiêu", "Hạng", "Mã đơn vị", "Đơn vị", "Giá trị");
		Sheet sheet = table(workbook, "Xếp hạng", "Xếp hạng các đơn vị theo chỉ tiêu (cao nhất trước)", headers,
				styles);
		int r = 2;
		for (Indicator indicator : Indicator.values()) {
			for (Ranked ranked : content.rankings().get(indicator)) {
				Row row = sheet.createRow(r++);
				text(row, 0, indicator.label(), styles.plain);
				number(row, 1, ranked.place(), styles);
				text(row, 2, ranked.unit().code(), styles.plain);
				text(row, 3, ranked.unit().shortName(), styles.plain);
				if (indicator.isRatio()) {
					ratio(row, 4, ranked.value(), styles);
				}
				else {
					number(row, 4, (long) ranked.value(), styles);
				}
			}
		}
		finish(sheet, headers.size(), r - 1);
	}

	private static void missing(XSSFWorkbook workbook, NationalReportContent content, Styles styles) {
		List<String> headers = List.of("Mã đơn vị", "Đơn vị", "Tình trạng", "Tệp bị từ chối", "Mã lỗi", "Lý do");
		Sheet sheet = table(workbook, "Chưa gửi, bị từ chối",
				"Đơn vị chưa có biểu hợp lệ năm " + content.year() + " và tệp không xác định được đơn vị", headers,
				styles);
		int r = 2;
		List<Missing> all = new ArrayList<>(content.missing());
		all.addAll(content.unidentified());
		for (Missing gap : all) {
			Row row = sheet.createRow(r++);
			text(row, 0, (gap.unit() != null) ? gap.unit().code() : null, styles.plain);
			text(row, 1, (gap.unit() != null) ? gap.unit().name() : "(chưa xác định đơn vị)", styles.plain);
			text(row, 2, gap.refused() ? "Biểu bị từ chối" : "Chưa gửi biểu", styles.plain);
			text(row, 3, gap.file(), styles.plain);
			text(row, 4, gap.rejectCode(), styles.plain);
			text(row, 5, gap.error(), styles.wrapped);
		}
		finish(sheet, headers.size(), r - 1);
	}

	private static void warnings(XSSFWorkbook workbook, NationalReportContent content, Styles styles) {
		List<String> headers = List.of("Mã đơn vị", "Đơn vị", "Tệp", "Trang", "Dòng", "Cột", "Mã cảnh báo", "Nội dung");
		Sheet sheet = table(workbook, "Cảnh báo", "Cảnh báo về số liệu trong các biểu được tổng hợp", headers, styles);
		int r = 2;
		for (Warning warning : content.warnings()) {
			Row row = sheet.createRow(r++);
			text(row, 0, warning.unit().code(), styles.plain);
			text(row, 1, warning.unit().shortName(), styles.plain);
			text(row, 2, warning.file(), styles.plain);
			text(row, 3, warning.issue().sheet(), styles.plain);
			if (warning.issue().row() != null) {
				number(row, 4, warning.issue().row(), styles);
			}
			text(row, 5, warning.issue().column(), styles.plain);
			text(row, 6, warning.issue().code().name(), styles.plain);
			text(row, 7, warning.issue().message(), styles.wrapped);
		}
		finish(sheet, headers.size(), r - 1);
	}

	private static Sheet table(XSSFWorkbook workbook, String name, String heading, List<String> headers,
			Styles styles) {
		Sheet sheet = workbook.createSheet(name);
		text(sheet.createRow(0), 0, heading, styles.title);
		Row header = sheet.createRow(1);
		header.setHeightInPoints(45);
		for (int c = 0; c < headers.size(); c++) {
			text(header, c, headers.get(c), styles.header);
			sheet.setColumnWidth(c, Math.min(40, Math.max(10, headers.get(c).length() / 2 + 4)) * 256);
		}
		return sheet;
	}

	private static void finish(Sheet sheet, int columns, int lastRow) {
		sheet.createFreezePane(0, 2);
		sheet.setAutoFilter(new CellRangeAddress(1, Math.max(lastRow, 2), 0, columns - 1));
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(FormSheetWriter.inert(value));
		}
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, long value, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.grouped(value));
	}

	private static void ratio(Row row, int column, Double value, Styles styles) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.percent);
	}

	private static void date(Row row, int column, LocalDate value, Styles styles) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(styles.date);
	}

	/** The cell styles of the workbook. */
	private static final class Styles {

		private final XSSFWorkbook workbook;

		final CellStyle title;

		final CellStyle header;

		final CellStyle plain;

		final CellStyle bold;

		final CellStyle wrapped;

		final CellStyle percent;

		final CellStyle date;

		private final Map<String, CellStyle> grouped = new HashMap<>();

		Styles(XSSFWorkbook workbook) {
			this.workbook = workbook;
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			Font large = workbook.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 13);
			this.title = workbook.createCellStyle();
			this.title.setFont(large);
			this.header = workbook.createCellStyle();
			this.header.setFont(boldFont);
			this.header.setWrapText(true);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.plain = workbook.createCellStyle();
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.wrapped = workbook.createCellStyle();
			this.wrapped.setWrapText(true);
			this.percent = workbook.createCellStyle();
			this.percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		}

		CellStyle grouped(long value) {
			String format = FormSheetWriter.groupedFormat(value);
			return this.grouped.computeIfAbsent(format, (key) -> {
				CellStyle style = this.workbook.createCellStyle();
				style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
				return style;
			});
		}

	}

}
