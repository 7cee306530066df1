package vn.congdoan.taphuan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileSummary;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.report.PlanReports;
import vn.congdoan.taphuan.report.ReportFiles;

/**
 * {@code taphuan report monthly --plan P --month YYYY-MM [--out DIR]}.
 */
@Command(name = "monthly", description = { "The monthly progress report (báo cáo tiến độ tháng) for the Standing "
		+ "Committee: where the plan stands by programme, the classes held, money of the settled classes, "
		+ "what needs a decision, the month's classes, wards worst first, findings, missing lists, three charts.",
		"Reconciles as of the month's last day (today while the month runs), so the report counts that "
				+ "month and before, never a later day; the figures are the same when an old month is "
				+ "rendered again.",
		"Files: bao-cao-thang-<PLAN>-<YYYY-MM>.pdf/.xlsx and -bieu-do-N.png." })
class ReportMonthlyCommand extends ResultCommand {

	@Option(names = "--plan", paramLabel = "P", description = "The plan (optional when only one is loaded).")
	String plan;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month reported on.")
	YearMonth month;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: taphuan.output-dir, out/).")
	Path out;

	private final Plans plans;

	private final Reconciliations reconciliations;

	private final PlanReports reports;

	private final Path outputDir;

	ReportMonthlyCommand(Plans plans, Reconciliations reconciliations, PlanReports reports,
			@Value("${taphuan.output-dir:out}") Path outputDir, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
		this.reconciliations = reconciliations;
		this.reports = reports;
		this.outputDir = outputDir;
	}

	@Override
	public Integer call() {
		Plan found = this.plans.resolve(this.plan);
		if (this.month.getYear() != found.year()) {
			throw new UserInputException(
					"Tháng " + this.month + " không thuộc năm kế hoạch " + found.year() + " của " + found.code() + ".");
		}
		LocalDate asOf = PlanReports.monthlyAsOf(this.month, this.reconciliations.today());
		this.reports.prepareInBackground();
		ReconcileSummary summary = this.reconciliations.run(found.code(), asOf);
		ReportFiles files = this.reports.monthly(summary.run(), this.month,
				(this.out != null) ? this.out : this.outputDir);
		ReportOutput.print(err(),
				"Báo cáo tháng " + this.month.getMonthValue() + "/" + this.month.getYear() + " của " + found.code(),
				files);
		if (this.json) {
			printJson(
					ReportOutput.json("monthly", Map.of("plan", found.code(), "month", this.month.toString()), files));
		}
		return ExitCodes.OK;
	}

}
