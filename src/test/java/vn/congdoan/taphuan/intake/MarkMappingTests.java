package vn.congdoan.taphuan.intake;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Roll-call marks as wards type them, including the v/V rule from DOMAIN.md.
 */
class MarkMappingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			# DOMAIN.md present
			x                | PRESENT
			X                | PRESENT
			v                | PRESENT
			✓                | PRESENT
			1                | PRESENT
			có               | PRESENT
			có mặt           | PRESENT
			# DOMAIN.md excused
			P                | EXCUSED
			CP               | EXCUSED
			vắng có phép     | EXCUSED
			# DOMAIN.md absent
			K                | ABSENT
			KP               | ABSENT
			V                | ABSENT
			0                | ABSENT
			vắng             | ABSENT
			vắng không phép  | ABSENT
			""")
	void mapsEveryMarkInTheDomainGuide(String raw, Mark expected) {
		// given the mark as typed

		// when
		Mark mark = MarkMapping.map(raw);

		// then
		assertThat(mark).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			✔                   | PRESENT
			☑                   | PRESENT
			√                   | PRESENT
			1.0                 | PRESENT
			1.00                | PRESENT
			' x '               | PRESENT
			' v'                | PRESENT
			CÓ MẶT              | PRESENT
			Có mặt              | PRESENT
			co mat              | PRESENT
			p                   | EXCUSED
			cp                  | EXCUSED
			Cp                  | EXCUSED
			phép                | EXCUSED
			Phép                | EXCUSED
			có phép             | EXCUSED
			VẮNG CÓ PHÉP        | EXCUSED
			Vắng có phép        | EXCUSED
			nghỉ có phép        | EXCUSED
			k                   | ABSENT
			kp                  | ABSENT
			' V '               | ABSENT
			0.0                 | ABSENT
			-                   | ABSENT
			Vắng                | ABSENT
			VẮNG                | ABSENT
			vang khong phep     | ABSENT
			Vắng không phép     | ABSENT
			không phép          | ABSENT
			vắng mặt            | ABSENT
			""")
	void mapsRealisticVariants(String raw, Mark expected) {
		// given the mark as typed

		// when
		Mark mark = MarkMapping.map(raw);

		// then
		assertThat(mark).isEqualTo(expected);
	}

	@Test
	void readsLowerCaseVAsPresentAndCapitalVAsAbsent() {
		assertThat(MarkMapping.map("v")).isEqualTo(Mark.PRESENT);
		assertThat(MarkMapping.map("V")).isEqualTo(Mark.ABSENT);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\u00A0", "\t", "\u2003" })
	void readsBlankAsAbsent(String raw) {
		assertThat(MarkMapping.map(raw)).isEqualTo(Mark.ABSENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "có mặt", "vắng có phép", "vắng không phép", "Có", "Phép" })
	void readsDecomposedTextLikeComposed(String composed) {
		// given
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

		// when
		Mark mark = MarkMapping.map(decomposed);

		// then
		assertThat(decomposed).isNotEqualTo(composed);
		assertThat(mark).isEqualTo(MarkMapping.map(composed)).isNotEqualTo(Mark.UNKNOWN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2", "0.5", "1.5", "?", "xx", "đi muộn", "ốm", "abc", "vv", "+", "." })
	void leavesAnythingElseUnknown(String raw) {
		assertThat(MarkMapping.map(raw)).isEqualTo(Mark.UNKNOWN);
	}

	@Test
	void offersTheTemplateChoicesAndReadsThemBack() {
		// given
		var choices = MarkMapping.templateChoices();

		// when
		var marks = choices.stream().map(MarkMapping::map).toList();

		// then
		assertThat(choices).containsExactly("x", "P", "K");
		assertThat(marks).containsExactly(Mark.PRESENT, Mark.EXCUSED, Mark.ABSENT);
		assertThat(MarkMapping.templateLegend()).contains("x: có mặt", "P: vắng có phép", "K: vắng không phép");
	}

	@ParameterizedTest
	@EnumSource(Mark.class)
	void storesEachMarkUnderItsOwnCode(Mark mark) {
		assertThat(Mark.ofCode(mark.code())).isSameAs(mark);
	}

	@Test
	void usesTheAgreedCodes() {
		assertThat(Mark.PRESENT.code()).isEqualTo('P');
		assertThat(Mark.EXCUSED.code()).isEqualTo('E');
		assertThat(Mark.ABSENT.code()).isEqualTo('A');
		assertThat(Mark.UNKNOWN.code()).isEqualTo('?');
		assertThatIllegalArgumentException().isThrownBy(() -> Mark.ofCode('Z'));
	}

}
