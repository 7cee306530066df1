package vn.congdoan.taphuan.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the table in the first rows of a sheet: the row whose cells name the most known
 * columns (with a name column among them), an optional second header row ("Điểm danh"
 * over day columns, "Năm sinh" over Nam / Nữ), and an optional column-numbering row.
 * Works with or without the sheet's merged ranges: a group header that is not merged is
 * taken to extend right over the empty cells above its sub-columns.
 */
final class HeaderDetector {

	/** The header must start within the first this many rows. */
	static final int SEARCH_ROWS = 30;

	private static final Set<Field> NAME_FIELDS = EnumSet.of(Field.FULL_NAME, Field.SURNAME, Field.GIVEN_NAME);

	private HeaderDetector() {
	}

	/**
	 * @param rows the first rows of the sheet (at least {@link #SEARCH_ROWS} + 2 when the
	 * sheet has them)
	 * @param merges the sheet's merged ranges (may be empty)
	 * @return the header, or {@code null} when no row looks like one
	 */
	static SheetHeader detect(List<SheetRow> rows, List<CellRange> merges) {
		int best = -1;
		int bestScore = 1;
		for (int i = 0; i < rows.size() && rows.get(i).rowNumber() <= SEARCH_ROWS; i++) {
			int score = score(rows.get(i));
			if (score > bestScore) {
				best = i;
				bestScore = score;
			}
		}
		if (best < 0) {
			return null;
		}
		SheetRow top = rows.get(best);
		SheetRow next = (best + 1 < rows.size() && rows.get(best + 1).rowNumber() == top.rowNumber() + 1)
				? rows.get(best + 1) : null;
		Map<Integer, Group> groups = groups(top, next, merges);
		boolean twoRows = next != null && isSubHeader(top, next, groups, merges);
		List<HeaderColumn> columns = columns(top, twoRows ? next : null, groups);
		int firstDataRow = top.rowNumber() + (twoRows ? 2 : 1);
		int after = best + (twoRows ? 2 : 1);
		if (after < rows.size() && rows.get(after).rowNumber() == firstDataRow
				&& HeaderLabels.isColumnNumbering(texts(rows.get(after)))) {
			firstDataRow++;
		}
		List<String> title = new ArrayList<>();
		for (int i = 0; i < best; i++) {
			String line = String.join(" ", texts(rows.get(i)));
			if (!line.isBlank()) {
				title.add(line);
			}
		}
		return new SheetHeader(top.rowNumber(), firstDataRow, columns, title);
	}

	/** Distinct known fields named by a row; zero unless one of them is a name column. */
	private static int score(SheetRow row) {
		Set<Field> fields = EnumSet.noneOf(Field.class);
		boolean dayOrGroup = false;
		for (Cell cell : row.cells()) {
			if (cell.kind() != CellKind.TEXT && cell.kind() != CellKind.DATE) {
				continue;
			}
			Field field = HeaderLabels.field(cell.text());
			if (field != null && field != Field.DAY) {
				fields.add(field);
			}
			else if (field == Field.DAY || HeaderLabels.isAttendanceGroup(cell.text())) {
				dayOrGroup = true;
			}
		}
		if (fields.stream().noneMatch(NAME_FIELDS::contains)) {
			return 0;
		}
		return fields.size() + (dayOrGroup ? 1 : 0);
	}

	/**
	 * Group headers of the top row ("Điểm danh", "Năm sinh") and the columns they span.
	 */
	private static Map<Integer, Group> groups(SheetRow top, SheetRow next, List<CellRange> merges) {
		Map<Integer, Group> groups = new LinkedHashMap<>();
		List<Cell> cells = top.cells();
		for (int i = 0; i < cells.size(); i++) {
			Cell cell = cells.get(i);
			boolean attendance = HeaderLabels.isAttendanceGroup(cell.text());
			boolean birth = HeaderLabels.field(cell.text()) == Field.BIRTH && next != null
					&& hasBirthSubColumns(next, cell.column());
			if (!attendance && !birth) {
				continue;
			}
			int last = cell.column();
			CellRange merged = mergeAt(merges, top.rowNumber(), cell.column());
			if (merged != null && merged.lastColumn() > cell.column() && merged.lastRow() == top.rowNumber()) {
				last = merged.lastColumn();
			}
			else if (next != null) {
				// not merged: spans the following empty top cells that have a label below
				int nextTop = (i + 1 < cells.size()) ? cells.get(i + 1).column() : Integer.MAX_VALUE;
				for (Cell below : next.cells()) {
					if (below.column() > cell.column() && below.column() < nextTop && below.column() == last + 1) {
						last = below.column();
					}
				}
			}
			groups.put(cell.column(),
					new Group(attendance ? Field.DAY : Field.BIRTH, cell.column(), last, cell.text()));
		}
		return groups;
	}

	private static boolean hasBirthSubColumns(SheetRow next, int column) {
		String here = next.text(column);
		String right = next.text(column + 1);
		return (here != null && HeaderLabels.birthSubColumn(here) != null)
				|| (right != null && HeaderLabels.birthSubColumn(right) != null);
	}

