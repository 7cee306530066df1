package vn.congdoan.taphuan.intake;

import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseText;

/**
 * Reads the gender column ("Giới tính") of a ward list: Nam, M, Male are
 * {@link Gender#MALE}; Nữ, Nu, Nữ giới, F, Female are {@link Gender#FEMALE}; in any case
 * and with or without diacritics.
 */
public final class GenderMapping {

	private static final List<String> TEMPLATE_CHOICES = List.of("Nam", "Nữ");

	private static final Map<String, Gender> FOLDED = Map.of("nam", Gender.MALE, "m", Gender.MALE, "male", Gender.MALE,
			"nam gioi", Gender.MALE, "nu", Gender.FEMALE, "f", Gender.FEMALE, "female", Gender.FEMALE, "nu gioi",
			Gender.FEMALE);

	private GenderMapping() {
	}

	/**
	 * The gender the text names, or {@code null} when it is blank or names none; tell the
	 * two apart with {@link #isUnrecognised}.
	 */
	public static Gender map(String raw) {
		if (raw == null) {
			return null;
		}
		return FOLDED.get(VietnameseText.fold(raw));
	}

	/**
	 * Whether the text says something that is not a gender (the importer warns); blank
	 * text is not unrecognised, just missing.
	 */
	public static boolean isUnrecognised(String raw) {
		return !TextCells.isBlank(raw) && map(raw) == null;
	}

	/** The choices the attendance template offers in its drop-down: Nam, Nữ. */
	public static List<String> templateChoices() {
		return TEMPLATE_CHOICES;
	}

}
