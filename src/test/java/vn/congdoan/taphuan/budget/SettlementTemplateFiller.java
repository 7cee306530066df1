package vn.congdoan.taphuan.budget;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a settlement template as finance would in Excel: types Số lượng and Đơn giá into
 * some of its lines and lets the formulas calculate, so the file carries cached results.
 */
final class SettlementTemplateFiller {

	private SettlementTemplateFiller() {
	}

	/**
	 * @param lines by 0-based line of the table: { quantity, unit price }
	 */
	static void fill(Path template, Map<Integer, Object[]> lines) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(template)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			XSSFSheet sheet = workbook.getSheet(SettlementTemplateWorkbook.SHEET_NAME);
			lines.forEach((line, values) -> {
				var row = sheet.getRow(SettlementTemplateWorkbook.FIRST_LINE_ROW + line);
				row.getCell(SettlementTemplateWorkbook.QUANTITY).setCellValue(((Number) values[0]).doubleValue());
				row.getCell(SettlementTemplateWorkbook.PRICE).setCellValue(((Number) values[1]).doubleValue());
			});
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			try (OutputStream out = Files.newOutputStream(template)) {
				workbook.write(out);
			}
		}
	}

}
