package vn.congdoan.taphuan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code taphuan plan}: load, list and show training plans.
 */
@Command(name = "plan", description = "Load, list and show yearly training plans (kế hoạch đào tạo, bồi dưỡng).",
		subcommands = { PlanLoadCommand.class, PlanListCommand.class, PlanShowCommand.class })
class PlanCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Thiếu lệnh con: load, list hoặc show.");
	}

}
