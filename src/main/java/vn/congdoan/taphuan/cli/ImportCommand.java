package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.FileOutcome;
import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.intake.ImportSummary;
import vn.congdoan.taphuan.intake.IssueCode;

/**
 * {@code taphuan import [--plan P] [--class C] [--ward W] [--json] PATH...}.
 */
@Command(name = "import", description = { "Import ward attendance spreadsheets (.xlsx, .xlsm, .xls, .csv; folders are "
		+ "searched recursively). Each file is archived byte for byte, then imported as one restartable job: "
		+ "the same bytes again are UNCHANGED, a new file for the same class and ward replaces the earlier one, "
		+ "and an interrupted import resumes when the same command is run again.",
		"Exit 0: everything accepted; 3: a file or some rows were rejected; 2: usage error; 1: failure." })
class ImportCommand extends ResultCommand {

	@Option(names = "--plan", paramLabel = "P", description = "Match class and ward against this plan only.")
	String plan;

	@Option(names = "--class", paramLabel = "C", description = "The class every file is for (else read from the file).")
	String classCode;

	@Option(names = "--ward", paramLabel = "W", description = "The ward every file is from (else read from the file).")
	String ward;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	List<Path> paths;

	private final AttendanceImports imports;

	ImportCommand(AttendanceImports imports, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.imports = imports;
	}

	@Override
	public Integer call() {
		ImportRequest request = ImportRequest.of(this.plan, this.classCode, this.ward);
		this.imports.validate(request);
		List<Path> files = this.imports.collect(this.paths);
		if (files.isEmpty()) {
			err().println("Không có tệp bảng tính nào (.xlsx, .xlsm, .xls, .csv) trong " + this.paths + ".");
			return ExitCodes.USAGE;
		}
		ImportSummary summary;
		if (files.size() > 1 && System.console() != null && !this.json) {
			try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Nhập tệp")
				.setInitialMax(files.size())
				.setStyle(ProgressBarStyle.ASCII)
				.setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
				.build()) {
				summary = this.imports.importFiles(files, request, (outcome) -> bar.step());
			}
			summary.files().forEach(this::print);
		}
		else {
			Consumer<FileOutcome> print = this::print;
			summary = this.imports.importFiles(files, request, print);
		}
		ImportSummary.Totals totals = summary.totals();
		err().printf("Tổng: %d tệp — %d đã nhập, %d không đổi, %d bị từ chối; %d dòng nhận, %d dòng bị loại.%n",
				totals.files(), totals.imported(), totals.unchanged(), totals.rejected(), totals.rowsAccepted(),
				totals.rowsRejected());
		if (this.json) {
			printJson(summary);
		}
		if (summary.hasFailures()) {
			err().println("Có tệp chưa nhập xong do lỗi (xem var/log/taphuan.log). Chạy lại cùng lệnh để tiếp tục.");
			return ExitCodes.FAILURE;
		}
		return summary.hasRejections() ? ExitCodes.PARTIAL : ExitCodes.OK;
	}

	private void print(FileOutcome outcome) {
		PrintWriter err = err();
		String target = (outcome.classCode() != null) ? outcome.classCode() + " / " + outcome.ward() : "?";
		switch (outcome.status()) {
			case UNCHANGED -> err.printf("= %s: không đổi (đã nhập trước đây cho %s)%n", outcome.path(), target);
			case FAILED -> err.printf("! %s: CHƯA NHẬP XONG — %s%n", outcome.path(), outcome.issues().get(0).message());
			case REJECTED -> {
				err.printf("✗ %s: BỊ TỪ CHỐI%n", outcome.path());
				outcome.issues()
					.stream()
					.filter((issue) -> issue.code().scope() == IssueCode.Scope.FILE_REJECTED)
					.forEach((issue) -> err.printf("    [%s] %s%n", issue.code(), issue.message()));
			}
			case IMPORTED -> {
				err.printf("✓ %s → %s: %d dòng nhận, %d bị loại, %d cảnh báo%s%n", outcome.path(), target,
						outcome.rowsAccepted(), outcome.rowsRejected(), outcome.warnings(),
						(outcome.replaces() != null) ? " (thay cho tệp " + outcome.replaces() + ")" : "");
				for (ImportIssue issue : outcome.issues()) {
					if (issue.code().scope() == IssueCode.Scope.ROW_REJECTED) {
						err.printf("    dòng %d%s [%s] %s%n", issue.row(),
								(issue.sheet() != null) ? " (" + issue.sheet() + ")" : "", issue.code(),
								issue.message());
					}
				}
				Map<IssueCode, Integer> counts = new TreeMap<>();
				outcome.issues()
					.stream()
					.filter((issue) -> issue.code().scope() != IssueCode.Scope.ROW_REJECTED)
					.forEach((issue) -> counts.merge(issue.code(), 1, Integer::sum));
				counts.forEach((code, count) -> err.printf("    %s × %d: %s%n", code, count, code.description()));
			}
		}
		outcome.feedback().forEach((file) -> err.printf("    phản hồi cho đơn vị: %s%n", file));
		err.flush();
	}

}
