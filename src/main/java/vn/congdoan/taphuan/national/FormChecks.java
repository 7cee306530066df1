package vn.congdoan.taphuan.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.intake.CellKind;
import vn.congdoan.taphuan.national.FormGrid.GridCell;

/**
 * Reads a form table's cells as numbers and checks the form's arithmetic, as its header
 * states it: every figure a whole number of at least 0 (money in whole đồng, after "triệu
 * đồng" is converted); (4) = (5) + (6); TỔNG SỐ = I + II + III and III = 1 + 2 in every
 * column; (9) to (14) not above (8) and (16) not above (15). A sum left blank (a formula
 * a tool did not calculate, or a total row a province left out) is computed and noted; a
 * sum that is there and does not add up refuses the form, naming its cell. Some figures
 * that are possible but worth a look are warnings: settled above the estimate of the
 * settled classes, positions adding up to more than the trainees, classes without
 * trainees.
 */
final class FormChecks {

	private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

	private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");

	private static final Pattern SPACED_THOUSANDS = Pattern.compile("\\d{1,3}( \\d{3})+");

	private FormChecks() {
	}

	/**
	 * The form's figures (sum rows completed) and every problem found; the form is usable
	 * when no problem is an ERROR.
	 */
	static Checked check(FormTable table) {
		List<NationalIssue> issues = new ArrayList<>();
		Map<FormRow, Map<FormColumn, Value>> values = new EnumMap<>(FormRow.class);
		for (FormRow row : FormRow.values()) {
			values.put(row, new EnumMap<>(FormColumn.class));
		}
		for (FormColumn column : FormColumn.values()) {
			long scale = table.scales().getOrDefault(column, 1L);
			if (scale != 1 && column.isMoney()) {
				issues.add(NationalIssue.at(table.sheet(), null, null, NationalIssueCode.MONEY_UNIT_CONVERTED,
						"Cột " + column.title() + " ghi theo " + ((scale == 1_000_000) ? "triệu đồng" : "nghìn đồng")
								+ ": đã nhân với " + VietnameseFormat.number(scale) + " để quy ra đồng.",
						null));
			}
		}
		// in form order, so that the same file always reports its problems in the same
		// order
		for (FormRow row : FormRow.values()) {
			Map<FormColumn, GridCell> cells = table.cells().getOrDefault(row, Map.of());
			for (FormColumn column : FormColumn.values()) {
				GridCell cell = cells.get(column);
				Value value = (cell != null) ? parse(table, row, column, cell, issues) : null;
				if (value != null) {
					values.get(row).put(column, value);
				}
			}
		}
		if (hasErrors(issues)) {
			return new Checked(null, issues);
		}
		for (FormRow row : FormRow.leaves()) {
			checkSplit(table, row, values.get(row), issues);
		}
		sumRow(table, FormRow.SKILLS, values, issues);
		sumRow(table, FormRow.TOTAL, values, issues);
		checkSplit(table, FormRow.SKILLS, values.get(FormRow.SKILLS), issues);
		checkSplit(table, FormRow.TOTAL, values.get(FormRow.TOTAL), issues);
		for (FormRow row : FormRow.values()) {
			checkParts(table, row, values.get(row), issues);
		}
		boolean any = values.values().stream().anyMatch((row) -> !row.isEmpty());
		if (!any) {
			issues.add(NationalIssue.at(table.sheet(), null, null, NationalIssueCode.NO_FIGURES,
					"Biểu chưa có số liệu nào: điền số liệu vào các dòng I, II, 1, 2 rồi gửi lại.", null));
		}
		if (hasErrors(issues)) {
			return new Checked(null, issues);
		}
		warnings(table, values, issues);
		Map<FormRow, RowFigures> figures = new EnumMap<>(FormRow.class);
		values.forEach((row, columns) -> {
			Map<FormColumn, Long> plain = new EnumMap<>(FormColumn.class);
			columns.forEach((column, value) -> plain.put(column, value.value()));
			figures.put(row, new RowFigures(row, plain, null));
		});
		return new Checked(figures, issues);
	}

