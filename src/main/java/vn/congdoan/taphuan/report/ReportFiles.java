package vn.congdoan.taphuan.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.congdoan.taphuan.reconcile.ReconcileRun;

/**
 * The files one report was written to.
 *
 * @param pdf the PDF, e.g. {@code bao-cao-thang-AG-2026-2026-03.pdf}
 * @param xlsx the workbook with the same tables, same name with {@code .xlsx}
 * @param charts the charts as PNG, {@code …-bieu-do-1.png} and on; empty when the report
 * has none
 * @param pages the PDF's page count
 * @param docx the document an office edits before signing, same name with {@code .docx}
 * (the year-end report), or {@code null}
 * @param asOf the date the figures are as of ({@code null} for a report not made from a
 * reconciliation)
 * @param run the reconciliation run the figures come from (0 for none)
 */
public record ReportFiles(Path pdf, Path xlsx, List<Path> charts, int pages, Path docx, LocalDate asOf, long run) {

	public ReportFiles {
		Objects.requireNonNull(pdf, "pdf");
		Objects.requireNonNull(xlsx, "xlsx");
		charts = List.copyOf(charts);
	}

	/** The same files, said to come from this run. */
	ReportFiles from(ReconcileRun run) {
		return new ReportFiles(this.pdf, this.xlsx, this.charts, this.pages, this.docx, run.asOf(), run.id());
	}

	/** Every file written: PDF, XLSX, DOCX when there is one, then the charts. */
	public List<Path> all() {
		List<Path> files = new ArrayList<>(List.of(this.pdf, this.xlsx));
		if (this.docx != null) {
			files.add(this.docx);
		}
		files.addAll(this.charts);
		return List.copyOf(files);
	}

}
