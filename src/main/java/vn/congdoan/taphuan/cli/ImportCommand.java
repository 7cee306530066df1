package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import vn.congdoan.taphuan.wardkit.FeedbackWorkbooks;

/**
 * {@code taphuan import [--plan P] [--class C] [--ward W] [--out DIR] [--json] PATH...}.
 */
@Command(name = "import", description = { "Import ward attendance spreadsheets (.xlsx, .xlsm, .xls, .csv; folders are "
		+ "searched recursively). Each file is archived byte for byte, then imported as one restartable job: "
		+ "the same bytes again are UNCHANGED, a new file for the same class and ward replaces the earlier one, "
		+ "and an interrupted import resumes when the same command is run again. A file with rejected rows or "
		+ "warnings gets a feedback workbook for its ward (DIR/feedback/<CLASS>/<ward>/...-phan-hoi.xlsx).",
		"Exit 0: everything accepted; 3: a file or some rows were rejected; 2: usage error; 1: failure." })
class ImportCommand extends ResultCommand {

	@Option(names = "--plan", paramLabel = "P", description = "Match class and ward against this plan only.")
	String plan;

	@Option(names = "--class", paramLabel = "C", description = "The class every file is for (else read from the file).")
	String classCode;

	@Option(names = "--ward", paramLabel = "W", description = "The ward every file is from (else read from the file).")
	String ward;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Folder for the feedback workbooks written for wards, under DIR/feedback/ "
					+ "(default: the taphuan.output-dir property, out).")
	Path out;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	List<Path> paths;

	private final AttendanceImports imports;

	private final FeedbackWorkbooks feedback;

	ImportCommand(AttendanceImports imports, FeedbackWorkbooks feedback, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.imports = imports;
		this.feedback = feedback;
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
		List<FileOutcome> outcomes = new ArrayList<>();
		Consumer<FileOutcome> withFeedback = (outcome) -> outcomes.add(withFeedback(outcome));
		if (files.size() > 1 && System.console() != null && !this.json) {
			try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Nhập tệp")
				.setInitialMax(files.size())
				.setStyle(ProgressBarStyle.ASCII)
				.setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
				.build()) {
				this.imports.importFiles(files, request, withFeedback.andThen((outcome) -> bar.step()));
			}
			outcomes.forEach(this::print);
		}
		else {
			this.imports.importFiles(files, request,
					withFeedback.andThen((outcome) -> print(outcomes.get(outcomes.size() - 1))));
		}
		ImportSummary summary = ImportSummary.of(outcomes);
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

	/**
	 * The outcome with the feedback workbook written for the ward, when the file just
	 * imported or rejected has rejections or warnings.
	 */
	private FileOutcome withFeedback(FileOutcome outcome) {
		if (outcome.status() != FileOutcome.Status.IMPORTED && outcome.status() != FileOutcome.Status.REJECTED) {
			return outcome;
		}
		try {
			return this.feedback.write(outcome.submission(), (this.out != null) ? this.out : this.feedback.outputDir())
				.map((file) -> outcome.withFeedback(List.of(file.file().toString())))
				.orElse(outcome);
		}
		catch (UncheckedIOException ex) {
			err().printf("    (không ghi được tệp phản hồi: %s)%n", ex.getMessage());
			return outcome;
		}
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
