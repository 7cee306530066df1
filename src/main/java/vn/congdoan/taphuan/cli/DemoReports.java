package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.ProgrammeKind;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileRun;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.report.Narrative;
import vn.congdoan.taphuan.report.NarrativeFile;
import vn.congdoan.taphuan.report.PlanReports;
import vn.congdoan.taphuan.report.ReportFiles;

/**
 * The demo's report stage: for every loaded plan, the monthly report of the latest month
 * with a class (reconciled as of that month's end, as {@code report monthly} does), the
 * year-end report (with the sample narrative where there is one) and the reconciliation
 * of its first grassroots class, in {@code OUT/bao-cao/}.
 */
@Component
class DemoReports {

	private final Plans plans;

	private final PlanReports reports;

	private final Reconciliations reconciliations;

	private final ReconcileResults results;

	DemoReports(Plans plans, PlanReports reports, Reconciliations reconciliations, ReconcileResults results) {
		this.plans = plans;
		this.reports = reports;
		this.reconciliations = reconciliations;
		this.results = results;
	}

	List<Map<String, Object>> run(Path samples, Path out, PrintWriter err) {
		Path folder = out.resolve("bao-cao");
		LocalDate today = this.reconciliations.today();
		List<Map<String, Object>> written = new ArrayList<>();
		for (Plan plan : this.plans.all()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("plan", plan.code());
			Optional<YearMonth> month = plan.classes()
				.stream()
				.map(TrainingClass::start)
				.filter((start) -> !start.isAfter(today))
				.max(LocalDate::compareTo)
				.map(YearMonth::from);
			if (month.isPresent()) {
				ReconcileRun run = run(plan, PlanReports.monthlyAsOf(month.get(), today));
				entry.put("monthly", print(err, "Báo cáo tháng " + month.get().getMonthValue() + "/"
						+ month.get().getYear() + " " + plan.code(), this.reports.monthly(run, month.get(), folder)));
			}
			Path narrativeFile = samples.resolve("narrative").resolve(plan.code().toLowerCase(Locale.ROOT) + ".md");
			Narrative narrative = Files.isRegularFile(narrativeFile) ? NarrativeFile.read(narrativeFile)
					: Narrative.NONE;
			ReconcileRun yearEnd = run(plan, PlanReports.yearEndAsOf(plan.year(), null, today));
			entry.put("yearEnd", print(err, "Báo cáo kết quả năm " + plan.code(),
					this.reports.yearEnd(yearEnd, narrative, null, null, folder)));
			plan.classes()
				.stream()
				.filter((trainingClass) -> !trainingClass.start().isAfter(today))
				.filter((trainingClass) -> plan.programme(trainingClass.programme())
					.map((programme) -> programme.kind() == ProgrammeKind.GRASSROOTS_CLASSES)
					.orElse(false))
				.findFirst()
				.ifPresent((trainingClass) -> entry.put("class", print(err, "Đối chiếu lớp " + trainingClass.code(),
						this.reports.classReport(trainingClass.code(), folder))));
			written.add(entry);
		}
		return written;
	}

	/**
	 * The plan's current results when they are as of that date (the demo reconciled every
	 * plan as of today), else a run as of it.
	 */
	private ReconcileRun run(Plan plan, LocalDate asOf) {
		return this.results.latestRun(plan.code())
			.filter((current) -> current.asOf().equals(asOf))
			.orElseGet(() -> this.reconciliations.run(plan.code(), asOf).run());
	}

	private static String print(PrintWriter err, String what, ReportFiles files) {
		ReportOutput.print(err, what, files);
		return files.pdf().toString();
	}

}
