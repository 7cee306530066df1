package vn.congdoan.taphuan.plan;

/**
 * What kind of training a programme is, which decides how it is tracked.
 */
public enum ProgrammeKind {

	/** Post-graduate study: places, tracked by enrolments. */
	POSTGRADUATE(false),

	/**
	 * Training run by another body (e.g. the Fatherland Front's political-theory
	 * courses): tracked by enrolments.
	 */
	EXTERNAL(false),

	/**
	 * Courses for full-time cadres that the federation fills itself: classes with
	 * attendance.
	 */
	FULLTIME_COURSES(true),

	/** Classes for grassroots cadres sent by the wards: classes with attendance. */
	GRASSROOTS_CLASSES(true);

	private final boolean hasClasses;

	ProgrammeKind(boolean hasClasses) {
		this.hasClasses = hasClasses;
	}

	/**
	 * Whether the programme runs classes of its own (otherwise it is tracked by
	 * enrolments).
	 */
	public boolean hasClasses() {
		return this.hasClasses;
	}

}
