package vn.congdoan.taphuan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code taphuan budget}: budget settlements (quyết toán).
 */
@Command(name = "budget", description = "Budget settlements (quyết toán) of the classes.",
		subcommands = { BudgetImportCommand.class })
class BudgetCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Thiếu lệnh con: import.");
	}

}
