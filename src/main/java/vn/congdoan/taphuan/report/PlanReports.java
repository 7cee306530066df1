package vn.congdoan.taphuan.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileResults;

/**
 * The reports of a plan or class, built from the plan's latest reconciliation and
 * rendered as PDF, XLSX and PNG charts. Callers reconcile first when they want today's
 * figures.
 */
@Component
public class PlanReports {

	private static final Logger logger = LoggerFactory.getLogger(PlanReports.class);

	private final ReportAssembly assembly;

	private final Reports reports;

	public PlanReports(Plans plans, ReconcileResults results, Reports reports) {
		this.assembly = new ReportAssembly(plans, results);
		this.reports = reports;
	}

	/**
	 * Gets the renderer ready in the background (templates compiled, fonts registered)
	 * while the caller reconciles; see {@link Reports#prepareInBackground}.
	 */
	public void prepareInBackground() {
		this.reports.prepareInBackground();
	}

	/** The monthly progress report (báo cáo tiến độ tháng) for the Standing Committee. */
	public ReportFiles monthly(String planCode, YearMonth month, Path outDir) {
		long start = System.nanoTime();
		MonthlyReportData data = this.assembly.monthly(planCode, month);
		logger.debug("Monthly report {} {}: figures read in {} ms", planCode, month,
				(System.nanoTime() - start) / 1_000_000);
		return this.reports.renderMonthly(data, outDir);
	}

	/**
	 * The year-end result report to the national federation, in administrative form.
	 * @param narrative the assessment sections, or {@link Narrative#NONE} for marked
	 * placeholders
	 * @param documentNumber "15/BC-LĐLĐ", or {@code null} for a blank number to fill in
	 * @param issueDate the date on the document
	 */
	public ReportFiles yearEnd(String planCode, Narrative narrative, String documentNumber, LocalDate issueDate,
			Path outDir) {
		return this.reports.renderYearEnd(this.assembly.yearEnd(planCode, narrative, documentNumber, issueDate),
				outDir);
	}

	/** The reconciliation of one class: wards, masked roster, findings. */
	public ReportFiles classReport(String classCode, Path outDir) {
		long start = System.nanoTime();
		ClassReportData data = this.assembly.classReport(classCode);
		logger.debug("Class report {}: figures read in {} ms", classCode, (System.nanoTime() - start) / 1_000_000);
		return this.reports.renderClass(data, outDir);
	}

}
