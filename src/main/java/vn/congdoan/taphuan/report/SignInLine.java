package vn.congdoan.taphuan.report;

/**
 * One line of a sign-in sheet: a trainee expected in class, or a blank numbered line to
 * write one in.
 *
 * @param number the line number
 * @param name the trainee's name, or {@code null} for a blank line
 * @param position the trainee's union position as the ward wrote it, or {@code null}
 * @param unit the trainee's unit (CĐCS), or {@code null}
 */
public record SignInLine(int number, String name, String position, String unit) {

	public SignInLine {
		if (number < 1) {
			throw new IllegalArgumentException("Line numbers start at 1: " + number);
		}
	}

	public static SignInLine blank(int number) {
		return new SignInLine(number, null, null, null);
	}

}
