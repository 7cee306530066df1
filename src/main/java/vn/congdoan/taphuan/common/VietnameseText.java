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

	private static final Locale VI = Locale.forLanguageTag("vi");

	/**
	 * Start of the Vietnamese letters with tone marks in Latin Extended Additional (Ạ).
	 */
	private static final char VIETNAMESE_FIRST = '\u1EA0';

	/** End of the Vietnamese letters with tone marks in Latin Extended Additional (ỹ). */
	private static final char VIETNAMESE_LAST = '\u1EF9';

	/**
	 * Each character below U+0300 and each Vietnamese letter, folded on its own, or 0
	 * where that is not one character. A clean text made of these folds character by
	 * character: its decomposition is the decomposition of each character (none of them
	 * is a combining mark, so nothing reorders), and lower-casing in the root locale is
	 * context-free for what remains.
	 */
	private static final char[] FOLDED = foldTable();

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
		if (isClean(text)) {
			return text;
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
		String cleaned = clean(text);
		if (isAscii(cleaned)) {
			return cleaned.toLowerCase(Locale.ROOT);
		}
		String tabled = foldByTable(cleaned);
		if (tabled != null) {
			return tabled;
		}
		return foldByDecomposing(cleaned);
	}

	/** The fold of a clean text by {@link #FOLDED}, or {@code null} if it cannot be. */
	private static String foldByTable(String cleaned) {
		char[] folded = new char[cleaned.length()];
		for (int i = 0; i < folded.length; i++) {
			char c = cleaned.charAt(i);
			char f = (c <= VIETNAMESE_LAST) ? FOLDED[c] : 0;
			if (f == 0) {
				return null;
			}
			folded[i] = f;
		}
		return new String(folded);
	}

	private static String foldByDecomposing(String cleaned) {
		String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
		StringBuilder stripped = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length();) {
			int cp = decomposed.codePointAt(i);
			if (!isMark(cp)) {
				stripped.appendCodePoint((cp == 'đ') ? 'd' : (cp == 'Đ') ? 'D' : cp);
			}
			i += Character.charCount(cp);
		}
		return stripped.toString().toLowerCase(Locale.ROOT);
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

	/**
	 * Whether {@link #clean} would return the text unchanged: the common case, checked
	 * without regular expressions or allocation because import runs this on every cell.
	 */
	private static boolean isClean(String text) {
		int length = text.length();
		if (length == 0) {
			return true;
		}
		if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(length - 1))) {
			return false;
		}
		boolean composedOnly = true;
		char previous = 'x';
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (previous == ' ') {
					return false;
				}
			}
			else if (isSpace(c)) {
				return false;
			}
			composedOnly &= c < '\u0300' || (c >= VIETNAMESE_FIRST && c <= VIETNAMESE_LAST);
			previous = c;
		}
		// Every character below U+0300 is NFC-stable on its own; so are the Vietnamese
		// letters with their tone mark (U+1EA0 to U+1EF9), which are their own canonical
		// composition and never the second half of one: such a text is in NFC whatever
		// the order of its characters (the NFC quick check says yes).
		return composedOnly || Normalizer.isNormalized(text, Normalizer.Form.NFC);
	}

	private static char[] foldTable() {
		char[] table = new char[VIETNAMESE_LAST + 1];
		for (char c = 0; c <= VIETNAMESE_LAST; c++) {
			if (c >= '\u0300' && c < VIETNAMESE_FIRST) {
				continue;
			}
			String folded = foldByDecomposing(String.valueOf(c));
			table[c] = (folded.length() == 1) ? folded.charAt(0) : 0;
		}
		return table;
	}

	/** The characters {@link #SPACES} matches. */
	private static boolean isSpace(char c) {
		return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** What {@code \p{M}} matches. */
	private static boolean isMark(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

}
