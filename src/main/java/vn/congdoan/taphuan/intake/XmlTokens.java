package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small pull tokenizer for the machine-written XML parts of an xlsx package (sheets,
 * shared strings, styles, workbook): start and end tags with their attributes (namespace
 * prefixes dropped), and the text of an element on request. It works on UTF-8 bytes in a
 * reused buffer and allocates only for the values asked for, which is what makes the
 * reader several times faster than a general XML parser on large sheets. Comments,
 * processing instructions and the DOCTYPE are skipped; CDATA sections and the five named
 * and all numeric entities are decoded in text and attribute values.
 */
final class XmlTokens {

	static final int START = 1;

	static final int END = 2;

	static final int EOF = -1;

	private static final int MAX_ATTRIBUTES = 24;

	private final InputStream in;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private final byte[] name = new byte[128];

	private int nameLength;

	private boolean selfClosing;

	private int attributeCount;

	private final byte[][] attributeNames = new byte[MAX_ATTRIBUTES][64];

	private final int[] attributeNameLengths = new int[MAX_ATTRIBUTES];

	private final byte[][] attributeValues = new byte[MAX_ATTRIBUTES][256];

	private final int[] attributeValueLengths = new int[MAX_ATTRIBUTES];

	private byte[] text = new byte[1024];

	private int valueLength;

	XmlTokens(InputStream in) {
		this.in = in;
	}

	/** The next start or end tag, or {@link #EOF}; text between tags is skipped. */
	int next() throws IOException {
		return nextSkippingAttributes(null);
	}

	/**
	 * Like {@link #next()}, but reads the attributes only of start tags named
	 * {@code keep} (of every start tag when {@code null}): counting rows and cells needs
	 * their names, not their attributes.
	 */
	int nextSkippingAttributes(byte[] keep) throws IOException {
		while (true) {
			if (!skipToTagOpen()) {
				return EOF;
			}
			int inBuffer = tagInBuffer(keep);
			if (inBuffer != 0) {
				return inBuffer;
			}
			int b = read();
			if (b == '/') {
				readName(read());
				skipPast('>');
				this.selfClosing = false;
				this.attributeCount = 0;
				return END;
			}
			if (b == '?') {
				skipPastSequence('?', '>');
				continue;
			}
			if (b == '!') {
				skipDeclaration();
				continue;
			}
			if (b < 0) {
				return EOF;
			}
			readName(b);
			readAttributes(keep == null || is(keep));
			return START;
		}
	}

