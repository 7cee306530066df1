package vn.congdoan.taphuan.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The syllable shape check that legacy-encoding detection leans on.
 */
class VietnameseSyllableTests {

	@ParameterizedTest
	@ValueSource(strings = { "nguyễn", "thị", "hoa", "trường", "người", "giữa", "gì", "quý", "khuya", "khuỷu", "việt",
			"đoàn", "hoà", "hòa", "thuở", "xoong", "ở", "ạ", "yến", "tuổi", "huỳnh", "NGUYỄN", "Đức", "rượu", "oách" })
	void acceptsVietnameseSyllables(String word) {
		// given the word

		// when
		boolean wellFormed = VietnameseSyllable.isWellFormed(word);

		// then
		assertThat(wellFormed).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "cafộ", "café", "mỹller", "müller", "espađa", "nguyeãn", "thþ", "tèt", "viêt", "hoàá",
			"nguyễnn", "ă", "oo", "straße", "nghiêngg", "", "x1" })
	void rejectsWhatNoVietnameseSyllableLooksLike(String word) {
		// given the word

		// when
		boolean wellFormed = VietnameseSyllable.isWellFormed(word);

		// then
		assertThat(wellFormed).isFalse();
	}

}
