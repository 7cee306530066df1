package vn.congdoan.taphuan.national;

import java.util.List;

/**
 * The numbered figure columns of the statistical form, (3) to (17): column (1) is the row
 * number (TT), (2) the row's content (Nội dung) and (18) the notes (Ghi chú). The
 * numbers, keys and the arithmetic are a public contract: the form's header states them,
 * the import checks them, JSON and the database use the keys.
 * <p>
 * Counts are trainee-turns (lượt người: a cadre at two classes counts twice) except
 * {@link #PEOPLE}; {@link #ESTIMATE_SETTLED} and {@link #SETTLED} cover only the classes
 * that have a settlement, so that settled money is read against the estimate of the same
 * classes.
 */
public enum FormColumn {

	CLASSES_PLANNED(3, "classesPlanned", "Kế hoạch", Group.CLASSES, Unit.CLASSES),

	/** (4) = (5) + (6). */
	CLASSES_HELD(4, "classesHeld", "Đã tổ chức", Group.CLASSES, Unit.CLASSES),

	CLASSES_IN_PERSON(5, "classesInPerson", "Trực tiếp", Group.CLASSES, Unit.CLASSES),

	CLASSES_ONLINE(6, "classesOnline", "Trực tuyến", Group.CLASSES, Unit.CLASSES),

	TRAINEES_PLANNED(7, "traineesPlanned", "Kế hoạch", Group.TRAINEES, Unit.TURNS),

	ATTENDED(8, "attended", "Lượt học viên tham dự", Group.TRAINEES, Unit.TURNS),

	/** (9) ≤ (8). */
	WOMEN(9, "women", "Nữ", Group.TRAINEES, Unit.TURNS),

	/** (10) ≤ (8). */
	CHAIRS(10, "chairs", "Chủ tịch, Phó Chủ tịch CĐCS", Group.TRAINEES, Unit.TURNS),

	/** (11) ≤ (8). */
	FULL_TIME(11, "fullTime", "Cán bộ chuyên trách", Group.TRAINEES, Unit.TURNS),

	/** (12) ≤ (8). */
	ETHNIC_MINORITY(12, "ethnicMinority", "Dân tộc thiểu số", Group.TRAINEES, Unit.TURNS),

	/** (13) ≤ (8). */
	COMPLETED(13, "completed", "Lượt hoàn thành", Group.TRAINEES, Unit.TURNS),

	/** (14) ≤ (8). */
	PEOPLE(14, "people", "Số người (không trùng)", Group.TRAINEES, Unit.PEOPLE),

	ESTIMATE(15, "estimate", "Dự toán", Group.BUDGET, Unit.DONG),

	/** (16) ≤ (15). */
	ESTIMATE_SETTLED(16, "estimateSettled", "Dự toán của các lớp đã quyết toán", Group.BUDGET, Unit.DONG),

	SETTLED(17, "settled", "Quyết toán", Group.BUDGET, Unit.DONG);

	/** The first figure column's number: (1) is TT and (2) Nội dung. */
	public static final int FIRST_NUMBER = 3;

	/** The number of the notes column (Ghi chú), after the figures. */
	public static final int NOTES_NUMBER = 18;

	private final int number;

	private final String key;

	private final String label;

	private final Group group;

	private final Unit unit;

	FormColumn(int number, String key, String label, Group group, Unit unit) {
		this.number = number;
		this.key = key;
		this.label = label;
		this.group = group;
		this.unit = unit;
	}

	/** The column's number on the form, (3) to (17). */
	public int number() {
		return this.number;
	}

	/** The JSON identifier (and, in snake case, the database column). */
	public String key() {
		return this.key;
	}

	/** The database column of {@code national_form_row}. */
	public String dbColumn() {
		return this.key.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}

	/** The column's own header, under its group's. */
	public String label() {
		return this.label;
	}

	public Group group() {
		return this.group;
	}

	public Unit unit() {
		return this.unit;
	}

	/** Whether the column is money (whole đồng). */
	public boolean isMoney() {
		return this.unit == Unit.DONG;
	}

	/**
	 * The columns this one is the sum of: (4) = (5) + (6); empty for the others.
	 */
	public List<FormColumn> sumOf() {
		return (this == CLASSES_HELD) ? List.of(CLASSES_IN_PERSON, CLASSES_ONLINE) : List.of();
	}

	/**
	 * The column this one may not exceed: (9)-(14) ≤ (8), (16) ≤ (15); {@code null} for
	 * the others.
	 */
	public FormColumn atMost() {
		return switch (this) {
			case WOMEN, CHAIRS, FULL_TIME, ETHNIC_MINORITY, COMPLETED, PEOPLE -> ATTENDED;
			case ESTIMATE_SETTLED -> ESTIMATE;
			case CLASSES_IN_PERSON, CLASSES_ONLINE -> CLASSES_HELD;
			default -> null;
		};
	}

	/**
	 * The column number with its arithmetic, as the form's numbering row writes it: "(4)
	 * = (5) + (6)", "(9) ≤ (8)", "(3)".
	 */
	public String numbering() {
		if (!sumOf().isEmpty()) {
			return "(" + this.number + ") = "
					+ String.join(" + ", sumOf().stream().map((part) -> "(" + part.number + ")").toList());
		}
		if (atMost() != null && this != CLASSES_IN_PERSON && this != CLASSES_ONLINE) {
			return "(" + this.number + ") ≤ (" + atMost().number + ")";
		}
		return "(" + this.number + ")";
	}

	/** "(9) Nữ": the number and label, for messages. */
	public String title() {
		return "(" + this.number + ") " + this.label;
	}

	/** The column of a number, (3) to (17). */
	public static FormColumn ofNumber(int number) {
		for (FormColumn column : values()) {
			if (column.number == number) {
				return column;
			}
		}
		throw new IllegalArgumentException("No form column (" + number + ")");
	}

	/** The header group a column sits under. */
	public enum Group {

		CLASSES("Số lớp"), TRAINEES("Học viên"), BUDGET("Kinh phí");

		private final String label;

		Group(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** The unit of measure (đơn vị tính) the form writes under each column. */
	public enum Unit {

		CLASSES("Lớp"), TURNS("Lượt người"), PEOPLE("Người"), DONG("Đồng");

		private final String label;

		Unit(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
