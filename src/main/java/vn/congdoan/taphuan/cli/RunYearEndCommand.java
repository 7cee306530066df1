package vn.congdoan.taphuan.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.ops.RunNotPossibleException;
import vn.congdoan.taphuan.ops.RunOutcome;
import vn.congdoan.taphuan.ops.RunPeriod;
import vn.congdoan.taphuan.ops.Runs;

/**
 * {@code taphuan run year-end [--plan P] [--year YYYY] [--force] [--json]}.
 */
@Command(name = "year-end",
		description = { "The year-end run (yearEndRunJob): import everything new in the inbox, "
				+ "reconcile, render the year-end result report, deliver it. Restart and --force as for 'run monthly'.",
				"Exit 0: done; 3: done, but inbox files were rejected or left, or rows rejected; 2: usage error; "
						+ "1: failed, stopped or already running (run the same command again)." })
class RunYearEndCommand extends ResultCommand {

	@Option(names = "--plan", paramLabel = "P",
			description = "Only this plan (default: every loaded plan of the year).")
	String plan;

	@Option(names = "--year", paramLabel = "YYYY",
			description = "The plan year (default: this year from July on, last year until June).")
	Integer year;

	@Option(names = "--force", description = "Run a year that has completed again, as a new run number.")
	boolean force;

	private final Runs runs;

	RunYearEndCommand(Runs runs, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.runs = runs;
	}

	@Override
	public Integer call() {
		int period = (this.year != null) ? this.year : this.runs.defaultYear();
		RunOutcome outcome;
		try {
			outcome = this.runs.yearEnd(this.plan, period, this.force);
		}
		catch (RunNotPossibleException ex) {
			err().println("Lỗi: " + ex.getMessage());
			err().flush();
			if (this.json) {
				printJson(JsonOutput.error("NOT_READY", ex.getMessage(), List.of()));
			}
			return ExitCodes.FAILURE;
		}
		RunOutcomePrinter.print(err(), outcome, "Chạy báo cáo cuối " + RunPeriod.year(period).vietnamese());
		if (this.json) {
			printJson(outcome);
		}
		return RunOutcomePrinter.exitCode(outcome);
	}

}
