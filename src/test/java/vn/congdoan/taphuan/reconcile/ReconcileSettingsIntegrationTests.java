package vn.congdoan.taphuan.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link ReconcileDataset} with a completion share of 0.6 (two days of three, two of two)
 * and other thresholds: the figures and findings that depend on them change, the rest
 * stays.
 */
@TaphuanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "taphuan.attendance.completion-share=0.6",
		"taphuan.reconcile.underfill-threshold=0.5", "taphuan.reconcile.overfill-threshold=1.2",
		"taphuan.reconcile.submission-grace-days=300", "taphuan.reconcile.settlement-grace-days=300" })
class ReconcileSettingsIntegrationTests {

	private static final String PLAN = "RC-2026";

	@Autowired
	Plans plans;

	@Autowired
	AttendanceImports attendance;

	@Autowired
	SettlementImports settlements;

	@Autowired
	Reconciliations reconciliations;

	@Autowired
	ReconcileResults results;

	ReconcileSummary summary;

	@BeforeAll
	void reconcileTheDataset(@TempDir Path temp) throws Exception {
		ReconcileDataset.load(this.plans, this.attendance, this.settlements, temp);
		this.summary = this.reconciliations.run(PLAN, LocalDate.of(2026, 11, 21));
	}

	@Test
	void theCompletionShareDecidesWhoCompleted() {
		assertThat(this.summary.run().completionShare()).isEqualTo(0.6);
		ClassFigures first = this.results.classFigure("RC26-CS-01").orElseThrow();
		assertThat(first.requiredDays()).isEqualTo(2);
		assertThat(first.completed()).isEqualTo(6);
		assertThat(first.completionRate()).isEqualTo(0.6);
		assertThat(first.costPerCompleted()).isEqualTo(1_626_667);
		ClassFigures second = this.results.classFigure("RC26-CS-02").orElseThrow();
		assertThat(second.requiredDays()).isEqualTo(2);
		assertThat(second.completed()).isEqualTo(6);
		assertThat(this.results.planFigures(PLAN).orElseThrow().completed()).isEqualTo(16);
		assertThat(
				this.results.findings(new FindingFilter(PLAN, null, FindingCode.INCOMPLETE_ATTENDANCE, false, false)))
			.extracting(Finding::subject)
			.containsExactlyInAnyOrder("Lớp RC26-CS-01 — Công đoàn phường Long Xuyên — Phạm Thị Dung",
					"Lớp RC26-CS-02 — Công đoàn phường Châu Đốc — Trần Thị Bình");
	}

	@Test
	void thresholdsAndGraceDaysDecideQuotaAndMissingFindings() {
		assertThat(this.results.findings(new FindingFilter(PLAN, null, FindingCode.QUOTA_UNDERFILLED, false, false)))
			.isEmpty();
		assertThat(this.results.findings(new FindingFilter(PLAN, null, FindingCode.QUOTA_EXCEEDED, false, false)))
			.extracting(Finding::classCode, Finding::ward, Finding::figures)
			.containsExactlyInAnyOrder(tuple("RC26-CS-02", "chau-doc", "có mặt 4 / chỉ tiêu 3 (133,3%); ngưỡng 120%"),
					tuple("RC26-CS-02", "binh-duc", "có mặt 1 / chỉ tiêu 0; ngưỡng 120%"));
		assertThat(this.results.findings(new FindingFilter(PLAN, null, FindingCode.SUBMISSION_MISSING, false, false)))
			.isEmpty();
		assertThat(this.results.findings(new FindingFilter(PLAN, null, FindingCode.SETTLEMENT_MISSING, false, false)))
			.isEmpty();
		assertThat(this.results.missingSubmissions(PLAN)).isEmpty();
		assertThat(this.results.wardYearToDate(PLAN)).filteredOn((ward) -> ward.ward().equals("my-thoi"))
			.extracting(UnitFigures::listsMissing)
			.containsExactly(0);
	}

}
