package vn.congdoan.taphuan.national;

import java.util.List;

import vn.congdoan.taphuan.plan.ProgrammeKind;

/**
 * The rows of the statistical form, in the order the form prints them: the total first,
 * then the programme types of the plan model grouped as the Party's cadre-training forms
 * group them (đào tạo, lý luận chính trị, bồi dưỡng nghiệp vụ). Row codes are a public
 * contract (database, JSON).
 */
public enum FormRow {

	/** TỔNG SỐ = I + II + III. */
	TOTAL("", "TỔNG SỐ (I + II + III)", null),

	POSTGRADUATE("I", "Đào tạo sau đại học", ProgrammeKind.POSTGRADUATE),

	EXTERNAL("II", "Lý luận chính trị; các lớp do MTTQ, cơ quan khác tổ chức", ProgrammeKind.EXTERNAL),

	/** III = 1 + 2. */
	SKILLS("III", "Bồi dưỡng, tập huấn nghiệp vụ công tác công đoàn (III = 1 + 2)", null),

	FULLTIME_COURSES("1", "Cán bộ công đoàn chuyên trách", ProgrammeKind.FULLTIME_COURSES),

	GRASSROOTS_CLASSES("2", "Cán bộ công đoàn cơ sở, nghiệp đoàn", ProgrammeKind.GRASSROOTS_CLASSES);

	private final String number;

	private final String label;

	private final ProgrammeKind kind;

	FormRow(String number, String label, ProgrammeKind kind) {
		this.number = number;
		this.label = label;
		this.kind = kind;
	}

	/** The row's number in column (1): "I", "1", or blank for the total. */
	public String number() {
		return this.number;
	}

	/** The row's content in column (2). */
	public String label() {
		return this.label;
	}

	/**
	 * The programme kind whose programmes this row counts, or {@code null} for a row that
	 * sums others.
	 */
	public ProgrammeKind kind() {
		return this.kind;
	}

	/** The rows this one is the sum of, or empty for a row of its own. */
	public List<FormRow> sumOf() {
		return switch (this) {
			case TOTAL -> List.of(POSTGRADUATE, EXTERNAL, SKILLS);
			case SKILLS -> List.of(FULLTIME_COURSES, GRASSROOTS_CLASSES);
			default -> List.of();
		};
	}

	/** Whether the row holds figures of its own (not a sum of others). */
	public boolean isLeaf() {
		return this.kind != null;
	}

	/** Whether the row's programmes run classes of their own (else people are sent). */
	public boolean hasClasses() {
		return this.kind != null && this.kind.hasClasses();
	}

	/** "III. Bồi dưỡng ...", for messages. */
	public String title() {
		return this.number.isEmpty() ? "TỔNG SỐ" : this.number + ". " + this.label.replaceFirst(" \\(.*\\)$", "");
	}

	/** The leaf rows, in form order. */
	public static List<FormRow> leaves() {
		return List.of(POSTGRADUATE, EXTERNAL, FULLTIME_COURSES, GRASSROOTS_CLASSES);
	}

}
