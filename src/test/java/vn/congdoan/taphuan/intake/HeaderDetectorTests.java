package vn.congdoan.taphuan.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HeaderDetectorTests {

	private static SheetRow row(int number, Object... values) {
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof LocalDate date) {
				cells.add(Cell.date(i, 0, date));
			}
			else if (values[i] instanceof Number value) {
				cells.add(Cell.number(i, value.doubleValue()));
			}
			else if (values[i] != null) {
				cells.add(Cell.text(i, values[i].toString()));
			}
		}
		return new SheetRow(number, cells);
	}

	@Test
	void findsASingleRowHeaderBelowTheTitleBlockInAnyColumnOrder() {
		List<SheetRow> rows = List.of(row(1, "LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG"), row(2, "CÔNG ĐOÀN PHƯỜNG LONG XUYÊN"),
				row(4, "DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN"),
				row(6, "TT", "Họ tên", "Đơn vị", "Chức vụ", "SĐT", "Năm sinh", "Dân tộc", "Ngày 1", "Ngày 2",
						"Ghi chú"),
				row(7, 1, "Nguyễn Văn A", "CĐCS Công ty X", "Tổ trưởng", "0912345678", 1980, "Kinh", "x", "x"));

		SheetHeader header = HeaderDetector.detect(rows, List.of());

		assertThat(header.headerRow()).isEqualTo(6);
		assertThat(header.firstDataRow()).isEqualTo(7);
		assertThat(header.columns()).extracting(HeaderColumn::column, HeaderColumn::field)
			.containsExactly(tuple(0, Field.INDEX), tuple(1, Field.FULL_NAME), tuple(2, Field.UNIT),
					tuple(3, Field.POSITION), tuple(4, Field.PHONE), tuple(5, Field.BIRTH), tuple(6, Field.IGNORED),
					tuple(7, Field.DAY), tuple(8, Field.DAY), tuple(9, Field.NOTE));
		assertThat(header.dayColumns()).extracting(HeaderColumn::dayLabel).containsExactly("Ngày 1", "Ngày 2");
		assertThat(header.ignoredColumns()).extracting(HeaderColumn::label).containsExactly("Dân tộc");
		assertThat(header.titleLines()).containsExactly("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG",
				"CÔNG ĐOÀN PHƯỜNG LONG XUYÊN", "DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN");
	}

	@Test
	void readsATwoRowHeaderWithMergedGroupsOverDaysAndOverNamNu() {
		List<SheetRow> rows = List.of(row(3, "DANH SÁCH"),
				row(5, "STT", "Họ và tên", "Năm sinh", null, "Chức vụ công đoàn", "Điểm danh", null, null),
				row(6, null, null, "Nam", "Nữ", null, LocalDate.of(2026, 3, 16), "17/3", "18/03/2026"),
				row(7, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"), row(8, 1, "Lê Thị B", null, 1990));
		List<CellRange> merges = List.of(CellRange.parse("A5:A6"), CellRange.parse("B5:B6"), CellRange.parse("C5:D5"),
				CellRange.parse("E5:E6"), CellRange.parse("F5:H5"));

		SheetHeader header = HeaderDetector.detect(rows, merges);

		assertThat(header.headerRow()).isEqualTo(5);
		assertThat(header.firstDataRow()).isEqualTo(8);
		assertThat(header.columns()).extracting(HeaderColumn::field)
			.containsExactly(Field.INDEX, Field.FULL_NAME, Field.BIRTH_MALE, Field.BIRTH_FEMALE, Field.POSITION,
					Field.DAY, Field.DAY, Field.DAY);
		assertThat(header.dayColumns()).extracting(HeaderColumn::dayLabel)
			.containsExactly("16/03/2026", "17/3", "18/03/2026");
		assertThat(header.columns().get(2).label()).isEqualTo("Năm sinh / Nam");
	}

	@Test
	void readsTheSameTwoRowHeaderWhenNothingIsMerged() {
		List<SheetRow> rows = List.of(row(1, "STT", "Họ và tên", "Năm sinh", null, "Điểm danh", null, "Ghi chú"),
				row(2, null, null, "Nam", "Nữ", "N1", "N2", null), row(3, 1, "Lê Thị B", null, 1990, "x", "x"));

		SheetHeader header = HeaderDetector.detect(rows, List.of());

		assertThat(header.firstDataRow()).isEqualTo(3);
		assertThat(header.columns()).extracting(HeaderColumn::field)
			.containsExactly(Field.INDEX, Field.FULL_NAME, Field.BIRTH_MALE, Field.BIRTH_FEMALE, Field.DAY, Field.DAY,
					Field.NOTE);
		assertThat(header.dayColumns()).extracting(HeaderColumn::dayLabel).containsExactly("N1", "N2");
	}

	@Test
	void joinsASurnameAndAGivenNameColumn() {
		List<SheetRow> rows = List.of(row(2, "STT", "Họ và tên đệm", "Tên", "Giới tính", "Buổi 1"));

		SheetHeader header = HeaderDetector.detect(rows, List.of());

		assertThat(header.columns()).extracting(HeaderColumn::field)
			.containsExactly(Field.INDEX, Field.SURNAME, Field.GIVEN_NAME, Field.GENDER, Field.DAY);
	}

	@Test
	void prefersTheUnionPositionOverTheGovernmentOne() {
		List<SheetRow> rows = List.of(row(1, "Họ và tên", "Chức vụ chính quyền", "Chức vụ công đoàn", "CCCD"));

		SheetHeader header = HeaderDetector.detect(rows, List.of());

		assertThat(header.columns()).extracting(HeaderColumn::field)
			.containsExactly(Field.FULL_NAME, Field.IGNORED, Field.POSITION, Field.CCCD);
	}

	@Test
	void findsAHeaderAsLowAsRowThirtyAndNoneInASheetWithoutOne() {
		List<SheetRow> late = List.of(row(29, "BÁO CÁO"), row(30, "STT", "Họ và tên", "Năm sinh"));
		List<SheetRow> none = List.of(row(1, "Tổng hợp kinh phí"), row(2, "Nội dung", "Số tiền"),
				row(3, "Tài liệu", 1000000));

		assertThat(HeaderDetector.detect(late, List.of()).headerRow()).isEqualTo(30);
		assertThat(HeaderDetector.detect(none, List.of())).isNull();
	}

	@Test
	void mapsDayColumnsByOrdinalDateOrPositionAndNotesWhatDoesNotFit() {
		List<LocalDate> days = List.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 18));
		List<HeaderColumn> byDate = List.of(new HeaderColumn(5, Field.DAY, "", "17/3"),
				new HeaderColumn(6, Field.DAY, "", "16/03/2026"), new HeaderColumn(7, Field.DAY, "", "20/3"));
		List<HeaderColumn> unlabelled = List.of(new HeaderColumn(4, Field.DAY, "", ""),
				new HeaderColumn(5, Field.DAY, "", ""));
		List<HeaderColumn> sessions = List.of(new HeaderColumn(4, Field.DAY, "", "Buổi 1"),
				new HeaderColumn(5, Field.DAY, "", "Buổi 2"), new HeaderColumn(6, Field.DAY, "", "Buổi 3"),
				new HeaderColumn(7, Field.DAY, "", "Buổi 4"), new HeaderColumn(8, Field.DAY, "", "Buổi 5"),
				new HeaderColumn(9, Field.DAY, "", "Buổi 6"));

		DayMapping dates = DayMapping.map(byDate, days);
		DayMapping positions = DayMapping.map(unlabelled, days);
		DayMapping halves = DayMapping.map(sessions, days);

		assertThat(dates.dayOfColumn()).containsOnly(org.assertj.core.api.Assertions.entry(5, 2),
				org.assertj.core.api.Assertions.entry(6, 1));
		assertThat(dates.notes())
			.anySatisfy((note) -> assertThat(note).contains("'20/3'").contains("không phải ngày học"));
		assertThat(positions.dayOfColumn()).containsEntry(4, 1).containsEntry(5, 2).hasSize(2);
		assertThat(positions.notes()).singleElement()
			.satisfies((note) -> assertThat(note).contains("3 ngày học")
				.contains("2 cột điểm danh")
				.contains("16/03/2026 - 18/03/2026"));
		assertThat(halves.dayOfColumn()).containsEntry(4, 1).containsEntry(5, 1).containsEntry(9, 3);
		assertThat(halves.notes()).isEmpty();
	}

}
