package vn.congdoan.taphuan.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileRun;

/**
 * The reports of a plan or class, each built from one reconciliation run and rendered as
 * PDF, XLSX (and, for the year-end report, DOCX) with PNG charts. Callers reconcile as of
 * the report's date ({@link #monthlyAsOf}, {@link #yearEndAsOf}) and pass the run; the
 * methods taking a plan code find the plan's latest run as of a date in the report's
 * period (what a scheduled run's reconcile step made).
 */
@Component
public class PlanReports {

	private static final Logger logger = LoggerFactory.getLogger(PlanReports.class);

	private final ReportAssembly assembly;

	private final ReconcileResults results;

	private final Reports reports;

	private final Clock clock;

	private final Plans plans;

	public PlanReports(Plans plans, ReconcileResults results, Reports reports, Clock clock) {
		this.plans = plans;
		this.assembly = new ReportAssembly(plans, results);
		this.results = results;
		this.reports = reports;
		this.clock = clock;
	}

	/**
	 * The date a month's report counts to: the month's last day, or today while the month
	 * is not over. A month's report never counts a later day.
	 * @throws UserInputException for a month that has not begun
	 */
	public static LocalDate monthlyAsOf(YearMonth month, LocalDate today) {
		if (month.atDay(1).isAfter(today)) {
			throw new UserInputException("Tháng " + ReportText.month(month) + " chưa bắt đầu (hôm nay "
					+ VietnameseFormat.date(today) + "): chưa có số liệu để báo cáo.");
		}
		return today.isBefore(month.atEndOfMonth()) ? today : month.atEndOfMonth();
	}

	/**
	 * The date a year-end report counts to: 31/12 of its year, or the report date (or
	 * today) when earlier.
	 * @param reportDate the date on the document, or {@code null}
	 * @throws UserInputException for a year that has not begun
	 */
	public static LocalDate yearEndAsOf(int year, LocalDate reportDate, LocalDate today) {
		LocalDate asOf = LocalDate.of(year, 12, 31);
		if (reportDate != null && reportDate.isBefore(asOf)) {
			asOf = reportDate;
		}
		if (today.isBefore(asOf)) {
			asOf = today;
		}
		if (asOf.getYear() != year) {
			throw new UserInputException("Năm " + year + " chưa bắt đầu, hoặc ngày báo cáo "
					+ ((reportDate != null) ? VietnameseFormat.date(reportDate) : "") + " không thuộc năm " + year
					+ ": chưa có số liệu để báo cáo.");
		}
		return asOf;
	}

	/**
	 * Gets the renderer ready in the background (templates compiled, fonts registered)
	 * while the caller reconciles; see {@link Reports#prepareInBackground}.
	 */
	public void prepareInBackground() {
		this.reports.prepareInBackground();
	}

	/**
	 * The monthly progress report (báo cáo tiến độ tháng) for the Standing Committee,
	 * from a run as of a day of that month.
	 */
	public ReportFiles monthly(ReconcileRun run, YearMonth month, Path outDir) {
		long start = System.nanoTime();
		MonthlyReportData data = this.assembly.monthly(run, month, LocalDate.now(this.clock));
		logger.debug("Monthly report {} {} from run {}: figures read in {} ms", run.plan(), month, run.id(),
				(System.nanoTime() - start) / 1_000_000);
		return this.reports.renderMonthly(data, outDir).from(run);
	}

	/**
	 * The monthly progress report from the plan's latest run as of a day of the month.
	 */
	public ReportFiles monthly(String planCode, YearMonth month, Path outDir) {
		ReconcileRun run = this.results.latestRunAsOf(planCode, month.atDay(1), month.atEndOfMonth())
			.orElseThrow(() -> new UserInputException("Kế hoạch " + planCode + " chưa được đối soát tính đến một ngày "
					+ "của tháng " + ReportText.month(month) + ": đối soát trước khi lập báo cáo tháng."));
		return monthly(run, month, outDir);
	}

	/**
	 * The year-end result report to the national federation, in administrative form, from
	 * a run as of a day of the plan year.
	 * @param narrative the assessment sections, or {@link Narrative#NONE} for marked
	 * placeholders
	 * @param documentNumber "15/BC-LĐLĐ", or {@code null} for a blank number to fill in
	 * @param issueDate the date on the document
	 */
	public ReportFiles yearEnd(ReconcileRun run, Narrative narrative, String documentNumber, LocalDate issueDate,
			Path outDir) {
		return this.reports.renderYearEnd(this.assembly.yearEnd(run, narrative, documentNumber, issueDate), outDir)
			.from(run);
	}

	/** The year-end result report from the plan's latest run as of a day of its year. */
	public ReportFiles yearEnd(String planCode, Narrative narrative, String documentNumber, LocalDate issueDate,
			Path outDir) {
		int year = this.plans.get(planCode).year();
		ReconcileRun run = this.results.latestRunAsOf(planCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.orElseThrow(() -> new UserInputException("Kế hoạch " + planCode + " chưa được đối soát tính đến một ngày "
					+ "của năm " + year + ": đối soát trước khi lập báo cáo năm."));
		return yearEnd(run, narrative, documentNumber, issueDate, outDir);
	}

	/**
	 * The reconciliation of one class from its plan's current results (the latest
	 * published run).
	 */
	public ReportFiles classReport(String classCode, Path outDir) {
		String plan = this.plans.findClass(classCode).plan().code();
		ReconcileRun run = this.results.latestRun(plan)
			.orElseThrow(() -> new UserInputException(
					"Kế hoạch " + plan + " chưa được đối soát: đối soát trước khi " + "lập báo cáo đối chiếu lớp."));
		return classReport(run, classCode, outDir);
	}

	/** The reconciliation of one class (wards, masked roster, findings) from a run. */
	public ReportFiles classReport(ReconcileRun run, String classCode, Path outDir) {
		long start = System.nanoTime();
		ClassReportData data = this.assembly.classReport(run, classCode);
		logger.debug("Class report {} from run {}: figures read in {} ms", classCode, run.id(),
				(System.nanoTime() - start) / 1_000_000);
		return this.reports.renderClass(data, outDir).from(run);
	}

}
