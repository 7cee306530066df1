package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.plan.BudgetCategory;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every figure and every finding of one reconciliation of {@link ReconcileDataset}, as of
 * 21/11/2026, with every day required to complete. The sort that finds people listed more
 * than once is given three records of memory, so it goes through its sorted runs on disk:
 * the figures must be the ones an in-memory sort gives.
 */
@TaphuanIntegrationTest
@TestPropertySource(properties = "taphuan.reconcile.sort-chunk-records=3")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconcileFiguresIntegrationTests {

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
	void theRunRecordsItsDateAndSettings() {
		ReconcileRun run = this.summary.run();

		assertThat(run.plan()).isEqualTo(PLAN);
		assertThat(run.asOf()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.completionShare()).isEqualTo(1.0);
		assertThat(run.underfillThreshold()).isEqualTo(0.9);
		assertThat(run.overfillThreshold()).isEqualTo(1.0);
		assertThat(run.submissionGraceDays()).isEqualTo(7);
		assertThat(run.settlementGraceDays()).isEqualTo(30);
		assertThat(this.results.latestRun(PLAN)).contains(run);
	}

	@Test
	void classFiguresCountListedAttendedCompletedTurnsPeopleAndWomen() {
		ClassFigures first = this.results.classFigure("RC26-CS-01").orElseThrow();

		assertThat(first.started()).isTrue();
		assertThat(first.ended()).isTrue();
		assertThat(first.days()).isEqualTo(3);
		assertThat(first.requiredDays()).isEqualTo(3);
		assertThat(first.quota()).isEqualTo(10);
		assertThat(first.allocated()).isEqualTo(10);
		assertThat(first.wardsAllocated()).isEqualTo(3);
		assertThat(first.wardsSubmitted()).isEqualTo(2);
		assertThat(first.submissions()).isEqualTo(2);
		assertThat(first.listed()).isEqualTo(7);
		assertThat(first.attended()).isEqualTo(6);
		assertThat(first.completed()).isEqualTo(5);
		assertThat(first.distinctAttended()).isEqualTo(5);
		assertThat(first.women()).isEqualTo(2);
		assertThat(first.traineeDays()).isEqualTo(17);
		assertThat(first.fillRate()).isEqualTo(0.6);
		assertThat(first.completionRate()).isEqualTo(0.5);
		assertThat(first.estimate()).isEqualTo(11_400_000);
		assertThat(first.settled()).isEqualTo(9_760_000);
		assertThat(first.variance()).isEqualTo(-1_640_000);
		assertThat(first.costPerCompleted()).isEqualTo(1_952_000);

		ClassFigures second = this.results.classFigure("RC26-CS-02").orElseThrow();
		assertThat(second.submissions()).isEqualTo(3);
		assertThat(second.wardsSubmitted()).isEqualTo(2);
		assertThat(List.of(second.listed(), second.attended(), second.completed(), second.distinctAttended(),
				second.women(), second.traineeDays()))
			.containsExactly(7, 7, 6, 7, 2, 13);
		assertThat(second.fillRate()).isEqualTo(1.1667);
		assertThat(second.settled()).isEqualTo(7_100_000);
		assertThat(second.variance()).isEqualTo(1_300_000);
		assertThat(second.costPerCompleted()).isEqualTo(1_183_333);
	}

	@Test
	void aClassThatHasNotStartedCountsItsQuotaButNoAttendance() {
		ClassFigures third = this.results.classFigure("RC26-CS-03").orElseThrow();

		assertThat(third.started()).isFalse();
		assertThat(third.quota()).isEqualTo(10);
		assertThat(third.listed()).isZero();
		assertThat(third.settled()).isNull();
		assertThat(third.costPerCompleted()).isNull();
		assertThat(this.results.classFigures(PLAN)).extracting(ClassFigures::classCode)
			.containsExactly("RC26-CS-01", "RC26-CT-01", "RC26-CS-02", "RC26-CS-03");
	}

	@Test
	void wardFiguresShowEachAllocationAndTheWardWithoutOne() {
		assertThat(this.results.wardFigures("RC26-CS-01"))
			.extracting(WardFigures::ward, WardFigures::quota, WardFigures::submitted, WardFigures::listed,
					WardFigures::attended, WardFigures::completed, WardFigures::distinctAttended, WardFigures::women,
					WardFigures::fillRate)
			.containsExactly(tuple("long-xuyen", 4, true, 5, 4, 3, 4, 1, 1.0),
					tuple("binh-duc", 3, true, 2, 2, 2, 2, 1, 0.6667), tuple("my-thoi", 3, false, 0, 0, 0, 0, 0, 0.0));
		WardFigures longXuyen = this.results.wardFigures("RC26-CS-01").get(0);
		assertThat(longXuyen.wardName()).isEqualTo("phường Long Xuyên");
		assertThat(longXuyen.submittedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(longXuyen.completionRate()).isEqualTo(0.75);
		assertThat(this.results.wardFigures("RC26-CS-02"))
			.extracting(WardFigures::ward, WardFigures::quota, WardFigures::allocated, WardFigures::attended,
					WardFigures::fillRate)
			.containsExactly(tuple("long-xuyen", 3, true, 2, 0.6667), tuple("binh-duc", 0, false, 1, null),
					tuple("chau-doc", 3, true, 4, 1.3333));
	}

	@Test
	void wardYearToDateSumsTheStartedClassesAndCountsMissingLists() {
		assertThat(this.results.wardYearToDate(PLAN))
			.extracting(UnitFigures::ward, UnitFigures::classesAllocated, UnitFigures::listsReceived,
					UnitFigures::listsMissing, UnitFigures::quota, UnitFigures::listed, UnitFigures::attended,
					UnitFigures::completed, UnitFigures::distinctAttended, UnitFigures::women, UnitFigures::fillRate)
			.containsExactly(tuple("ldld", 1, 1, 0, 4, 4, 4, 4, 4, 2, 1.0),
					tuple("long-xuyen", 2, 2, 0, 7, 7, 6, 5, 5, 1, 0.8571),
					tuple("binh-duc", 1, 2, 0, 3, 3, 3, 3, 3, 1, 1.0), tuple("my-thoi", 1, 0, 1, 3, 0, 0, 0, 0, 0, 0.0),
					tuple("chau-doc", 1, 1, 0, 3, 4, 4, 3, 4, 2, 1.3333));
	}

	@Test
	void programmeFiguresSeparateTurnsFromDistinctTrainees() {
		Map<String, ProgrammeFigures> programmes = this.results.programmeFigures(PLAN)
			.stream()
			.collect(Collectors.toMap(ProgrammeFigures::programme, (figures) -> figures));
		assertThat(this.results.programmeFigures(PLAN)).extracting(ProgrammeFigures::programme)
			.containsExactly("SDH", "CT", "CS");

		ProgrammeFigures grassroots = programmes.get("CS");
		assertThat(grassroots.section()).isEqualTo("2.2");
		assertThat(grassroots.hasClasses()).isTrue();
		assertThat(grassroots.plannedClasses()).isEqualTo(3);
		assertThat(grassroots.plannedParticipants()).isEqualTo(30);
		assertThat(List.of(grassroots.classes(), grassroots.classesStarted(), grassroots.classesEnded(),
				grassroots.quota(), grassroots.quotaStarted()))
			.containsExactly(3, 2, 2, 26, 16);
		assertThat(List.of(grassroots.listed(), grassroots.attended(), grassroots.completed(),
				grassroots.distinctAttended(), grassroots.distinctCompleted(), grassroots.women(),
				grassroots.traineeDays()))
			.containsExactly(14, 13, 11, 11, 9, 4, 30);
		assertThat(grassroots.fillRate()).isEqualTo(0.8125);
		assertThat(grassroots.completionRate()).isEqualTo(0.6875);
		assertThat(grassroots.progress()).isEqualTo(0.4333);
		assertThat(grassroots.estimate()).isEqualTo(21_200_000);
		assertThat(grassroots.settled()).isEqualTo(16_860_000);
		assertThat(grassroots.classesSettled()).isEqualTo(2);
		assertThat(grassroots.costPerCompleted()).isEqualTo(1_532_727);

		ProgrammeFigures postgraduate = programmes.get("SDH");
		assertThat(postgraduate.hasClasses()).isFalse();
		assertThat(postgraduate.enrolled()).isEqualTo(1);
		assertThat(postgraduate.enrolmentsCompleted()).isZero();
		assertThat(postgraduate.progress()).isEqualTo(1.0);

		ProgrammeFigures fullTime = programmes.get("CT");
		assertThat(List.of(fullTime.attended(), fullTime.completed(), fullTime.distinctAttended(), fullTime.women()))
			.containsExactly(4, 4, 4, 2);
		assertThat(fullTime.progress()).isNull();
		assertThat(fullTime.costPerCompleted()).isNull();
	}

	@Test
	void planFiguresCoverEveryProgramme() {
		PlanFigures plan = this.results.planFigures(PLAN).orElseThrow();

		assertThat(plan.plannedClasses()).isEqualTo(3);
		assertThat(plan.plannedParticipants()).isEqualTo(31);
		assertThat(
				List.of(plan.classes(), plan.classesStarted(), plan.classesEnded(), plan.quota(), plan.quotaStarted()))
			.containsExactly(4, 3, 3, 30, 20);
		assertThat(List.of(plan.listed(), plan.attended(), plan.completed(), plan.distinctAttended(),
				plan.distinctCompleted(), plan.women(), plan.traineeDays(), plan.enrolled()))
			.containsExactly(18, 17, 15, 15, 13, 6, 38, 1);
		assertThat(plan.fillRate()).isEqualTo(0.85);
		assertThat(plan.completionRate()).isEqualTo(0.75);
		assertThat(plan.estimate()).isEqualTo(21_320_000);
		assertThat(plan.settled()).isEqualTo(16_860_000);
		assertThat(plan.classesSettled()).isEqualTo(2);
		// settled against the estimate of the two settled classes (11.400.000 +
		// 5.800.000),
		// not of every class
		assertThat(plan.estimateSettled()).isEqualTo(17_200_000);
		assertThat(plan.estimateStarted()).isEqualTo(17_200_000 + 120_000);
		assertThat(plan.settledRate()).isEqualTo(0.9802);
		assertThat(plan.costPerCompleted()).isEqualTo(1_532_727);
	}

	@Test
	void positionCountsAtEveryLevel() {
		assertThat(this.results.positionCounts(PLAN, PositionCount.Level.PLAN))
			.extracting(PositionCount::position, PositionCount::listed, PositionCount::attended,
					PositionCount::completed)
			.containsExactly(tuple(Position.CHU_TICH, 3, 3, 3), tuple(Position.PHO_CHU_TICH, 1, 1, 1),
					tuple(Position.UV_BCH, 1, 1, 1), tuple(Position.UV_UBKT, 1, 1, 1),
					tuple(Position.TO_TRUONG, 3, 3, 3), tuple(Position.TO_PHO, 3, 3, 1),
					tuple(Position.CHUYEN_TRACH, 4, 4, 4), tuple(Position.DOAN_VIEN, 1, 1, 1), tuple(null, 1, 0, 0));
		assertThat(this.results.positionCounts(PLAN, PositionCount.Level.PROGRAMME))
			.filteredOn((count) -> count.programme().equals("CT"))
			.extracting(PositionCount::position, PositionCount::attended)
			.containsExactly(tuple(Position.CHUYEN_TRACH, 4));
		assertThat(this.results.positionCounts(PLAN, PositionCount.Level.CLASS))
			.filteredOn((count) -> count.classCode().equals("RC26-CS-01"))
			.extracting(PositionCount::position, PositionCount::listed)
			.containsExactly(tuple(Position.CHU_TICH, 2), tuple(Position.PHO_CHU_TICH, 1), tuple(Position.TO_TRUONG, 1),
					tuple(Position.TO_PHO, 1), tuple(Position.DOAN_VIEN, 1), tuple(null, 1));
		assertThat(this.results.positionCounts(PLAN, PositionCount.Level.WARD))
			.filteredOn((count) -> count.classCode().equals("RC26-CS-01") && count.ward().equals("binh-duc"))
			.extracting(PositionCount::position, PositionCount::listed)
			.containsExactly(tuple(Position.CHU_TICH, 1), tuple(Position.PHO_CHU_TICH, 1));
	}

	@Test
	void budgetByCategoryComparesSettledWithTheEstimateOfSettledClasses() {
		assertThat(this.results.budgetByCategory(PLAN))
			.extracting(BudgetCategoryFigures::category, BudgetCategoryFigures::estimate,
					BudgetCategoryFigures::settled, BudgetCategoryFigures::estimateOfSettledClasses,
					BudgetCategoryFigures::variance)
			.containsExactly(tuple(BudgetCategory.LECTURER_FEE, 14_000_000L, 11_000_000L, 10_000_000L, 1_000_000L),
					tuple(BudgetCategory.DOCUMENTS, 420_000L, 550_000L, 300_000L, 250_000L),
					tuple(BudgetCategory.MEALS, 6_300_000L, 4_950_000L, 6_300_000L, -1_350_000L),
					tuple(BudgetCategory.WATER, 600_000L, 360_000L, 600_000L, -240_000L));
		assertThat(this.results.classBudget("RC26-CS-01"))
			.extracting(BudgetCategoryFigures::category, BudgetCategoryFigures::settledQuantity,
					BudgetCategoryFigures::settled, BudgetCategoryFigures::variance)
			.containsExactly(tuple(BudgetCategory.LECTURER_FEE, new BigDecimal("6"), 6_000_000L, 0L),
					tuple(BudgetCategory.DOCUMENTS, new BigDecimal("10"), 550_000L, 250_000L),
					tuple(BudgetCategory.MEALS, new BigDecimal("19"), 2_850_000L, -1_650_000L),
					tuple(BudgetCategory.WATER, new BigDecimal("18"), 360_000L, -240_000L));
	}

	@Test
	void dailyAttendanceCountsMarksAndMealsPaidPerDay() {
		assertThat(this.results.dailyAttendance("RC26-CS-01"))
			.extracting(DayAttendance::day, DayAttendance::date, DayAttendance::listed, DayAttendance::present,
					DayAttendance::excused, DayAttendance::absent, DayAttendance::unknown,
					(day) -> day.paid().get(BudgetCategory.MEALS))
			.containsExactly(tuple(1, LocalDate.of(2026, 3, 16), 7, 6, 0, 1, 0, new BigDecimal("6")),
					tuple(2, LocalDate.of(2026, 3, 17), 7, 5, 1, 1, 0, new BigDecimal("7")),
					tuple(3, LocalDate.of(2026, 3, 18), 7, 6, 0, 1, 0, new BigDecimal("6")));
	}

	@Test
	void monthlyAttendanceRunsFromTheFirstClassToTheLast() {
		List<MonthlyAttendance> months = this.results.monthlyAttendance(PLAN);

		assertThat(months).extracting(MonthlyAttendance::month)
			.containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6),
					YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10),
					YearMonth.of(2026, 11), YearMonth.of(2026, 12));
		assertThat(months.get(0)).isEqualTo(new MonthlyAttendance(YearMonth.of(2026, 3), 1, 10, 6, 5, 10, 6, 5));
		assertThat(months.get(3)).isEqualTo(new MonthlyAttendance(YearMonth.of(2026, 6), 1, 6, 7, 6, 20, 17, 15));
		assertThat(months.get(4)).isEqualTo(new MonthlyAttendance(YearMonth.of(2026, 7), 0, 0, 0, 0, 20, 17, 15));
		assertThat(months.get(9)).isEqualTo(new MonthlyAttendance(YearMonth.of(2026, 12), 1, 10, 0, 0, 30, 17, 15));
	}

	@Test
	void missingSubmissionsAndTheTraineesOfAClass() {
		assertThat(this.results.missingSubmissions(PLAN)).containsExactly(
				new MissingSubmission("RC26-CS-01", LocalDate.of(2026, 3, 18), "my-thoi", "phường Mỹ Thới", 3, 248));
		assertThat(this.results.trainees("RC26-CS-01"))
			.extracting(TraineeStatus::ward, TraineeStatus::name, TraineeStatus::marks, TraineeStatus::status)
			.containsExactly(tuple("long-xuyen", "Nguyễn Văn An", "PPP", "COMPLETED"),
					tuple("long-xuyen", "Trần Thị Bình", "PEP", "PARTIAL"),
					tuple("long-xuyen", "Lê Văn Cường", "PPP", "COMPLETED"),
					tuple("long-xuyen", "Phạm Thị Dung", "AAA", "ABSENT"),
					tuple("long-xuyen", "Hoàng Văn Em", "PPP", "COMPLETED"),
					tuple("binh-duc", "Nguyễn Văn An", "PPP", "COMPLETED"),
					tuple("binh-duc", "Võ Thị Giang", "PPP", "COMPLETED"));
	}

	@Test
	void findingsNameTheirSubjectAndFigures() {
		List<Finding> findings = this.results.findings(FindingFilter.current(PLAN));

		assertThat(this.summary.current()).isEqualTo(25);
		assertThat(this.summary.opened()).isEqualTo(25);
		assertThat(this.summary.bySeverity()).containsEntry(FindingSeverity.ERROR, 7)
			.containsEntry(FindingSeverity.WARNING, 14)
			.containsEntry(FindingSeverity.INFO, 4);
		assertThat(findings)
			.extracting(Finding::code, Finding::severity, Finding::classCode, Finding::ward, Finding::actual,
					Finding::reference)
			.containsExactlyInAnyOrder(
					tuple(FindingCode.QUOTA_UNDERFILLED, FindingSeverity.WARNING, "RC26-CS-01", null, number(6),
							number(10)),
					tuple(FindingCode.QUOTA_UNDERFILLED, FindingSeverity.WARNING, "RC26-CS-01", "binh-duc", number(2),
							number(3)),
					tuple(FindingCode.QUOTA_UNDERFILLED, FindingSeverity.WARNING, "RC26-CS-02", "long-xuyen", number(2),
							number(3)),
					tuple(FindingCode.QUOTA_EXCEEDED, FindingSeverity.WARNING, "RC26-CS-02", null, number(7),
							number(6)),
					tuple(FindingCode.QUOTA_EXCEEDED, FindingSeverity.WARNING, "RC26-CS-02", "chau-doc", number(4),
							number(3)),
					tuple(FindingCode.QUOTA_EXCEEDED, FindingSeverity.WARNING, "RC26-CS-02", "binh-duc", number(1),
							number(0)),
					tuple(FindingCode.SUBMISSION_MISSING, FindingSeverity.ERROR, "RC26-CS-01", "my-thoi", number(0),
							number(3)),
					tuple(FindingCode.DUPLICATE_TRAINEE, FindingSeverity.ERROR, "RC26-CS-01", null, number(2),
							number(1)),
					tuple(FindingCode.POSSIBLE_DUPLICATE, FindingSeverity.WARNING, "RC26-CS-02", null, null, null),
					tuple(FindingCode.POSSIBLE_DUPLICATE, FindingSeverity.WARNING, null, null, null, null),
					tuple(FindingCode.INELIGIBLE_POSITION, FindingSeverity.WARNING, "RC26-CS-01", "long-xuyen", null,
							null),
					tuple(FindingCode.POSITION_UNKNOWN, FindingSeverity.WARNING, "RC26-CS-01", "long-xuyen", null,
							null),
					tuple(FindingCode.INCOMPLETE_ATTENDANCE, FindingSeverity.INFO, "RC26-CS-01", "long-xuyen",
							number(0), number(3)),
					tuple(FindingCode.INCOMPLETE_ATTENDANCE, FindingSeverity.INFO, "RC26-CS-01", "long-xuyen",
							number(2), number(3)),
					tuple(FindingCode.INCOMPLETE_ATTENDANCE, FindingSeverity.INFO, "RC26-CS-02", "chau-doc", number(1),
							number(2)),
					tuple(FindingCode.BUDGET_OVERRUN, FindingSeverity.ERROR, "RC26-CS-02", null, number(7_100_000),
							number(5_800_000)),
					tuple(FindingCode.BUDGET_OVERRUN, FindingSeverity.WARNING, "RC26-CS-02", null, number(5_000_000),
							number(4_000_000)),
					tuple(FindingCode.BUDGET_OVERRUN, FindingSeverity.WARNING, "RC26-CS-02", null, number(2_100_000),
							number(1_800_000)),
					tuple(FindingCode.BUDGET_OVERRUN, FindingSeverity.WARNING, "RC26-CS-01", null, number(550_000),
							number(300_000)),
					tuple(FindingCode.NORM_EXCEEDED, FindingSeverity.ERROR, "RC26-CS-01", null, number(55_000),
							number(50_000)),
					tuple(FindingCode.ALLOWANCE_EXCEEDS_ATTENDANCE, FindingSeverity.ERROR, "RC26-CS-01", null,
							number(7), number(5)),
					tuple(FindingCode.ALLOWANCE_EXCEEDS_ATTENDANCE, FindingSeverity.ERROR, "RC26-CS-01", null,
							number(18), number(17)),
					tuple(FindingCode.ALLOWANCE_EXCEEDS_ATTENDANCE, FindingSeverity.ERROR, "RC26-CS-02", null,
							number(14), number(13)),
					tuple(FindingCode.SETTLEMENT_MISSING, FindingSeverity.WARNING, "RC26-CT-01", null, null,
							number(120_000)),
					tuple(FindingCode.REPEAT_TRAINEE, FindingSeverity.INFO, null, null, number(2), null));
		assertThat(findings).allSatisfy((finding) -> {
			assertThat(finding.id()).startsWith(finding.code().name() + "-")
				.hasSize(finding.code().name().length() + 11);
			assertThat(finding.status()).isEqualTo(FindingStatus.OPEN);
			assertThat(finding.plan()).isEqualTo(PLAN);
			assertThat(finding.fingerprint()).hasSize(16);
			assertThat(finding.subject()).isNotBlank();
			assertThat(finding.message()).isNotBlank();
			assertThat(finding.figures()).isNotBlank();
		});
	}

	@Test
	void findingTextsSayWhoAndHowMuch() {
		assertThat(one(FindingCode.SUBMISSION_MISSING, "my-thoi").message())
			.isEqualTo("Công đoàn phường Mỹ Thới chưa gửi danh sách học viên lớp RC26-CS-01 (kết thúc 18/03/2026, "
					+ "đã 248 ngày; chỉ tiêu phân bổ 3 người). Đề nghị đơn vị gửi danh sách điểm danh.");
		assertThat(one(FindingCode.DUPLICATE_TRAINEE, null).message()).contains("Nguyễn Văn An")
			.contains("phường Bình Đức, phường Long Xuyên");
		assertThat(one(FindingCode.INELIGIBLE_POSITION, "long-xuyen").subject())
			.isEqualTo("Lớp RC26-CS-01 — Công đoàn phường Long Xuyên — Lê Văn Cường");
		assertThat(one(FindingCode.INELIGIBLE_POSITION, "long-xuyen").figures()).contains("Đoàn viên");
		assertThat(one(FindingCode.POSITION_UNKNOWN, "long-xuyen").subject()).endsWith("Phạm Thị Dung");
		assertThat(one(FindingCode.NORM_EXCEEDED, null).message())
			.contains("'Tài liệu học viên': đơn giá 55.000 đ/bộ vượt định mức chi 50.000 đ/bộ");
		assertThat(this.results
			.findings(new FindingFilter(PLAN, null, FindingCode.ALLOWANCE_EXCEEDS_ATTENDANCE, false, false)))
			.extracting(Finding::subject)
			.containsExactlyInAnyOrder("Lớp RC26-CS-01 — Hỗ trợ tiền ăn học viên, ngày 17/03/2026",
					"Lớp RC26-CS-01 — Nước uống, cả lớp", "Lớp RC26-CS-02 — Hỗ trợ tiền ăn học viên, cả lớp");
		assertThat(this.results.findings(new FindingFilter(PLAN, null, FindingCode.POSSIBLE_DUPLICATE, false, false)))
			.extracting(Finding::subject)
			.containsExactlyInAnyOrder("Dang Van Hung ~ Đặng Văn Hùng", "Trần Thị Bình ~ Trần Thị Bình");
		assertThat(one(FindingCode.REPEAT_TRAINEE, null).figures()).isEqualTo("2 lớp: RC26-CS-01, RC26-CS-02");
		assertThat(one(FindingCode.SETTLEMENT_MISSING, null).figures())
			.isEqualTo("dự toán 120.000 đ; lớp kết thúc 10/04/2026, đã 225 ngày");
	}

	@Test
	void findingsFilterByClassAndCode() {
		assertThat(this.results.findings(new FindingFilter(PLAN, "RC26-CT-01", null, false, false)))
			.extracting(Finding::code)
			.containsExactly(FindingCode.SETTLEMENT_MISSING);
		assertThat(this.results.findings(new FindingFilter(null, null, FindingCode.QUOTA_EXCEEDED, true, false)))
			.hasSize(3);
	}

	private Finding one(FindingCode code, String ward) {
		return this.results.findings(new FindingFilter(PLAN, null, code, false, false))
			.stream()
			.filter((finding) -> Objects.equals(finding.ward(), ward))
			.findFirst()
			.orElseThrow();
	}

	private static BigDecimal number(long value) {
		return BigDecimal.valueOf(value);
	}

}
