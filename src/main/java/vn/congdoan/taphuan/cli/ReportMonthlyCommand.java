package vn.congdoan.taphuan.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.report.PlanReports;
import vn.congdoan.taphuan.report.ReportFiles;

/**
 * {@code taphuan report monthly --plan P --month YYYY-MM [--out DIR]}.
 */
@Command(name = "monthly",
		description = { "The monthly progress report (báo cáo tiến độ tháng) for the Standing "
				+ "Committee: key figures against the plan, the month's classes, year-to-date by ward, open findings, "
				+ "missing lists, and three charts.",
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
		String code = this.plans.resolve(this.plan).code();
		this.reports.prepareInBackground();
		this.reconciliations.run(code, this.reconciliations.today());
		ReportFiles files = this.reports.monthly(code, this.month, (this.out != null) ? this.out : this.outputDir);
		ReportOutput.print(err(), "Báo cáo tháng " + this.month + " của " + code, files);
		if (this.json) {
			printJson(ReportOutput.json("monthly", Map.of("plan", code, "month", this.month.toString()), files));
		}
		return ExitCodes.OK;
	}

}
