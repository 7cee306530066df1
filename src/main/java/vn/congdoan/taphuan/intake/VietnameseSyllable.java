package vn.congdoan.taphuan.intake;

import java.util.Set;

/**
 * Whether a word is shaped like one Vietnamese syllable: initial consonant, vowel
 * nucleus, final consonant, at most one tone, and only sắc or nặng before a final p, t, c
 * or ch. It says nothing about whether the word exists; it tells "nguyễn" and "thị" from
 * "cafộ" and "mỹller", which is what deciding between legacy readings of a word needs.
 */
final class VietnameseSyllable {

	private static final int LONGEST = 7;

	private static final String[] INITIALS = { "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b",
			"c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "" };

	private static final String[] FINALS = { "ng", "nh", "ch", "c", "m", "n", "p", "t", "" };

	/** Nuclei that stand with or without a final consonant. */
	private static final Set<String> EITHER = Set.of("a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê",
			"uy");

	/** Nuclei ending in a glide, and uơ: no final consonant after them. */
	private static final Set<String> OPEN_ONLY = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
			"oi", "ôi", "ơi", "ua", "ui", "uơ", "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây",
			"uôi", "ươi", "ươu", "uya", "uyu");

	/** Nuclei that need a final consonant. */
	private static final Set<String> CLOSED_ONLY = Set.of("ă", "â", "oă", "oo", "uâ", "iê", "yê", "uô", "ươ", "uyê");

	private VietnameseSyllable() {
	}

	static boolean isWellFormed(CharSequence word) {
		int length = word.length();
		if (length == 0 || length > LONGEST) {
			return false;
		}
		char[] bases = new char[length];
		int tone = VietnameseLetters.NO_TONE;
		for (int i = 0; i < length; i++) {
			char c = Character.toLowerCase(word.charAt(i));
			int index = VietnameseLetters.indexOf(c);
			if (index >= 0) {
				int letterTone = index % VietnameseLetters.TONES;
				if (letterTone != VietnameseLetters.NO_TONE) {
					if (tone != VietnameseLetters.NO_TONE) {
						return false;
					}
					tone = letterTone;
				}
				bases[i] = VietnameseLetters.letter(index / VietnameseLetters.TONES, VietnameseLetters.NO_TONE);
			}
			else if ((c >= 'a' && c <= 'z') || c == 'đ') {
				bases[i] = c;
			}
			else {
				return false;
			}
		}
		String plain = new String(bases);
		for (String initial : INITIALS) {
			if (plain.startsWith(initial) && hasRhyme(plain, initial.length(), tone)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasRhyme(String plain, int start, int tone) {
		for (String last : FINALS) {
			int end = plain.length() - last.length();
			if (end > start && plain.endsWith(last) && fits(plain.substring(start, end), last, tone)) {
				return true;
			}
		}
		return false;
	}

	private static boolean fits(String nucleus, String last, int tone) {
		boolean stop = last.equals("p") || last.equals("t") || last.equals("c") || last.equals("ch");
		if (stop && tone != VietnameseLetters.ACUTE && tone != VietnameseLetters.DOT) {
			return false;
		}
		if (EITHER.contains(nucleus)) {
			return true;
		}
		return last.isEmpty() ? OPEN_ONLY.contains(nucleus) : CLOSED_ONLY.contains(nucleus);
	}

}
