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
		List<String> skipped = skippingAttributes(skipping);
		List<String> read = reading(reading);

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
		List<String> skipped = skippingAttributes(skipping);
		List<String> read = reading(reading);

		// then
		assertThat(skipped).isEqualTo(read);
	}

	@Test
	void readsTheSameWhetherTagsLieInItsBufferOrArriveByteByByte() throws IOException {
		// given a sheet with prefixes, odd spacing, entities, CDATA, a comment, long
		// values and a malformed tag
		String xml = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<x:worksheet xmlns:x="urn:x"><!-- generated --><x:sheetData>
				<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r = 'B1' s="2" t="inlineStr"><is><t>Nguy&#x1EC5;n &amp; <![CDATA[<b>]]></t></is></c>
				<c r="C1" t="str" ><f>A1&amp;B1</f><v>x&lt;y</v></c><c r="D1"/><c	r="E1"	s="3"	/></row>
				<row r="2"><c r="A2" f="a&quot;b" x=">"><v>1985.0</v></c><c r="B2"><v>912345678</v></c>
				<c r="C2" weird"name="v" novalue /><c r="D2" =/"/><c r="E2" LONG="%s"/></row>
				</x:sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></x:worksheet>"""
			.formatted("v".repeat(700));

		// when
		List<String> whole = events(new XmlTokens(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
				null);
		List<String> trickled = events(new XmlTokens(new TrickleInputStream(xml.getBytes(StandardCharsets.UTF_8))),
				null);
		List<String> wholeSkipping = events(
				new XmlTokens(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), MERGE_CELL);
		List<String> trickledSkipping = events(
				new XmlTokens(new TrickleInputStream(xml.getBytes(StandardCharsets.UTF_8))), MERGE_CELL);

		// then
		assertThat(whole).isEqualTo(trickled).hasSizeGreaterThan(40).contains("text:Nguyễn & <b>", "text:x<y");
		assertThat(wholeSkipping).isEqualTo(trickledSkipping);
	}

	/**
	 * Every event with its name, whether it closes itself and its attributes, and the
	 * text of v, t and f elements; {@code keep}: read with nextSkippingAttributes.
	 */
	private static List<String> events(XmlTokens tokens, byte[] keep) throws IOException {
		List<String> events = new ArrayList<>();
		byte[][] names = { "r".getBytes(StandardCharsets.US_ASCII), "s".getBytes(StandardCharsets.US_ASCII),
				"t".getBytes(StandardCharsets.US_ASCII), "ref".getBytes(StandardCharsets.US_ASCII),
				"spans".getBytes(StandardCharsets.US_ASCII), "f".getBytes(StandardCharsets.US_ASCII),
				"x".getBytes(StandardCharsets.US_ASCII), "LONG".getBytes(StandardCharsets.US_ASCII),
				"name".getBytes(StandardCharsets.US_ASCII), "novalue".getBytes(StandardCharsets.US_ASCII) };
		for (int event = (keep != null) ? tokens.nextSkippingAttributes(keep)
				: tokens.next(); event != XmlTokens.EOF; event = (keep != null) ? tokens.nextSkippingAttributes(keep)
						: tokens.next()) {
			StringBuilder line = new StringBuilder(describe(tokens, event));
			for (byte[] name : names) {
				line.append(' ').append(tokens.attribute(name));
			}
			events.add(line.toString());
			String element = tokens.name();
			if (event == XmlTokens.START && !tokens.selfClosing()
					&& (element.equals("v") || element.equals("t") || element.equals("f"))) {
				events.add("text:" + tokens.text());
			}
		}
		return events;
	}

	/**
	 * Hands out one byte per read, so no tag is ever wholly in the tokenizer's buffer.
	 */
	private static final class TrickleInputStream extends ByteArrayInputStream {

		TrickleInputStream(byte[] bytes) {
			super(bytes);
		}

		@Override
		public synchronized int read(byte[] buffer, int offset, int length) {
			return super.read(buffer, offset, Math.min(length, 1));
		}

	}

	/** Every tag, reading the attributes of mergeCell only. */
	private static List<String> skippingAttributes(XmlTokens tokens) throws IOException {
		List<String> events = new ArrayList<>();
		for (int event = tokens.nextSkippingAttributes(MERGE_CELL); event != XmlTokens.EOF; event = tokens
			.nextSkippingAttributes(MERGE_CELL)) {
			events.add(describe(tokens, event));
		}
		return events;
	}

	/** Every tag with its attributes. */
	private static List<String> reading(XmlTokens tokens) throws IOException {
		List<String> events = new ArrayList<>();
		for (int event = tokens.next(); event != XmlTokens.EOF; event = tokens.next()) {
			events.add(describe(tokens, event));
		}
		return events;
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
