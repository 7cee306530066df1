package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.congdoan.taphuan.budget.SettlementImportSummary;
import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.budget.SettlementIssue;
import vn.congdoan.taphuan.budget.SettlementOutcome;
import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * {@code taphuan budget import [--class C] [--json] PATH...}.
 */
@Command(name = "import",
		description = { "Import finance's settlement workbooks (quyết toán; .xlsx, .xls, .csv; folders are searched "
				+ "recursively), one class per file. Each file is archived byte for byte; the same bytes again are "
				+ "UNCHANGED, a new file for a class replaces its earlier settlement, a bad line is rejected with its "
				+ "code and the rest of the file used, and a file with nothing usable is REJECTED.",
				"Exit 0: everything accepted; 3: a file or some lines were rejected; 2: usage error; 1: failure." })
class BudgetImportCommand extends ResultCommand {

	@Option(names = "--class", paramLabel = "C",
			description = "The class every file is for (else read from the template's metadata, the title or the file name).")
	String classCode;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	List<Path> paths;

	private final SettlementImports imports;

	BudgetImportCommand(SettlementImports imports, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.imports = imports;
	}

	@Override
	public Integer call() {
		this.imports.validate(this.classCode);
		List<Path> files = this.imports.collect(this.paths);
		if (files.isEmpty()) {
			err().println("Không có tệp bảng tính nào (.xlsx, .xlsm, .xls, .csv) trong " + this.paths + ".");
			return ExitCodes.USAGE;
		}
		SettlementImportSummary summary = this.imports.importFiles(files, this.classCode, this::print);
		SettlementImportSummary.Totals totals = summary.totals();
		err().printf("Tổng: %d tệp — %d đã nhập, %d không đổi, %d bị từ chối; %d dòng chi nhận, %d dòng bị loại.%n",
				totals.files(), totals.imported(), totals.unchanged(), totals.rejected(), totals.linesAccepted(),
				totals.linesRejected());
		if (this.json) {
			printJson(summary);
		}
		return summary.hasRejections() ? ExitCodes.PARTIAL : ExitCodes.OK;
	}

	private void print(SettlementOutcome outcome) {
		PrintWriter err = err();
		String target = (outcome.classCode() != null) ? outcome.classCode() : "?";
		switch (outcome.status()) {
			case UNCHANGED -> err.printf("= %s: không đổi (đã nhập trước đây cho lớp %s)%n", outcome.path(), target);
			case REJECTED -> err.printf("✗ %s: BỊ TỪ CHỐI%n", outcome.path());
			case IMPORTED -> err.printf("✓ %s → %s: %d dòng chi nhận, %d bị loại; tổng %s%s%n", outcome.path(), target,
					outcome.linesAccepted(), outcome.linesRejected(), VietnameseFormat.vnd(outcome.total()),
					(outcome.replaces() != null) ? " (thay cho tệp " + outcome.replaces() + ")" : "");
		}
		for (SettlementIssue issue : outcome.issues()) {
			if (issue.row() != null) {
				err.printf("    dòng %d%s [%s] %s%n", issue.row(),
						(issue.column() != null) ? " cột " + issue.column() : "", issue.code(), issue.message());
			}
			else {
				err.printf("    [%s] %s%n", issue.code(), issue.message());
			}
		}
		err.flush();
	}

}
