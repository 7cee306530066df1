package vn.congdoan.taphuan.national;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.national.FormGrid.GridCell;
import vn.congdoan.taphuan.national.FormVocabulary.Meaning;
import vn.congdoan.taphuan.national.FormVocabulary.Role;

/**
 * Finds the form's table on a sheet, in any of the three ways provinces lay it out:
 * <ul>
 * <li>{@link Layout#ROWS}: taphuan's form and most hand-made copies, a row per programme
 * type and a column per figure, under a header of one to several levels (merged group
 * labels, "Trong đó" sub-columns, a unit row, a numbering row);</li>
 * <li>{@link Layout#COLUMNS}: the same turned round, a row per figure and a column per
 * programme type (found by reading the sheet transposed);</li>
 * <li>{@link Layout#LIST}: one figure per row, as in the union's Mẫu 2-HĐCĐ ("TT | Nội
 * dung | Đơn vị tính | Số lượng | Ghi chú"), the programme type given by a heading row
 * above the figures or in the label itself ("Số lớp bồi dưỡng cán bộ CĐCS").</li>
 * </ul>
 * Every candidate is read and the one that finds the most figures wins. Columns and rows
 * are recognised by their words ({@link FormVocabulary}), not their position, so a form
 * retyped with columns left out or in another order still reads.
 */
final class FormLayouts {

	/** Header rows looked at above the first data row. */
	private static final int HEADER_ROWS = 6;

	private FormLayouts() {
	}

	/** How the table is laid out. */
	enum Layout {

		ROWS, COLUMNS, LIST

	}

