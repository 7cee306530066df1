package vn.congdoan.taphuan.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * Maps a sheet's roll-call columns onto the class's days: by ordinal ("Ngày 2", "N2",
 * "Buổi 2"), by date ("16/3", "16/03/2026", a date cell), or by position when unlabelled.
 * When a class's sessions are counted (two "Buổi" columns per day), each pair maps to its
 * day. What cannot be mapped is noted, never guessed.
 *
 * @param dayOfColumn 0-based column → 1-based class day
 * @param notes DAY_COLUMNS_MISMATCH messages, in Vietnamese
 */
record DayMapping(Map<Integer, Integer> dayOfColumn, List<String> notes) {

	DayMapping {
		dayOfColumn = Map.copyOf(dayOfColumn);
		notes = List.copyOf(notes);
	}

	static DayMapping map(List<HeaderColumn> dayColumns, List<LocalDate> classDays) {
		Map<Integer, Integer> mapped = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		int days = classDays.size();
		int year = classDays.get(0).getYear();
		boolean sessions = dayColumns.size() == 2 * days && !dayColumns.isEmpty()
				&& dayColumns.stream().allMatch((column) -> HeaderLabels.isSession(column.dayLabel()));
		if (sessions) {
			for (int i = 0; i < dayColumns.size(); i++) {
				mapped.put(dayColumns.get(i).column(), i / 2 + 1);
			}
			return new DayMapping(mapped, notes);
		}
		boolean[] taken = new boolean[days + 1];
		List<HeaderColumn> unlabelled = new ArrayList<>();
		for (HeaderColumn column : dayColumns) {
			String label = (column.dayLabel() != null) ? column.dayLabel() : "";
			int day = 0;
			LocalDate date = HeaderLabels.date(label, year);
			if (date != null) {
				day = classDays.indexOf(date) + 1;
				if (day == 0) {
					notes.add("Cột điểm danh '" + label + "' (" + Cell.columnLetters(column.column())
							+ ") không phải ngày học của lớp (" + range(classDays) + "): không dùng.");
					continue;
				}
			}
			else if (HeaderLabels.ordinal(label) > 0) {
				day = HeaderLabels.ordinal(label);
				if (day > days) {
					notes.add("Cột điểm danh '" + label + "' (" + Cell.columnLetters(column.column())
							+ ") vượt số ngày học của lớp (" + days + " ngày): không dùng.");
					continue;
				}
			}
			else {
				unlabelled.add(column);
				continue;
			}
			if (taken[day]) {
				notes.add("Hai cột điểm danh cho cùng ngày " + day + "; cột " + Cell.columnLetters(column.column())
						+ " không dùng.");
				continue;
			}
			taken[day] = true;
			mapped.put(column.column(), day);
		}
		int nextDay = 1;
		for (HeaderColumn column : unlabelled) {
			while (nextDay <= days && taken[nextDay]) {
				nextDay++;
			}
			if (nextDay > days) {
				notes.add("Cột điểm danh " + Cell.columnLetters(column.column()) + " thừa so với " + days
						+ " ngày học của lớp: không dùng.");
				continue;
			}
			taken[nextDay] = true;
			mapped.put(column.column(), nextDay);
		}
		if (dayColumns.size() != days) {
			notes.add(0,
					"Lớp có " + days + " ngày học (" + range(classDays) + ") nhưng tệp có " + dayColumns.size()
							+ " cột điểm danh"
							+ ((mapped.size() < days) ? "; ngày không có cột được ghi là không có số liệu." : "."));
		}
		return new DayMapping(mapped, notes);
	}

	private static String range(List<LocalDate> days) {
		return (days.size() == 1) ? VietnameseFormat.date(days.get(0))
				: VietnameseFormat.date(days.get(0)) + " - " + VietnameseFormat.date(days.get(days.size() - 1));
	}

}
