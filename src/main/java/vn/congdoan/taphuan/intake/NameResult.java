package vn.congdoan.taphuan.intake;

import java.util.Objects;

/**
 * A trainee's full name read from a ward list: {@code name} is the name in title case
 * with single spaces when {@code status} is {@link FieldStatus#VALID}. A blank name is
 * what the importer reports as NAME_MISSING, an invalid one as NAME_INVALID.
 *
 * @param raw the cell as written ({@code null} for an empty cell)
 * @param status whether a usable name was found
 * @param name the cleaned name, or {@code null}
 */
public record NameResult(String raw, FieldStatus status, String name) {

	public NameResult {
		Objects.requireNonNull(status, "status");
		if ((status == FieldStatus.VALID) != (name != null)) {
			throw new IllegalArgumentException("a name is given exactly when the status is VALID");
		}
	}

}