	/** The best reading of a sheet, or {@code null} when it holds no form table. */
	static FormTable read(FormGrid grid) {
		FormTable best = null;
		for (FormTable candidate : new FormTable[] { rows(grid, Layout.ROWS), rows(grid.transposed(), Layout.COLUMNS),
				list(grid) }) {
			if (candidate != null && (best == null || candidate.score() > best.score())) {
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * A table with a row per programme type: the label column is the one naming the most
	 * row kinds; the first data row is the first labelled row with a header above it that
	 * names at least two figure columns, among them (8).
	 */
	static FormTable rows(FormGrid grid, Layout layout) {
		for (int labelColumn : labelColumns(grid)) {
			for (int first = 0; first < grid.rows(); first++) {
				if (FormVocabulary.row(grid.folded(first, labelColumn)) == null) {
					continue;
				}
				Header header = header(grid, first, labelColumn);
				if (header == null) {
					continue;
				}
				return table(grid, layout, labelColumn, first, header);
			}
		}
		return null;
	}

	/**
	 * The columns that name row kinds, the one naming the most first (leftmost first
	 * among equals): the label column is the first of them with a header above.
	 */
	private static List<Integer> labelColumns(FormGrid grid) {
		Map<Integer, Integer> kindsByColumn = new LinkedHashMap<>();
		for (int c = 0; c < grid.columns(); c++) {
			java.util.Set<FormRow> kinds = java.util.EnumSet.noneOf(FormRow.class);
			for (int r = 0; r < grid.rows(); r++) {
				FormRow row = FormVocabulary.row(grid.folded(r, c));
				if (row != null) {
					kinds.add(row);
				}
			}
			if (!kinds.isEmpty()) {
				kindsByColumn.put(c, kinds.size());
			}
		}
		List<Integer> columns = new ArrayList<>(kindsByColumn.keySet());
		columns.sort(java.util.Comparator.comparingInt((Integer c) -> -kindsByColumn.get(c)));
		return columns;
	}

	/**
	 * The header above a first data row: up to {@value #HEADER_ROWS} rows without a row
	 * label, the numbering and unit rows set apart, each column's levels joined; or
	 * {@code null} when it does not name (8) and one more figure column.
	 */
	private static Header header(FormGrid grid, int first, int labelColumn) {
		List<Integer> rows = new ArrayList<>();
		for (int r = first - 1; r >= 0 && rows.size() < HEADER_ROWS; r--) {
			if (grid.isBlankRow(r)) {
				if (rows.isEmpty()) {
					continue;
				}
				break;
			}
			GridCell label = grid.at(r, labelColumn);
			if (label != null && !label.mergedCopy() && FormVocabulary.row(grid.folded(r, labelColumn)) != null) {
				break;
			}
			if (isBanner(grid, r)) {
				// a title or note merged across the sheet ends the header above
				break;
			}
			rows.add(0, r);
		}
		if (rows.isEmpty()) {
			return null;
		}
		List<Integer> labelRows = new ArrayList<>();
		Integer unitRow = null;
		for (int r : rows) {
			if (isNumberingRow(grid, r)) {
				continue;
			}
			if (isUnitRow(grid, r)) {
				unitRow = r;
				continue;
			}
			labelRows.add(r);
		}
		Map<Integer, String> labels = new LinkedHashMap<>();
		for (int c = 0; c < grid.columns(); c++) {
			if (c == labelColumn) {
				continue;
			}
			StringBuilder label = new StringBuilder();
			String previous = null;
			for (int r : labelRows) {
				String words = grid.folded(r, c);
				if (!words.isEmpty() && !words.equals(previous)) {
					label.append(label.isEmpty() ? "" : " ").append(words);
				}
				previous = words;
			}
			if (!label.isEmpty()) {
				labels.put(c, label.toString());
			}
		}
		Map<FormColumn, Integer> columns = new EnumMap<>(FormColumn.class);
		Map<FormColumn, Long> scales = new EnumMap<>(FormColumn.class);
		List<Integer> notesColumns = new ArrayList<>();
		List<HeaderCell> ignored = new ArrayList<>();
		List<HeaderCell> personal = new ArrayList<>();
		for (Map.Entry<Integer, String> label : labels.entrySet()) {
			int c = label.getKey();
			Meaning meaning = FormVocabulary.column(label.getValue());
			GridCell place = headerCell(grid, labelRows, c);
			if (meaning == null) {
				if (hasFigures(grid, first, c)) {
					ignored.add(new HeaderCell(place, label.getValue()));
				}
				continue;
			}
			switch (meaning.role()) {
				case FIGURE -> {
					Integer taken = columns.get(meaning.column());
					if (taken != null && (hasFigures(grid, first, taken) || !hasFigures(grid, first, c))) {
						if (hasFigures(grid, first, c)) {
							ignored.add(new HeaderCell(place, label.getValue()));
						}
					}
					else {
						columns.put(meaning.column(), c);
						String unit = (unitRow != null) ? grid.folded(unitRow, c) : "";
						scales.put(meaning.column(), FormVocabulary.moneyScale(label.getValue() + " " + unit));
					}
				}
				case NOTES -> notesColumns.add(c);
				case PERSONAL -> personal.add(new HeaderCell(place, label.getValue()));
				default -> {
				}
			}
		}
		if (!columns.containsKey(FormColumn.ATTENDED) || columns.size() < 2) {
			return null;
		}
		return new Header(rows.get(0), columns, scales, ignored, personal);
	}

	private static FormTable table(FormGrid grid, Layout layout, int labelColumn, int first, Header header) {
		Map<FormRow, Map<FormColumn, GridCell>> cells = new EnumMap<>(FormRow.class);
		Map<FormRow, GridCell> labels = new EnumMap<>(FormRow.class);
		List<GridCell> ignoredRows = new ArrayList<>();
		int blanks = 0;
		for (int r = first; r < grid.rows(); r++) {
			String words = grid.folded(r, labelColumn);
			if (grid.isBlankRow(r)) {
				if (++blanks > 3) {
					break;
				}
				continue;
			}
			blanks = 0;
			if (FormVocabulary.endsTable(words)) {
				break;
			}
			FormRow row = FormVocabulary.row(words);
			Map<FormColumn, GridCell> figures = new EnumMap<>(FormColumn.class);
			for (Map.Entry<FormColumn, Integer> column : header.columns().entrySet()) {
				GridCell cell = grid.at(r, column.getValue());
				if (cell != null && !cell.mergedCopy()) {
					figures.put(column.getKey(), cell);
				}
			}
			if (row == null || cells.containsKey(row)) {
				if (!figures.isEmpty()) {
					GridCell label = grid.at(r, labelColumn);
					ignoredRows.add((label != null) ? label : figures.values().iterator().next());
				}
				continue;
			}
			cells.put(row, figures);
			GridCell label = grid.at(r, labelColumn);
			labels.put(row, label);
		}
		if (cells.isEmpty()) {
			return null;
		}
		// the title block is what lies above the table: above the header (rows), above
		// the
		// row of programme types (columns)
		int titleEnd = (layout == Layout.ROWS) ? header.topRow() + 1
				: labels.values().stream().mapToInt(GridCell::sheetRow).min().orElse(1);
		return new FormTable(layout, grid.sheet(), titleEnd, cells, labels, header.scales(), header.columns().keySet(),
				header.ignored(), ignoredRows, header.personal());
	}

	/**
	 * A list with one figure per row: a header row naming "Nội dung" and "Số lượng" (or
	 * "Kết quả", "Thực hiện"); heading rows without a figure set the programme type for
	 * the rows below them.
	 */
	static FormTable list(FormGrid grid) {
		for (int h = 0; h < grid.rows(); h++) {
			int labelColumn = -1;
			int valueColumn = -1;
			int unitColumn = -1;
			for (int c = 0; c < grid.columns(); c++) {
				String words = grid.folded(h, c);
				if (labelColumn < 0 && FormVocabulary.containsAny(" " + words + " ", " noi dung ", " chi tieu ")) {
					labelColumn = c;
				}
				else if (valueColumn < 0 && FormVocabulary.containsAny(" " + words + " ", " so luong ", " ket qua ",
						" thuc hien ", " so lieu ")) {
					valueColumn = c;
				}
				else if (unitColumn < 0 && FormVocabulary.containsAny(" " + words + " ", " don vi tinh ", " dvt ")) {
					unitColumn = c;
				}
			}
			if (labelColumn >= 0 && valueColumn > labelColumn) {
				FormTable table = listBelow(grid, h, labelColumn, valueColumn, unitColumn);
				if (table != null) {
					return table;
				}
			}
		}
		return null;
	}

	private static FormTable listBelow(FormGrid grid, int headerRow, int labelColumn, int valueColumn, int unitColumn) {
		Map<FormRow, Map<FormColumn, GridCell>> cells = new EnumMap<>(FormRow.class);
		Map<FormRow, GridCell> labels = new EnumMap<>(FormRow.class);
		Map<FormColumn, Long> scales = new EnumMap<>(FormColumn.class);
		java.util.Set<FormColumn> seen = java.util.EnumSet.noneOf(FormColumn.class);
		List<GridCell> ignoredRows = new ArrayList<>();
		List<HeaderCell> personal = new ArrayList<>();
		FormRow context = null;
		int blanks = 0;
		for (int r = headerRow + 1; r < grid.rows(); r++) {
			if (grid.isBlankRow(r)) {
				if (++blanks > 3) {
					break;
				}
				continue;
			}
			blanks = 0;
			String words = grid.folded(r, labelColumn);
			if (FormVocabulary.endsTable(words)) {
				break;
			}
			if (FormVocabulary.isPersonalHeader(words)) {
				personal.add(new HeaderCell(grid.at(r, labelColumn), words));
			}
			GridCell value = grid.at(r, valueColumn);
			if (value != null && value.mergedCopy()) {
				value = null;
			}
			FormRow named = FormVocabulary.row(words);
			boolean ofWhom = words.startsWith("trong do") || words.startsWith("trong so");
			if (value == null) {
				if (named != null && !ofWhom) {
					context = named;
				}
				continue;
			}
			FormRow row;
			Meaning meaning;
			if (ofWhom) {
				row = context;
				meaning = FormVocabulary.column(words);
			}
			else if (named != null) {
				meaning = FormVocabulary.column(FormVocabulary.withoutRowWords(words));
				row = named;
				if (meaning == null || meaning.role() != Role.FIGURE) {
					// "Cán bộ công đoàn cơ sở: 450" names the row and counts its
					// trainee-turns
					meaning = Meaning.figure(FormColumn.ATTENDED);
				}
			}
			else {
				row = context;
				meaning = FormVocabulary.column(words);
			}
			if (row == null || meaning == null || meaning.role() != Role.FIGURE
					|| cells.getOrDefault(row, Map.of()).containsKey(meaning.column())) {
				ignoredRows.add((grid.at(r, labelColumn) != null) ? grid.at(r, labelColumn) : value);
				continue;
			}
			cells.computeIfAbsent(row, (key) -> new EnumMap<>(FormColumn.class)).put(meaning.column(), value);
			labels.putIfAbsent(row, grid.at(r, labelColumn));
			seen.add(meaning.column());
			String unit = (unitColumn >= 0) ? grid.folded(r, unitColumn) : "";
			long scale = FormVocabulary.moneyScale(words + " " + unit);
			if (meaning.column().isMoney()) {
				scales.merge(meaning.column(), scale, Math::max);
			}
		}
		if (!seen.contains(FormColumn.ATTENDED) || seen.size() < 2) {
			return null;
		}
		GridCell header = grid.at(headerRow, labelColumn);
		return new FormTable(Layout.LIST, grid.sheet(), header.sheetRow(), cells, labels, scales, seen, List.of(),
				ignoredRows, personal);
	}

	/**
	 * A row that is one text merged across several columns, or one long text (a title, a
	 * note), not a header row.
	 */
	private static boolean isBanner(FormGrid grid, int row) {
		int anchors = 0;
		int cells = 0;
		int length = 0;
		for (int c = 0; c < grid.columns(); c++) {
			GridCell cell = grid.at(row, c);
			if (cell == null) {
				continue;
			}
			cells++;
			if (!cell.mergedCopy()) {
				anchors++;
				length = cell.text().strip().length();
			}
		}
		// a header row has several labels; a lone long text is a title typed in one cell
		return anchors == 1 && (cells >= 3 || length > 30);
	}

	private static boolean isNumberingRow(FormGrid grid, int row) {
		int cells = 0;
		int numbers = 0;
		for (int c = 0; c < grid.columns(); c++) {
			GridCell cell = grid.at(row, c);
			if (cell == null || cell.mergedCopy()) {
				continue;
			}
			cells++;
			if (FormVocabulary.isNumbering(cell.text())) {
				numbers++;
			}
		}
		return cells >= 3 && numbers * 10 >= cells * 6;
	}

	private static boolean isUnitRow(FormGrid grid, int row) {
		int cells = 0;
		for (int c = 0; c < grid.columns(); c++) {
			String words = grid.folded(row, c);
			if (words.isEmpty()) {
				continue;
			}
			if (!FormVocabulary.isUnit(words)) {
				return false;
			}
			cells++;
		}
		return cells >= 2;
	}

	private static boolean hasFigures(FormGrid grid, int first, int column) {
		for (int r = first; r < Math.min(grid.rows(), first + 10); r++) {
			GridCell cell = grid.at(r, column);
			if (cell != null && !cell.mergedCopy() && !cell.text().isBlank()) {
				return true;
			}
		}
		return false;
	}

	/** The lowest non-empty header cell of a column: where its label is written. */
	private static GridCell headerCell(FormGrid grid, List<Integer> rows, int column) {
		for (int i = rows.size() - 1; i >= 0; i--) {
			GridCell cell = grid.at(rows.get(i), column);
			if (cell != null) {
				return cell;
			}
		}
		return null;
	}

	/** A header cell and its words. */
	record HeaderCell(GridCell cell, String words) {
	}

	private record Header(int topRow, Map<FormColumn, Integer> columns, Map<FormColumn, Long> scales,
			List<HeaderCell> ignored, List<HeaderCell> personal) {
	}

}
