package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.Allocation;
import vn.congdoan.taphuan.plan.Enrolment;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.Programme;
import vn.congdoan.taphuan.plan.SpendingNorm;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;

/**
 * {@code taphuan plan show PLAN}.
 */
@Command(name = "show", description = "Print a loaded plan: programmes, classes, allocations, budget, units, norms.")
class PlanShowCommand extends ResultCommand {

	@Parameters(paramLabel = "PLAN", description = "Plan code, e.g. AG-2026")
	String code;

	private final Plans plans;

	PlanShowCommand(Plans plans, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
	}

	@Override
	public Integer call() {
		Plan plan = this.plans.get(this.code);
		print(plan, err());
		if (this.json) {
			printJson(plan);
		}
		return ExitCodes.OK;
	}

	private static void print(Plan plan, PrintWriter out) {
		out.printf("%s — %s%n", plan.code(), plan.title());
		out.printf("Ban hành: %s%s%s; %s %s %s%n", plan.issuer().name(),
				(plan.documentNumber() != null) ? ", số " + plan.documentNumber() : "",
				(plan.documentDate() != null) ? ", ngày " + VietnameseFormat.date(plan.documentDate()) : "",
				(plan.signer().onBehalfOf() != null) ? plan.signer().onBehalfOf() + "," : "", plan.signer().title(),
				plan.signer().name());
		if (plan.budgetSource() != null) {
			out.println("Kinh phí: " + plan.budgetSource());
		}
		out.println();
		out.println("Chương trình:");
		for (Programme programme : plan.programmes()) {
			out.printf("  %-4s %-4s %s [%s] %s - %s%n", (programme.section() != null) ? programme.section() : "",
					programme.code(), programme.title(), programme.kind(),
					VietnameseFormat.date(programme.period().from()), VietnameseFormat.date(programme.period().to()));
			StringBuilder figures = new StringBuilder("       ");
			if (programme.plannedClasses() != null) {
				figures.append(programme.plannedClasses()).append(" lớp; ");
			}
			if (programme.minDaysPerClass() != null) {
				figures.append(programme.minDaysPerClass())
					.append('-')
					.append(programme.maxDaysPerClass())
					.append(" ngày/lớp; ");
			}
			figures.append((programme.plannedParticipants() != null)
					? VietnameseFormat.number(programme.plannedParticipants()) + " người dự kiến" : "số người: "
							+ ((programme.participantsNote() != null) ? programme.participantsNote() : "không nêu"));
			if (!programme.eligiblePositions().isEmpty()) {
				figures.append("; chức vụ: ")
					.append(programme.eligiblePositions()
						.stream()
						.sorted()
						.map(Position::name)
						.collect(Collectors.joining(", ")));
			}
			if (programme.organiser() != null) {
				figures.append("; đơn vị tổ chức: ").append(programme.organiser());
			}
			out.println(figures);
			for (Enrolment enrolment : programme.enrolments()) {
				out.printf("       - %s: %s, %s (%s)%n", enrolment.person(), enrolment.course(),
						enrolment.institution(), enrolment.status().label());
			}
		}
		out.println();
		out.println("Lớp:");
		for (TrainingClass trainingClass : plan.classes()) {
			int allocated = trainingClass.allocations().stream().mapToInt(Allocation::quota).sum();
			out.printf("  %-11s %s - %s (%d ngày)  chỉ tiêu %s  phân bổ %d đơn vị (%s)  dự toán %s%s%n",
					trainingClass.code(), VietnameseFormat.date(trainingClass.start()),
					VietnameseFormat.date(trainingClass.end()), trainingClass.dayCount(),
					VietnameseFormat.number(trainingClass.quota()), trainingClass.allocations().size(),
					VietnameseFormat.number(allocated), VietnameseFormat.vnd(trainingClass.budgetTotal()),
					trainingClass.illustrative() ? "  [số liệu minh họa]" : "");
			out.printf("              %s%n", trainingClass.title());
		}
		out.println();
		out.printf("Đơn vị (%d): %s%n", plan.units().size(),
				plan.units().stream().map((Unit unit) -> unit.code()).collect(Collectors.joining(", ")));
		if (!plan.norms().isEmpty()) {
			out.println("Định mức chi:");
			for (SpendingNorm norm : plan.norms()) {
				out.printf("  %-18s tối đa %s/%s%s%n", norm.category(), VietnameseFormat.vnd(norm.maxUnitPrice()),
						norm.unit(), (norm.note() != null) ? "  (" + norm.note() + ")" : "");
			}
		}
		out.flush();
	}

}
