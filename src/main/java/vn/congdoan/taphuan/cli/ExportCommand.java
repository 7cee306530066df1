package vn.congdoan.taphuan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code taphuan export}: data exports.
 */
@Command(name = "export", description = "Export imported data.", subcommands = ExportAttendanceCommand.class)
class ExportCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Thiếu lệnh con: attendance.");
	}

}
