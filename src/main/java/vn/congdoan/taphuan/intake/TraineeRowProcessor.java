package vn.congdoan.taphuan.intake;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.congdoan.taphuan.common.VietnameseText;

/**
 * Turns a raw row into a trainee record: the name in title case, birth year and gender
 * (from a Giới tính column or from which of the Nam / Nữ birth columns is filled),
 * position code with the text kept, phone and CCCD restored and checked, one roll-call
 * mark per class day, and the identity key. Problems become issues placed by sheet, row
 * and column; a row without a usable name is rejected but kept with its raw cells.
 */
class TraineeRowProcessor implements ItemProcessor<RawTraineeRow, TraineeRecord> {

	private static final int CACHE_SIZE = 1024;

	private final ImportContext context;

	private final Year planYear;

	/**
	 * Identities listed so far in this file, with their first line: a later listing is a
	 * DUPLICATE_ROW.
	 */
	private final Map<String, ImportContext.Line> seen;

	/** Units repeat on every row of a list: their folded form is cached. */
	private final Map<String, String> foldedUnits = lastUsed();

	/** Positions repeat too: a list uses a handful of ways to write them. */
	private final Map<String, PositionMatch> positions = lastUsed();

	/** The column roles of each readable sheet, worked out once per file. */
	private final Map<Integer, SheetColumns> sheets = new HashMap<>();

	TraineeRowProcessor(ImportContext context) {
		this.context = context;
		this.planYear = Year.of(context.planYear());
		this.seen = new HashMap<>(context.seen());
		for (SheetLayout layout : context.sheets()) {
			this.sheets.put(layout.sheetNo(), new SheetColumns(layout, context.dayCount()));
		}
	}

