package vn.congdoan.taphuan.report;

import java.util.List;
import java.util.Objects;

/**
 * The checks the report records run in their compact constructors, with messages that
 * name the record and the field (they point at a bug in the assembly, not at user input).
 */
final class Require {

	private Require() {
	}

	static String text(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " is blank");
		}
		return value;
	}

	static int nonNegative(int value, String name) {
		if (value < 0) {
			throw new IllegalArgumentException(name + " is negative: " + value);
		}
		return value;
	}

	static long nonNegative(long value, String name) {
		if (value < 0) {
			throw new IllegalArgumentException(name + " is negative: " + value);
		}
		return value;
	}

	static Integer nonNegativeOrNull(Integer value, String name) {
		return (value != null) ? nonNegative(value.intValue(), name) : null;
	}

	/** {@code smaller <= larger}, both named in the message. */
	static void atMost(long smaller, String smallerName, long larger, String largerName) {
		if (smaller > larger) {
			throw new IllegalArgumentException(
					smallerName + " (" + smaller + ") exceeds " + largerName + " (" + larger + ")");
		}
	}

	static <T> List<T> list(List<T> values, String name) {
		Objects.requireNonNull(values, name);
		return List.copyOf(values);
	}

	/** The share {@code part / whole}, or {@code null} when there is no whole. */
	static Double ratio(long part, long whole) {
		return (whole > 0) ? (double) part / whole : null;
	}

}
