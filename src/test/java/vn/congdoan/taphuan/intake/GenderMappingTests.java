package vn.congdoan.taphuan.intake;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gender column as wards fill it.
 */
class GenderMappingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nam       | MALE
			nam       | MALE
			NAM       | MALE
			M         | MALE
			m         | MALE
			Male      | MALE
			Nam giới  | MALE
			' Nam '   | MALE
			Nữ        | FEMALE
			nu        | FEMALE
			NỮ        | FEMALE
			Nu        | FEMALE
			F         | FEMALE
			female    | FEMALE
			Nữ giới   | FEMALE
			""")
	void mapsWhatWardsWrite(String raw, Gender expected) {
		// given the text as typed

		// when
		Gender gender = GenderMapping.map(raw);

		// then
		assertThat(gender).isEqualTo(expected);
		assertThat(GenderMapping.isUnrecognised(raw)).isFalse();
	}

	@Test
	void mapsDecomposedTextLikeComposed() {
		// given
		String decomposed = Normalizer.normalize("Nữ", Normalizer.Form.NFD);

		// when
		Gender gender = GenderMapping.map(decomposed);

		// then
		assertThat(decomposed).hasSize(4);
		assertThat(gender).isEqualTo(Gender.FEMALE);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\u00A0" })
	void givesNoGenderForBlankWithoutCallingItUnrecognised(String raw) {
		assertThat(GenderMapping.map(raw)).isNull();
		assertThat(GenderMapping.isUnrecognised(raw)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "x", "1", "Nam Nữ", "Ông", "khác", "N" })
	void givesNoGenderForOtherTextAndSaysItIsUnrecognised(String raw) {
		assertThat(GenderMapping.map(raw)).isNull();
		assertThat(GenderMapping.isUnrecognised(raw)).isTrue();
	}

	@Test
	void offersTheTemplateChoicesAndReadsThemBack() {
		assertThat(GenderMapping.templateChoices()).containsExactly("Nam", "Nữ");
		assertThat(GenderMapping.templateChoices().stream().map(GenderMapping::map)).containsExactly(Gender.MALE,
				Gender.FEMALE);
	}

	@Test
	void usesTheAgreedCodes() {
		assertThat(Gender.MALE.code()).isEqualTo('M');
		assertThat(Gender.FEMALE.code()).isEqualTo('F');
	}

}
