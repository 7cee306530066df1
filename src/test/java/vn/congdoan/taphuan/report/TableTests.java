package vn.congdoan.taphuan.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdoan.taphuan.plan.Position;

import static org.assertj.core.api.Assertions.assertThat;

class TableTests {

	@Test
	void addsATotalRowWithSumsAndRecomputedRatios() {
		List<WardFillRow> wards = List.of(new WardFillRow("long-xuyen", "phường Long Xuyên", 50, 45, 45, 42, 0),
				new WardFillRow("kien-hai", "đặc khu Kiên Hải", 20, 0, 0, 0, 1));

		List<Map<String, Object>> rows = MonthlyReport.WARDS.rows(wards);

		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsEntry("ward", "Phường Long Xuyên")
			.containsEntry("allocation", 50L)
			.containsEntry("attendedRatio", 0.9)
			.containsEntry("total", false);
		assertThat(rows.get(2)).containsEntry("ward", "Các đơn vị")
			.containsEntry("allocation", 70L)
			.containsEntry("attended", 45L)
			.containsEntry("attendedRatio", 0.643)
			.containsEntry("missingLists", 1L)
			.containsEntry("total", true);
	}

	@Test
	void leavesARatioEmptyWithoutADenominator() {
		List<Map<String, Object>> rows = MonthlyReport.PROGRAMMES.rows(List.of(new ProgrammeRow("2.1", "Chuyên trách",
				true, 3, 1, 40, null, 35, 32, 35, 20, Map.of(Position.CHUYEN_TRACH, 35))));

		assertThat(rows.get(0)).containsEntry("plannedTrainees", null)
			.containsEntry("progress", null)
			.containsEntry("fillRatio", 35 / 40.0);
	}

	@Test
	void leavesOutOfTheTotalRowWhatWouldMixScopes() {
		List<Map<String, Object>> rows = MonthlyReport.PROGRAMMES.rows(List.of(
				new ProgrammeRow("2.1", "Chuyên trách", true, null, 3, 120, null, 105, 96, 105, 70,
						Map.of(Position.CHUYEN_TRACH, 105)),
				new ProgrammeRow("2.2", "Cơ sở", true, 3, 3, 1400, 1400, 1077, 886, 1074, 622,
						Map.of(Position.UV_BCH, 1077))));

		assertThat(rows.get(2)).containsEntry("title", "Các lớp đã tổ chức (mọi chương trình)")
			.containsEntry("quotaHeld", 1520L)
			.containsEntry("attended", 1182L)
			.containsEntry("fillRatio", 0.778)
			.containsEntry("plannedTrainees", null)
			.containsEntry("plannedClasses", null)
			.containsEntry("progress", null);
	}

	@Test
	void addsNoTotalRowToAnEmptyTable() {
		assertThat(MonthlyReport.WARDS.rows(List.of())).isEmpty();
	}

	@Test
	void namesTheRosterDayColumnsByDate() {
		Table<ClassReport.RosterLine> roster = ClassReport.roster(SampleReportData.anGiangClass().days());

		assertThat(roster.columns()).extracting(Table.Column::key)
			.contains("day1", "day2", "day3")
			.doesNotContain("day4");
		assertThat(roster.columns()).extracting(Table.Column::header).contains("Ngày 16/3", "Ngày 18/3");
	}

}
