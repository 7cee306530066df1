package vn.congdoan.taphuan.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files one report was written to.
 *
 * @param pdf the PDF, e.g. {@code bao-cao-thang-AG-2026-2026-03.pdf}
 * @param xlsx the workbook with the same tables, same name with {@code .xlsx}
 * @param charts the charts as PNG, {@code …-bieu-do-1.png} and on; empty when the report
 * has none
 * @param pages the PDF's page count
 */
public record ReportFiles(Path pdf, Path xlsx, List<Path> charts, int pages) {

	public ReportFiles {
		Objects.requireNonNull(pdf, "pdf");
		Objects.requireNonNull(xlsx, "xlsx");
		charts = List.copyOf(charts);
	}

}
