package vn.congdoan.taphuan.budget;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.CellKind;
import vn.congdoan.taphuan.intake.SheetRow;

/**
 * Where each field of a settlement table is: found by the header labels finance uses,
 * compared without accents, case, punctuation or a unit in brackets ("Đơn giá (đồng)").
 * Nội dung chi, Số lượng, Đơn giá and Thành tiền are required; Đơn vị tính, Ngày, STT and
 * Ghi chú are optional.
 *
 * @param columns the 0-based column of each field found
 */
record SettlementColumns(Map<Field, Integer> columns) {

	static final List<Field> REQUIRED = List.of(Field.ITEM, Field.QUANTITY, Field.PRICE, Field.AMOUNT);

	SettlementColumns {
		columns = Map.copyOf(columns);
	}

	/** The fields a settlement table has. */
	enum Field {

		INDEX, ITEM, UNIT, QUANTITY, PRICE, AMOUNT, DAY, NOTE

	}

	Integer column(Field field) {
		return this.columns.get(field);
	}

	Cell cell(SheetRow row, Field field) {
		Integer column = this.columns.get(field);
		return (column != null) ? row.cell(column) : null;
	}

	boolean isComplete() {
		return this.columns.keySet().containsAll(REQUIRED);
	}

	/** The fields a row's labels name, leftmost column first for each field. */
	static SettlementColumns of(SheetRow row) {
		Map<Field, Integer> found = new EnumMap<>(Field.class);
		for (Cell cell : row.cells()) {
			if (cell.kind() != CellKind.TEXT) {
				continue;
			}
			field(cell.text()).ifPresent((field) -> found.putIfAbsent(field, cell.column()));
		}
		return new SettlementColumns(found);
	}

	/** These columns, with {@code lower}'s fields taking precedence: a two-row header. */
	SettlementColumns under(SettlementColumns lower) {
		Map<Field, Integer> merged = new EnumMap<>(Field.class);
		merged.putAll(this.columns);
		merged.putAll(lower.columns);
		return new SettlementColumns(merged);
	}

	static Optional<Field> field(String label) {
		String text = label;
		int bracket = text.indexOf('(');
		if (bracket > 0) {
			text = text.substring(0, bracket);
		}
		String words = CategoryLabels.words(text);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		if (words.equals("stt") || words.equals("tt") || words.equals("so tt") || words.equals("so thu tu")) {
			return Optional.of(Field.INDEX);
		}
		if (startsWith(words, "noi dung", "khoan chi", "dien giai", "ten khoan chi", "hang muc")) {
			return Optional.of(Field.ITEM);
		}
		if (startsWith(words, "don vi tinh", "dvt") || words.equals("don vi")) {
			return Optional.of(Field.UNIT);
		}
		if (startsWith(words, "so luong", "khoi luong", "so nguoi") || words.equals("sl")) {
			return Optional.of(Field.QUANTITY);
		}
		if (startsWith(words, "don gia", "muc chi") || words.equals("dg")) {
			return Optional.of(Field.PRICE);
		}
		if (startsWith(words, "thanh tien", "so tien", "tong tien", "kinh phi")) {
			return Optional.of(Field.AMOUNT);
		}
		if (words.equals("ngay") || startsWith(words, "ngay chi", "ngay hoc", "ngay thu", "ngay thanh toan")) {
			return Optional.of(Field.DAY);
		}
		if (startsWith(words, "ghi chu")) {
			return Optional.of(Field.NOTE);
		}
		return Optional.empty();
	}

	private static boolean startsWith(String words, String... prefixes) {
		for (String prefix : prefixes) {
			if (words.equals(prefix) || words.startsWith(prefix + " ")) {
				return true;
			}
		}
		return false;
	}

}
