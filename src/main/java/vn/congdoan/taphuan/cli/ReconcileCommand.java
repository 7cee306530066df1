package vn.congdoan.taphuan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileSummary;
import vn.congdoan.taphuan.reconcile.Reconciliations;

/**
 * {@code taphuan reconcile [--plan P] [--class C] [--as-of DATE] [--json]}.
 */
@Command(name = "reconcile",
		description = { "Reconcile imported attendance and settlements against the plan (a Spring Batch job per plan): "
				+ "figures per class, ward, programme and plan, and findings with stable codes. Figures count the "
				+ "classes started by the as-of date.",
				"Without --plan or --class every loaded plan is reconciled; --class reconciles its plan and shows "
						+ "that class and its wards.",
				"Exit 0: done (findings are results, not errors); 2: usage error; 1: failure." })
class ReconcileCommand extends ResultCommand {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	@Option(names = "--plan", paramLabel = "P", description = "Plan code, e.g. AG-2026.")
	String plan;

	@Option(names = "--class", paramLabel = "C",
			description = "Show one class (and its wards); its plan is reconciled.")
	String classCode;

	@Option(names = "--as-of", paramLabel = "DATE",
			description = "Count classes started by this date: 2026-11-21 or 21/11/2026 (default: today).")
	String asOf;

	private final Reconciliations reconciliations;

	private final ReconcileResults results;

	private final Plans plans;

	ReconcileCommand(Reconciliations reconciliations, ReconcileResults results, Plans plans, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.reconciliations = reconciliations;
		this.results = results;
		this.plans = plans;
	}

	@Override
	public Integer call() {
		LocalDate date = (this.asOf != null) ? date(this.asOf) : this.reconciliations.today();
		String planCode = this.plan;
		if (planCode != null) {
			this.plans.get(planCode);
		}
		if (this.classCode != null) {
			String owner = this.plans.findClass(this.classCode).plan().code();
			if (planCode != null && !planCode.equals(owner)) {
				throw new UserInputException(
						"Lớp " + this.classCode + " thuộc kế hoạch " + owner + ", không phải " + planCode + ".");
			}
			planCode = owner;
		}
		List<ReconcileSummary> summaries = (planCode != null) ? List.of(this.reconciliations.run(planCode, date))
				: this.reconciliations.runAll(date);
		List<Map<String, Object>> documents = new ArrayList<>();
		for (ReconcileSummary summary : summaries) {
			ReconcileReport.print(summary, this.results, this.classCode, err());
			if (this.json) {
				documents.add(ReconcileReport.document(summary, this.results, this.classCode));
			}
		}
		if (this.json) {
			printJson(Map.of("reconciliations", documents));
		}
		return ExitCodes.OK;
	}

	static LocalDate date(String text) {
		String value = text.strip();
		try {
			return value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new UserInputException(
					"Ngày '" + text + "' không hợp lệ. Ghi ngày dạng 21/11/2026 hoặc 2026-11-21 (--as-of).");
		}
	}

}
