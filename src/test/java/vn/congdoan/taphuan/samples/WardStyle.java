package vn.congdoan.taphuan.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.intake.LegacyEncoding;
import vn.congdoan.taphuan.plan.Position;

/**
 * How one ward's office types its attendance list: the file format, the title block, the
 * columns in their order and spelling, how class days are headed, which roll-call marks
 * they use, and the habits that make lists messy. Each ward keeps its style from class to
 * class, as offices reuse last year's file.
 */
final class WardStyle {

	/** What a column holds. */
	enum Column {

		STT, NAME, SURNAME, GIVEN_NAME, BIRTH_YEAR, BIRTH_DATE, BIRTH_MALE_FEMALE, GENDER, POSITION, UNIT, PHONE, CCCD,
		ETHNICITY, DAYS, NOTE

	}

	enum Format {

		XLSX, XLS, CSV_COMMA, CSV_SEMICOLON_BOM, TEMPLATE, NO_HEADER, PDF

	}

	/** How the roll-call columns are headed. */
	enum DayLabels {

		/** "Ngày 1", "Ngày 2". */
		ORDINAL,

		/** "N1", "N2". */
		SHORT,

		/** "16/3", "17/3". */
		DAY_MONTH,

		/** Real date cells, shown 16/03/2026. */
		DATE_CELLS,

		/** Two sessions a day: "Buổi 1" ... "Buổi 6". */
		SESSIONS

	}

	/**
	 * The marks an office types for present, excused and absent ("" leaves the cell
	 * empty).
	 */
	record Marks(List<String> present, String excused, String absent) {

	}

	static final Marks X_P_K = new Marks(List.of("x"), "P", "K");

	static final Marks X_P_BLANK = new Marks(List.of("x"), "P", "");

	static final Marks MIXED = new Marks(List.of("X", "x", "X", "v", "✓"), "CP", "vắng");

	static final Marks ONE_ZERO = new Marks(List.of("1"), "P", "0");

	static final Marks X_CP_KP = new Marks(List.of("x"), "CP", "KP");

	static final Marks X_P_V = new Marks(List.of("x"), "P", "V");

	/** Spellings of each position an office uses. */
	static final Map<Position, List<String>> FULL_TITLES = Map.of(Position.CHU_TICH, List.of("Chủ tịch CĐCS"),
			Position.PHO_CHU_TICH, List.of("Phó Chủ tịch CĐCS"), Position.UV_BCH, List.of("Ủy viên BCH"),
			Position.UV_UBKT, List.of("Ủy viên UBKT"), Position.TRUONG_BAN_NU_CONG, List.of("Trưởng ban nữ công"),
			Position.TO_TRUONG, List.of("Tổ trưởng công đoàn"), Position.TO_PHO, List.of("Tổ phó công đoàn"),
			Position.CHUYEN_TRACH, List.of("Cán bộ chuyên trách"), Position.DOAN_VIEN, List.of("Đoàn viên"));

	static final Map<Position, List<String>> SHORT_TITLES = Map.of(Position.CHU_TICH, List.of("CT CĐCS", "Chủ tịch"),
			Position.PHO_CHU_TICH, List.of("PCT", "P.CT"), Position.UV_BCH, List.of("UVBCH", "UV BCH"),
			Position.UV_UBKT, List.of("UV UBKT"), Position.TRUONG_BAN_NU_CONG, List.of("TB Nữ công", "Phó ban NC"),
			Position.TO_TRUONG, List.of("TT CĐ", "Tổ trưởng"), Position.TO_PHO, List.of("TP CĐ", "Tổ phó"),
			Position.CHUYEN_TRACH, List.of("CBCT"), Position.DOAN_VIEN, List.of("ĐV"));

	static final Map<Position, List<String>> MIXED_TITLES = Map.of(Position.CHU_TICH,
			List.of("Chủ tịch", "Chủ tịch CĐ"), Position.PHO_CHU_TICH, List.of("Phó Chủ tịch", "Phó CT CĐCS"),
			Position.UV_BCH, List.of("Uỷ viên BCH", "UV BCH", "UV BCH, Tổ trưởng"), Position.UV_UBKT,
			List.of("Chủ nhiệm UBKT", "UV UBKT"), Position.TRUONG_BAN_NU_CONG, List.of("Phó ban Nữ công"),
			Position.TO_TRUONG, List.of("Tổ trưởng", "Tổ trưởng CĐ"), Position.TO_PHO, List.of("Tổ phó", "TP CĐ"),
			Position.CHUYEN_TRACH, List.of("Cán bộ chuyên trách"), Position.DOAN_VIEN, List.of("Đoàn viên"));

