package vn.congdoan.taphuan.intake;

/**
 * The Vietnamese vowel letters as a grid of twelve bases (a ă â e ê i o ô ơ u ư y) by six
 * tones (none, grave/huyền, acute/sắc, hook/hỏi, tilde/ngã, dot/nặng), plus đ. Legacy
 * encodings and the syllable check index letters by their place in this grid.
 */
final class VietnameseLetters {

	static final int TONES = 6;

	static final int A = 0;

	static final int A_BREVE = 1;

	static final int A_CIRCUMFLEX = 2;

	static final int E = 3;

	static final int E_CIRCUMFLEX = 4;

	static final int I = 5;

	static final int O = 6;

	static final int O_CIRCUMFLEX = 7;

	static final int O_HORN = 8;

	static final int U = 9;

	static final int U_HORN = 10;

	static final int Y = 11;

	static final int NO_TONE = 0;

	static final int ACUTE = 2;

	static final int DOT = 5;

	private static final String GRID = "aàáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ" + "eèéẻẽẹ" + "êềếểễệ" + "iìíỉĩị" + "oòóỏõọ"
			+ "ôồốổỗộ" + "ơờớởỡợ" + "uùúủũụ" + "ưừứửữự" + "yỳýỷỹỵ";

	private static final int LATIN_EXTENDED_ADDITIONAL = 0x1EA0;

	/** Grid index + 1 of each lower-case letter below U+0200 (0: not in the grid). */
	private static final byte[] LOW_INDEX = new byte[0x200];

	/** Grid index + 1 of each lower-case letter in U+1EA0..U+1EFF. */
	private static final byte[] EXTENDED_INDEX = new byte[0x60];

	static {
		for (int i = 0; i < GRID.length(); i++) {
			char letter = GRID.charAt(i);
			if (letter < LOW_INDEX.length) {
				LOW_INDEX[letter] = (byte) (i + 1);
			}
			else {
				EXTENDED_INDEX[letter - LATIN_EXTENDED_ADDITIONAL] = (byte) (i + 1);
			}
		}
	}

	private VietnameseLetters() {
	}

	/** The lower-case letter at a place in the grid. */
	static char letter(int base, int tone) {
		return GRID.charAt(base * TONES + tone);
	}

	/** The letter at a place in the grid, upper case if asked. */
	static char letter(int base, int tone, boolean upperCase) {
		char letter = letter(base, tone);
		return upperCase ? Character.toUpperCase(letter) : letter;
	}

	/**
	 * The place of a vowel letter in the grid (base × {@value #TONES} + tone), either
	 * case, or -1 for anything else (including đ and consonants).
	 */
	static int indexOf(char c) {
		char lower = Character.toLowerCase(c);
		if (lower < LOW_INDEX.length) {
			return LOW_INDEX[lower] - 1;
		}
		int offset = lower - LATIN_EXTENDED_ADDITIONAL;
		if (offset >= 0 && offset < EXTENDED_INDEX.length) {
			return EXTENDED_INDEX[offset] - 1;
		}
		return -1;
	}

	/**
	 * Whether the character is a Vietnamese letter that Latin-1 does not have (ă, đ, ơ,
	 * ư, ĩ, ũ, ạ … ỹ, either case): text read from a legacy encoding never contains one.
	 */
	static boolean isBeyondLatin1(char c) {
		return c > 0xFF && (c == 'đ' || c == 'Đ' || indexOf(c) >= 0);
	}

}
