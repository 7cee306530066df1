package vn.congdoan.taphuan.intake;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Detecting, decoding and encoding TCVN3 and VNI text as ward offices type it.
 */
class LegacyVietnameseTests {

	/** Cells as wards fill them, each with at least one accented word. */
	static final List<String> WARD_CELLS = List.of("Nguyễn Thị Hoa", "Trần Văn Hùng", "Lê Thị Mỹ Dung", "Phạm Ngọc Ánh",
			"Võ Thành Đạt", "Huỳnh Thị Kim Tuyến", "Đặng Quốc Khánh", "Chủ tịch CĐCS", "Phó Chủ tịch",
			"Ủy viên Ban Chấp hành", "Tổ trưởng công đoàn", "Công ty TNHH May Việt Tiến", "Trường THPT Long Xuyên",
			"Phường Mỹ Thới", "Đặc khu Phú Quốc", "Xã Mỹ Hòa Hưng", "Nữ", "có mặt", "vắng có phép",
			"Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc",
			"DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN", "Người lập biểu", "Tổng cộng: 45 người");

	static Stream<String> allLetters() {
		return VietnameseLettersFixture.all().stream();
	}

	static Stream<String> tcvn3CapitalsWithTone() {
		return VietnameseLettersFixture.tcvn3CapitalsWithTone().stream();
	}

	static Stream<Arguments> wardCellsInEachEncoding() {
		return WARD_CELLS.stream()
			.flatMap((cell) -> Stream.of(LegacyEncoding.values()).map((encoding) -> Arguments.of(cell, encoding)));
	}

	@Test
	void fixtureHoldsAllVietnameseLetters() {
		assertThat(VietnameseLettersFixture.all()).hasSize(134).doesNotHaveDuplicates();
		assertThat(VietnameseLettersFixture.tcvn3CapitalsWithTone()).hasSize(60);
	}

	@ParameterizedTest
	@MethodSource("allLetters")
	void roundTripsEveryLetterThroughVni(String letter) {
		// given
		String encoded = LegacyVietnamese.encode(letter, LegacyEncoding.VNI);

		// when
		String decoded = LegacyVietnamese.decode(encoded, LegacyEncoding.VNI);

		// then
		assertThat(encoded).matches("[A-Za-zÔôÖö]?[\\u00C0-\\u00FF]");
		assertThat(decoded).isEqualTo(letter);
	}

	@ParameterizedTest
	@MethodSource("allLetters")
	void roundTripsEveryLetterThroughTcvn3InAWordOfTheSameCase(String letter) {
		// given a word in the letter's case, as .VnTimeH capitals need
		String word = Character.isUpperCase(letter.charAt(0)) ? "TR" + letter + "NG" : "tr" + letter + "ng";
		String encoded = LegacyVietnamese.encode(word, LegacyEncoding.TCVN3);

		// when
		String decoded = LegacyVietnamese.decode(encoded, LegacyEncoding.TCVN3);

		// then
		assertThat(encoded.charAt(2)).isBetween('\u00A1', '\u00FE');
		assertThat(decoded).isEqualTo(word);
	}

	@ParameterizedTest
	@MethodSource("allLetters")
	void encodesEveryLetterToOneTcvn3Code(String letter) {
		// given the letter

		// when
		String encoded = LegacyVietnamese.encode(letter, LegacyEncoding.TCVN3);

		// then
		assertThat(encoded).hasSize(1);
		assertThat(encoded.charAt(0)).isBetween('\u00A1', '\u00FE');
	}