	/**
	 * A cell as a whole number: a number cell, or text as Vietnamese write numbers
	 * ("1.234.567", "1 234 567", "12,5" triệu); "-", "x" and blank are no figure.
	 */
	private static Value parse(FormTable table, FormRow row, FormColumn column, GridCell cell,
			List<NationalIssue> issues) {
		String raw = cell.text().strip();
		BigDecimal number;
		if (cell.cell().kind() == CellKind.NUMBER) {
			number = BigDecimal.valueOf(cell.cell().number());
		}
		else if (cell.cell().kind() == CellKind.TEXT) {
			if (raw.isEmpty() || raw.equals("-") || raw.equals("–") || raw.equals("—") || raw.equalsIgnoreCase("x")) {
				return null;
			}
			number = parseText(raw);
		}
		else {
			number = null;
		}
		if (number == null) {
			issues.add(
					at(table, cell, NationalIssueCode.NOT_A_NUMBER,
							"Ô " + cell.reference() + " (" + column.title() + ", dòng " + row.title() + ") ghi \"" + raw
									+ "\", không phải là số. Ghi số (ví dụ 1.250), để trống nếu không có số liệu.",
							raw));
			return null;
		}
		long scale = column.isMoney() ? table.scales().getOrDefault(column, 1L) : 1L;
		BigDecimal scaled = number.multiply(BigDecimal.valueOf(scale));
		if (scaled.signum() < 0) {
			issues.add(at(table, cell, NationalIssueCode.NEGATIVE_VALUE, "Ô " + cell.reference() + " (" + column.title()
					+ ", dòng " + row.title() + ") là số âm (" + raw + "). Số liệu không thể âm.", raw));
			return null;
		}
		BigDecimal whole = scaled.setScale(0, RoundingMode.HALF_UP);
		if (!column.isMoney() && scaled.compareTo(whole) != 0) {
			issues.add(at(table, cell, NationalIssueCode.NOT_A_NUMBER, "Ô " + cell.reference() + " (" + column.title()
					+ ", dòng " + row.title() + ") có phần lẻ (" + raw + "): số lớp, số lượt, số người là số nguyên.",
					raw));
			return null;
		}
		return new Value(whole.longValueExact(), cell, false);
	}

