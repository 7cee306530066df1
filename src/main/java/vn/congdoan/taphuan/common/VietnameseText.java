package vn.congdoan.taphuan.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation rules for Vietnamese text as wards type it: NFC, single spaces, accent
 * folding for matching, ASCII slugs for codes and title case for personal names.
 */
public final class VietnameseText {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

	private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

	private static final Locale VI = Locale.forLanguageTag("vi");

	private VietnameseText() {
	}

	/**
	 * NFC, every run of white space (including non-breaking spaces) as one space,
	 * trimmed. {@code null} stays {@code null}.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		return SPACES.matcher(nfc).replaceAll(" ").strip();
	}

	/**
	 * Lower case without diacritics ("Đoàn Kết" → "doan ket"): the key for accent- and
	 * case-insensitive matching.
	 */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
		String stripped = COMBINING.matcher(decomposed).replaceAll("");
		return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	/** ASCII slug of a name: "Mỹ Hòa Hưng" → "my-hoa-hung". */
	public static String slug(String text) {
		String folded = fold(text);
		if (folded == null) {
			return null;
		}
		return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	/**
	 * Case-folded NFC with single spaces ("NGUYỄN Văn A" → "nguyễn văn a"): the identity
	 * key of a name, keeping diacritics (two names that differ only in diacritics are
	 * different names, possibly the same person).
	 */
	public static String nameKey(String text) {
		String cleaned = clean(text);
		return (cleaned != null) ? cleaned.toLowerCase(VI) : null;
	}

	/**
	 * A personal name as Vietnamese writes it: each word capitalised, the rest lower case
	 * ("nguyễn THỊ hoa" → "Nguyễn Thị Hoa").
	 */
	public static String titleCaseName(String text) {
		String cleaned = clean(text);
		if (cleaned == null || cleaned.isEmpty()) {
			return cleaned;
		}
		StringBuilder out = new StringBuilder(cleaned.length());
		boolean startOfWord = true;
		for (int i = 0; i < cleaned.length();) {
			int cp = cleaned.codePointAt(i);
			if (Character.isLetter(cp)) {
				out.appendCodePoint(startOfWord ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
				startOfWord = false;
			}
			else {
				out.appendCodePoint(cp);
				startOfWord = cp == ' ' || cp == '-' || cp == '(' || cp == '.';
			}
			i += Character.charCount(cp);
		}
		return out.toString();
	}

}