	final String description;

	Format format = Format.XLSX;

	final List<Column> columns = new ArrayList<>();

	boolean twoRowHeader;

	DayLabels dayLabels = DayLabels.ORDINAL;

	Marks marks = X_P_K;

	Map<Position, List<String>> positions = FULL_TITLES;

	/**
	 * Header labels by column, where the office's spelling differs from the usual one.
	 */
	final Map<Column, String> labels = new java.util.EnumMap<>(Column.class);

	/**
	 * A title block (federation, ward union, heading, class and dates); else one line.
	 */
	boolean fullTitle = true;

	boolean phoneAsNumber;

	boolean sttFormula;

	boolean unitMerged;

	/**
	 * Names in capitals, double spaces, decomposed Unicode (NFD), blank rows, STT gaps.
	 */
	boolean messy;

	LegacyEncoding encoding;

	String font = "Times New Roman";

	String sheetName = "Sheet1";

	WardStyle(String description, Column... columns) {
		this.description = description;
		this.columns.addAll(List.of(columns));
	}

	WardStyle format(Format format) {
		this.format = format;
		return this;
	}

	WardStyle twoRowHeader() {
		this.twoRowHeader = true;
		return this;
	}

	WardStyle days(DayLabels labels) {
		this.dayLabels = labels;
		return this;
	}

	WardStyle marks(Marks marks) {
		this.marks = marks;
		return this;
	}

	WardStyle positions(Map<Position, List<String>> positions) {
		this.positions = positions;
		return this;
	}

	WardStyle label(Column column, String label) {
		this.labels.put(column, label);
		return this;
	}

	WardStyle shortTitle() {
		this.fullTitle = false;
		return this;
	}

	WardStyle phoneAsNumber() {
		this.phoneAsNumber = true;
		return this;
	}

	WardStyle sttFormula() {
		this.sttFormula = true;
		return this;
	}

	WardStyle unitMerged() {
		this.unitMerged = true;
		return this;
	}

	WardStyle messy() {
		this.messy = true;
		return this;
	}

	WardStyle legacy(LegacyEncoding encoding, String font) {
		this.encoding = encoding;
		this.font = font;
		return this;
	}

	WardStyle sheet(String name) {
		this.sheetName = name;
		return this;
	}

	String label(Column column) {
		String label = this.labels.get(column);
		if (label != null) {
			return label;
		}
		return switch (column) {
			case STT -> "STT";
			case NAME -> "Họ và tên";
			case SURNAME -> "Họ và tên đệm";
			case GIVEN_NAME -> "Tên";
			case BIRTH_YEAR, BIRTH_MALE_FEMALE -> "Năm sinh";
			case BIRTH_DATE -> "Ngày sinh";
			case GENDER -> "Giới tính";
			case POSITION -> "Chức vụ";
			case UNIT -> "Đơn vị";
			case PHONE -> "Số điện thoại";
			case CCCD -> "Số CCCD";
			case ETHNICITY -> "Dân tộc";
			case DAYS -> "Điểm danh";
			case NOTE -> "Ghi chú";
		};
	}

	boolean has(Column column) {
		return this.columns.contains(column);
	}

	// The house styles of the sample wards.

	/** Title block, "Năm sinh" over Nam / Nữ, "Điểm danh" over "16/3" day columns. */
	static WardStyle classic() {
		return new WardStyle(
				"title block; two-row header: \"Năm sinh\" over Nam / Nữ and a merged \"Điểm danh\" over "
						+ "day columns headed by date (d/m); totals line and signature block",
				Column.STT, Column.NAME, Column.BIRTH_MALE_FEMALE, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.DAYS, Column.NOTE)
			.twoRowHeader()
			.days(DayLabels.DAY_MONTH)
			.label(Column.PHONE, "SĐT");
	}

	/** {@link #classic()} with an ethnicity column the import does not use. */
	static WardStyle withEthnicity() {
		return new WardStyle(
				"title block; two-row header with \"Điểm danh\" over \"Ngày 1 / Ngày 2\"; an extra "
						+ "\"Dân tộc\" column the import ignores (COLUMN_IGNORED)",
				Column.STT, Column.NAME, Column.BIRTH_MALE_FEMALE, Column.ETHNICITY, Column.POSITION, Column.UNIT,
				Column.PHONE, Column.DAYS, Column.NOTE)
			.twoRowHeader()
			.days(DayLabels.ORDINAL)
			.label(Column.POSITION, "Chức vụ công đoàn");
	}

