package vn.congdoan.taphuan.cli;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileSummary;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.report.PlanReports;
import vn.congdoan.taphuan.report.ReportFiles;

/**
 * {@code taphuan report class --class C [--out DIR]}.
 */
@Command(name = "class",
		description = { "The reconciliation of one class: per ward listed / attended / completed "
				+ "against the allocation, the roster with each day's mark (phone and CCCD masked), and every finding.",
				"Files: doi-chieu-lop-<CLASS>.pdf/.xlsx." })
class ReportClassCommand extends ResultCommand {

	@Option(names = "--class", required = true, paramLabel = "C", description = "The class, e.g. AG26-CS-01.")
	String classCode;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: taphuan.output-dir, out/).")
	Path out;

	private final Plans plans;

	private final Reconciliations reconciliations;

	private final PlanReports reports;

	private final Path outputDir;

	ReportClassCommand(Plans plans, Reconciliations reconciliations, PlanReports reports,
			@Value("${taphuan.output-dir:out}") Path outputDir, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
		this.reconciliations = reconciliations;
		this.reports = reports;
		this.outputDir = outputDir;
	}

	@Override
	public Integer call() {
		String plan = this.plans.findClass(this.classCode).plan().code();
		this.reports.prepareInBackground();
		ReconcileSummary summary = this.reconciliations.run(plan, this.reconciliations.today());
		ReportFiles files = this.reports.classReport(summary.run(), this.classCode,
				(this.out != null) ? this.out : this.outputDir);
		ReportOutput.print(err(), "Đối chiếu lớp " + this.classCode, files);
		if (this.json) {
			printJson(ReportOutput.json("class", Map.of("plan", plan, "class", this.classCode), files));
		}
		return ExitCodes.OK;
	}

}
