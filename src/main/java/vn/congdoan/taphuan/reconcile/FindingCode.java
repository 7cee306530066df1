package vn.congdoan.taphuan.reconcile;

/**
 * Stable codes of reconciliation findings: a public contract (JSON output, finding ids,
 * acknowledgements). Each has a severity and a Vietnamese label: the one name a person
 * reads for it in every PDF, workbook and terminal line, where the code itself shows only
 * in JSON and in the workbooks' code columns.
 */
public enum FindingCode {

	/**
	 * A class, or a ward's allocation in it, has fewer trainees present (on at least one
	 * day) than {@code underfill-threshold} × quota. A class once it has ended and every
	 * allocated ward has sent its list or the submission grace has passed; a ward once
	 * the class has ended and its list is in.
	 */
	QUOTA_UNDERFILLED(FindingSeverity.WARNING, "Chưa đạt chỉ tiêu"),

	/**
	 * A started class, or a ward's allocation in it (a ward without allocation included),
	 * has more trainees present than {@code overfill-threshold} × quota.
	 */
	QUOTA_EXCEEDED(FindingSeverity.WARNING, "Vượt chỉ tiêu"),

	/**
	 * A ward with an allocation sent no usable list for a class that ended at least
	 * {@code submission-grace-days} before as-of.
	 */
	SUBMISSION_MISSING(FindingSeverity.ERROR, "Chưa gửi danh sách"),

	/**
	 * The same trainee (identity key) is counted more than once in one class: listed by
	 * two wards, or twice.
	 */
	DUPLICATE_TRAINEE(FindingSeverity.ERROR, "Học viên trùng trong lớp"),

	/**
	 * Two different identities that may be one person: the same name and birth year with
	 * another unit (or one with a CCCD and one without), or names equal without
	 * diacritics and the same birth year. Never two different CCCDs.
	 */
	POSSIBLE_DUPLICATE(FindingSeverity.WARNING, "Có thể trùng người"),

	/** A trainee's position is outside the positions the programme admits. */
	INELIGIBLE_POSITION(FindingSeverity.WARNING, "Chức vụ không thuộc đối tượng"),

	/**
	 * A trainee's position is blank or not recognised in a programme that admits only
	 * some positions: eligibility cannot be checked.
	 */
	POSITION_UNKNOWN(FindingSeverity.WARNING, "Không rõ chức vụ"),

	/**
	 * A listed trainee of an ended class was present on fewer days than completion needs
	 * (absent on every day included).
	 */
	INCOMPLETE_ATTENDANCE(FindingSeverity.INFO, "Không học đủ thời gian"),

	/**
	 * A class day falls outside its programme's period or the plan year. The plan loader
	 * refuses such plans; this guards the figures against plans stored otherwise.
	 */
	CLASS_OUTSIDE_PERIOD(FindingSeverity.ERROR, "Lớp ngoài thời gian kế hoạch"),

	/**
	 * Settled more than estimated: for a class in total (ERROR), or for one budget
	 * category of a class (WARNING).
	 */
	BUDGET_OVERRUN(FindingSeverity.ERROR, "Vượt dự toán"),

	/**
	 * A settled unit price is above the plan's spending norm for its category and unit.
	 */
	NORM_EXCEEDED(FindingSeverity.ERROR, "Vượt định mức chi"),

	/**
	 * A per-trainee-day allowance (meals, water) was paid for more trainees on a class
	 * day than were present that day (or, for lines without a day, for more trainee-days
	 * than were present in all).
	 */
	ALLOWANCE_EXCEEDS_ATTENDANCE(FindingSeverity.ERROR, "Chi hỗ trợ nhiều hơn số có mặt"),

	/**
	 * A class with an estimate ended at least {@code settlement-grace-days} before as-of
	 * and has no settlement.
	 */
	SETTLEMENT_MISSING(FindingSeverity.WARNING, "Chưa quyết toán"),

	/**
	 * The same trainee attended two or more classes of one programme: informational; it
	 * is why trainee-turns exceed distinct trainees.
	 */
	REPEAT_TRAINEE(FindingSeverity.INFO, "Học viên học nhiều lớp");

	private final FindingSeverity severity;

	private final String label;

	FindingCode(FindingSeverity severity, String label) {
		this.severity = severity;
		this.label = label;
	}

	/**
	 * The severity of findings of this code (BUDGET_OVERRUN of one category: WARNING).
	 */
	public FindingSeverity severity() {
		return this.severity;
	}

	/** The code a finding id ({@code CODE-<10 hex>}) starts with. */
	public static FindingCode ofId(String findingId) {
		return valueOf(findingId.substring(0, findingId.lastIndexOf('-')));
	}

	/** A finding id without its code: the 10 hex digits a PDF prints. */
	public static String shortId(String findingId) {
		return findingId.substring(findingId.lastIndexOf('-') + 1);
	}

	/** What this kind of finding is called in Vietnamese, wherever a person reads it. */
	public String label() {
		return this.label;
	}

}