	/**
	 * Reads the tag after '<' straight from the buffer when it lies wholly inside it, as
	 * nearly every tag does, with exactly the results of the byte-by-byte path below
	 * ({@link #readName}, {@link #readAttributes}). Returns START or END, or 0 to leave
	 * the tag to that path: declarations and processing instructions, an entity in an
	 * attribute value, or a tag that runs past the buffer's end. Nothing is consumed when
	 * it returns 0.
	 * @param keep the start tag whose attributes are read, or {@code null} for all
	 */
	private int tagInBuffer(byte[] keep) {
		byte[] buf = this.buffer;
		int end = this.limit;
		int p = this.position;
		if (p >= end) {
			return 0;
		}
		int b = buf[p] & 0xFF;
		if (b == '?' || b == '!') {
			return 0;
		}
		boolean endTag = b == '/';
		if (endTag) {
			p++;
		}
		int length = 0;
		while (true) {
			if (p >= end) {
				return 0;
			}
			b = buf[p] & 0xFF;
			if (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
				break;
			}
			if (b == ':') {
				length = 0;
			}
			else if (length < this.name.length) {
				this.name[length++] = (byte) b;
			}
			p++;
		}
		this.nameLength = length;
		if (endTag) {
			while (buf[p] != '>') {
				if (++p >= end) {
					return 0;
				}
			}
			this.position = p + 1;
			this.selfClosing = false;
			this.attributeCount = 0;
			return END;
		}
		boolean store = keep == null || is(keep);
		int count = 0;
		boolean closes = false;
		while (true) {
			if (p >= end) {
				return 0;
			}
			b = buf[p++] & 0xFF;
			while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
				if (p >= end) {
					return 0;
				}
				b = buf[p++] & 0xFF;
			}
			if (b == '>') {
				break;
			}
			if (b == '/') {
				if (p >= end) {
					return 0;
				}
				b = buf[p++] & 0xFF;
				if (b == '>') {
					closes = true;
					break;
				}
				continue;
			}
			int slot = Math.min(count, MAX_ATTRIBUTES - 1);
			byte[] attributeName = this.attributeNames[slot];
			int nameLength = 0;
			while (b != '=' && b != ' ' && b != '>' && b != '/') {
				if (b == ':') {
					nameLength = 0;
				}
				else if (nameLength < attributeName.length) {
					if (store) {
						attributeName[nameLength] = (byte) b;
					}
					nameLength++;
				}
				if (p >= end) {
					return 0;
				}
				b = buf[p++] & 0xFF;
			}
			while (b == ' ' || b == '=') {
				if (p >= end) {
					return 0;
				}
				b = buf[p++] & 0xFF;
			}
			if (b != '"' && b != '\'') {
				p--;
				continue;
			}
			int quote = b;
			byte[] value = this.attributeValues[slot];
			int valueLength = 0;
			if (p >= end) {
				return 0;
			}
			b = buf[p++] & 0xFF;
			while (b != quote) {
				if (b == '&') {
					return 0;
				}
				if (store) {
					if (valueLength == value.length) {
						value = Arrays.copyOf(value, value.length * 2);
						this.attributeValues[slot] = value;
					}
					value[valueLength] = (byte) b;
				}
				valueLength++;
				if (p >= end) {
					return 0;
				}
				b = buf[p++] & 0xFF;
			}
			if (store) {
				this.attributeNameLengths[slot] = nameLength;
				this.attributeValueLengths[slot] = valueLength;
			}
			if (count < MAX_ATTRIBUTES) {
				count++;
			}
		}
		this.position = p;
		this.selfClosing = closes;
		this.attributeCount = store ? count : 0;
		return START;
	}

	/** Whether the current start tag ended with "/>". */
	boolean selfClosing() {
		return this.selfClosing;
	}

	/** Whether the current tag's local name is {@code expected} (ASCII). */
	boolean is(byte[] expected) {
		return this.nameLength == expected.length && sameBytes(this.name, expected, expected.length);
	}

	/** The current tag's local name (for messages and tests). */
	String name() {
		return new String(this.name, 0, this.nameLength, StandardCharsets.UTF_8);
	}

	/**
	 * The value of an attribute of the current start tag (local name), or {@code null}.
	 */
	String attribute(byte[] attributeName) {
		int index = attributeIndex(attributeName);
		return (index < 0) ? null
				: new String(this.attributeValues[index], 0, this.attributeValueLengths[index], StandardCharsets.UTF_8);
	}

	/** A non-negative integer attribute, or -1 when absent or not a number. */
	int intAttribute(byte[] attributeName) {
		int index = attributeIndex(attributeName);
		if (index < 0 || this.attributeValueLengths[index] == 0) {
			return -1;
		}
		int value = 0;
		byte[] bytes = this.attributeValues[index];
		for (int i = 0; i < this.attributeValueLengths[index]; i++) {
			int digit = bytes[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	/** The 0-based column of a cell reference attribute such as r="AB12", or -1. */
	int columnAttribute(byte[] attributeName) {
		int index = attributeIndex(attributeName);
		if (index < 0) {
			return -1;
		}
		int column = 0;
		byte[] bytes = this.attributeValues[index];
		for (int i = 0; i < this.attributeValueLengths[index]; i++) {
			int c = bytes[i];
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else {
				break;
			}
		}
		return column - 1;
	}

	/**
	 * Where an attribute of the current start tag is, for {@link #valueLength(int)} and
	 * {@link #valueFirstByte(int)} to read it without looking it up again; -1 when
	 * absent.
	 */
	int indexOf(byte[] attributeName) {
		return attributeIndex(attributeName);
	}

	/** The length of the value of the attribute at an {@link #indexOf} index, or -1. */
	int valueLength(int index) {
		return (index < 0) ? -1 : this.attributeValueLengths[index];
	}

	/**
	 * The first byte of the value of the attribute at an {@link #indexOf} index, or 0
	 * when absent or empty.
	 */
	byte valueFirstByte(int index) {
		return (index < 0 || this.attributeValueLengths[index] == 0) ? 0 : this.attributeValues[index][0];
	}

	/**
	 * The text content from here to the next tag, decoded (entities, CDATA). Call right
	 * after the START of an element whose content is text, such as {@code <v>} or
	 * {@code <t>}.
	 */
	String text() throws IOException {
		int length = readText();
		return new String(this.text, 0, length, StandardCharsets.UTF_8);
	}

	/**
	 * Reads the text content like {@link #text()} but keeps it in the token buffer, for
	 * {@link #valueAsString()}, {@link #valueAsIndex()} or {@link #valueAsWholeNumber()}
	 * to read without building a string they do not need.
	 */
	void readValue() throws IOException {
		this.valueLength = readText();
	}

	/** The value last read by {@link #readValue()}. */
	String valueAsString() {
		return new String(this.text, 0, this.valueLength, StandardCharsets.UTF_8);
	}

	/**
	 * The value last read, as a shared-string index: its digits, 0 when empty, -1 at the
	 * first byte that is not a digit.
	 */
	int valueAsIndex() {
		int index = 0;
		for (int i = 0; i < this.valueLength; i++) {
			int digit = this.text[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			index = index * 10 + digit;
		}
		return index;
	}

	/**
	 * The value last read as a whole number when it is one to fifteen ASCII digits (so
	 * exactly a double), else -1.
	 */
	long valueAsWholeNumber() {
		if (this.valueLength == 0 || this.valueLength > 15) {
			return -1;
		}
		long value = 0;
		for (int i = 0; i < this.valueLength; i++) {
			int digit = this.text[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	private int attributeIndex(byte[] attributeName) {
		int length = attributeName.length;
		for (int i = 0; i < this.attributeCount; i++) {
			if (this.attributeNameLengths[i] == length && sameBytes(this.attributeNames[i], attributeName, length)) {
				return i;
			}
		}
		return -1;
	}

	/** The first {@code length} bytes of both arrays are equal (names are short). */
	private static boolean sameBytes(byte[] a, byte[] b, int length) {
		for (int i = 0; i < length; i++) {
			if (a[i] != b[i]) {
				return false;
			}
		}
		return true;
	}

	private boolean skipToTagOpen() throws IOException {
		while (true) {
			for (int i = this.position; i < this.limit; i++) {
				if (this.buffer[i] == '<') {
					this.position = i + 1;
					return true;
				}
			}
			this.position = this.limit;
			if (!fill()) {
				return false;
			}
		}
	}

	/**
	 * Reads a tag name starting with {@code first}, keeping the local part after any
	 * prefix.
	 */
	private void readName(int first) throws IOException {
		this.nameLength = 0;
		int b = first;
		while (b >= 0 && b != '>' && b != '/' && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
			if (b == ':') {
				this.nameLength = 0;
			}
			else if (this.nameLength < this.name.length) {
				this.name[this.nameLength++] = (byte) b;
			}
			b = read();
		}
		unread(b);
	}

	/**
	 * Reads a start tag's attributes, or with {@code store} false only skips them,
	 * keeping nothing but whether the tag closes itself (as {@link #tagInBuffer} does).
	 */
	private void readAttributes(boolean store) throws IOException {
		this.attributeCount = 0;
		this.selfClosing = false;
		while (true) {
			int b = read();
			while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
				b = read();
			}
			if (b < 0 || b == '>') {
				return;
			}
			if (b == '/') {
				b = read();
				if (b == '>') {
					this.selfClosing = true;
					return;
				}
				continue;
			}
			int slot = Math.min(this.attributeCount, MAX_ATTRIBUTES - 1);
			byte[] attributeName = this.attributeNames[slot];
			int nameLength = 0;
			while (b >= 0 && b != '=' && b != ' ' && b != '>' && b != '/') {
				if (b == ':') {
					nameLength = 0;
				}
				else if (store && nameLength < attributeName.length) {
					attributeName[nameLength++] = (byte) b;
				}
				b = read();
			}
			while (b == ' ' || b == '=') {
				b = read();
			}
			if (b != '"' && b != '\'') {
				unread(b);
				continue;
			}
			int quote = b;
			if (!store) {
				b = read();
				while (b >= 0 && b != quote) {
					if (b == '&') {
						skipEntity();
					}
					b = read();
				}
				continue;
			}
			int valueLength = 0;
			byte[] value = this.attributeValues[slot];
			b = read();
			while (b >= 0 && b != quote) {
				if (b == '&') {
					b = readEntityByteSequence();
				}
				if (valueLength == value.length) {
					value = Arrays.copyOf(value, value.length * 2);
					this.attributeValues[slot] = value;
				}
				if (b >= 0) {
					value[valueLength++] = (byte) b;
				}
				b = (this.pendingLength > 0) ? nextPending() : read();
			}
			this.attributeNameLengths[slot] = nameLength;
			this.attributeValueLengths[slot] = valueLength;
			if (this.attributeCount < MAX_ATTRIBUTES) {
				this.attributeCount++;
			}
		}
	}

	/** Skips what {@link #readEntityByteSequence()} would read after '&'. */
	private void skipEntity() throws IOException {
		int length = 0;
		int b = read();
		while (b >= 0 && b != ';' && length < this.entity.length) {
			length++;
			b = read();
		}
	}

	// An entity decodes to up to 4 UTF-8 bytes; the first is returned, the rest are
	// pending.
	private final byte[] pending = new byte[4];

	private int pendingLength;

	private int pendingPosition;

	private int nextPending() {
		int b = this.pending[this.pendingPosition++] & 0xFF;
		if (this.pendingPosition == this.pendingLength) {
			this.pendingLength = 0;
			this.pendingPosition = 0;
		}
		return b;
	}

	/**
	 * Decodes an entity after '&'; returns its first UTF-8 byte and leaves the rest
	 * pending. The numeric ones, which some writers use for every letter beyond ASCII,
	 * are decoded without allocating.
	 */
	private int readEntityByteSequence() throws IOException {
		int length = 0;
		int b = read();
		while (b >= 0 && b != ';' && length < this.entity.length) {
			this.entity[length++] = (byte) b;
			b = read();
		}
		int codePoint = (length > 0 && this.entity[0] == '#') ? numericReference(this.entity, length)
				: namedReference(this.entity, length);
		return encodePending(codePoint);
	}

	private final byte[] entity = new byte[12];

	private static int namedReference(byte[] entity, int length) {
		String reference = new String(entity, 0, length, StandardCharsets.US_ASCII);
		return switch (reference) {
			case "lt" -> '<';
			case "gt" -> '>';
			case "amp" -> '&';
			case "quot" -> '"';
			case "apos" -> '\'';
			default -> '?'; // keep the text visible rather than fail the file
		};
	}

	/**
	 * "#x1EC7" or "#7879"; '?' when it is no code point (an invalid reference keeps the
	 * text visible rather than failing the file).
	 */
	private static int numericReference(byte[] entity, int length) {
		boolean hex = length > 1 && (entity[1] == 'x' || entity[1] == 'X');
		int start = hex ? 2 : 1;
		if (start < length && entity[start] == '+') {
			start++; // as Integer.parseInt reads it
		}
		if (start >= length) {
			return '?';
		}
		int radix = hex ? 16 : 10;
		long value = 0;
		for (int i = start; i < length; i++) {
			int digit = digit(entity[i], radix);
			if (digit < 0) {
				return '?';
			}
			value = value * radix + digit;
			if (value > Integer.MAX_VALUE) {
				return '?';
			}
		}
		return (int) value;
	}

	/** An ASCII digit's value in the radix (10 or 16), or -1. */
	private static int digit(byte b, int radix) {
		int value;
		if (b >= '0' && b <= '9') {
			value = b - '0';
		}
		else if (b >= 'a' && b <= 'f') {
			value = b - 'a' + 10;
		}
		else if (b >= 'A' && b <= 'F') {
			value = b - 'A' + 10;
		}
		else {
			return -1;
		}
		return (value < radix) ? value : -1;
	}

	/**
	 * Returns the first UTF-8 byte of a code point and leaves the others pending; '?' for
	 * what is no code point.
	 */
	private int encodePending(int codePoint) {
		if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
			codePoint = '?';
		}
		this.pendingPosition = 0;
		if (codePoint < 0x80) {
			this.pendingLength = 0;
			return codePoint;
		}
		if (codePoint < 0x800) {
			this.pending[0] = (byte) (0x80 | (codePoint & 0x3F));
			this.pendingLength = 1;
			return 0xC0 | (codePoint >> 6);
		}
		if (codePoint < 0x10000) {
			if (Character.isSurrogate((char) codePoint)) {
				// a lone surrogate cannot be encoded: String.getBytes writes '?'
				this.pendingLength = 0;
				return '?';
			}
			this.pending[0] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
			this.pending[1] = (byte) (0x80 | (codePoint & 0x3F));
			this.pendingLength = 2;
			return 0xE0 | (codePoint >> 12);
		}
		this.pending[0] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
		this.pending[1] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
		this.pending[2] = (byte) (0x80 | (codePoint & 0x3F));
		this.pendingLength = 3;
		return 0xF0 | (codePoint >> 18);
	}

	private int readText() throws IOException {
		// text up to the next tag, without entities, lying wholly in the buffer: copied
		// at once
		byte[] buf = this.buffer;
		for (int i = this.position; i + 1 < this.limit; i++) {
			byte b = buf[i];
			if (b == '<') {
				if (buf[i + 1] == '!') {
					break;
				}
				int length = i - this.position;
				if (length > this.text.length) {
					this.text = Arrays.copyOf(this.text, Math.max(length, this.text.length * 2));
				}
				System.arraycopy(buf, this.position, this.text, 0, length);
				this.position = i;
				return length;
			}
			if (b == '&') {
				break;
			}
		}
		int length = 0;
		while (true) {
			int b = read();
			if (b < 0) {
				return length;
			}
			if (b == '<') {
				if (peek() == '!') {
					length = readCdata(length);
					continue;
				}
				unread(b);
				return length;
			}
			if (b == '&') {
				b = readEntityByteSequence();
			}
			length = append(length, b);
			while (this.pendingLength > 0) {
				length = append(length, nextPending());
			}
		}
	}

	private int readCdata(int length) throws IOException {
		read(); // '!'
		for (int i = 0; i < 7; i++) {
			read(); // "[CDATA["
		}
		int b = read();
		while (b >= 0) {
			if (b == ']' && peek() == ']') {
				read();
				if (peek() == '>') {
					read();
					return length;
				}
				length = append(length, ']');
				continue;
			}
			length = append(length, b);
			b = read();
		}
		return length;
	}

	private int append(int length, int b) {
		if (length == this.text.length) {
			this.text = Arrays.copyOf(this.text, this.text.length * 2);
		}
		this.text[length] = (byte) b;
		return length + 1;
	}

	private void skipPast(int terminator) throws IOException {
		int b = read();
		while (b >= 0 && b != terminator) {
			b = read();
		}
	}

	private void skipPastSequence(int first, int second) throws IOException {
		int previous = -2;
		int b = read();
		while (b >= 0 && !(previous == first && b == second)) {
			previous = b;
			b = read();
		}
	}

	/**
	 * Skips {@code <!-- ... -->}, {@code <![CDATA[ ... ]]>} outside text, or
	 * {@code <!DOCTYPE ...>}.
	 */
	private void skipDeclaration() throws IOException {
		int b = read();
		if (b == '-') {
			int dashes = 0;
			b = read();
			while (b >= 0) {
				if (b == '-') {
					dashes++;
				}
				else if (b == '>' && dashes >= 2) {
					return;
				}
				else {
					dashes = 0;
				}
				b = read();
			}
			return;
		}
		if (b == '[') {
			int closing = 0;
			b = read();
			while (b >= 0) {
				if (b == ']') {
					closing++;
				}
				else if (b == '>' && closing >= 2) {
					return;
				}
				else {
					closing = 0;
				}
				b = read();
			}
			return;
		}
		skipPast('>');
	}

	private int read() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position++] & 0xFF;
	}

	private int peek() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position] & 0xFF;
	}

	private void unread(int b) {
		if (b >= 0) {
			this.position--;
		}
	}

	/**
	 * Refills the buffer, keeping one byte before the position so that {@link #unread}
	 * always works.
	 */
	private boolean fill() throws IOException {
		int keep = (this.limit > 0) ? 1 : 0;
		if (keep == 1) {
			this.buffer[0] = this.buffer[this.limit - 1];
		}
		int read = this.in.read(this.buffer, keep, this.buffer.length - keep);
		if (read <= 0) {
			this.position = keep;
			this.limit = keep;
			return false;
		}
		this.position = keep;
		this.limit = keep + read;
		return true;
	}

}