	/** One header row, dates of birth as date cells, "Ngày 1 / Ngày 2 / Ngày 3". */
	static WardStyle birthDates() {
		return new WardStyle(
				"title block; one header row; \"Ngày sinh\" as date cells (a few typed as text); "
						+ "Giới tính column; day columns \"Ngày 1\", \"Ngày 2\", ...",
				Column.STT, Column.NAME, Column.BIRTH_DATE, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.DAYS, Column.NOTE)
			.label(Column.STT, "TT")
			.label(Column.NAME, "Họ tên")
			.label(Column.POSITION, "Chức vụ CĐ")
			.label(Column.UNIT, "Nơi công tác")
			.positions(SHORT_TITLES);
	}

	/** Simple one-row list with a year of birth and "Ngày 1 / Ngày 2". */
	static WardStyle simple() {
		return new WardStyle(
				"short title; one header row; \"Năm sinh\", \"Giới tính\"; day columns \"Ngày 1\", " + "\"Ngày 2\"",
				Column.STT, Column.NAME, Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.DAYS)
			.shortTitle()
			.positions(MIXED_TITLES);
	}

	/** Columns in another order, CCCD, "N1 / N2 / N3". */
	static WardStyle reordered() {
		return new WardStyle(
				"columns in another order (unit and position before the year of birth), CCCD as text "
						+ "(some blank), day columns \"N1\", \"N2\", ...",
				Column.STT, Column.NAME, Column.UNIT, Column.POSITION, Column.CCCD, Column.BIRTH_YEAR, Column.GENDER,
				Column.PHONE, Column.DAYS, Column.NOTE)
			.days(DayLabels.SHORT)
			.label(Column.UNIT, "CĐCS")
			.label(Column.POSITION, "Chức danh công đoàn")
			.label(Column.PHONE, "Điện thoại")
			.positions(SHORT_TITLES)
			.sheet("DS hoc vien");
	}

	/** The unit merged down over its trainees; phones stored as numbers. */
	static WardStyle mergedUnits() {
		return new WardStyle(
				"unit column first, merged down over each unit's trainees; phone numbers stored as "
						+ "numbers (leading 0 lost); two-row header with \"Điểm danh\" over dates",
				Column.STT, Column.UNIT, Column.NAME, Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.PHONE,
				Column.DAYS)
			.twoRowHeader()
			.days(DayLabels.DAY_MONTH)
			.label(Column.UNIT, "Tên CĐCS")
			.label(Column.PHONE, "Điện thoại")
			.phoneAsNumber()
			.unitMerged()
			.positions(MIXED_TITLES);
	}

	/** Capitals, double spaces, NFD, blank rows, STT gaps, mixed marks. */
	static WardStyle messyStyle() {
		return new WardStyle("capitals in the header and in some names, double spaces, some text in decomposed "
				+ "Unicode (NFD), blank rows and STT gaps inside the table, phones as numbers, marks X / v / ✓ / "
				+ "vắng / CP", Column.STT, Column.NAME, Column.BIRTH_MALE_FEMALE, Column.POSITION, Column.UNIT,
				Column.PHONE, Column.DAYS)
			.twoRowHeader()
			.days(DayLabels.SHORT)
			.marks(MIXED)
			.label(Column.NAME, "HỌ VÀ TÊN")
			.label(Column.BIRTH_MALE_FEMALE, "NĂM SINH")
			.label(Column.POSITION, "CHỨC VỤ")
			.label(Column.UNIT, "ĐƠN VỊ")
			.label(Column.PHONE, "ĐIỆN THOẠI")
			.label(Column.DAYS, "ĐIỂM DANH")
			.phoneAsNumber()
			.messy()
			.positions(MIXED_TITLES);
	}

	/** Excel 97-2003, two sessions a day. */
	static WardStyle sessionsXls() {
		return new WardStyle(
				"Excel 97-2003 (.xls); one header row with two roll-call columns a day, \"Buổi 1\", "
						+ "\"Buổi 2\", ... (morning and afternoon); absent left blank",
				Column.STT, Column.NAME, Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.DAYS, Column.NOTE)
			.format(Format.XLS)
			.days(DayLabels.SESSIONS)
			.marks(X_P_BLANK)
			.label(Column.PHONE, "Điện thoại");
	}