	@ParameterizedTest
	@MethodSource("tcvn3CapitalsWithTone")
	void decodesALoneTcvn3CapitalWithToneToLowerCase(String capital) {
		// given the code .VnTimeH draws as this capital, with nothing around it to show
		// the case
		String encoded = LegacyVietnamese.encode(capital, LegacyEncoding.TCVN3);

		// when
		String decoded = LegacyVietnamese.decode(encoded, LegacyEncoding.TCVN3);

		// then
		assertThat(encoded).isEqualTo(LegacyVietnamese.encode(capital.toLowerCase(), LegacyEncoding.TCVN3));
		assertThat(decoded).isEqualTo(capital.toLowerCase());
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			# letter, TCVN3 code, VNI spelling: from the published tables
			à, 00B5, aø
			á, 00B8, aù
			ả, 00B6, aû
			ã, 00B7, aõ
			ạ, 00B9, aï
			ă, 00A8, aê
			ặ, 00C6, aë
			ẳ, 00BC, aú
			ẵ, 00BD, aü
			â, 00A9, aâ
			ầ, 00C7, aà
			ấ, 00CA, aá
			ậ, 00CB, aä
			đ, 00AE, ñ
			Đ, 00A7, Ñ
			é, 00D0, eù
			ê, 00AA, eâ
			ễ, 00D4, eã
			ệ, 00D6, eä
			ì, 00D7, ì
			ỉ, 00D8, æ
			ĩ, 00DC, ó
			ị, 00DE, ò
			ò, 00DF, oø
			ô, 00AB, oâ
			ộ, 00E9, oä
			ơ, 00AC, ô
			ờ, 00EA, ôø
			ợ, 00EE, ôï
			ù, 00EF, uø
			ư, 00AD, ö
			ừ, 00F5, öø
			ữ, 00F7, öõ
			ự, 00F9, öï
			ỳ, 00FA, yø
			ỵ, 00FE, î
			Ă, 00A1, AÊ
			Â, 00A2, AÂ
			Ê, 00A3, EÂ
			Ô, 00A4, OÂ
			Ơ, 00A5, Ô
			Ư, 00A6, Ö
			Ỵ, 00FE, Î
			Ị, 00DE, Ò
			Ặ, 00C6, AË
			""")
	void encodesLettersAsThePublishedTablesDo(String letter, String tcvn3Hex, String vni) {
		// given the letter

		// when
		String tcvn3 = LegacyVietnamese.encode(letter, LegacyEncoding.TCVN3);
		String vniSpelling = LegacyVietnamese.encode(letter, LegacyEncoding.VNI);

		// then
		assertThat(tcvn3).isEqualTo(String.valueOf((char) Integer.parseInt(tcvn3Hex, 16)));
		assertThat(vniSpelling).isEqualTo(vni);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			NguyÔn ThÞ Hoa                        | Nguyễn Thị Hoa
			Céng hoµ x· héi chñ nghÜa ViÖt Nam    | Cộng hoà xã hội chủ nghĩa Việt Nam
			B¶o Th¾ng                             | Bảo Thắng
			B¸t X¸t                               | Bát Xát
			§oµn kÕt                              | Đoàn kết
			Tr\u00ADêng THPT Long Xuyªn            | Trường THPT Long Xuyên
			NGUYÔN THÞ HOA                        | NGUYỄN THỊ HOA
			§¹I HéI                               | ĐẠI HỘI
			Hå ChÝ Minh                           | Hồ Chí Minh
			Tæng céng: 45 ng\u00ADêi               | Tổng cộng: 45 người
			""")
	void decodesTcvn3Text(String tcvn3, String unicode) {
		// given the TCVN3 text

		// when
		String decoded = LegacyVietnamese.decode(tcvn3, LegacyEncoding.TCVN3);

		// then
		assertThat(decoded).isEqualTo(unicode);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nguyeãn Thò Hoa                         | Nguyễn Thị Hoa
			Xin chaøo caùc baïn                     | Xin chào các bạn
			Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam | Cộng hòa xã hội chủ nghĩa Việt Nam
			Tröôøng THPT Long Xuyeân                | Trường THPT Long Xuyên
			NGUYEÃN THÒ HOA                         | NGUYỄN THỊ HOA
			Ñoaøn Keát                              | Đoàn Kết
			Vaên phoøng - Taøi chính                | Văn phòng - Tài chính
			""")
	void decodesVniText(String vni, String unicode) {
		// given the VNI text

		// when
		String decoded = LegacyVietnamese.decode(vni, LegacyEncoding.VNI);

		// then
		assertThat(decoded).isEqualTo(unicode);
	}

	@Test
	void encodesTheDomainExamples() {
		// given
		String name = "Nguyễn Thị Hoa";

		// when
		String tcvn3 = LegacyVietnamese.encode(name, LegacyEncoding.TCVN3);
		String vni = LegacyVietnamese.encode(name, LegacyEncoding.VNI);

		// then
		assertThat(tcvn3).isEqualTo("NguyÔn ThÞ Hoa");
		assertThat(vni).isEqualTo("Nguyeãn Thò Hoa");
	}

	@ParameterizedTest
	@EnumSource(LegacyEncoding.class)
	void encodesDecomposedInputLikeComposed(LegacyEncoding encoding) {
		// given
		String composed = "Trường Đoàn Kết";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

		// when
		String encoded = LegacyVietnamese.encode(decomposed, encoding);

		// then
		assertThat(encoded).isEqualTo(LegacyVietnamese.encode(composed, encoding));
	}

	@ParameterizedTest
	@MethodSource("wardCellsInEachEncoding")
	void detectsWardCellsTypedInALegacyEncoding(String cell, LegacyEncoding encoding) {
		// given
		String legacy = LegacyVietnamese.encode(cell, encoding);

		// when
		var detected = LegacyVietnamese.detect(legacy);

		// then
		assertThat(detected).as("%s typed in %s: %s", cell, encoding, legacy).contains(encoding);
		assertThat(LegacyVietnamese.decode(legacy, encoding)).isEqualToIgnoringCase(cell);
	}

	@ParameterizedTest
	@MethodSource("wardCells")
	void roundTripsWardCellsThroughVni(String cell) {
		// given
		String legacy = LegacyVietnamese.encode(cell, LegacyEncoding.VNI);

		// when
		String decoded = LegacyVietnamese.decode(legacy, LegacyEncoding.VNI);

		// then
		assertThat(decoded).isEqualTo(cell);
	}

	static Stream<String> wardCells() {
		return WARD_CELLS.stream();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					# Unicode typed                          | decoded from TCVN3: capitals with tone marks only where the words show them
					Nguyễn Thị Hoa                           | Nguyễn Thị Hoa
					NGUYỄN THỊ HOA                           | NGUYỄN THỊ HOA
					DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN  | DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN
					Hồ Chí Minh                              | Hồ Chí Minh
					NGUYỄN VĂN HỒ                            | NGUYỄN VĂN HỒ
					Phạm Ngọc Ánh                            | Phạm Ngọc ánh
					Ủy viên BCH                              | ủy viên BCH
					Ở                                        | ở
					""")
	void restoresTcvn3CapitalsWhereTheWordsShowThem(String typed, String expected) {
		// given
		String legacy = LegacyVietnamese.encode(typed, LegacyEncoding.TCVN3);

		// when
		String decoded = LegacyVietnamese.decode(legacy, LegacyEncoding.TCVN3);

		// then
		assertThat(decoded).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("unicodeWardCells")
	void leavesUnicodeVietnameseAlone(String cell) {
		// given the cell as typed in Unicode, composed or decomposed

		// when
		var detected = LegacyVietnamese.detect(cell);

		// then
		assertThat(detected).isEmpty();
		assertThat(LegacyVietnamese.score(cell).unicode()).isPositive();
	}

	static Stream<String> unicodeWardCells() {
		return WARD_CELLS.stream().flatMap((cell) -> Stream.of(cell, Normalizer.normalize(cell, Normalizer.Form.NFD)));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "Café", "Crème brûlée", "Müller", "Straße", "naïve", "São Paulo", "señor", "Ångström",
			"José García", "Zoë", "garçon", "Hà Tiên", "Tâm", "Thò", "Nguyen Van A", "Training class for union cadres",
			"0912 345 678", "© 2026", "50 µg", "x", "où est le café" })
	void doesNotFlagAsciiWesternOrAmbiguousText(String text) {
		// given the text

		// when
		var detected = LegacyVietnamese.detect(text);

		// then
		assertThat(detected).isEmpty();
	}

