package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.national.NationalFormOutcome;
import vn.congdoan.taphuan.national.NationalImportSummary;
import vn.congdoan.taphuan.national.NationalImports;
import vn.congdoan.taphuan.national.NationalIssue;
import vn.congdoan.taphuan.national.NationalIssueCode;

/**
 * {@code taphuan national import [--year Y] [--unit U] [--json] PATH...}.
 */
@Command(name = "import", description = {
		"Import the statistical forms (biểu thống kê kết quả đào tạo, bồi dưỡng cán bộ công đoàn) that provinces and "
				+ "sectoral unions send: written by taphuan or filled in by hand, .xlsx or .xls; folders are searched "
				+ "recursively. Each file is archived byte for byte; the unit and year come from the form's hidden "
				+ "metadata, else its title block, else its file name; the arithmetic and totals are checked and a form "
				+ "that does not add up, has a negative count, a part above its total, another year, or columns of "
				+ "personal data is refused with its sheet, row and column; a later form of the same unit and year "
				+ "replaces the earlier one.",
		"Exit 0: every form accepted; 3: a form was refused; 2: usage error; 1: failure." })
class NationalImportCommand extends ResultCommand {

	@Option(names = "--year", paramLabel = "Y",
			description = "The year being compiled: a form of another year is refused (else each form's own year).")
	Integer year;

	@Option(names = "--unit", paramLabel = "U",
			description = "The unit every file is from, e.g. nghe-an (else read from each file).")
	String unit;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	List<Path> paths;

	private final NationalImports imports;

	NationalImportCommand(NationalImports imports, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.imports = imports;
	}

	@Override
	public Integer call() {
		this.imports.validate(this.year, this.unit);
		List<Path> files = this.imports.collect(this.paths);
		if (files.isEmpty()) {
			err().println("Không có tệp bảng tính nào (.xlsx, .xlsm, .xls) trong " + this.paths + ".");
			return ExitCodes.USAGE;
		}
		NationalImportSummary summary = this.imports.importFiles(files, this.year, this.unit, this::print);
		NationalImportSummary.Totals totals = summary.totals();
		err().printf("Tổng: %d tệp — %d đã nhập, %d không đổi, %d bị từ chối%s; %d cảnh báo.%n", totals.files(),
				totals.imported(), totals.unchanged(), totals.rejected(),
				(totals.failed() > 0) ? ", " + totals.failed() + " chưa nhập xong" : "", totals.warnings());
		if (this.json) {
			printJson(summary);
		}
		if (summary.hasFailures()) {
			err().println("Có tệp chưa nhập xong do lỗi (xem var/log/taphuan.log). Chạy lại cùng lệnh để tiếp tục.");
			return ExitCodes.FAILURE;
		}
		return summary.hasRejections() ? ExitCodes.PARTIAL : ExitCodes.OK;
	}

	private void print(NationalFormOutcome outcome) {
		PrintWriter err = err();
		String target = (outcome.unitName() != null) ? outcome.unitName() + " năm " + outcome.year() : "?";
		switch (outcome.status()) {
			case UNCHANGED -> err.printf("= %s: không đổi (đã nhập trước đây: %s)%n", outcome.path(), target);
			case FAILED -> err.printf("! %s: CHƯA NHẬP XONG%n", outcome.path());
			case REJECTED -> err.printf("✗ %s: BỊ TỪ CHỐI%s%n", outcome.path(),
					(outcome.unitName() != null) ? " (" + target + ")" : "");
			case IMPORTED -> err.printf("✓ %s → %s%s%n", outcome.path(), target,
					(outcome.replaces() != null) ? " (thay cho tệp " + outcome.replaces() + ")" : "");
		}
		for (NationalIssue issue : outcome.issues()) {
			if (outcome.status() == NationalFormOutcome.Status.IMPORTED
					&& issue.severity() == NationalIssueCode.Severity.INFO) {
				continue;
			}
			String place = issue.place();
			err.printf("    %s%s [%s] %s%n", issue.severity().label(), place.isEmpty() ? "" : " (" + place + ")",
					issue.code(), issue.message());
		}
		err.flush();
	}

}
