package vn.congdoan.taphuan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileSummary;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.report.Narrative;
import vn.congdoan.taphuan.report.NarrativeFile;
import vn.congdoan.taphuan.report.PlanReports;
import vn.congdoan.taphuan.report.ReportFiles;

/**
 * {@code taphuan report year-end --plan P [--narrative FILE] [--number N] [--date YYYY-MM-DD] [--out DIR]}.
 */
@Command(name = "year-end", description = {
		"The year-end result report to the Tổng LĐLĐ, in administrative form "
				+ "(aggregates only, no personal lists).",
		"The assessment sections come from --narrative (Markdown or YAML); without it they are marked placeholders.",
		"Reconciles as of 31/12 of the plan year, or --date (or today) when earlier.",
		"Files: bao-cao-nam-<PLAN>.pdf/.xlsx/.docx (the DOCX for the office to edit before signing)." })
class ReportYearEndCommand extends ResultCommand {

	@Option(names = "--plan", paramLabel = "P", description = "The plan (optional when only one is loaded).")
	String plan;

	@Option(names = "--narrative", paramLabel = "FILE", description = "The operator's assessment (.md or .yaml).")
	Path narrative;

	@Option(names = "--number", paramLabel = "N",
			description = "The document number (\"27\" of 27/BC-LĐLĐ); blank when absent.")
	String number;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date on the document; blank when absent.")
	LocalDate date;

	@Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: taphuan.output-dir, out/).")
	Path out;

	private final Plans plans;

	private final Reconciliations reconciliations;

	private final PlanReports reports;

	private final Path outputDir;

	ReportYearEndCommand(Plans plans, Reconciliations reconciliations, PlanReports reports,
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
		String code = found.code();
		Narrative text = (this.narrative != null) ? NarrativeFile.read(this.narrative) : Narrative.NONE;
		LocalDate asOf = PlanReports.yearEndAsOf(found.year(), this.date, this.reconciliations.today());
		this.reports.prepareInBackground();
		ReconcileSummary summary = this.reconciliations.run(code, asOf);
		ReportFiles files = this.reports.yearEnd(summary.run(), text, this.number, this.date,
				(this.out != null) ? this.out : this.outputDir);
		ReportOutput.print(err(), "Báo cáo kết quả năm của " + code, files);
		if (this.json) {
			Map<String, Object> subject = new LinkedHashMap<>();
			subject.put("plan", code);
			subject.put("narrative", (this.narrative != null) ? this.narrative.toString() : null);
			printJson(ReportOutput.json("year-end", subject, files));
		}
		return ExitCodes.OK;
	}

}
