package vn.congdoan.taphuan.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseText;

/**
 * Reads the roll-call marks wards type under each class day as {@link Mark}s.
 * <p>
 * Case does not matter, diacritics do not matter, with one exception taken from how wards
 * write (DOMAIN.md): a lower-case "v" is a tick (present) and a capital "V" is vắng
 * (absent). A blank cell is absent. Present: x, v, ✓ ✔ ☑ √, 1 (also 1.0 from a number
 * cell), có, có mặt. Excused: P, CP, phép, có phép, vắng có phép, nghỉ (có) phép. Absent:
 * K, KP, V, 0 (0.0), -, vắng, vắng mặt, vắng không phép, không phép, không, nghỉ, nghỉ
 * không phép. Anything else is {@link Mark#UNKNOWN}.
 */
public final class MarkMapping {

	private static final List<String> TEMPLATE_CHOICES = List.of("x", "P", "K");

	/** Marks by their folded text ("vắng có phép" → "vang co phep"). */
	private static final Map<String, Mark> FOLDED = folded();

	/** The marks most cells hold, exactly as typed: looked up before any cleaning. */
	private static final Map<String, Mark> EXACT = exact();

	private MarkMapping() {
	}

	/** The mark the text stands for; blank is {@link Mark#ABSENT}. */
	public static Mark map(String raw) {
		if (raw == null) {
			return Mark.ABSENT;
		}
		Mark exact = EXACT.get(raw);
		if (exact != null) {
			return exact;
		}
		String cleaned = VietnameseText.clean(raw);
		exact = EXACT.get(cleaned);
		if (exact != null) {
			return exact;
		}
		if (TextCells.isBlank(cleaned)) {
			return Mark.ABSENT;
		}
		Mark folded = FOLDED.get(VietnameseText.fold(cleaned));
		if (folded != null) {
			return folded;
		}
		return numeric(cleaned);
	}

	/**
	 * The marks the attendance template offers in its drop-down: x (có mặt), P (vắng có
	 * phép), K (vắng không phép).
	 */
	public static List<String> templateChoices() {
		return TEMPLATE_CHOICES;
	}

	/** The legend printed under the template's roll-call columns. */
	public static String templateLegend() {
		return "x: có mặt; P: vắng có phép; K: vắng không phép";
	}

	/** A number cell: 1 (present) or 0 (absent) however many decimal zeros follow. */
	private static Mark numeric(String text) {
		int point = text.indexOf('.');
		String whole = (point < 0) ? text : text.substring(0, point);
		if (point >= 0) {
			for (int i = point + 1; i < text.length(); i++) {
				if (text.charAt(i) != '0') {
					return Mark.UNKNOWN;
				}
			}
		}
		return switch (whole) {
			case "1", "01" -> Mark.PRESENT;
			case "0", "00" -> Mark.ABSENT;
			default -> Mark.UNKNOWN;
		};
	}

	private static Map<String, Mark> folded() {
		Map<String, Mark> marks = new HashMap<>();
		put(marks, Mark.PRESENT, "x", "✓", "✔", "☑", "√", "1", "co", "co mat");
		put(marks, Mark.EXCUSED, "p", "cp", "phep", "co phep", "vang co phep", "nghi phep", "nghi co phep");
		put(marks, Mark.ABSENT, "k", "kp", "0", "-", "vang", "vang mat", "vang khong phep", "khong phep", "khong",
				"nghi", "nghi khong phep");
		return Map.copyOf(marks);
	}

	private static Map<String, Mark> exact() {
		Map<String, Mark> marks = new HashMap<>();
		put(marks, Mark.PRESENT, "x", "X", "v", "✓", "✔", "☑", "√", "1", "1.0", "có", "Có", "có mặt", "Có mặt");
		put(marks, Mark.EXCUSED, "P", "p", "CP", "cp", "Cp", "phép", "Phép", "vắng có phép", "Vắng có phép");
		put(marks, Mark.ABSENT, "", "V", "K", "k", "KP", "kp", "Kp", "0", "0.0", "-", "vắng", "Vắng", "vắng không phép",
				"Vắng không phép");
		return Map.copyOf(marks);
	}

	private static void put(Map<String, Mark> marks, Mark mark, String... texts) {
		for (String text : texts) {
			marks.put(text, mark);
		}
	}

}
