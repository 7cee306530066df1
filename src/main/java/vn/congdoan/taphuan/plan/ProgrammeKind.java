package vn.congdoan.taphuan.plan;

/**
 * What kind of training a programme is, which decides how it is tracked.
 */
public enum ProgrammeKind {

	/** Post-graduate study: places, tracked by enrolments. */
	POSTGRADUATE(false, "Đào tạo sau đại học"),

	/**
	 * Training run by another body (e.g. the Fatherland Front's political-theory
	 * courses): tracked by enrolments.
	 */
	EXTERNAL(false, "Cử học lớp của cơ quan khác"),

	/**
	 * Courses for full-time cadres that the federation fills itself: classes with
	 * attendance.
	 */
	FULLTIME_COURSES(true, "Bồi dưỡng cán bộ chuyên trách"),

	/** Classes for grassroots cadres sent by the wards: classes with attendance. */
	GRASSROOTS_CLASSES(true, "Tập huấn cán bộ công đoàn cơ sở");

	private final boolean hasClasses;

	private final String label;

	ProgrammeKind(boolean hasClasses, String label) {
		this.hasClasses = hasClasses;
		this.label = label;
	}

	/** What this kind of programme is called in reports and workbooks. */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the programme runs classes of its own (otherwise it is tracked by
	 * enrolments).
	 */
	public boolean hasClasses() {
		return this.hasClasses;
	}

}
