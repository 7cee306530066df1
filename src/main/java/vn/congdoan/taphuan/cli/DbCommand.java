package vn.congdoan.taphuan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code taphuan db}: the database itself.
 */
@Command(name = "db", description = "Cơ sở dữ liệu của taphuan: chép sang cơ sở dữ liệu khác.",
		subcommands = { DbCopyCommand.class })
class DbCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Thiếu lệnh con: copy.");
	}

}
