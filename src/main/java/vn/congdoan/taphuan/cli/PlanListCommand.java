package vn.congdoan.taphuan.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.PlanSummary;
import vn.congdoan.taphuan.plan.Plans;

/**
 * {@code taphuan plan list}.
 */
@Command(name = "list", description = "List the loaded plans.")
class PlanListCommand extends ResultCommand {

	private final Plans plans;

	PlanListCommand(Plans plans, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
	}

	@Override
	public Integer call() {
		List<PlanSummary> summaries = this.plans.list();
		if (summaries.isEmpty()) {
			err().println("Chưa nạp kế hoạch nào. Nạp bằng: taphuan plan load data-samples/plans/ag-2026.yaml");
		}
		for (PlanSummary plan : summaries) {
			err().printf("%-10s %d  %-22s %2d chương trình  %3d lớp  %3d đơn vị  %s người dự kiến  %s%n", plan.code(),
					plan.year(), plan.issuer(), plan.programmes(), plan.classes(), plan.wards(),
					VietnameseFormat.number(plan.plannedParticipants()), plan.title());
		}
		if (this.json) {
			printJson(Map.of("plans", summaries));
		}
		return ExitCodes.OK;
	}

}
