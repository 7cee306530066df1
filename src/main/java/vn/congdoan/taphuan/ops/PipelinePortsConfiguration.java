package vn.congdoan.taphuan.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congdoan.taphuan.reconcile.ReconcileSummary;
import vn.congdoan.taphuan.reconcile.Reconciliations;
import vn.congdoan.taphuan.report.Narrative;
import vn.congdoan.taphuan.report.NarrativeFile;
import vn.congdoan.taphuan.report.PlanReports;
import vn.congdoan.taphuan.report.ReportFiles;

/**
 * Binds the scheduled runs' ports to the real reconciliation and reports.
 */
@Configuration(proxyBeanMethods = false)
class PipelinePortsConfiguration {

	@Bean
	Reconciliation reconciliation(Reconciliations reconciliations) {
		return (planCode, asOf) -> {
			ReconcileSummary summary = reconciliations.run(planCode, asOf);
			return new ReconcileOutcome(planCode, summary.open());
		};
	}

	/**
	 * @param narrativeDir where the year-end run finds the operator's assessment,
	 * {@code <PLAN>.md} or {@code <PLAN>.yaml}; without one the report carries marked
	 * placeholders
	 */
	@Bean
	ReportRendering reportRendering(PlanReports reports,
			@Value("${taphuan.reports.narrative-dir:narrative}") Path narrativeDir) {
		return new ReportRendering() {

			@Override
			public List<Path> renderMonthly(String planCode, YearMonth month, Path outDir) {
				return paths(reports.monthly(planCode, month, outDir));
			}

			@Override
			public List<Path> renderYearEnd(String planCode, Path outDir) {
				return paths(reports.yearEnd(planCode, narrative(narrativeDir, planCode), null, null, outDir));
			}

			@Override
			public void prepareInBackground() {
				reports.prepareInBackground();
			}

		};
	}

	static Narrative narrative(Path folder, String planCode) {
		for (String extension : List.of(".md", ".yaml", ".yml")) {
			Path file = folder.resolve(planCode + extension);
			if (Files.isRegularFile(file)) {
				return NarrativeFile.read(file);
			}
		}
		return Narrative.NONE;
	}

	/** PDF, XLSX, the year-end report's DOCX, then the charts. */
	private static List<Path> paths(ReportFiles files) {
		return files.all();
	}

}
