package vn.congdoan.taphuan.ops;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * Port to the report feature: writes a plan's monthly progress report (báo cáo tiến độ
 * tháng) or year-end result report (báo cáo kết quả năm) into a folder.
 * {@code renderMonthlyReportStep} and {@code renderYearEndReportStep} call it once per
 * plan, after reconciliation; the report feature provides the implementation (a Spring
 * bean). Without one, {@code run monthly} and {@code run year-end} refuse to start and
 * say so.
 * <p>
 * The implementation is called outside any transaction, may be called again for the same
 * plan and folder when a run is restarted (overwrite your own files), and throws when it
 * could not finish. Of the files returned, the {@code .pdf} and {@code .xlsx} ones are
 * e-mailed and copied to the outbox; the others (charts) are kept with them.
 */
public interface ReportRendering {

	/**
	 * Writes the monthly progress report of a plan.
	 * @param planCode the plan ({@code AG-2026})
	 * @param month the month reported on
	 * @param outDir an existing folder for this run and plan
	 * @return the files written (PDF, XLSX, charts), at least one
	 */
	List<Path> renderMonthly(String planCode, YearMonth month, Path outDir);

	/**
	 * Writes the year-end result report of a plan (its year is the plan's year).
	 * @param planCode the plan
	 * @param outDir an existing folder for this run and plan
	 * @return the files written (PDF, XLSX, charts), at least one
	 */
	List<Path> renderYearEnd(String planCode, Path outDir);

	/**
	 * Called as a run starts, long before its reports: gets the renderer ready in the
	 * background (templates compiled, fonts registered) while the run imports and
	 * reconciles. Returns at once; does nothing by default.
	 */
	default void prepareInBackground() {
	}

}
