package vn.congdoan.taphuan.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises and converts Vietnamese typed in the legacy TCVN3 and VNI encodings, which
 * reaches the importer as Latin-1 characters ("NguyÔn ThÞ Hoa", "Nguyeãn Thò Hoa").
 * <p>
 * A single legacy character proves little: "Ô" is ễ in TCVN3 but a real letter in Unicode
 * Vietnamese, and "é" or "ü" turn up in Western words. So the evidence is counted per
 * word: a word is read as it stands, decoded from TCVN3 and decoded from VNI, and each
 * reading is checked for the shape of a Vietnamese syllable. "NguyÔn" is a syllable only
 * decoded from TCVN3, "Hà" only as it stands, "Café" in no reading at all. See
 * {@link LegacyEvidence} for what is counted and how a verdict is reached.
 * <p>
 * Tables: TCVN 5712:1993 VN3 ("ABC") and VNI Windows as in the UniKey converter's charset
 * tables (Pham Kim Long, VnConv {@code data.cpp}, as shipped in ibus-unikey). TCVN3 was
 * checked against the XFree86 TCVN 5712 table ({@code TCVNtoUCS2.c}) and the
 * vietnamese-conversion package ({@code charsets.ts}); VNI against vietnamese-conversion
 * and the xvnkb keyboard's table ({@code vni.h}). They agree on every code used here.
 * <p>
 * Limit: TCVN3 has code points for upper-case letters only without tone marks (Ă Â Ê Ô Ơ
 * Ư Đ). Offices typed capitals with tone marks in the upper-case fonts (.VnTimeH), which
 * draw the lower-case code points as capitals, so the text itself does not say which
 * letters were capitals. {@link #decode} makes such a letter upper case when its word or
 * a neighbouring word is otherwise in capitals ("NGUYÔN" → "NGUYỄN", "THAM Dù" → "THAM
 * DỰ"); elsewhere it stays lower case ("Hå" → "Hồ", but also "¸nh" → "ánh" where the ward
 * meant "Ánh", and a lone "Ô" → "ễ"). Names are title-cased later anyway.
 */
public final class LegacyVietnamese {

	/**
	 * TCVN3 code of each letter in {@link VietnameseLetters}' grid: per base (a ă â e ê i
	 * o ô ơ u ư y) the letter without tone, then grave, acute, hook, tilde, dot. ư is
	 * U+00AD (soft hyphen).
	 */
	private static final String TCVN3_GRID = "aµ¸¶·¹" + "¨»¾¼½Æ" + "©ÇÊÈÉË" + "eÌÐÎÏÑ" + "ªÒÕÓÔÖ" + "i×ÝØÜÞ" + "oßãáâä"
			+ "«åèæçé" + "¬êíëìî" + "uïóñòô" + "\u00ADõøö÷ù" + "yúýûüþ";

	/** The only upper-case Vietnamese letters TCVN3 has, and their codes. */
	private static final String TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ";

	private static final String TCVN3_CAPITAL_CODES = "¡¢£¤¥¦§";

	private static final char TCVN3_D = '®';

	/** VNI: the byte after a vowel for grave, acute, hook, tilde, dot. */
	private static final String VNI_TONES = "øùûõï";

	/**
	 * VNI: the byte after a, e or o for circumflex without tone, grave, acute, hook,
	 * tilde, dot.
	 */
	private static final String VNI_CIRCUMFLEX = "âàáåãä";

	/** VNI: the byte after a for breve without tone, grave, acute, hook, tilde, dot. */
	private static final String VNI_BREVE = "êèéúüë";

	/** VNI: i with each tone is one byte. */
	private static final String VNI_I = "iìíæóò";

	private static final char VNI_Y_DOT = 'î';

	private static final char VNI_D = 'ñ';

	private static final char VNI_O_HORN = 'ô';

	private static final char VNI_U_HORN = 'ö';

	/** Unicode letter of each TCVN3 code below U+0100 (0: not a TCVN3 letter). */
	private static final char[] TCVN3_DECODE = new char[0x100];

	/** VNI spelling of each letter in the grid, lower case. */
	private static final String[] VNI_ENCODE = new String[TCVN3_GRID.length()];

	static {
		for (int i = 0; i < TCVN3_GRID.length(); i++) {
			char code = TCVN3_GRID.charAt(i);
			if (code >= 0x80) {
				TCVN3_DECODE[code] = VietnameseLetters.letter(i / VietnameseLetters.TONES, i % VietnameseLetters.TONES);
			}
			VNI_ENCODE[i] = vniSpelling(i / VietnameseLetters.TONES, i % VietnameseLetters.TONES);
		}
		for (int i = 0; i < TCVN3_CAPITALS.length(); i++) {
			TCVN3_DECODE[TCVN3_CAPITAL_CODES.charAt(i)] = TCVN3_CAPITALS.charAt(i);
		}
		TCVN3_DECODE[TCVN3_D] = 'đ';
	}

	private LegacyVietnamese() {
	}

	/**
	 * The legacy encoding this text was most likely typed in, or empty for Unicode
	 * Vietnamese, ASCII, Western text and anything undecided. For a whole file, add up
	 * {@link #score} over many cells instead: one cell is thin evidence.
	 */
	public static Optional<LegacyEncoding> detect(String text) {
		return score(text).verdict();
	}

	/**
	 * The evidence one text gives about legacy encodings, to be added up across the cells
	 * of a file. Plain ASCII returns {@link LegacyEvidence#NONE} after one scan without
	 * allocating; otherwise the cost is linear in the length of the text.
	 */
	public static LegacyEvidence score(String text) {
		if (text == null || isAscii(text)) {
			return LegacyEvidence.NONE;
		}
		int tcvn3 = 0;
		int vni = 0;
		int unicode = 0;
		int foreign = 0;
		int length = text.length();
		int start = 0;
		while (start < length) {
			if (!isWordChar(text.charAt(start))) {
				start++;
				continue;
			}
			int end = start;
			boolean accented = false;
			boolean unicodeOnly = false;
			while (end < length && isWordChar(text.charAt(end))) {
				char c = text.charAt(end);
				accented |= c >= 0x80;
				unicodeOnly |= VietnameseLetters.isBeyondLatin1(c) || isCombiningMark(c);
				end++;
			}
			Reading reading = unicodeOnly ? Reading.AS_IT_STANDS
					: accented ? read(text.substring(start, end)) : Reading.UNDECIDED;
			switch (reading) {
				case TCVN3 -> tcvn3++;
				case VNI -> vni++;
				case TCVN3_OR_VNI -> {
					tcvn3++;
					vni++;
				}
				case AS_IT_STANDS -> unicode++;
				case NONE -> foreign++;
				case UNDECIDED -> {
				}
			}
			start = end;
		}
		if (tcvn3 == 0 && vni == 0 && unicode == 0 && foreign == 0) {
			return LegacyEvidence.NONE;
		}
		return new LegacyEvidence(tcvn3, vni, unicode, foreign);
	}

	/**
	 * The text converted from a legacy encoding to Unicode (NFC). Characters that are not
	 * letters of the encoding are kept; text without Latin-1 letters is returned as it
	 * is.
	 */
	public static String decode(String text, LegacyEncoding encoding) {
		Objects.requireNonNull(encoding, "encoding");
		if (text == null || !hasLatin1Supplement(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		if (encoding == LegacyEncoding.VNI) {
			decodeVni(text, 0, text.length(), out);
		}
		else {
			decodeTcvn3(text, out);
		}
		String decoded = out.toString();
		return Normalizer.isNormalized(decoded, Normalizer.Form.NFC) ? decoded
				: Normalizer.normalize(decoded, Normalizer.Form.NFC);
	}

	/**
	 * Unicode text written in a legacy encoding, as an office typing in it would have
	 * stored it: for tests and sample files. In TCVN3, capitals with tone marks take the
	 * lower-case code (what .VnTimeH fonts expect); other characters are kept.
	 */
	public static String encode(String unicode, LegacyEncoding encoding) {
		Objects.requireNonNull(encoding, "encoding");
		if (unicode == null) {
			return null;
		}
		String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(nfc.length() + 8);
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			if (encoding == LegacyEncoding.VNI) {
				out.append(encodeVni(c));
			}
			else {
				out.append(encodeTcvn3(c));
			}
		}
		return out.toString();
	}

	private static char encodeTcvn3(char c) {
		if (c < 0x80) {
			return c;
		}
		int capital = TCVN3_CAPITALS.indexOf(c);
		if (capital >= 0) {
			return TCVN3_CAPITAL_CODES.charAt(capital);
		}
		if (c == 'đ') {
			return TCVN3_D;
		}
		int index = VietnameseLetters.indexOf(c);
		return (index >= 0) ? TCVN3_GRID.charAt(index) : c;
	}

	private static String encodeVni(char c) {
		if (c < 0x80) {
			return String.valueOf(c);
		}
		if (c == 'đ' || c == 'Đ') {
			return String.valueOf((c == 'Đ') ? Character.toUpperCase(VNI_D) : VNI_D);
		}
		int index = VietnameseLetters.indexOf(c);
		if (index < 0) {
			return String.valueOf(c);
		}
		return Character.isUpperCase(c) ? VNI_ENCODE[index].toUpperCase(Locale.ROOT) : VNI_ENCODE[index];
	}

	private static String vniSpelling(int base, int tone) {
		String toneMark = (tone == VietnameseLetters.NO_TONE) ? "" : String.valueOf(VNI_TONES.charAt(tone - 1));
		return switch (base) {
			case VietnameseLetters.A -> "a" + toneMark;
			case VietnameseLetters.A_BREVE -> "a" + VNI_BREVE.charAt(tone);
			case VietnameseLetters.A_CIRCUMFLEX -> "a" + VNI_CIRCUMFLEX.charAt(tone);
			case VietnameseLetters.E -> "e" + toneMark;
			case VietnameseLetters.E_CIRCUMFLEX -> "e" + VNI_CIRCUMFLEX.charAt(tone);
			case VietnameseLetters.I -> String.valueOf(VNI_I.charAt(tone));
			case VietnameseLetters.O -> "o" + toneMark;
			case VietnameseLetters.O_CIRCUMFLEX -> "o" + VNI_CIRCUMFLEX.charAt(tone);
			case VietnameseLetters.O_HORN -> VNI_O_HORN + toneMark;
			case VietnameseLetters.U -> "u" + toneMark;
			case VietnameseLetters.U_HORN -> VNI_U_HORN + toneMark;
			case VietnameseLetters.Y -> (tone == VietnameseLetters.DOT) ? String.valueOf(VNI_Y_DOT) : "y" + toneMark;
			default -> throw new IllegalArgumentException("no such base: " + base);
		};
	}

	/**
	 * Decodes TCVN3 text word by word. Capitals with tone marks share the lower-case
	 * codes, so decoded letters become capitals in a word with no letter that is
	 * certainly lower case and either two that are certainly capitals ("NGUYÔN") or a
	 * neighbour word in capitals ("THAM Dù" → "THAM DỰ").
	 */
	private static void decodeTcvn3(String text, StringBuilder out) {
		List<Tcvn3Word> words = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = start;
			while (end < text.length() && isWordChar(text.charAt(end))) {
				end++;
			}
			if (end > start) {
				words.add(decodeTcvn3Word(text, start, end, out));
				start = end;
			}
			else {
				out.append(text.charAt(start++));
			}
		}
		for (int i = 0; i < words.size(); i++) {
			Tcvn3Word word = words.get(i);
			boolean capitalNeighbour = (i > 0 && words.get(i - 1).inCapitals())
					|| (i + 1 < words.size() && words.get(i + 1).inCapitals());
			if (word.caseless() && word.lowerCase() == 0 && (word.inCapitals() || capitalNeighbour)) {
				for (int at = word.start(); at < word.end(); at++) {
					out.setCharAt(at, Character.toUpperCase(out.charAt(at)));
				}
			}
		}
	}

	private static Tcvn3Word decodeTcvn3Word(CharSequence text, int start, int end, StringBuilder out) {
		int wordStart = out.length();
		int capitals = 0;
		int lowerCase = 0;
		boolean caseless = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			char decoded = (c < TCVN3_DECODE.length) ? TCVN3_DECODE[c] : 0;
			if (decoded != 0) {
				out.append(decoded);
				if (Character.isUpperCase(decoded)) {
					capitals++;
				}
				else {
					caseless = true;
				}
			}
			else {
				out.append(c);
				capitals += Character.isUpperCase(c) ? 1 : 0;
				lowerCase += Character.isLowerCase(c) ? 1 : 0;
			}
		}
		return new Tcvn3Word(wordStart, out.length(), capitals, lowerCase, caseless);
	}

	/** Decodes VNI: a vowel and the byte after it become one letter. */
	private static StringBuilder decodeVni(CharSequence text, int start, int end, StringBuilder out) {
		int i = start;
		while (i < end) {
			char c = text.charAt(i);
			char lower = Character.toLowerCase(c);
			boolean upperCase = c != lower;
			char next = (i + 1 < end) ? Character.toLowerCase(text.charAt(i + 1)) : 0;
			int tone = VNI_TONES.indexOf(next) + 1;
			int circumflex = VNI_CIRCUMFLEX.indexOf(next);
			int breve = VNI_BREVE.indexOf(next);
			int base = -1;
			int letterTone = VietnameseLetters.NO_TONE;
			int length = 1;
			switch (lower) {
				case 'a', 'e', 'o' -> {
					int plain = (lower == 'a') ? VietnameseLetters.A
							: (lower == 'e') ? VietnameseLetters.E : VietnameseLetters.O;
					int withCircumflex = (lower == 'a') ? VietnameseLetters.A_CIRCUMFLEX
							: (lower == 'e') ? VietnameseLetters.E_CIRCUMFLEX : VietnameseLetters.O_CIRCUMFLEX;
					if (tone > 0) {
						base = plain;
						letterTone = tone;
					}
					else if (circumflex >= 0) {
						base = withCircumflex;
						letterTone = circumflex;
					}
					else if (breve >= 0 && lower == 'a') {
						base = VietnameseLetters.A_BREVE;
						letterTone = breve;
					}
					length = (base >= 0) ? 2 : 1;
				}
				case 'u', 'y' -> {
					if (tone > 0) {
						base = (lower == 'u') ? VietnameseLetters.U : VietnameseLetters.Y;
						letterTone = tone;
						length = 2;
					}
				}
				case VNI_O_HORN, VNI_U_HORN -> {
					base = (lower == VNI_O_HORN) ? VietnameseLetters.O_HORN : VietnameseLetters.U_HORN;
					letterTone = tone;
					length = (tone > 0) ? 2 : 1;
				}
				case VNI_Y_DOT -> {
					base = VietnameseLetters.Y;
					letterTone = VietnameseLetters.DOT;
				}
				default -> {
					int iTone = VNI_I.indexOf(lower);
					if (iTone > 0) {
						base = VietnameseLetters.I;
						letterTone = iTone;
					}
				}
			}
			if (base >= 0) {
				out.append(VietnameseLetters.letter(base, letterTone, upperCase));
			}
			else if (lower == VNI_D) {
				out.append(upperCase ? 'Đ' : 'đ');
			}
			else {
				out.append(c);
			}
			i += length;
		}
		return out;
	}

	/**
	 * Where a decoded TCVN3 word sits in the output, and what its letters say about case:
	 * {@code caseless} when it has codes that stand for a lower-case or a capital letter.
	 */
	private record Tcvn3Word(int start, int end, int capitals, int lowerCase, boolean caseless) {

		boolean inCapitals() {
			return this.capitals >= 2 && this.lowerCase == 0;
		}

	}

	/** Which readings make a word of Latin-1 characters a Vietnamese syllable. */
	private static Reading read(String word) {
		boolean asItStands = VietnameseSyllable.isWellFormed(word);
		StringBuilder tcvn3Reading = new StringBuilder(word.length());
		decodeTcvn3Word(word, 0, word.length(), tcvn3Reading);
		boolean asTcvn3 = readsAsVietnamese(word, tcvn3Reading);
		boolean asVni = readsAsVietnamese(word, decodeVni(word, 0, word.length(), new StringBuilder(word.length())));
		if (asItStands) {
			return (asTcvn3 || asVni) ? Reading.UNDECIDED : Reading.AS_IT_STANDS;
		}
		if (asTcvn3) {
			return asVni ? Reading.TCVN3_OR_VNI : Reading.TCVN3;
		}
		return asVni ? Reading.VNI : Reading.NONE;
	}

	/** How a word reads as a Vietnamese syllable. */
	private enum Reading {

		TCVN3, VNI, TCVN3_OR_VNI, AS_IT_STANDS, NONE, UNDECIDED

	}

	private static boolean readsAsVietnamese(String word, CharSequence decoded) {
		return !word.contentEquals(decoded) && VietnameseSyllable.isWellFormed(decoded);
	}

	/**
	 * Letters, TCVN3 codes (some are Latin-1 symbols such as "µ" or "÷") and combining
	 * marks: what a word is made of in any of the three readings.
	 */
	private static boolean isWordChar(char c) {
		return Character.isLetter(c) || (c < TCVN3_DECODE.length && TCVN3_DECODE[c] != 0) || isCombiningMark(c);
	}

	private static boolean isCombiningMark(char c) {
		return c >= '\u0300' && c <= '\u036F';
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasLatin1Supplement(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0xA0 && c <= 0xFF) {
				return true;
			}
		}
		return false;
	}

}
