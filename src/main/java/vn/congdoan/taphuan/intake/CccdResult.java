package vn.congdoan.taphuan.intake;

import java.util.Objects;

/**
 * A citizen identity number (CCCD) read from a ward list: {@code cccd} holds the twelve
 * digits when {@code status} is {@link FieldStatus#VALID}. {@code oldCmnd} marks an
 * invalid value that is a nine-digit identity card number (CMND) of the kind withdrawn
 * since 2025, so the warning can say so.
 *
 * @param raw the cell as written ({@code null} for an empty cell)
 * @param status whether a CCCD number was found
 * @param cccd the twelve digits, or {@code null}
 * @param oldCmnd whether the value is an old nine-digit CMND number
 */
public record CccdResult(String raw, FieldStatus status, String cccd, boolean oldCmnd) {

	public CccdResult {
		Objects.requireNonNull(status, "status");
		if ((status == FieldStatus.VALID) != (cccd != null)) {
			throw new IllegalArgumentException("a CCCD number is given exactly when the status is VALID");
		}
		if (cccd != null && (cccd.length() != 12 || !cccd.chars().allMatch((c) -> c >= '0' && c <= '9'))) {
			throw new IllegalArgumentException("not twelve digits: " + cccd);
		}
		if (oldCmnd && status != FieldStatus.INVALID) {
			throw new IllegalArgumentException("an old CMND number is not a valid CCCD number");
		}
	}

}
