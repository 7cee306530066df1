package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.budget.SettlementImportSummary;
import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.budget.SettlementIssue;
import vn.congdoan.taphuan.budget.SettlementOutcome;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileSummary;
import vn.congdoan.taphuan.reconcile.Reconciliations;

/**
 * The demo's reconciliation stage: imports the sample settlements of
 * {@code data-samples/budget/}, reconciles every loaded plan as of today and writes each
 * plan's figures and findings to {@code OUT/doi-soat/<PLAN>.json}.
 */
@Component
class DemoReconciliation {

	private final SettlementImports settlements;

	private final Reconciliations reconciliations;

	private final ReconcileResults results;

	private final JsonOutput json;

	DemoReconciliation(SettlementImports settlements, Reconciliations reconciliations, ReconcileResults results,
			JsonOutput json) {
		this.settlements = settlements;
		this.reconciliations = reconciliations;
		this.results = results;
		this.json = json;
	}

	/** Runs the stage; returns what it did, for the demo's JSON. */
	Map<String, Object> run(Path budgetSamples, Path out, PrintWriter err) throws IOException {
		Map<String, Object> done = new LinkedHashMap<>();
		if (Files.isDirectory(budgetSamples)) {
			SettlementImportSummary imported = this.settlements
				.importFiles(this.settlements.collect(List.of(budgetSamples)), null, (outcome) -> print(outcome, err));
			done.put("settlements", imported.totals());
		}
		List<Map<String, Object>> reconciled = new ArrayList<>();
		for (ReconcileSummary summary : this.reconciliations.runAll(this.reconciliations.today())) {
			ReconcileReport.print(summary, this.results, null, err);
			Path file = out.resolve("doi-soat").resolve(summary.run().plan() + ".json");
			this.json.write(file, ReconcileReport.document(summary, this.results, null));
			err.println("  Số liệu và phát hiện: " + file);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("plan", summary.run().plan());
			entry.put("asOf", summary.run().asOf());
			entry.put("findings", summary.current());
			entry.put("file", file.toString());
			reconciled.add(entry);
		}
		done.put("reconciliations", reconciled);
		err.flush();
		return done;
	}

	private static void print(SettlementOutcome outcome, PrintWriter err) {
		err.printf("Quyết toán mẫu %s → %s: %s, %d dòng chi nhận, %d bị loại, tổng %s%n",
				Path.of(outcome.path()).getFileName(), (outcome.classCode() != null) ? outcome.classCode() : "?",
				outcome.status(), outcome.linesAccepted(), outcome.linesRejected(),
				VietnameseFormat.vnd(outcome.total()));
		for (SettlementIssue issue : outcome.issues()) {
			err.printf("    %s[%s] %s%n", (issue.row() != null) ? "dòng " + issue.row() + " " : "", issue.code(),
					issue.message());
		}
	}

}
