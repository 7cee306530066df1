package vn.congdoan.taphuan.wardkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one fill-in template shows, taken from the plan: who it is for, which class,
 * which days, how many rows.
 *
 * @param metadata plan, class and ward codes, written to the hidden metadata sheet
 * @param superiorBody the first line of the title block, "Liên đoàn Lao động tỉnh An
 * Giang"
 * @param issuingBody the second line, the ward union that sends the list, "Công đoàn
 * phường Long Xuyên"
 * @param classTitle the class title
 * @param days the class days, one roll-call column each
 * @param venue where the class is held, or {@code null}
 * @param quota the ward's allocation
 * @param rows the numbered rows: the allocation and a margin
 * @param maxBirthYear the latest birth year accepted (the plan year less 16)
 * @param returnTo who the filled file goes back to
 * @param contact whom to ask, or {@code null}
 */
record AttendanceTemplate(TemplateMetadata metadata, String superiorBody, String issuingBody, String classTitle,
		List<LocalDate> days, String venue, int quota, int rows, int maxBirthYear, String returnTo, String contact) {

	/** The earliest birth year accepted. */
	static final int MIN_BIRTH_YEAR = 1940;

	/** The youngest trainee accepted: the plan year less this many years. */
	static final int MIN_AGE = 16;

	AttendanceTemplate {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(superiorBody, "superiorBody");
		Objects.requireNonNull(issuingBody, "issuingBody");
		Objects.requireNonNull(classTitle, "classTitle");
		Objects.requireNonNull(returnTo, "returnTo");
		days = List.copyOf(days);
		if (days.isEmpty()) {
			throw new IllegalArgumentException("A template needs at least one class day");
		}
		if (quota < 1 || rows < quota) {
			throw new IllegalArgumentException("Rows " + rows + " for an allocation of " + quota);
		}
		if (maxBirthYear <= MIN_BIRTH_YEAR) {
			throw new IllegalArgumentException("Latest birth year " + maxBirthYear + " is before " + MIN_BIRTH_YEAR);
		}
	}

	/**
	 * Rows for an allocation: the allocation and about a fifth more, at least five more.
	 */
	static int rowsFor(int quota) {
		int margin = Math.max(5, (quota * 20 + 99) / 100);
		return quota + margin;
	}

	LocalDate start() {
		return this.days.get(0);
	}

	LocalDate end() {
		return this.days.get(this.days.size() - 1);
	}

}
