package vn.congdoan.taphuan.report;

/**
 * A trainee's gender as the ward's list gives it.
 */
public enum Gender {

	MALE("Nam"),

	FEMALE("Nữ");

	private final String label;

	Gender(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
