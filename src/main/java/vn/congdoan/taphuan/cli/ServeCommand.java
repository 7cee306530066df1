package vn.congdoan.taphuan.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.ops.RunSchedule;

/**
 * {@code taphuan serve}: the long-running process that keeps the schedule.
 */
@Command(name = "serve",
		description = { "Keep running and run the monthly run (default 07:00 on the 1st) and the "
				+ "year-end run (default 07:00 on 15 December) on schedule, in Asia/Ho_Chi_Minh; on start, catch up a "
				+ "scheduled run missed while down. Stop with Ctrl+C or SIGTERM (systemctl stop): a running job stops "
				+ "after its current file and resumes on the next start. Logs to var/log/taphuan.log." })
class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	private final RunSchedule schedule;

	ServeCommand(RunSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public Integer call() throws InterruptedException {
		var err = this.spec.commandLine().getErr();
		err.println("taphuan serve: đang chạy theo lịch (dừng bằng Ctrl+C hoặc systemctl stop).");
		this.schedule.describe().forEach((line) -> err.println("  " + line));
		err.println("  Nhật ký: var/log/taphuan.log");
		err.flush();
		this.schedule.serve();
		err.println("taphuan serve: đã dừng.");
		err.flush();
		return ExitCodes.OK;
	}

}
