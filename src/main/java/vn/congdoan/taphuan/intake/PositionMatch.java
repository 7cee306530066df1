package vn.congdoan.taphuan.intake;

import java.util.Objects;

import vn.congdoan.taphuan.plan.Position;

/**
 * The union position a ward wrote, as a code. A position nobody recognised is
 * {@link Position#OTHER} with {@code recognised} false, and keeps the ward's text in
 * {@code raw} so reports can show it and the importer can warn POSITION_UNKNOWN.
 *
 * @param code the position code
 * @param raw the text as the ward wrote it
 * @param recognised whether the text named a known position ("Khác" does: it is
 * {@link Position#OTHER} on purpose)
 */
public record PositionMatch(Position code, String raw, boolean recognised) {

	public PositionMatch {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(raw, "raw");
		if (!recognised && code != Position.OTHER) {
			throw new IllegalArgumentException("an unrecognised position can only be OTHER, not " + code);
		}
	}

}
