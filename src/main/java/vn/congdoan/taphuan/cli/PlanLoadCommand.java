package vn.congdoan.taphuan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.plan.PlanLoadResult;
import vn.congdoan.taphuan.plan.Plans;

/**
 * {@code taphuan plan load FILE...}.
 */
@Command(name = "load", description = { "Validate a plan file (YAML) and load it. Loading a plan with the same code "
		+ "again updates it in place; a file with any problem loads nothing and the previous version stays." })
class PlanLoadCommand extends ResultCommand {

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan file(s), e.g. data-samples/plans/ag-2026.yaml")
	List<Path> files;

	private final Plans plans;

	PlanLoadCommand(Plans plans, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
	}

	@Override
	public Integer call() {
		List<PlanLoadResult> results = new ArrayList<>();
		for (Path file : this.files) {
			PlanLoadResult result = this.plans.load(file);
			results.add(result);
			String verb = switch (result.status()) {
				case LOADED -> "đã nạp";
				case UPDATED -> "đã cập nhật";
				case UNCHANGED -> "không đổi";
			};
			err().printf("Kế hoạch %s (%s): %s — %d chương trình, %d lớp, %d đơn vị.%n", result.code(), file, verb,
					result.programmes(), result.classes(), result.units());
		}
		if (this.json) {
			printJson(Map.of("plans", results));
		}
		return ExitCodes.OK;
	}

}