	private static boolean isSubHeader(SheetRow top, SheetRow next, Map<Integer, Group> groups,
			List<CellRange> merges) {
		for (Group group : groups.values()) {
			for (int column = group.first(); column <= group.last(); column++) {
				String label = next.text(column);
				if (label != null && (group.field() == Field.DAY || HeaderLabels.birthSubColumn(label) != null)) {
					return true;
				}
			}
		}
		int labelled = 0;
		for (Cell cell : next.cells()) {
			if (HeaderLabels.isDayLabel(cell.text()) || cell.kind() == CellKind.DATE) {
				labelled++;
			}
		}
		if (labelled >= 1 && next.cells().size() <= labelled + 2) {
			return true;
		}
		for (Cell cell : top.cells()) {
			CellRange merged = mergeAt(merges, top.rowNumber(), cell.column());
			if (merged != null && merged.lastRow() > top.rowNumber()) {
				return true;
			}
		}
		return false;
	}

	private static List<HeaderColumn> columns(SheetRow top, SheetRow sub, Map<Integer, Group> groups) {
		Set<Integer> all = new TreeSet<>();
		top.cells().forEach((cell) -> all.add(cell.column()));
		if (sub != null) {
			sub.cells().forEach((cell) -> all.add(cell.column()));
		}
		List<HeaderColumn> columns = new ArrayList<>();
		Set<Field> seen = EnumSet.noneOf(Field.class);
		for (int column : all) {
			String topLabel = top.text(column);
			String subLabel = (sub != null) ? sub.text(column) : null;
			Group group = groupOf(groups, column);
			HeaderColumn header;
			if (group != null && group.field() == Field.DAY) {
				header = new HeaderColumn(column, Field.DAY, join(group.label(), subLabel),
						(subLabel != null) ? subLabel
								: (column == group.first() && topLabel != null && HeaderLabels.isDayLabel(topLabel))
										? topLabel : "");
			}
			else if (group != null && subLabel != null && HeaderLabels.birthSubColumn(subLabel) != null) {
				header = new HeaderColumn(column, HeaderLabels.birthSubColumn(subLabel), join(group.label(), subLabel),
						null);
			}
			else {
				String label = (topLabel != null) ? topLabel : subLabel;
				Field field = (label != null) ? HeaderLabels.field(label) : null;
				if (field == null && label != null && HeaderLabels.birthSubColumn(label) != null) {
					field = HeaderLabels.birthSubColumn(label);
				}
				if (field == Field.POSITION && HeaderLabels.normalise(label).contains("chinh quyen")) {
					field = null;
				}
				if (field != null && field != Field.DAY && field != Field.BIRTH_MALE && field != Field.BIRTH_FEMALE
						&& !seen.add(field)) {
					field = null;
				}
				header = new HeaderColumn(column, (field != null) ? field : Field.IGNORED, join(topLabel, subLabel),
						(field == Field.DAY) ? label : null);
			}
			columns.add(header);
		}
		return splitNames(columns);
	}

	/** "Họ" + "Tên" is a split name; a lone "Tên" or "Họ" column holds the full name. */
	private static List<HeaderColumn> splitNames(List<HeaderColumn> columns) {
		boolean surname = columns.stream().anyMatch((column) -> column.field() == Field.SURNAME);
		boolean given = columns.stream().anyMatch((column) -> column.field() == Field.GIVEN_NAME);
		boolean full = columns.stream().anyMatch((column) -> column.field() == Field.FULL_NAME);
		if (surname && given && !full) {
			return columns;
		}
		List<HeaderColumn> result = new ArrayList<>();
		for (HeaderColumn column : columns) {
			boolean part = column.field() == Field.SURNAME || column.field() == Field.GIVEN_NAME;
			if (part && !full && !(surname && given)) {
				result.add(new HeaderColumn(column.column(), Field.FULL_NAME, column.label(), null));
				full = true;
			}
			else if (part) {
				result.add(new HeaderColumn(column.column(), Field.IGNORED, column.label(), null));
			}
			else {
				result.add(column);
			}
		}
		return result;
	}

	private static Group groupOf(Map<Integer, Group> groups, int column) {
		for (Group group : groups.values()) {
			if (column >= group.first() && column <= group.last()) {
				return group;
			}
		}
		return null;
	}

	private static CellRange mergeAt(List<CellRange> merges, int row, int column) {
		for (CellRange range : merges) {
			if (range.contains(row, column)) {
				return range;
			}
		}
		return null;
	}

	private static String join(String top, String sub) {
		if (top == null) {
			return (sub != null) ? sub : "";
		}
		return (sub == null) ? top : top + " / " + sub;
	}

	private static List<String> texts(SheetRow row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row.cells()) {
			if (!cell.isBlank()) {
				texts.add(cell.text().strip());
			}
		}
		return texts;
	}

	private record Group(Field field, int first, int last, String label) {
	}

}