	static BigDecimal parseText(String raw) {
		String text = raw.replace('\u00A0', ' ').replaceAll("(?i)\\s*(đồng|đ|vnđ|vnd|người|lượt|lớp)\\.?$", "").strip();
		String digits;
		if (DOTTED_THOUSANDS.matcher(text).matches()) {
			digits = text.replace(".", "");
		}
		else if (COMMA_THOUSANDS.matcher(text).matches()) {
			digits = text.replace(",", "");
		}
		else if (SPACED_THOUSANDS.matcher(text).matches()) {
			digits = text.replace(" ", "");
		}
		else {
			digits = text.replace(',', '.');
		}
		try {
			return new BigDecimal(digits);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * (4) = (5) + (6). A blank cell of a column the form has counts as 0, as Excel's SUM
	 * counts it (and is set to 0 when (4) confirms it); (4) left blank is computed; a
	 * part whose column the form does not have is (4) less the others.
	 */
	private static void checkSplit(FormTable table, FormRow row, Map<FormColumn, Value> values,
			List<NationalIssue> issues) {
		for (FormColumn column : FormColumn.values()) {
			if (column.sumOf().isEmpty()) {
				continue;
			}
			List<FormColumn> given = column.sumOf().stream().filter(values::containsKey).toList();
			if (given.isEmpty()) {
				continue;
			}
			long sum = given.stream().mapToLong((part) -> values.get(part).value()).sum();
			List<FormColumn> absent = column.sumOf()
				.stream()
				.filter((part) -> !table.columns().contains(part))
				.toList();
			Value whole = values.get(column);
			if (!row.isLeaf() && (whole == null || whole.computed()
					|| given.stream().anyMatch((part) -> values.get(part).computed()))) {
				// a sum row's split is checked only as typed: summed from rows that give
				// (4)
				// without its split, it need not add up
				continue;
			}
			if (whole == null) {
				if (absent.isEmpty()) {
					values.put(column, new Value(sum, null, true));
					issues.add(
							at(table, rowPlace(table, row), NationalIssueCode.VALUE_COMPUTED,
									"Dòng " + row.title() + ": cột " + column.title() + " để trống, đã tính bằng "
											+ sumText(column.sumOf()) + " = " + VietnameseFormat.number(sum) + ".",
									null));
				}
				continue;
			}
			if (absent.isEmpty()) {
				if (whole.value() != sum) {
					issues.add(at(table, whole.cell(), NationalIssueCode.ARITHMETIC_MISMATCH,
							"Dòng " + row.title() + ": cột " + column.title() + " ghi "
									+ VietnameseFormat.number(whole.value()) + " nhưng " + sumText(column.sumOf())
									+ " = " + partsText(column.sumOf(), values) + " = " + VietnameseFormat.number(sum)
									+ ". Sửa cho " + column.numbering() + " rồi gửi lại.",
							text(whole)));
					continue;
				}
				column.sumOf().forEach((part) -> values.putIfAbsent(part, new Value(0, null, true)));
			}
			else if (sum > whole.value()) {
				FormColumn part = given.get(0);
				issues.add(at(table, values.get(part).cell(), NationalIssueCode.PART_EXCEEDS_WHOLE,
						"Dòng " + row.title() + ": cột " + part.title() + " = "
								+ VietnameseFormat.number(values.get(part).value()) + " lớn hơn cột " + column.title()
								+ " = " + VietnameseFormat.number(whole.value()) + ".",
						text(values.get(part))));
			}
			else if (absent.size() == 1) {
				values.put(absent.get(0), new Value(whole.value() - sum, null, true));
			}
		}
	}

	/**
	 * A sum row: column by column, the sum of its rows' figures; a figure there that
	 * differs refuses the form, a blank is filled in.
	 */
	private static void sumRow(FormTable table, FormRow row, Map<FormRow, Map<FormColumn, Value>> values,
			List<NationalIssue> issues) {
		List<String> computed = new ArrayList<>();
		for (FormColumn column : FormColumn.values()) {
			List<Value> parts = row.sumOf()
				.stream()
				.map((part) -> values.get(part).get(column))
				.filter((v) -> v != null)
				.toList();
			if (parts.isEmpty()) {
				continue;
			}
			long sum = parts.stream().mapToLong(Value::value).sum();
			Value given = values.get(row).get(column);
			if (given == null) {
				values.get(row).put(column, new Value(sum, null, true));
				computed.add(column.numbering().replaceAll(" .*", ""));
			}
			else if (given.value() != sum) {
				String ignored = table.ignoredRows().isEmpty() ? ""
						: " (Dòng " + table.ignoredRows().get(0).reference().replaceAll("^[A-Z]+", "")
								+ " không thuộc loại chương trình nào của biểu nên không được cộng.)";
				issues.add(at(table, given.cell(), NationalIssueCode.TOTAL_MISMATCH,
						"Cột " + column.title() + ": dòng " + row.title() + " ghi "
								+ VietnameseFormat.number(given.value()) + " nhưng " + rowsText(row) + " = "
								+ rowPartsText(row, column, values) + " = " + VietnameseFormat.number(sum) + "."
								+ ignored + " Sửa số liệu cho khớp rồi gửi lại.",
						text(given)));
			}
		}
		if (!computed.isEmpty() && table.cells().containsKey(row) && hasGivenParts(row, values)) {
			issues.add(at(table, rowPlace(table, row), NationalIssueCode.VALUE_COMPUTED, "Dòng " + row.title()
					+ " để trống ở cột " + String.join(", ", computed) + ": đã tính bằng " + rowsText(row) + ".",
					null));
		}
		else if (!computed.isEmpty() && !table.cells().containsKey(row) && row == FormRow.TOTAL) {
			issues.add(NationalIssue.at(table.sheet(), null, null, NationalIssueCode.VALUE_COMPUTED,
					"Biểu không có dòng TỔNG SỐ: taphuan đã cộng các dòng.", null));
		}
	}

	private static boolean hasGivenParts(FormRow row, Map<FormRow, Map<FormColumn, Value>> values) {
		return row.sumOf()
			.stream()
			.anyMatch((part) -> values.get(part).values().stream().anyMatch((v) -> !v.computed())
					|| !part.sumOf().isEmpty());
	}

	/** (9)-(14) ≤ (8), (16) ≤ (15): a part above its whole refuses the form. */
	private static void checkParts(FormTable table, FormRow row, Map<FormColumn, Value> values,
			List<NationalIssue> issues) {
		for (FormColumn column : FormColumn.values()) {
			FormColumn whole = column.atMost();
			if (whole == null || !whole.sumOf().isEmpty()) {
				continue;
			}
			Value part = values.get(column);
			Value limit = values.get(whole);
			if (part == null || limit == null || part.value() <= limit.value()) {
				continue;
			}
			if (part.computed() && limit.computed()) {
				continue;
			}
			issues.add(at(table, (part.cell() != null) ? part.cell() : rowPlace(table, row),
					NationalIssueCode.PART_EXCEEDS_WHOLE,
					"Dòng " + row.title() + ": cột " + column.title() + " = " + VietnameseFormat.number(part.value())
							+ " lớn hơn cột " + whole.title() + " = " + VietnameseFormat.number(limit.value())
							+ ". Số \"trong đó\" không thể lớn hơn tổng: kiểm tra lại hai ô này.",
					text(part)));
		}
	}

	private static void warnings(FormTable table, Map<FormRow, Map<FormColumn, Value>> values,
			List<NationalIssue> issues) {
		List<FormRow> rows = new ArrayList<>();
		for (FormRow row : FormRow.leaves()) {
			if (values.get(row).values().stream().anyMatch((v) -> !v.computed())) {
				rows.add(row);
			}
		}
		if (rows.isEmpty()) {
			rows.add(FormRow.TOTAL);
		}
		for (FormRow row : rows) {
			Map<FormColumn, Value> v = values.get(row);
			Value settled = v.get(FormColumn.SETTLED);
			Value estimate = v.get(FormColumn.ESTIMATE_SETTLED);
			if (settled != null && settled.value() > 0) {
				if (estimate == null) {
					issues
						.add(at(table, cellOrRow(table, row, settled), NationalIssueCode.SETTLED_WITHOUT_ESTIMATE,
								"Dòng " + row.title() + ": có quyết toán " + VietnameseFormat.vnd(settled.value())
										+ " nhưng cột (16) (dự toán của các lớp đã quyết toán) để trống.",
								text(settled)));
				}
				else if (settled.value() > estimate.value()) {
					issues.add(at(table, cellOrRow(table, row, settled), NationalIssueCode.SETTLED_ABOVE_ESTIMATE,
							"Dòng " + row.title() + ": quyết toán " + VietnameseFormat.vnd(settled.value())
									+ " vượt dự toán của các lớp đã quyết toán "
									+ VietnameseFormat.vnd(estimate.value()) + " ("
									+ percent(settled.value(), estimate.value()) + ").",
							text(settled)));
				}
			}
			Value attended = v.get(FormColumn.ATTENDED);
			Value chairs = v.get(FormColumn.CHAIRS);
			Value fullTime = v.get(FormColumn.FULL_TIME);
			if (attended != null && chairs != null && fullTime != null
					&& chairs.value() + fullTime.value() > attended.value()) {
				issues
					.add(at(table, cellOrRow(table, row, fullTime), NationalIssueCode.POSITIONS_ABOVE_ATTENDED, "Dòng "
							+ row.title() + ": (10) + (11) = "
							+ VietnameseFormat.number(chairs.value() + fullTime.value()) + " lớn hơn (8) = "
							+ VietnameseFormat.number(attended.value())
							+ ": một người có thể vừa là chủ tịch CĐCS vừa là cán bộ chuyên trách; nếu không, kiểm tra lại.",
							text(fullTime)));
			}
			if (!row.hasClasses()) {
				continue;
			}
			Value held = v.get(FormColumn.CLASSES_HELD);
			if (held != null && held.value() > 0 && (attended == null || attended.value() == 0)) {
				issues.add(at(table, cellOrRow(table, row, held), NationalIssueCode.CLASSES_WITHOUT_TRAINEES, "Dòng "
						+ row.title() + ": " + held.value() + " lớp đã tổ chức nhưng không có lượt học viên (8).",
						text(held)));
			}
			if (attended != null && attended.value() > 0 && held != null && held.value() == 0) {
				issues.add(at(table, cellOrRow(table, row, attended), NationalIssueCode.TRAINEES_WITHOUT_CLASSES,
						"Dòng " + row.title() + ": " + VietnameseFormat.number(attended.value())
								+ " lượt học viên nhưng số lớp đã tổ chức (4) bằng 0.",
						text(attended)));
			}
		}
	}

	private static GridCell cellOrRow(FormTable table, FormRow row, Value value) {
		return (value.cell() != null) ? value.cell() : rowPlace(table, row);
	}

	private static GridCell rowPlace(FormTable table, FormRow row) {
		return table.labels().get(row);
	}

	private static NationalIssue at(FormTable table, GridCell cell, NationalIssueCode code, String message,
			String value) {
		if (cell == null) {
			return NationalIssue.at(table.sheet(), null, null, code, message, value);
		}
		return NationalIssue.at(table.sheet(), cell.sheetRow(), cell.columnLetters(), code, message, value);
	}

	private static String text(Value value) {
		return (value.cell() != null) ? value.cell().text() : Long.toString(value.value());
	}

	private static String sumText(List<FormColumn> parts) {
		return String.join(" + ", parts.stream().map((part) -> "(" + part.number() + ")").toList());
	}

	private static String partsText(List<FormColumn> parts, Map<FormColumn, Value> values) {
		return String.join(" + ",
				parts.stream()
					.map((part) -> (values.get(part) != null) ? VietnameseFormat.number(values.get(part).value()) : "0")
					.toList());
	}

	private static String rowsText(FormRow row) {
		return String.join(" + ", row.sumOf().stream().map((part) -> part.number()).toList());
	}

	private static String rowPartsText(FormRow row, FormColumn column, Map<FormRow, Map<FormColumn, Value>> values) {
		return String.join(" + ", row.sumOf().stream().map((part) -> {
			Value value = values.get(part).get(column);
			return (value != null) ? VietnameseFormat.number(value.value()) : "0";
		}).toList());
	}

	private static String percent(long part, long whole) {
		return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f%%", 100.0 * part / whole);
	}

	static boolean hasErrors(List<NationalIssue> issues) {
		return issues.stream().anyMatch((issue) -> issue.severity() == NationalIssueCode.Severity.ERROR);
	}

	/**
	 * A figure read or computed.
	 *
	 * @param value the whole number
	 * @param cell where it was read, or {@code null} when computed
	 * @param computed whether taphuan computed it (a blank sum)
	 */
	record Value(long value, GridCell cell, boolean computed) {
	}

	/**
	 * The checks' result.
	 *
	 * @param figures every row's figures, sums completed; {@code null} when an error
	 * refuses the form
	 * @param issues every problem found
	 */
	record Checked(Map<FormRow, RowFigures> figures, List<NationalIssue> issues) {

		Checked {
			issues = List.copyOf(issues);
		}

	}

}
