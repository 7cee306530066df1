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
			.isThrownBy(() -> new ProgrammeRow("2.2", "Cơ sở", true, 3, 1, 1400, 10, 8, 10, 5,
					Map.of(Position.CHU_TICH, 4, Position.UV_BCH, 5)))
			.withMessageContaining("byPosition adds up to 9, not to attended (10)");
	}

	@Test
	void programmeRowRefusesMoreCompletedThanAttended() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ProgrammeRow("2.2", "Cơ sở", true, 3, 1, 1400, 10, 11, 10, 5, Map.of(Position.UV_BCH, 10)))
			.withMessageContaining("completed (11) exceeds attended (10)");
	}

	@Test
	void keyFiguresCountOnlyProgrammesWithClassesAndAPlannedNumber() {
		List<ProgrammeRow> programmes = List.of(
				new ProgrammeRow("1.1", "Sau đại học", false, null, 0, 2, 2, 0, 2, 1, Map.of(Position.CHUYEN_TRACH, 2)),
				new ProgrammeRow("2.1", "Chuyên trách", true, 3, 3, null, 103, 96, 36, 61,
						Map.of(Position.CHUYEN_TRACH, 103)),
				new ProgrammeRow("2.2", "Cơ sở", true, 3, 2, 1400, 824, 737, 800, 460, Map.of(Position.UV_BCH, 824)));

		KeyFigures figures = KeyFigures.of(programmes,
				List.of(new BudgetCategoryRow("Tài liệu", 45_600_000, 16_020_000)));

		assertThat(figures).isEqualTo(new KeyFigures(3, 2, 1400, 824, 737, 45_600_000, 16_020_000));
		assertThat(figures.attendedRatio()).isEqualTo(824 / 1400.0);
	}

	@Test
	void rosterRowRefusesAClearPhoneOrCccd() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RosterRow("long-xuyen", "Nguyễn Thị Hoa", 1985, Gender.FEMALE, "Ủy viên BCH", null,
					"0912345678", "", List.of(Mark.PRESENT), AttendanceStatus.COMPLETED))
			.withMessageContaining("must be masked");
	}

	@Test
	void rosterRowMasksWhenBuiltFromClearValues() {
		RosterRow row = RosterRow.masking("long-xuyen", "Nguyễn Thị Hoa", 1985, Gender.FEMALE, "Ủy viên BCH", null,
				"0912345678", "079123456734", List.of(Mark.PRESENT, Mark.EXCUSED), AttendanceStatus.PARTIAL);

		assertThat(row.maskedPhone()).isEqualTo("091****678");
		assertThat(row.maskedCccd()).isEqualTo("079*******34");
		assertThat(row.presentDays()).isEqualTo(1);
	}

	@Test
	void rosterRowRefusesAStatusThatContradictsTheMarks() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RosterRow.masking("long-xuyen", "Nguyễn Thị Hoa", 1985, null, "Tổ phó", null, null, null,
					List.of(Mark.ABSENT, Mark.EXCUSED), AttendanceStatus.PARTIAL))
			.withMessageContaining("does not fit the marks");
	}

	@Test
	void findingRowMasksNumbersInItsText() {
		FindingRow finding = new FindingRow("POSSIBLE_DUPLICATE", Severity.INFO, "phường Long Xuyên: Trần Văn An",
				"Cùng số điện thoại 0912345678 với phường Bình Đức.");

		assertThat(finding.message()).isEqualTo("Cùng số điện thoại 091*****78 với phường Bình Đức.");
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
					sample.days(), sample.asOf(), wards, sample.roster(), sample.findings()))
			.withMessageContaining("AG26-CS-01: listed");
	}

	@Test
	void classReportOrdersTheRosterByWard() {
		ClassReportData sample = SampleReportData.anGiangClass();
		List<RosterRow> reversed = new ArrayList<>(sample.roster().toList());
		Collections.reverse(reversed);

		ClassReportData data = ClassReportData.of(sample.header(), sample.trainingClass(), sample.programmeTitle(),
				sample.days(), sample.asOf(), sample.wards(), reversed, sample.findings().toList());

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
				sample.programmeTitle(), sample.days(), sample.asOf(), sample.wards(), RowSource.of(reversed),
				sample.findings());
		ClassReportData missingOne = new ClassReportData(sample.header(), sample.trainingClass(),
				sample.programmeTitle(), sample.days(), sample.asOf(), sample.wards(), RowSource.of(oneShort),
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
					sample.programmes(), List.of(), sample.wards(), sample.openFindings(), sample.missingSubmissions(),
					sample.cumulative(), sample.budget()))
			.withMessageContaining("outside the plan year 2026");
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
					header.issuerShortName(), header.parentBody(), header.place(), header.signer(), List.of()))
			.withMessageContaining("planCode must be capitals");
	}

}
