package vn.congdoan.taphuan.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cleaning and folding as the importer uses them on every cell, including the fast paths
 * that must agree with the general rules.
 */
class VietnameseTextTests {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

	private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

	/**
	 * The rules as first written, without fast paths: the reference the fast paths match.
	 */
	private static String referenceClean(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		return SPACES.matcher(nfc).replaceAll(" ").strip();
	}

	private static String referenceFold(String text) {
		String decomposed = Normalizer.normalize(referenceClean(text), Normalizer.Form.NFD);
		String stripped = COMBINING.matcher(decomposed).replaceAll("");
		return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	static Stream<String> awkwardTexts() {
		return Stream.of("", " ", "x", "X", "Nguyễn Văn A", "  Nguyễn  Văn\tA  ", "Nguye\u0302\u0303n Thi\u0323 Hoa",
				"Đoàn Kết", "ĐOÀN KẾT", "a\u00A0b", "a\u2007b\u202Fc\uFEFF", "\uFEFFBOM", "a\u2003b", "\u2003a\u2003",
				"tab\there", "line\nbreak", "trailing ", " leading", "Café", "Ångström", "e\u0301", "\u0301",
				"ﬁ ligature", "İstanbul", "𝔘nicode", "A\u20DD enclosed", "x\u0903y", "0912 345 678", "UV BCH", "P.CT",
				"Chủ tịch CĐCS Công ty TNHH May Việt Tiến");
	}

	@ParameterizedTest
	@MethodSource("awkwardTexts")
	void cleansLikeTheGeneralRule(String text) {
		// given the text

		// when
		String cleaned = VietnameseText.clean(text);

		// then
		assertThat(cleaned).isEqualTo(referenceClean(text));
	}

	@ParameterizedTest
	@MethodSource("awkwardTexts")
	void foldsLikeTheGeneralRule(String text) {
		// given the text

		// when
		String folded = VietnameseText.fold(text);

		// then
		assertThat(folded).isEqualTo(referenceFold(text));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Đoàn Kết                 | doan ket
			NGUYỄN THỊ HOA           | nguyen thi hoa
			Uỷ viên                  | uy vien
			Ủy viên                  | uy vien
			'  Phó   Chủ tịch '      | pho chu tich
			""")
	void foldsCaseAndDiacritics(String text, String expected) {
		// given the text

		// when
		String folded = VietnameseText.fold(text);

		// then
		assertThat(folded).isEqualTo(expected);
	}

	@Test
	void foldsDecomposedInputLikeComposed() {
		// given
		String composed = "Nguyễn Thị Hoa";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

		// when
		String fromDecomposed = VietnameseText.fold(decomposed);

		// then
		assertThat(decomposed).isNotEqualTo(composed);
		assertThat(fromDecomposed).isEqualTo(VietnameseText.fold(composed)).isEqualTo("nguyen thi hoa");
	}

	@Test
	void returnsTheSameInstanceWhenAlreadyClean() {
		// given
		String clean = "Nguyễn Văn A";

		// when
		String cleaned = VietnameseText.clean(clean);

		// then
		assertThat(cleaned).isSameAs(clean);
	}

	@Test
	void foldsAndCleansEveryCharacterOfTheFastPathsLikeTheGeneralRule() {
		// given every character below the combining marks and every Vietnamese letter,
		// alone
		// and between letters
		for (char c : fastPathCharacters()) {
			for (String text : new String[] { String.valueOf(c), "x" + c + "y", "Nguyễn " + c + "ệ" }) {
				// when
				String folded = VietnameseText.fold(text);
				String cleaned = VietnameseText.clean(text);

				// then
				assertThat(folded).as("fold of U+%04X", (int) c).isEqualTo(referenceFold(text));
				assertThat(cleaned).as("clean of U+%04X", (int) c).isEqualTo(referenceClean(text));
			}
		}
	}

	@Test
	void precomposedVietnameseLettersNeverComposeWithTheirNeighbours() {
		// given the letters the NFC fast path trusts (the NFC quick check's "yes")
		List<Character> characters = fastPathCharacters();

		for (char letter = '\u1EA0'; letter <= '\u1EF9'; letter++) {
			// then each is a letter that is its own composition
			assertThat(Character.isLetter(letter)).isTrue();
			assertThat(Normalizer.normalize(Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD),
					Normalizer.Form.NFC))
				.isEqualTo(String.valueOf(letter));
			for (char neighbour : characters) {
				// and stays in NFC next to any character the fast path accepts
				assertThat(Normalizer.isNormalized("" + neighbour + letter, Normalizer.Form.NFC)).isTrue();
				assertThat(Normalizer.isNormalized("" + letter + neighbour, Normalizer.Form.NFC)).isTrue();
			}
		}
	}

	@Test
	void foldsAndCleansRandomTextsLikeTheGeneralRule() {
		// given texts drawn from Vietnamese letters, spaces, combining marks and others
		String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
				+ "ùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỀẾỂỄỆỲÝỶỸỴ \u00A0\t\u0300\u0301\u0303\u0309\u0323ﬁİΣσς0123.-'(";
		SplittableRandom random = new SplittableRandom(20261121);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}

			// when
			String folded = VietnameseText.fold(text.toString());
			String cleaned = VietnameseText.clean(text.toString());

			// then
			assertThat(folded).as("fold of '%s'", text).isEqualTo(referenceFold(text.toString()));
			assertThat(cleaned).as("clean of '%s'", text).isEqualTo(referenceClean(text.toString()));
		}
	}

	private static List<Character> fastPathCharacters() {
		List<Character> characters = new ArrayList<>();
		for (char c = 0; c < '\u0300'; c++) {
			characters.add(c);
		}
		for (char c = '\u1EA0'; c <= '\u1EF9'; c++) {
			characters.add(c);
		}
		return characters;
	}

	@Test
	void keepsNullAsNull() {
		assertThat(VietnameseText.clean(null)).isNull();
		assertThat(VietnameseText.fold(null)).isNull();
	}

}
