package vn.congdoan.taphuan.national;

import java.nio.file.Path;
import java.util.List;

/**
 * The national report as written: the JSON contract of
 * {@code taphuan report national --json} (with the report and year).
 *
 * @param pdf the report, with the national roll-up of the form as its landscape appendix
 * @param xlsx the same tables as a workbook
 * @param docx the report for editing in Word
 * @param charts one PNG per indicator
 * @param pages the PDF's pages
 * @param provinces provinces expected (34)
 * @param provincesReceived provinces whose current form counts
 * @param sectoralReceived sectoral unions whose current form counts
 * @param missing codes of the provinces (and refused units) without a current form
 * @param warnings warnings in the forms counted
 */
public record NationalReportFiles(Path pdf, Path xlsx, Path docx, List<Path> charts, int pages, int provinces,
		int provincesReceived, int sectoralReceived, List<String> missing, int warnings) {

	public NationalReportFiles {
		charts = List.copyOf(charts);
		missing = List.copyOf(missing);
	}

}
