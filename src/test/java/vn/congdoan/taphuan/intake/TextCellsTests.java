package vn.congdoan.taphuan.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blank cells on the way in, formula injection on the way out.
 */
class TextCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "=HYPERLINK(\"http://x\",\"click\")", "+84912345678", "-1", "-", "@SUM(A1)", "\tx",
			"\rx", "\0x" })
	void prefixesTextThatASpreadsheetWouldRun(String text) {
		// given the text

		// when
		String inert = TextCells.inert(text);

		// then
		assertThat(inert).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "Nguyễn Văn A", "0912345678", " =1+1", "x", "1985", "'quoted" })
	void leavesOtherTextAlone(String text) {
		assertThat(TextCells.inert(text)).isSameAs(text);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "   ", "\t", "\n", "\u00A0", "\u2003", "\uFEFF", " \u00A0 " })
	void treatsWhiteSpaceAsBlank(String text) {
		assertThat(TextCells.isBlank(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "x", " x ", "0", "-", "\u00A0a" })
	void treatsAnythingVisibleAsNotBlank(String text) {
		assertThat(TextCells.isBlank(text)).isFalse();
	}

}