	@Test
	void scoresPlainAsciiWithoutEvidence() {
		assertThat(LegacyVietnamese.score("Nguyen Van A, 1985, CDCS")).isSameAs(LegacyEvidence.NONE);
		assertThat(LegacyVietnamese.score(null)).isSameAs(LegacyEvidence.NONE);
	}

	@Test
	void countsEachKindOfWord() {
		// given a TCVN3 name, a VNI name, a Unicode name and a Western word
		String text = "NguyÔn ThÞ / Nguyeãn / Nguyễn Hà / Café";

		// when
		LegacyEvidence evidence = LegacyVietnamese.score(text);

		// then
		assertThat(evidence).isEqualTo(new LegacyEvidence(2, 1, 2, 1));
	}

	@ParameterizedTest
	@EnumSource(LegacyEncoding.class)
	void returnsTextWithoutLegacyCharactersUnchanged(LegacyEncoding encoding) {
		// given
		String text = "Nguyen Van A 0912345678";

		// when
		String decoded = LegacyVietnamese.decode(text, encoding);

		// then
		assertThat(decoded).isSameAs(text);
		assertThat(LegacyVietnamese.decode(null, encoding)).isNull();
		assertThat(LegacyVietnamese.encode(null, encoding)).isNull();
	}

	@Test
	void keepsCharactersOutsideTheTables() {
		// given symbols TCVN3 does not use, and text in another script
		String text = "45° ± ¿ Ω “x”";

		// when
		String decoded = LegacyVietnamese.decode(text, LegacyEncoding.TCVN3);

		// then
		assertThat(decoded).isEqualTo(text);
	}

}
