package vn.congdoan.taphuan.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds real spreadsheet files for tests, the way a ward would have typed them: rows of
 * values (strings, numbers, dates, formulas with cached values, booleans), merged ranges,
 * several sheets, written as xlsx, xls or csv.
 */
public final class Spreadsheet {

	private final List<SheetSpec> sheets = new ArrayList<>();

	private SheetSpec current;

	private Spreadsheet() {
	}

	public static Spreadsheet create() {
		return new Spreadsheet().sheet("Sheet1");
	}

	/** Starts another sheet; following rows go there. */
	public Spreadsheet sheet(String name) {
		this.current = new SheetSpec(name);
		this.sheets.add(this.current);
		return this;
	}

	public Spreadsheet veryHidden() {
		this.current.veryHidden = true;
		return this;
	}

	/** A row of values; {@code null} leaves a cell empty. */
	public Spreadsheet row(Object... values) {
		this.current.rows.add(Arrays.asList(values));
		return this;
	}

	public Spreadsheet rows(List<List<Object>> rows) {
		this.current.rows.addAll(rows);
		return this;
	}

	public Spreadsheet blankRow() {
		this.current.rows.add(List.of());
		return this;
	}

	/** A merged range such as "A5:A7" (1-based rows, as Excel shows them). */
	public Spreadsheet merge(String range) {
		this.current.merges.add(range);
		return this;
	}

	public Path writeXlsx(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			return write(workbook, file);
		}
	}

	public Path writeXls(Path file) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			return write(workbook, file);
		}
	}

	public Path writeCsv(Path file, char delimiter, Charset charset, boolean bom) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			if (bom) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			Writer writer = new java.io.OutputStreamWriter(out, charset);
			for (List<Object> row : this.sheets.get(0).rows) {
				writer.write(row.stream()
					.map((value) -> csvField(value, delimiter))
					.collect(Collectors.joining(String.valueOf(delimiter))));
				writer.write("\r\n");
			}
			writer.flush();
		}
		return file;
	}

	public Path writeCsv(Path file) throws IOException {
		return writeCsv(file, ',', StandardCharsets.UTF_8, false);
	}

	private Path write(Workbook workbook, Path file) throws IOException {
		CellStyle dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		for (SheetSpec spec : this.sheets) {
			Sheet sheet = workbook.createSheet(spec.name);
			for (int r = 0; r < spec.rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> values = spec.rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value != null) {
						set(row.createCell(c), value, dateStyle);
					}
				}
			}
			for (String range : spec.merges) {
				sheet.addMergedRegion(CellRangeAddress.valueOf(range));
			}
			if (spec.veryHidden) {
				workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
			}
		}
		if (workbook.getSheetVisibility(0) != SheetVisibility.VISIBLE && workbook.getNumberOfSheets() > 1) {
			workbook.setActiveSheet(1);
			workbook.setFirstVisibleTab(1);
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	private static void set(Cell cell, Object value, CellStyle dateStyle) {
		if (value instanceof Formula formula) {
			cell.setCellFormula(formula.expression());
			// a cached result as Excel would have stored it
			if (formula.cached() instanceof Number number) {
				setCached(cell, number.doubleValue());
			}
			else if (formula.cached() != null) {
				setCached(cell, formula.cached().toString());
			}
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle);
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private static void setCached(Cell cell, double value) {
		if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell xssf) {
			xssf.getCTCell().setV(stripZero(value));
		}
		else if (cell instanceof org.apache.poi.hssf.usermodel.HSSFCell) {
			cell.setCellValue(value); // on a formula cell HSSF stores the value as the
										// cached result
		}
	}

	private static void setCached(Cell cell, String value) {
		if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell xssf) {
			xssf.getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR);
			xssf.getCTCell().setV(value);
		}
		else {
			cell.setCellValue(value);
		}
	}

	private static String stripZero(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	private static String csvField(Object value, char delimiter) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof LocalDate date)
				? String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
				: value.toString();
		if (value instanceof Double number && number == Math.rint(number)) {
			text = Long.toString(number.longValue());
		}
		if (text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	/** A formula cell with the value Excel would have cached for it. */
	public record Formula(String expression, Object cached) {
	}

	private static final class SheetSpec {

		final String name;

		final List<List<Object>> rows = new ArrayList<>();

		final List<String> merges = new ArrayList<>();

		boolean veryHidden;

		SheetSpec(String name) {
			this.name = name;
		}

	}

}
