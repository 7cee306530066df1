package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import vn.congdoan.taphuan.common.VietnameseText;

/**
 * Streams the trainee rows of a submission's readable sheets from the archived file.
 * Blank rows and rows with only a row number are skipped, totals lines are recognised as
 * not trainees, and the signature block ends a sheet's table. Merged cells are filled
 * down. Restartable: the item count in the step's execution context says how many rows
 * were already committed, and reading again skips exactly those.
 */
class TraineeRowReader extends AbstractItemCountingItemStreamItemReader<RawTraineeRow> {

	private static final Pattern TOTALS = Pattern.compile("^(tong cong|tong so|tong|cong|danh sach co|co)\\b.*");

	private static final Pattern SUMMARY = Pattern.compile(".*(\\d|nguoi|hoc vien|:).*");

	private static final Pattern SIGNATURE = Pattern.compile(
			"^(nguoi lap( bieu| danh sach)?|tm\\.?\\s|t/m\\s|thu truong|xac nhan|ky,? ghi ro|\\(ky|ky ten|nguoi ky).*");

	private static final Pattern DATE_LINE = Pattern
		.compile(".*ngay\\s*\\.*\\s*\\d*\\s*\\.*\\s*thang\\s*\\.*\\s*\\d*\\s*\\.*\\s*nam.*");

	private final ImportContext context;

	private final ImportLimits limits;

	private SpreadsheetFile workbook;

	private Iterator<SheetLayout> sheets;

	private SheetLayout sheet;

	/** The current sheet's fields by column (beyond the array: IGNORED). */
	private Field[] fields;

	private SheetCursor cursor;

	/** Column → value carried down a merged range, and the last row it reaches. */
	private final Map<Integer, Cell> carried = new HashMap<>();

	private final Map<Integer, Integer> carriedUntil = new HashMap<>();

	TraineeRowReader(ImportContext context, ImportLimits limits) {
		this.context = context;
		this.limits = limits;
		setName("traineeRowReader");
	}

	@Override
	protected void doOpen() throws Exception {
		this.workbook = SpreadsheetFiles.open(this.context.file(), this.context.originalName(), this.limits);
		this.sheets = this.context.sheets().iterator();
	}

	@Override
	protected RawTraineeRow doRead() {
		try {
			while (true) {
				if (this.cursor == null) {
					if (!this.sheets.hasNext()) {
						return null;
					}
					this.sheet = this.sheets.next();
					this.fields = fields(this.sheet);
					this.cursor = this.workbook.rows(this.sheet.sheetNo(), null);
					this.carried.clear();
					this.carriedUntil.clear();
				}
				SheetRow row = this.cursor.next();
				if (row == null || endsTable(row)) {
					this.cursor.close();
					this.cursor = null;
					continue;
				}
				if (row.rowNumber() < this.sheet.firstDataRow()) {
					continue;
				}
				List<Cell> cells = decoded(row);
				rememberMerges(row.rowNumber(), cells);
				if (!hasData(cells) || isTotals(cells)) {
					continue;
				}
				return new RawTraineeRow(getCurrentItemCount(), this.sheet.sheetNo(), this.sheet.name(),
						row.rowNumber(), fillDown(row.rowNumber(), cells));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected void doClose() throws Exception {
		if (this.cursor != null) {
			this.cursor.close();
			this.cursor = null;
		}
		if (this.workbook != null) {
			this.workbook.close();
			this.workbook = null;
		}
	}

	private static Field[] fields(SheetLayout sheet) {
		int columns = sheet.columns().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
		Field[] fields = new Field[Math.max(columns, 0)];
		for (int column = 0; column < fields.length; column++) {
			fields[column] = sheet.field(column);
		}
		return fields;
	}

	/** {@link SheetLayout#field} of the current sheet. */
	private Field field(int column) {
		return (column >= 0 && column < this.fields.length) ? this.fields[column] : Field.IGNORED;
	}

	private List<Cell> decoded(SheetRow row) {
		if (this.context.legacy() == null) {
			return row.cells();
		}
		List<Cell> cells = new ArrayList<>(row.cells().size());
		for (Cell cell : row.cells()) {
			cells.add(LegacyText.decode(cell, this.context.legacy()));
		}
		return cells;
	}

	/**
	 * A cell with a value in a column that holds trainee data (not the row number, not an
	 * ignored column).
	 */
	private boolean hasData(List<Cell> cells) {
		for (Cell cell : cells) {
			Field field = field(cell.column());
			if (field != Field.INDEX && field != Field.IGNORED && !cell.isBlank()) {
				return true;
			}
		}
		return false;
	}

	private boolean isTotals(List<Cell> cells) {
		for (Cell cell : cells) {
			if (cell.kind() != CellKind.TEXT) {
				continue;
			}
			Field field = field(cell.column());
			boolean candidate = field == Field.INDEX || field == Field.FULL_NAME || field == Field.SURNAME
					|| field == Field.IGNORED || cells.get(0) == cell;
			if (candidate && countsSomething(cell.text())) {
				String text = VietnameseText.fold(cell.text());
				if (TOTALS.matcher(text).matches() && SUMMARY.matcher(text).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A totals line states a count ("Tổng cộng: 45 người"): a digit, a colon or "người";
	 * a name has none.
	 */
	private static boolean countsSomething(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '0' && c <= '9') || c == ':') {
				return true;
			}
			if ((c == 'n' && text.startsWith("ngư", i)) || (c == 'N' && text.startsWith("NGƯ", i))
					|| (c == 'h' && text.startsWith("học viên", i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The signature block ("Người lập biểu", "TM. BAN CHẤP HÀNH", the date line) below
	 * the table.
	 */
	private boolean endsTable(SheetRow row) {
		if (row.rowNumber() < this.sheet.firstDataRow()) {
			return false;
		}
		for (Cell cell : row.cells()) {
			if (field(cell.column()) == Field.INDEX && cell.kind() == CellKind.NUMBER) {
				return false;
			}
		}
		for (Cell cell : row.cells()) {
			if (cell.kind() != CellKind.TEXT) {
				continue;
			}
			String text = VietnameseText.fold(this.context.legacy() != null
					? LegacyText.decode(cell.text(), this.context.legacy()) : cell.text());
			if (SIGNATURE.matcher(text).matches() || DATE_LINE.matcher(text).matches()) {
				return true;
			}
		}
		return false;
	}

	private void rememberMerges(int rowNumber, List<Cell> cells) {
		for (CellRange merge : this.sheet.merges()) {
			if (merge.firstRow() == rowNumber) {
				for (Cell cell : cells) {
					if (cell.column() == merge.firstColumn()) {
						this.carried.put(merge.firstColumn(), cell);
						this.carriedUntil.put(merge.firstColumn(), merge.lastRow());
					}
				}
			}
		}
	}

	private List<Cell> fillDown(int rowNumber, List<Cell> cells) {
		if (this.carried.isEmpty()) {
			return cells;
		}
		List<Cell> filled = null;
		for (Map.Entry<Integer, Cell> entry : this.carried.entrySet()) {
			int column = entry.getKey();
			if (rowNumber > this.carriedUntil.get(column)) {
				continue;
			}
			boolean present = cells.stream().anyMatch((cell) -> cell.column() == column);
			if (!present) {
				if (filled == null) {
					filled = new ArrayList<>(cells);
				}
				Cell value = entry.getValue();
				filled.add(new Cell(column, value.kind(), value.text(), value.number(), value.date()));
			}
		}
		if (filled == null) {
			return cells;
		}
		filled.sort((a, b) -> Integer.compare(a.column(), b.column()));
		return filled;
	}

}
