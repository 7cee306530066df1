package vn.congdoan.taphuan.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.ops.RunCounts;
import vn.congdoan.taphuan.ops.RunHistory;
import vn.congdoan.taphuan.ops.RunRecord;

/**
 * {@code taphuan runs [--failed] [--job NAME] [--limit N] [--json]}.
 */
@Command(name = "runs", description = {
		"Run history from the job repository, newest first: every job (imports, "
				+ "monthly and year-end runs), its parameters, start, end, status and counts.",
		"--failed: only runs whose latest attempt failed, stopped or was interrupted, with the command that resumes "
				+ "each." })
class RunsCommand extends ResultCommand {

	@Option(names = "--failed", description = "Only what needs attention.")
	boolean failed;

	@Option(names = "--job", paramLabel = "NAME",
			description = "Only this job (attendanceImportJob, monthlyRunJob, yearEndRunJob, ...).")
	String job;

	@Option(names = "--limit", paramLabel = "N", defaultValue = "30", description = "At most N runs (default 30).")
	int limit;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final RunHistory history;

	RunsCommand(RunHistory history, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.history = history;
	}

	@Override
	public Integer call() {
		List<RunRecord> runs = this.history.list(this.failed, this.job, Math.max(1, this.limit));
		if (runs.isEmpty()) {
			err().println(this.failed ? "Không có lần chạy nào cần xử lý." : "Chưa có lần chạy nào.");
		}
		for (RunRecord run : runs) {
			err().printf("#%d %-20s %-26s %s → %s  %s%s%n", run.execution(), run.job(), parameters(run.parameters()),
					time(run.start()), (run.end() != null) ? time(run.end()) : "…", run.status(), counts(run.counts()));
			if (run.needsAttention()) {
				if (run.message() != null) {
					err().println("    lỗi: " + run.message());
				}
				if (run.rerun() != null) {
					err().println("    chạy lại: " + run.rerun());
				}
			}
		}
		err().flush();
		if (this.json) {
			printJson(Map.of("runs", runs));
		}
		return ExitCodes.OK;
	}

	private static String time(LocalDateTime time) {
		return (time != null) ? WHEN.format(time) : "?";
	}

	private static String parameters(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(" "));
	}

	private static String counts(RunCounts counts) {
		StringBuilder text = new StringBuilder();
		append(text, "tệp", counts.files());
		append(text, "dòng nhận", counts.rowsAccepted());
		append(text, "dòng loại", counts.rowsRejected());
		append(text, "vấn đề", counts.findings());
		append(text, "báo cáo", counts.reports());
		if (counts.deliveriesPending() != null && counts.deliveriesPending() > 0) {
			append(text, "chưa gửi", counts.deliveriesPending());
		}
		return (text.length() > 0) ? "  [" + text + "]" : "";
	}

	private static void append(StringBuilder text, String label, Integer value) {
		if (value != null) {
			text.append((text.length() > 0) ? ", " : "").append(value).append(' ').append(label);
		}
	}

}
