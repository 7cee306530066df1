package vn.congdoan.taphuan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code taphuan report}: the monthly, year-end and class reports.
 */
@Command(name = "report",
		description = "Write a report as PDF and XLSX (and charts as PNG), after reconciling the "
				+ "plan as of today.",
		subcommands = { ReportMonthlyCommand.class, ReportYearEndCommand.class, ReportClassCommand.class,
				ReportNationalCommand.class })
class ReportCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(),
				"Thiếu lệnh con: monthly, year-end, class hoặc national.");
	}

}
