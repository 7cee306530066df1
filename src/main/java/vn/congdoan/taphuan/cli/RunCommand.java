package vn.congdoan.taphuan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code taphuan run}: the scheduled runs, by hand.
 */
@Command(name = "run", description = "Run the monthly or the year-end run now (what 'serve' runs on its schedule).",
		subcommands = { RunMonthlyCommand.class, RunYearEndCommand.class })
class RunCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Thiếu lệnh con: monthly hoặc year-end.");
	}

}
