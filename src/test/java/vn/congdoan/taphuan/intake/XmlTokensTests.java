package vn.congdoan.taphuan.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokenizer's entities, values read from its buffer, and tags whose attributes it
 * skips.
 */
class XmlTokensTests {

	private static final byte[] V = "v".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] C = "c".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] R = "r".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);

	private static XmlTokens tokens(String xml) {
		return new XmlTokens(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			Nguy&#x1EC5;n                | Nguyễn
			Nguy&#7877;n                 | Nguyễn
			&#xC0;&#x111;&#x1b0;         | Àđư
			&#x1D518;nicode              | 𝔘nicode
			&#x41;&#65;&#+65;            | AAA
			&lt;Nam&gt; &amp; &quot;x&quot; &apos;y&apos; | <Nam> & "x" 'y'
			&#xD800;                     | ?
			&#x110000;                   | ?
			&#99999999999;               | ?
			&#-65;                       | ?
			&#;&#x;&nbsp;&;              | ????
			&#xZZ;                       | ?
			""")
	void decodesEntitiesInText(String xml, String expected) throws IOException {
		// given
		XmlTokens tokens = tokens("<t>" + xml + "</t>");

		// when
		tokens.next();
		String text = tokens.text();

		// then
		assertThat(text).isEqualTo(expected);
	}

	@Test
	void decodesEntitiesInAttributes() throws IOException {
		// given
		XmlTokens tokens = tokens("<c r=\"&#x1EC5;&amp;&#x1D518;\"/>");

		// when
		tokens.next();

		// then
		assertThat(tokens.attribute(R)).isEqualTo("ễ&𝔘");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			# value           | as string         | as index | as whole number
			12                | 12                | 12       | 12
			0912345678        | 0912345678        | 912345678 | 912345678
			999999999999999   | 999999999999999   | -1       | 999999999999999
			1000000000000000  | 1000000000000000  | -1       | -1
			1985.0            | 1985.0            | -1       | -1
			9.12345678E8      | 9.12345678E8      | -1       | -1
			-5                | -5                | -1       | -1
			``                | ``                | 0        | -1
			&#x31;2           | 12                | 12       | 12
			""")
	void readsAValueOnceAndOffersItThreeWays(String xml, String string, int index, long whole) throws IOException {
		// given
		XmlTokens tokens = tokens("<v>" + xml + "</v>");
		tokens.next();

		// when
		tokens.readValue();

		// then
		assertThat(tokens.valueAsString()).isEqualTo(string);
		if (index >= 0 || string.length() < 10) {
			assertThat(tokens.valueAsIndex()).isEqualTo(index);
		}
		assertThat(tokens.valueAsWholeNumber()).isEqualTo(whole);
	}

	@Test
	void skipsAttributesButKeepsTheTagsAndWhetherTheyCloseThemselves() throws IOException {
		// given tags whose attribute values hold '>', '/' and entities
		String xml = """
				<row r="1"><c r="A1" t="s" x=">/"><v>0</v></c><c r="B1" s="1"/><c r='C1' f="a&gt;/b"/>\
				<c r="D1" w="/" /></row><mergeCells><mergeCell ref="A1:B2"/></mergeCells>""";
		XmlTokens skipping = tokens(xml);
		XmlTokens reading = tokens(xml);

		// when
		List<String> skipped = new ArrayList<>();
		List<String> read = new ArrayList<>();
		for (int event = skipping.nextSkippingAttributes(MERGE_CELL); event != XmlTokens.EOF; event = skipping
			.nextSkippingAttributes(MERGE_CELL)) {
			skipped.add(describe(skipping, event));
		}
		for (int event = reading.next(); event != XmlTokens.EOF; event = reading.next()) {
			read.add(describe(reading, event));
		}

		// then
		assertThat(skipped).isEqualTo(read)
			.containsSubsequence("<c>", "<c/>", "<c/>", "<c/>", "<mergeCell ref=A1:B2/>");
		assertThat(skipping.attribute(R)).isNull();
	}

	@Test
	void skipsAttributesWithAnEntityThatSwallowsTheQuoteAsReadingDoes() throws IOException {
		// given a malformed value: the entity runs past the closing quote
		String xml = "<c a=\"x&bad\" y=\"1\"/><v>2</v><c/>";
		XmlTokens skipping = tokens(xml);
		XmlTokens reading = tokens(xml);

		// when
		List<String> skipped = new ArrayList<>();
		List<String> read = new ArrayList<>();
		for (int event = skipping.nextSkippingAttributes(MERGE_CELL); event != XmlTokens.EOF; event = skipping
			.nextSkippingAttributes(MERGE_CELL)) {
			skipped.add(describe(skipping, event));
		}
		for (int event = reading.next(); event != XmlTokens.EOF; event = reading.next()) {
			read.add(describe(reading, event));
		}

		// then
		assertThat(skipped).isEqualTo(read);
	}

	private static String describe(XmlTokens tokens, int event) {
		if (event == XmlTokens.END) {
			return "</" + tokens.name() + ">";
		}
		String ref = tokens.is(MERGE_CELL) ? " ref=" + tokens.attribute("ref".getBytes(StandardCharsets.US_ASCII)) : "";
		return "<" + tokens.name() + ref + (tokens.selfClosing() ? "/>" : ">");
	}

	@Test
	void readsCellsAfterValuesReadFromTheBuffer() throws IOException {
		// given
		XmlTokens tokens = tokens("<c r=\"AB12\"><v>7</v></c><c r=\"C3\"/>");

		// when
		tokens.next();
		int first = tokens.columnAttribute(R);
		tokens.next();
		tokens.readValue();
		long value = tokens.valueAsWholeNumber();
		tokens.next(); // </v>
		tokens.next(); // </c>
		tokens.next();

		// then
		assertThat(first).isEqualTo(27);
		assertThat(value).isEqualTo(7);
		assertThat(tokens.is(C)).isTrue();
		assertThat(tokens.columnAttribute(R)).isEqualTo(2);
		assertThat(tokens.is(V)).isFalse();
	}

}
