package vn.congdoan.taphuan.cli;

import java.time.YearMonth;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.ops.RunNotPossibleException;
import vn.congdoan.taphuan.ops.RunOutcome;
import vn.congdoan.taphuan.ops.RunPeriod;
import vn.congdoan.taphuan.ops.Runs;

/**
 * {@code taphuan run monthly [--plan P] [--month YYYY-MM] [--force] [--json]}.
 */
@Command(name = "monthly", description = { "One complete monthly run (monthlyRunJob): import everything new in the "
		+ "inbox, reconcile, render the monthly progress report, deliver it. A failed or interrupted run resumes "
		+ "where it stopped when the same command is run again; a completed month is not run again without --force.",
		"Exit 0: done; 3: done, but inbox files were rejected or left, or rows rejected; 2: usage error; "
				+ "1: failed, stopped or already running (run the same command again)." })
class RunMonthlyCommand extends ResultCommand {

	@Option(names = "--plan", paramLabel = "P",
			description = "Only this plan (default: every loaded plan of the month's year).")
	String plan;

	@Option(names = "--month", paramLabel = "YYYY-MM",
			description = "The month to report on (default: the previous calendar month, Asia/Ho_Chi_Minh).")
	String month;

	@Option(names = "--force", description = "Run a month that has completed again, as a new run number.")
	boolean force;

	private final Runs runs;

	RunMonthlyCommand(Runs runs, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.runs = runs;
	}

	@Override
	public Integer call() {
		YearMonth period = (this.month != null) ? RunPeriod.parseMonth(this.month) : this.runs.defaultMonth();
		RunOutcome outcome;
		try {
			outcome = this.runs.monthly(this.plan, period, this.force);
		}
		catch (RunNotPossibleException ex) {
			err().println("Lỗi: " + ex.getMessage());
			err().flush();
			if (this.json) {
				printJson(JsonOutput.error("NOT_READY", ex.getMessage(), List.of()));
			}
			return ExitCodes.FAILURE;
		}
		RunOutcomePrinter.print(err(), outcome, "Chạy báo cáo " + RunPeriod.month(period).vietnamese());
		if (this.json) {
			printJson(outcome);
		}
		return RunOutcomePrinter.exitCode(outcome);
	}

}