	private static <V> Map<String, V> lastUsed() {
		return new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > CACHE_SIZE;
			}

		};
	}

	@Override
	public TraineeRecord process(RawTraineeRow row) {
		SheetColumns columns = this.sheets.get(row.sheetNo());
		if (columns == null) {
			columns = new SheetColumns(this.context.sheet(row.sheetNo()), this.context.dayCount());
			this.sheets.put(row.sheetNo(), columns);
		}
		Values values = new Values(this.context.dayCount(), columns.dayHasColumn());
		for (Cell cell : row.cells()) {
			ColumnRole role = columns.role(cell.column());
			if (role != null) {
				values.put(role, cell);
			}
		}
		List<ImportIssue> issues = new ArrayList<>(2);
		Issues place = new Issues(row, issues);

		String rawName = values.name();
		NameResult name = PersonFields.checkName(rawName);
		boolean accepted = true;
		if (name.status() == FieldStatus.BLANK) {
			accepted = false;
			place.add(values.nameCell(), IssueCode.NAME_MISSING,
					"Dòng có số liệu nhưng thiếu họ tên: điền họ và tên, hoặc xóa dòng nếu thừa.");
		}
		else if (name.status() == FieldStatus.INVALID) {
			accepted = false;
			place.add(values.nameCell(), IssueCode.NAME_INVALID, "Họ tên '" + rawName
					+ "' không hợp lệ (có chữ số, ký hiệu hoặc chỉ một từ): ghi đủ họ và tên bằng chữ.");
		}
		String fullName = (name.name() != null) ? name.name() : VietnameseText.clean(rawName);

		String gender = null;
		Integer birthYear = null;
		java.time.LocalDate birthDate = null;
		Cell birthCell = values.birth;
		if (values.birthMale != null || values.birthFemale != null) {
			boolean male = values.birthMale != null && values.birthFemale == null;
			boolean female = values.birthFemale != null && values.birthMale == null;
			gender = male ? "M" : female ? "F" : null;
			birthCell = (values.birthMale != null) ? values.birthMale : values.birthFemale;
			if (isGenderTick(birthCell)) {
				birthCell = values.birth;
			}
		}
		if (birthCell != null) {
			BirthResult birth = (birthCell.kind() == CellKind.DATE)
					? PersonFields.parseBirth(birthCell.date(), this.planYear)
					: PersonFields.parseBirth(birthCell.text(), false, this.planYear);
			if (birth.status() == FieldStatus.VALID) {
				birthYear = birth.year();
				birthDate = birth.date();
			}
			else if (birth.status() == FieldStatus.INVALID) {
				place.add(birthCell, IssueCode.BIRTH_YEAR_INVALID, "Năm sinh '" + birthCell.text()
						+ "' không hợp lệ: ghi năm 4 chữ số (từ " + PersonFields.EARLIEST_BIRTH_YEAR + " đến "
						+ (this.planYear.getValue() - PersonFields.MINIMUM_AGE) + ") hoặc ngày sinh dd/mm/yyyy.");
			}
		}
		if (values.gender != null) {
			Gender mapped = GenderMapping.map(values.gender.text());
			if (mapped != null) {
				gender = String.valueOf(mapped.code());
			}
		}
		if (gender == null && accepted) {
			place.add((values.gender != null) ? values.gender : values
				.nameCell(), IssueCode.GENDER_MISSING, (values.gender != null)
						? "Giới tính '" + values.gender.text() + "' không rõ: ghi 'Nam' hoặc 'Nữ'."
						: "Không xác định được giới tính: ghi 'Nam'/'Nữ' ở cột Giới tính, hoặc ghi năm sinh vào đúng cột Nam/Nữ.");
		}

		String positionCode = null;
		String positionRaw = (values.position != null) ? VietnameseText.clean(values.position.text()) : null;
		if (positionRaw != null && !positionRaw.isEmpty()) {
			PositionMatch match = this.positions.computeIfAbsent(positionRaw, PositionMapping::map);
			positionCode = (match != null && match.code() != null) ? match.code().name() : null;
			if (match == null || !match.recognised()) {
				place.add(values.position, IssueCode.POSITION_UNKNOWN, "Chức vụ '" + positionRaw
						+ "' không nhận ra: ghi theo danh sách (Chủ tịch, Phó Chủ tịch, Ủy viên BCH, Tổ trưởng, Tổ phó, ...).");
			}
		}
		else if (accepted) {
			place.add(values.nameCell(), IssueCode.POSITION_UNKNOWN, "Chưa ghi chức vụ công đoàn của học viên.");
		}

		String phone = null;
		if (values.phone != null) {
			PhoneResult result = PersonFields.normalisePhone(values.phone.text(),
					values.phone.kind() == CellKind.NUMBER);
			phone = (result.status() == FieldStatus.VALID) ? result.phone() : VietnameseText.clean(values.phone.text());
			if (result.status() == FieldStatus.INVALID) {
				place.add(values.phone, IssueCode.PHONE_INVALID, "Số điện thoại '" + values.phone.text()
						+ "' không hợp lệ: cần 10 chữ số bắt đầu bằng 0 (định dạng ô là Văn bản).");
			}
		}
		String cccd = null;
		boolean cccdValid = false;
		if (values.cccd != null) {
			CccdResult result = PersonFields.normaliseCccd(values.cccd.text(), values.cccd.kind() == CellKind.NUMBER);
			cccdValid = result.status() == FieldStatus.VALID;
			cccd = cccdValid ? result.cccd() : VietnameseText.clean(values.cccd.text());
			if (result.status() == FieldStatus.INVALID) {
				place.add(values.cccd, IssueCode.CCCD_INVALID, "Số CCCD '" + values.cccd.text()
						+ "' không hợp lệ: cần đủ 12 chữ số (định dạng ô là Văn bản).");
			}
		}

		char[] marks = new char[this.context.dayCount()];
		Map<Integer, String> unknown = new LinkedHashMap<>();
		int present = 0;
		for (int day = 1; day <= marks.length; day++) {
			Mark mark = values.mark(day, place, unknown);
			marks[day - 1] = (mark == null) ? '-' : mark.code();
			if (mark == Mark.PRESENT) {
				present++;
			}
		}

		String unit = (values.unit != null) ? VietnameseText.clean(values.unit.text()) : null;
		String nameKey = VietnameseText.nameKey(fullName);
		String identity = null;
		if (fullName != null && !fullName.isEmpty()) {
			String foldedUnit = (unit != null) ? this.foldedUnits.computeIfAbsent(unit, VietnameseText::fold) : null;
			identity = PersonFields.identityKeyOfFoldedUnit(cccdValid ? cccd : null, nameKey, birthYear, foldedUnit);
		}
		if (accepted && identity != null) {
			ImportContext.Line first = this.seen.putIfAbsent(identity,
					new ImportContext.Line(row.rowNumber(), row.sheetName()));
			if (first != null) {
				accepted = false;
				place.add(values.nameCell(), IssueCode.DUPLICATE_ROW,
						"Trùng với dòng " + first.row() + " (trang " + first.sheet() + "): cùng người " + fullName
								+ " được ghi hai lần. Xóa dòng này, hoặc ghi CCCD nếu là hai người khác nhau.");
			}
		}
		return new TraineeRecord(row.seq(), row.sheetNo(), row.sheetName(), row.rowNumber(), accepted, fullName,
				nameKey, VietnameseText.fold(fullName), birthYear, birthDate, gender, positionCode, positionRaw, unit,
				phone, cccd, (values.note != null) ? VietnameseText.clean(values.note.text()) : null, new String(marks),
				present, identity, accepted ? null : rawCells(row), unknown, issues);
	}

	/** "x" or "✓" in a Nam / Nữ column: a gender tick, not a birth year. */
	private static boolean isGenderTick(Cell cell) {
		return cell.kind() == CellKind.TEXT && cell.text().strip().length() <= 2
				&& !Character.isDigit(cell.text().strip().charAt(0));
	}

	/** The row's cells as received, as a JSON object keyed by column letter. */
	static String rawCells(RawTraineeRow row) {
		StringBuilder json = new StringBuilder("{");
		for (Cell cell : row.cells()) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(Cell.columnLetters(cell.column())).append("\":\"");
			for (char c : cell.text().toCharArray()) {
				switch (c) {
					case '"' -> json.append("\\\"");
					case '\\' -> json.append("\\\\");
					case '\n' -> json.append("\\n");
					case '\r' -> json.append("\\r");
					case '\t' -> json.append("\\t");
					default -> {
						if (c < 0x20) {
							json.append(String.format("\\u%04x", (int) c));
						}
						else {
							json.append(c);
						}
					}
				}
			}
			json.append('"');
		}
		return json.append('}').toString();
	}

	/** The cells of one row by what they hold. */
	private static final class Values {

		Cell fullName;

		Cell surname;

		Cell givenName;

		Cell birth;

		Cell birthMale;

		Cell birthFemale;

		Cell gender;

		Cell position;

		Cell unit;

		Cell phone;

		Cell cccd;

		Cell note;

		final List<List<Cell>> days;

		/**
		 * Class days the sheet has a column for: an empty cell there is an absence, not
		 * missing data.
		 */
		final boolean[] dayHasColumn;

		Values(int dayCount, boolean[] dayHasColumn) {
			this.days = new ArrayList<>(dayCount);
			for (int i = 0; i < dayCount; i++) {
				this.days.add(null);
			}
			this.dayHasColumn = dayHasColumn;
		}

		void put(ColumnRole role, Cell cell) {
			switch (role.field()) {
				case FULL_NAME -> this.fullName = cell;
				case SURNAME -> this.surname = cell;
				case GIVEN_NAME -> this.givenName = cell;
				case BIRTH -> this.birth = cell;
				case BIRTH_MALE -> this.birthMale = cell;
				case BIRTH_FEMALE -> this.birthFemale = cell;
				case GENDER -> this.gender = cell;
				case POSITION -> this.position = cell;
				case UNIT -> this.unit = cell;
				case PHONE -> this.phone = cell;
				case CCCD -> this.cccd = cell;
				case NOTE -> this.note = cell;
				case DAY -> {
					if (role.day() != null && role.day() <= this.days.size()) {
						List<Cell> cells = this.days.get(role.day() - 1);
						if (cells == null) {
							cells = new ArrayList<>(2);
							this.days.set(role.day() - 1, cells);
						}
						cells.add(cell);
					}
				}
				default -> {
				}
			}
		}

		String name() {
			if (this.fullName != null) {
				return this.fullName.text();
			}
			if (this.surname != null || this.givenName != null) {
				return (((this.surname != null) ? this.surname.text() : "") + " "
						+ ((this.givenName != null) ? this.givenName.text() : ""))
					.strip();
			}
			return null;
		}

		Cell nameCell() {
			return (this.fullName != null) ? this.fullName : (this.surname != null) ? this.surname : this.givenName;
		}

		/**
		 * The day's mark; with two session columns, present if present at either.
		 * {@code null} when the sheet has no column for the day; an empty cell in a day
		 * column is absent.
		 */
		Mark mark(int day, Issues place, Map<Integer, String> unknown) {
			List<Cell> cells = this.days.get(day - 1);
			if (cells == null) {
				return this.dayHasColumn[day] ? Mark.ABSENT : null;
			}
			Mark best = Mark.ABSENT;
			for (Cell cell : cells) {
				Mark mark = (cell.kind() == CellKind.BOOLEAN) ? (cell.number() > 0 ? Mark.PRESENT : Mark.ABSENT)
						: MarkMapping.map(cell.text());
				if (mark == Mark.UNKNOWN) {
					unknown.put(day, cell.text());
					place.add(cell, IssueCode.MARK_UNKNOWN, "Ký hiệu điểm danh '" + cell.text() + "' ngày " + day
							+ " không nhận ra: dùng x (có mặt), P (vắng có phép), K (vắng không phép).");
				}
				best = better(best, mark);
			}
			return best;
		}

		private static Mark better(Mark current, Mark candidate) {
			if (current == Mark.PRESENT || candidate == Mark.PRESENT) {
				return Mark.PRESENT;
			}
			if (current == Mark.UNKNOWN || candidate == Mark.UNKNOWN) {
				return Mark.UNKNOWN;
			}
			if (current == Mark.EXCUSED || candidate == Mark.EXCUSED) {
				return Mark.EXCUSED;
			}
			return Mark.ABSENT;
		}

	}

	/**
	 * A sheet's column roles by column, and the class days it has a column for.
	 */
	private record SheetColumns(ColumnRole[] roles, boolean[] dayHasColumn) {

		SheetColumns(SheetLayout layout, int dayCount) {
			this(roles(layout), daysWithColumn(layout, dayCount));
		}

		ColumnRole role(int column) {
			return (column >= 0 && column < this.roles.length) ? this.roles[column] : null;
		}

		private static ColumnRole[] roles(SheetLayout layout) {
			int columns = layout.columns().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
			ColumnRole[] roles = new ColumnRole[columns];
			layout.columns().forEach((column, role) -> {
				if (column >= 0) {
					roles[column] = role;
				}
			});
			return roles;
		}

		private static boolean[] daysWithColumn(SheetLayout layout, int dayCount) {
			boolean[] dayHasColumn = new boolean[dayCount + 1];
			for (ColumnRole role : layout.columns().values()) {
				if (role.field() == Field.DAY && role.day() != null && role.day() <= dayCount) {
					dayHasColumn[role.day()] = true;
				}
			}
			return dayHasColumn;
		}

	}

	/** Places a row's issues at their cells. */
	private record Issues(RawTraineeRow row, List<ImportIssue> issues) {

		void add(Cell cell, IssueCode code, String message) {
			this.issues.add(new ImportIssue(this.row.sheetName(), this.row.rowNumber(),
					(cell != null) ? Cell.columnLetters(cell.column()) : null, code, code.severity(), message,
					(cell != null) ? cell.text() : null));
		}

	}

}
