package vn.congdoan.taphuan.intake;

import java.util.Objects;

/**
 * A phone number read from a ward list: {@code phone} holds the digits with the leading 0
 * ("0912345678", landlines "02963xxxxxx") when {@code status} is
 * {@link FieldStatus#VALID}, and is {@code null} otherwise; {@code raw} is what the cell
 * said.
 *
 * @param raw the cell as written ({@code null} for an empty cell)
 * @param status whether a number was found
 * @param phone the normalised number, digits only, or {@code null}
 */
public record PhoneResult(String raw, FieldStatus status, String phone) {

	public PhoneResult {
		Objects.requireNonNull(status, "status");
		if ((status == FieldStatus.VALID) != (phone != null)) {
			throw new IllegalArgumentException("a phone number is given exactly when the status is VALID");
		}
		if (phone != null && !isNormalised(phone)) {
			throw new IllegalArgumentException("not a normalised phone number: " + phone);
		}
	}

	/** Whether the number is a mobile number (ten digits). */
	public boolean isMobile() {
		return this.phone != null && this.phone.length() == 10;
	}

	private static boolean isNormalised(String phone) {
		if ((phone.length() != 10 && phone.length() != 11) || phone.charAt(0) != '0') {
			return false;
		}
		for (int i = 1; i < phone.length(); i++) {
			if (phone.charAt(i) < '0' || phone.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
