package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.SamplePlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The records are the contract with the SQL assembly: they refuse figures that cannot be
 * true together.
 */
class ReportRecordsTests {

	@Test
	void programmeRowRefusesPositionsThatDoNotAddUpToTheAttended() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProgrammeRow("2.2", "Cơ sở", true, 3, 1, 500, 1400, 10, 8, 10, 5,
					Map.of(Position.CHU_TICH, 4, Position.UV_BCH, 5)))
			.withMessageContaining("byPosition adds up to 9, not to attended (10)");
	}

	@Test
	void programmeRowRefusesMoreCompletedThanAttended() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProgrammeRow("2.2", "Cơ sở", true, 3, 1, 500, 1400, 10, 11, 10, 5,
					Map.of(Position.UV_BCH, 10)))
			.withMessageContaining("completed (11) exceeds attended (10)");
	}

	@Test
	void budgetComparesTheSettledMoneyWithTheEstimateOfTheSettledClassesOnly() {
		// given: 2 of 6 classes held are settled (the An Giang sample)
		BudgetStatus budget = new BudgetStatus(6, 6, 2, 764_600_000, 764_600_000, 479_000_000, 455_150_000);

		// then
		assertThat(budget.settledRatio()).isCloseTo(0.9502, org.assertj.core.data.Offset.offset(0.0001));
		assertThat(budget.variance()).isEqualTo(-23_850_000);
		assertThat(budget.classesUnsettled()).isEqualTo(4);
		assertThat(budget.estimateUnsettled()).isEqualTo(285_600_000);
		assertThat(ReportText.budgetSentence(budget)).contains("2/6 lớp đã tổ chức có quyết toán")
			.contains("455.150.000 đ trên dự toán 479.000.000 đ của 2 lớp này (95,0%)")
			.contains("4 lớp chưa quyết toán, dự toán 285.600.000 đ")
			.doesNotContain("59,5%");
	}

	@Test
	void budgetWithoutASettlementSaysSoInsteadOfZeroPercent() {
		BudgetStatus budget = new BudgetStatus(5, 3, 0, 158_000_000, 94_800_000, 0, 0);

		assertThat(budget.settledRatio()).isNull();
		assertThat(budget.variance()).isNull();
		assertThat(ReportText.budgetSentence(budget)).contains("chưa có lớp nào quyết toán (0/3 lớp đã tổ chức")
			.doesNotContain("0,0%");
	}

	@Test
	void theClassesHeldMustBeWhatTheProgrammesWithClassesAddUpTo() {
		List<ProgrammeRow> programmes = List.of(
				new ProgrammeRow("1.1", "Sau đại học", false, null, 0, 0, 2, 2, 0, 2, 1,
						Map.of(Position.CHUYEN_TRACH, 2)),
				new ProgrammeRow("2.1", "Chuyên trách", true, 3, 3, 120, null, 103, 96, 36, 61,
						Map.of(Position.CHUYEN_TRACH, 103)),
				new ProgrammeRow("2.2", "Cơ sở", true, 3, 2, 950, 1400, 824, 737, 800, 460,
						Map.of(Position.UV_BCH, 824)));

		MonthlyReportData.checkHeld(programmes, new HeldClasses(5, 5, 1070, 927, 833, 836, 521));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MonthlyReportData.checkHeld(programmes, new HeldClasses(5, 5, 1070, 929, 833, 836, 521)))
			.withMessageContaining("do not add up to the classes held");
	}

	@Test
	void rosterRowRefusesAClearPhoneOrCccd() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RosterRow("long-xuyen", "Nguyễn Thị Hoa", 1985, Gender.FEMALE, "Ủy viên BCH", null,
					"0912345678", "", List.of(Mark.PRESENT), AttendanceStatus.COMPLETED, List.of()))
			.withMessageContaining("must be masked");
	}

	@Test
	void rosterRowMasksWhenBuiltFromClearValues() {
		RosterRow row = RosterRow.masking("long-xuyen", "Nguyễn Thị Hoa", 1985, Gender.FEMALE, "Ủy viên BCH", null,
				"0912345678", "079123456734", List.of(Mark.PRESENT, Mark.EXCUSED), AttendanceStatus.PARTIAL,
				List.of("INELIGIBLE_POSITION-0123456789", "INCOMPLETE_ATTENDANCE-9876543210"));

		assertThat(row.maskedPhone()).isEqualTo("091****678");
		assertThat(row.maskedCccd()).isEqualTo("079*******34");
		assertThat(row.presentDays()).isEqualTo(1);
		assertThat(row.notes()).isEqualTo("Chức vụ không thuộc đối tượng");
	}

	@Test
	void rosterRowRefusesAStatusThatContradictsTheMarks() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RosterRow.masking("long-xuyen", "Nguyễn Thị Hoa", 1985, null, "Tổ phó", null, null, null,
					List.of(Mark.ABSENT, Mark.EXCUSED), AttendanceStatus.PARTIAL, List.of()))
			.withMessageContaining("does not fit the marks");
	}

	@Test
	void findingRowMasksNumbersInItsText() {
		FindingRow finding = new FindingRow("POSSIBLE_DUPLICATE-3f2a9c01b7", "POSSIBLE_DUPLICATE", "Có thể trùng người",
				Severity.WARNING, "phường Long Xuyên: Trần Văn An",
				"Cùng số điện thoại 0912345678 với phường Bình Đức.", false);

		assertThat(finding.message()).isEqualTo("Cùng số điện thoại 091*****78 với phường Bình Đức.");
		assertThat(finding.shortId()).isEqualTo("3f2a9c01b7");
	}

	@Test
	void classReportRefusesWardsThatDoNotAddUpToTheClass() {
		ClassReportData sample = SampleReportData.anGiangClass();
		List<ClassWardRow> wards = new ArrayList<>(sample.wards());
		ClassWardRow first = wards.get(0);
		wards.set(0, new ClassWardRow(first.wardCode(), first.wardName(), first.allocation(), first.listed() + 1,
				first.attended(), first.completed(), first.submittedOn()));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClassReportData(sample.header(), sample.trainingClass(), sample.programmeTitle(),
					sample.days(), sample.asOf(), 0.9, wards, sample.roster(), sample.findings()))
			.withMessageContaining("AG26-CS-01: listed");
	}

	@Test
	void classReportOrdersTheRosterByWard() {
		ClassReportData sample = SampleReportData.anGiangClass();
		List<RosterRow> reversed = new ArrayList<>(sample.roster().toList());
		Collections.reverse(reversed);

		ClassReportData data = ClassReportData.of(sample.header(), sample.trainingClass(), sample.programmeTitle(),
				sample.days(), sample.asOf(), 0.9, sample.wards(), reversed, sample.findings().toList());

		List<RosterRow> roster = data.roster().toList();
		assertThat(roster.get(0).wardCode()).isEqualTo(sample.wards().get(0).wardCode());
		assertThat(roster.get(roster.size() - 1).wardCode())
			.isEqualTo(sample.wards().get(sample.wards().size() - 1).wardCode());
	}

	@Test
	void classReportChecksAStreamedRosterAsItIsRead() {
		// given
		ClassReportData sample = SampleReportData.anGiangClass();
		List<RosterRow> reversed = new ArrayList<>(sample.roster().toList());
		Collections.reverse(reversed);
		List<RosterRow> oneShort = sample.roster().toList().subList(1, reversed.size());

		// when
		ClassReportData outOfOrder = new ClassReportData(sample.header(), sample.trainingClass(),
				sample.programmeTitle(), sample.days(), sample.asOf(), 0.9, sample.wards(), RowSource.of(reversed),
				sample.findings());
		ClassReportData missingOne = new ClassReportData(sample.header(), sample.trainingClass(),
				sample.programmeTitle(), sample.days(), sample.asOf(), 0.9, sample.wards(), RowSource.of(oneShort),
				sample.findings());

		// then
		assertThatIllegalArgumentException().isThrownBy(() -> outOfOrder.roster().toList())
			.withMessageContaining("out of ward order");
		assertThatIllegalArgumentException().isThrownBy(() -> missingOne.roster().toList())
			.withMessageContaining("AG26-CS-01: roster rows " + oneShort.size());
	}

	@Test
	void monthlyReportRefusesAMonthOutsideThePlanYear() {
		MonthlyReportData sample = SampleReportData.anGiangMonthly();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MonthlyReportData(sample.header(), YearMonth.of(2027, 1), LocalDate.of(2027, 1, 31),
					LocalDate.of(2027, 2, 1), sample.programmes(), sample.held(), sample.budgetStatus(), List.of(),
					sample.wards(), 0.9, sample.findings(), sample.missingSubmissions(), sample.cumulative(),
					sample.budget()))
			.withMessageContaining("outside the plan year 2026");
	}

	@Test
	void monthlyReportRefusesFiguresOfALaterDayThanTheMonth() {
		MonthlyReportData sample = SampleReportData.anGiangMonthly();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MonthlyReportData(sample.header(), sample.month(),
					sample.month().plusMonths(1).atDay(1), sample.madeOn(), sample.programmes(), sample.held(),
					sample.budgetStatus(), List.of(), sample.wards(), 0.9, sample.findings(),
					sample.missingSubmissions(), sample.cumulative(), sample.budget()))
			.withMessageContaining("is outside the month");
	}

	@Test
	void yearEndRecipientsDefaultToTheNationalFederationAndThePlansArchiveLine() {
		ReportHeader header = ReportHeader.of(SamplePlans.anGiang());

		assertThat(YearEndReportData.recipients(header, Narrative.NONE)).containsExactly("Tổng LĐLĐ Việt Nam (b/c)",
				"Thường trực LĐLĐ tỉnh", "Lưu: VT, BP Tổ chức - Kiểm tra");
	}

	@Test
	void headerRefusesAPlanCodeThatCannotBeAFileName() {
		ReportHeader header = ReportHeader.of(SamplePlans.anGiang());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReportHeader("../AG", 2026, header.planTitle(), null, null, header.issuerName(),
					header.issuerShortName(), header.parentBody(), header.place(), header.signer(), List.of(), null,
					null))
			.withMessageContaining("planCode must be capitals");
	}

}