	/** Excel 97-2003 with "Ngày 1 / Ngày 2". */
	static WardStyle plainXls() {
		return new WardStyle("Excel 97-2003 (.xls); one header row; \"Ngày 1\", \"Ngày 2\"", Column.STT, Column.NAME,
				Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE, Column.DAYS)
			.format(Format.XLS)
			.shortTitle()
			.label(Column.UNIT, "Cơ quan, đơn vị");
	}

	/** Dates of the class as real date cells under "Điểm danh"; STT typed as formulas. */
	static WardStyle dateCells() {
		return new WardStyle(
				"two-row header with \"Điểm danh\" over real date cells (dd/mm/yyyy); STT typed "
						+ "as formulas (=A10+1); Giới tính column; marks x / CP / KP",
				Column.STT, Column.NAME, Column.GENDER, Column.BIRTH_YEAR, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.DAYS, Column.NOTE)
			.twoRowHeader()
			.days(DayLabels.DATE_CELLS)
			.marks(X_CP_KP)
			.sttFormula()
			.label(Column.POSITION, "Chức vụ công đoàn")
			.label(Column.UNIT, "Tên CĐCS")
			.label(Column.PHONE, "Điện thoại");
	}

	/** The name split over "Họ và tên đệm" and "Tên". */
	static WardStyle splitName() {
		return new WardStyle(
				"name split over \"Họ và tên đệm\" and \"Tên\"; one header row; \"Ngày 1\", " + "\"Ngày 2\", ...",
				Column.STT, Column.SURNAME, Column.GIVEN_NAME, Column.BIRTH_YEAR, Column.GENDER, Column.POSITION,
				Column.UNIT, Column.PHONE, Column.DAYS, Column.NOTE)
			.positions(MIXED_TITLES);
	}

	static WardStyle tcvn3() {
		return new WardStyle(
				"typed in TCVN3 (ABC) with .VnTime / .VnTimeH fonts, as older offices do; otherwise the "
						+ "classic layout",
				Column.STT, Column.NAME, Column.BIRTH_MALE_FEMALE, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.DAYS, Column.NOTE)
			.twoRowHeader()
			.days(DayLabels.DAY_MONTH)
			.legacy(LegacyEncoding.TCVN3, ".VnTime");
	}

	static WardStyle vni() {
		return new WardStyle("typed in VNI Windows with the VNI-Times font; marks x / P / V", Column.STT, Column.NAME,
				Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE, Column.DAYS, Column.NOTE)
			.days(DayLabels.ORDINAL)
			.marks(X_P_V)
			.legacy(LegacyEncoding.VNI, "VNI-Times")
			.positions(SHORT_TITLES);
	}

	static WardStyle csvComma() {
		return new WardStyle(
				"CSV, plain UTF-8 with commas (exported from a web form); class and ward only in the "
						+ "file name; marks 1 / 0 / P",
				Column.STT, Column.NAME, Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.DAYS)
			.format(Format.CSV_COMMA)
			.marks(ONE_ZERO)
			.days(DayLabels.ORDINAL);
	}

	static WardStyle csvSemicolon() {
		return new WardStyle(
				"CSV, UTF-8 with BOM and semicolons (Excel's \"CSV UTF-8\" in a Vietnamese locale); "
						+ "class and ward only in the file name",
				Column.STT, Column.NAME, Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.CCCD, Column.DAYS, Column.NOTE)
			.format(Format.CSV_SEMICOLON_BOM)
			.days(DayLabels.SHORT)
			.positions(SHORT_TITLES);
	}

	static WardStyle template() {
		return new WardStyle("the fill-in template from `taphuan template`, filled in (hidden metadata assigns it)",
				Column.STT, Column.NAME, Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE,
				Column.CCCD, Column.DAYS, Column.NOTE)
			.format(Format.TEMPLATE);
	}

	static WardStyle noHeader() {
		return new WardStyle("the header row was deleted: a title, then bare rows of names and numbers", Column.STT,
				Column.NAME, Column.BIRTH_YEAR, Column.GENDER, Column.POSITION, Column.UNIT, Column.PHONE)
			.format(Format.NO_HEADER);
	}

	static WardStyle pdf() {
		return new WardStyle("a PDF print of the list saved with an .xlsx name").format(Format.PDF);
	}

}
