package vn.congdoan.taphuan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code taphuan national}: the national federation's side, the statistical forms of the
 * provinces and sectoral unions.
 */
@Command(name = "national",
		description = "The national federation's side: import the statistical forms (biểu thống kê) of the "
				+ "provinces and sectoral unions; the national report is 'report national'.",
		subcommands = { NationalImportCommand.class })
class NationalCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Thiếu lệnh con: import.");
	}

}
