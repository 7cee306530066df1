package vn.congdoan.taphuan.intake;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A birth year, and the full date when the ward gave one, read from a ward list;
 * {@code year} is set exactly when {@code status} is {@link FieldStatus#VALID}.
 *
 * @param raw the cell as written ({@code null} for an empty cell)
 * @param status whether a plausible birth year was found
 * @param year the year of birth, or {@code null}
 * @param date the date of birth when the cell gave a whole date, or {@code null}
 */
public record BirthResult(String raw, FieldStatus status, Integer year, LocalDate date) {

	public BirthResult {
		Objects.requireNonNull(status, "status");
		if ((status == FieldStatus.VALID) != (year != null)) {
			throw new IllegalArgumentException("a birth year is given exactly when the status is VALID");
		}
		if (date != null && (year == null || date.getYear() != year)) {
			throw new IllegalArgumentException("the birth date " + date + " is not in the year " + year);
		}
	}

}
