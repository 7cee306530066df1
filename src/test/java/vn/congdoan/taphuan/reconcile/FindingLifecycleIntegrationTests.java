package vn.congdoan.taphuan.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Findings across runs on {@link ReconcileDataset}: the same ids on the same data, an
 * acknowledgement that holds while the facts hold and lapses when they change, findings
 * that close when their problem is fixed. The tests run in order, each on the state the
 * previous one left.
 */
@TaphuanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FindingLifecycleIntegrationTests {

	private static final String PLAN = "RC-2026";

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

	@Autowired
	Plans plans;

	@Autowired
	AttendanceImports attendance;

	@Autowired
	SettlementImports settlements;

	@Autowired
	Reconciliations reconciliations;

	@Autowired
	Findings findings;

	@Autowired
	ReconcileResults results;

	@Autowired
	JdbcClient jdbc;

	Path dir;

	@BeforeAll
	void loadTheDataset(@TempDir Path temp) throws Exception {
		this.dir = temp;
		ReconcileDataset.load(this.plans, this.attendance, this.settlements, temp);
	}

	@Test
	@Order(1)
	void runningTwiceOnTheSameDataFindsTheSameFindingsWithTheSameIds() {
		ReconcileSummary first = this.reconciliations.run(PLAN, AS_OF);
		Map<String, String> firstIds = fingerprints();

		ReconcileSummary second = this.reconciliations.run(PLAN, AS_OF);

		assertThat(second.run().id()).isGreaterThan(first.run().id());
		assertThat(fingerprints()).isEqualTo(firstIds).hasSize(25);
		assertThat(second.current()).isEqualTo(25);
		assertThat(second.opened()).isZero();
		assertThat(second.reopened()).isZero();
		assertThat(second.closed()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(DISTINCT finding_id) FROM reconcile_finding WHERE run_id = ?")
			.param(second.run().id())
			.query(Integer.class)
			.single()).isEqualTo(25);
		// the first run's staged findings went when the second started
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM reconcile_finding WHERE run_id <> ?")
			.param(second.run().id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	@Order(2)
	void anAcknowledgementSurvivesLaterRunsWhileTheFactsAreUnchanged() {
		Finding bình = only(FindingCode.POSSIBLE_DUPLICATE, "Trần Thị Bình ~ Trần Thị Bình");

		Finding acknowledged = this.findings.acknowledge(bình.id(), "hai người khác nhau, đã hỏi phường Châu Đốc",
				"can-bo-tckt");
		ReconcileSummary rerun = this.reconciliations.run(PLAN, AS_OF);

		assertThat(acknowledged.status()).isEqualTo(FindingStatus.ACKNOWLEDGED);
		assertThat(rerun.acknowledged()).isEqualTo(1);
		assertThat(rerun.open()).isEqualTo(24);
		Finding after = this.findings.get(bình.id());
		assertThat(after.status()).isEqualTo(FindingStatus.ACKNOWLEDGED);
		assertThat(after.lastRun()).isEqualTo(rerun.run().id());
		assertThat(after.acknowledgement().note()).isEqualTo("hai người khác nhau, đã hỏi phường Châu Đốc");
		assertThat(after.acknowledgement().by()).isEqualTo("can-bo-tckt");
		assertThat(after.acknowledgement().current()).isTrue();
		assertThat(this.findings.list(new FindingFilter(PLAN, null, FindingCode.POSSIBLE_DUPLICATE, true, false)))
			.extracting(Finding::subject)
			.containsExactly("Dang Van Hung ~ Đặng Văn Hùng");
	}

	@Test
	@Order(3)
	void changedFactsOpenAnAcknowledgedFindingAgainAndFixedProblemsClose() throws Exception {
		Finding binhDuc = this.findings
			.list(new FindingFilter(PLAN, "RC26-CS-01", FindingCode.QUOTA_UNDERFILLED, false, false))
			.stream()
			.filter((finding) -> "binh-duc".equals(finding.ward()))
			.findFirst()
			.orElseThrow();
		this.findings.acknowledge(binhDuc.id(), "phường đã giải trình", "lanh-dao");
		long previousRun = binhDuc.lastRun();
		Finding unchanged = only(FindingCode.POSSIBLE_DUPLICATE, "Dang Van Hung ~ Đặng Văn Hùng");
		// Bình Đức sends its list again without An (listed by Long Xuyên too); Mỹ Thới
		// sends its list at last, with three trainees present every day: no more
		// duplicate
		// and missing list, and meals and water no longer exceed attendance.
		importWard(ReconcileDataset.ward(this.dir.resolve("b"), "RC26-CS-01", "binh-duc", "CÔNG ĐOÀN PHƯỜNG BÌNH ĐỨC",
				3, new Object[] { "Võ Thị Giang", 1988, "Nữ", "Phó Chủ tịch", "Công ty D", null, "x", "x", "x" }));
		importWard(ReconcileDataset.ward(this.dir.resolve("m"), "RC26-CS-01", "my-thoi", "CÔNG ĐOÀN PHƯỜNG MỸ THỚI", 3,
				new Object[] { "Đỗ Văn Nam", 1977, "Nam", "Chủ tịch", "Công ty K", null, "x", "x", "x" },
				new Object[] { "Lý Thị Oanh", 1989, "Nữ", "Tổ trưởng", "Công ty K", null, "x", "x", "x" },
				new Object[] { "Tạ Văn Phúc", 1993, "Nam", "Tổ phó", "Công ty L", null, "x", "x", "x" }));

		ReconcileSummary rerun = this.reconciliations.run(PLAN, AS_OF);

		Finding reopened = this.findings.get(binhDuc.id());
		assertThat(reopened.status()).isEqualTo(FindingStatus.OPEN);
		assertThat(reopened.actual()).isEqualByComparingTo("1");
		assertThat(reopened.fingerprint()).isNotEqualTo(binhDuc.fingerprint());
		assertThat(reopened.acknowledgement().note()).isEqualTo("phường đã giải trình");
		assertThat(reopened.acknowledgement().current()).isFalse();
		assertThat(rerun.reopened()).isEqualTo(1);
		List<Finding> closed = this.findings.list(new FindingFilter(PLAN, null, null, false, true))
			.stream()
			.filter((finding) -> finding.status() == FindingStatus.CLOSED)
			.toList();
		assertThat(closed).extracting(Finding::code)
			.containsExactlyInAnyOrder(FindingCode.SUBMISSION_MISSING, FindingCode.DUPLICATE_TRAINEE,
					FindingCode.ALLOWANCE_EXCEEDS_ATTENDANCE, FindingCode.ALLOWANCE_EXCEEDS_ATTENDANCE);
		assertThat(closed).allSatisfy((finding) -> {
			assertThat(finding.closedAt()).isNotNull();
			// last found by the run before the one that closed it
			assertThat(finding.lastRun()).isEqualTo(previousRun);
			assertThat(finding.lastSeen()).isEqualTo(unchanged.lastSeen());
		});
		// found again, unchanged or changed: last found by this run
		Finding unchangedAfter = this.findings.get(unchanged.id());
		assertThat(unchangedAfter.lastRun()).isEqualTo(rerun.run().id()).isEqualTo(reopened.lastRun());
		assertThat(unchangedAfter.lastSeen()).isEqualTo(reopened.lastSeen());
		assertThat(unchangedAfter.firstSeen()).isEqualTo(unchanged.firstSeen());
		assertThat(rerun.closed()).isEqualTo(4);
		assertThat(this.findings.list(FindingFilter.current(PLAN))).extracting(Finding::status)
			.doesNotContain(FindingStatus.CLOSED);
		assertThat(
				this.findings.get(only(FindingCode.POSSIBLE_DUPLICATE, "Trần Thị Bình ~ Trần Thị Bình").id()).status())
			.isEqualTo(FindingStatus.ACKNOWLEDGED);
	}

	@Test
	@Order(4)
	void aClassDayOutsideItsProgrammesPeriodIsFound() {
		// The plan loader refuses such a plan: the stored period is changed behind its
		// back.
		this.jdbc.sql("UPDATE programme SET period_to = DATE '2026-06-22' WHERE plan_code = ? AND code = 'CS'")
			.param(PLAN)
			.update();

		this.reconciliations.run(PLAN, AS_OF);

		assertThat(this.findings.list(new FindingFilter(PLAN, null, FindingCode.CLASS_OUTSIDE_PERIOD, false, false)))
			.extracting(Finding::classCode, Finding::severity, Finding::figures)
			.containsExactlyInAnyOrder(
					tuple("RC26-CS-02", FindingSeverity.ERROR, "1/2 ngày học ngoài 01/03/2026 - 22/06/2026 (năm 2026)"),
					tuple("RC26-CS-03", FindingSeverity.ERROR,
							"2/2 ngày học ngoài 01/03/2026 - 22/06/2026 (năm 2026)"));
	}

	@Test
	@Order(5)
	void acknowledgingNeedsAKnownCurrentFindingAndANote() {
		String closed = this.findings.list(new FindingFilter(PLAN, null, FindingCode.SUBMISSION_MISSING, false, true))
			.get(0)
			.id();

		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> this.findings.acknowledge("QUOTA_UNDERFILLED-0000000000", "x", "me"))
			.withMessageContaining("Không có phát hiện 'QUOTA_UNDERFILLED-0000000000'")
			.withMessageContaining("taphuan findings --open");
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> this.findings.acknowledge(closed, "x", "me"))
			.withMessageContaining("đã đóng");
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> this.findings.acknowledge(closed, " ", "me"))
			.withMessageContaining("--note");
	}

	@Test
	@Order(6)
	void aRunAsOfAnEarlierDateIsASnapshotThatLeavesThePlansFindingsAsTheyAre() {
		// given
		ReconcileSummary current = this.reconciliations.run(PLAN, AS_OF);
		List<Finding> before = this.findings.list(new FindingFilter(PLAN, null, null, false, true));

		// when: a report on June, made in November
		ReconcileSummary june = this.reconciliations.run(PLAN, LocalDate.of(2026, 6, 30));

		// then
		assertThat(june.run().status()).isEqualTo("SNAPSHOT");
		assertThat(june.run().published()).isFalse();
		assertThat(this.findings.list(new FindingFilter(PLAN, null, null, false, true))).isEqualTo(before);
		assertThat(this.results.latestRun(PLAN)).contains(current.run());
		assertThat(this.results.latestRunAsOf(PLAN, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
			.contains(june.run());
		assertThat(june.opened() + june.reopened() + june.closed()).isZero();
		assertThat(this.results.findingCounts(june.run()).stream().mapToLong(FindingCount::count).sum())
			.isEqualTo(june.current());
		List<Finding> staged;
		try (var stream = this.results.streamFindings(june.run(), null)) {
			staged = stream.toList();
		}
		assertThat(staged).hasSize(june.current()).allSatisfy((finding) -> {
			assertThat(finding.lastRun()).isEqualTo(june.run().id());
			assertThat(finding.status()).isNotEqualTo(FindingStatus.CLOSED);
		});
		assertThat(this.results.planFigures(june.run()).orElseThrow().classesStarted()).isEqualTo(3);
		assertThat(this.results.planFigures(current.run()).orElseThrow().classesStarted()).isEqualTo(3);
	}

	@Test
	@Order(7)
	void aFindingIsFoundByTheTenHexDigitsAPdfPrints() {
		Finding any = this.findings.list(FindingFilter.current(PLAN)).get(0);
		String digits = FindingCode.shortId(any.id());

		assertThat(digits).matches("[0-9a-f]{10}");
		assertThat(this.findings.find(digits)).map(Finding::id).contains(any.id());
		assertThat(FindingCode.ofId(any.id())).isEqualTo(any.code());
	}

	private Map<String, String> fingerprints() {
		return this.findings.list(FindingFilter.current(PLAN))
			.stream()
			.collect(Collectors.toMap(Finding::id, Finding::fingerprint));
	}

	private Finding only(FindingCode code, String subject) {
		return this.findings.list(new FindingFilter(PLAN, null, code, false, false))
			.stream()
			.filter((finding) -> finding.subject().equals(subject))
			.findFirst()
			.orElseThrow();
	}

	private void importWard(ReconcileDataset.WardFile ward) {
		this.attendance.importFile(ward.file(), ImportRequest.of(null, ward.classCode(), ward.ward()));
	}

}
