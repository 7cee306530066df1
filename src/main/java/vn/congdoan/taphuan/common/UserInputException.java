package vn.congdoan.taphuan.common;

import java.util.List;

/**
 * Input that the user can correct: an unknown code, a missing option, an invalid file.
 * Ends the command with exit code 2 and a message that says what to do.
 * {@link #details()} carries one line per problem when there are several.
 */
public class UserInputException extends RuntimeException {

	private final List<String> details;

	public UserInputException(String message) {
		this(message, List.of());
	}

	public UserInputException(String message, List<String> details) {
		super(message);
		this.details = List.copyOf(details);
	}

	public List<String> details() {
		return this.details;
	}

}
