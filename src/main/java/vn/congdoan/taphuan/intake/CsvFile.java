package vn.congdoan.taphuan.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as one sheet. The encoding is UTF-8 (with or without BOM), UTF-16 with a
 * BOM, or else Windows-1252 (the bytes legacy TCVN3 text is saved as, repaired later by
 * the legacy-encoding check); the delimiter is whichever of comma, semicolon or tab the
 * first lines use consistently. Every field is text: nothing is evaluated.
 */
final class CsvFile implements SpreadsheetFile {

	private static final int SAMPLE_BYTES = 64 * 1024;

	private final Path path;

	private final Charset charset;

	private final int skipBytes;

	private final char delimiter;

	private final String sheetName;

	private CsvFile(Path path, String name, Charset charset, int skipBytes, char delimiter) {
		this.path = path;
		this.charset = charset;
		this.skipBytes = skipBytes;
		this.delimiter = delimiter;
		this.sheetName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
	}

	static CsvFile open(Path path, String name) throws IOException, FileRejection {
		byte[] head;
		try (InputStream in = Files.newInputStream(path)) {
			head = in.readNBytes(SAMPLE_BYTES);
		}
		Charset charset;
		int skip = 0;
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			charset = StandardCharsets.UTF_8;
			skip = 3;
		}
		else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else {
			charset = isUtf8(path) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
		}
		if (looksBinary(head, skip, charset)) {
			throw new FileRejection(IssueCode.FILE_UNREADABLE,
					"Tệp .csv không phải văn bản (có thể là tệp khác bị đổi đuôi). Lưu danh sách từ Excel dạng .xlsx rồi gửi lại.");
		}
		String sample = new String(head, skip, head.length - skip, charset);
		return new CsvFile(path, name, charset, skip, delimiterOf(sample));
	}

	@Override
	public String format() {
		return "csv";
	}

	@Override
	public List<SheetInfo> sheets() {
		return List.of(new SheetInfo(0, this.sheetName, false));
	}

	@Override
	public SheetCursor rows(int sheet, BitSet columns) throws IOException {
		InputStream in = Files.newInputStream(this.path);
		in.skipNBytes(this.skipBytes);
		Reader reader = new BufferedReader(new InputStreamReader(in, this.charset), 64 * 1024);
		CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(this.delimiter)
			.setIgnoreEmptyLines(false)
			.setTrim(false)
			.get()
			.parse(reader);
		Iterator<CSVRecord> records = parser.iterator();
		return new SheetCursor() {

			private int row;

			@Override
			public SheetRow next() {
				while (records.hasNext()) {
					CSVRecord record = records.next();
					this.row++;
					List<Cell> cells = new ArrayList<>();
					for (int i = 0; i < record.size(); i++) {
						String value = record.get(i);
						if (!value.isBlank() && (columns == null || columns.get(i))) {
							cells.add(Cell.text(i, value));
						}
					}
					if (!cells.isEmpty()) {
						return new SheetRow(this.row, cells);
					}
				}
				return null;
			}

			@Override
			public List<CellRange> merges() {
				return List.of();
			}

			@Override
			public void close() throws IOException {
				parser.close();
			}

		};
	}

	@Override
	public void close() {
	}

	private static boolean isUtf8(Path path) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (InputStream in = Files.newInputStream(path)) {
			byte[] chunk = new byte[SAMPLE_BYTES];
			ByteBuffer carry = ByteBuffer.allocate(SAMPLE_BYTES + 8);
			java.nio.CharBuffer out = java.nio.CharBuffer.allocate(SAMPLE_BYTES + 8);
			int read;
			while ((read = in.read(chunk)) > 0) {
				carry.put(chunk, 0, read);
				carry.flip();
				out.clear();
				if (decoder.decode(carry, out, false).isError()) {
					return false;
				}
				carry.compact();
			}
			carry.flip();
			out.clear();
			return !decoder.decode(carry, out, true).isError() && !decoder.flush(out).isError();
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean looksBinary(byte[] head, int skip, Charset charset) {
		if (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) {
			return false;
		}
		int controls = 0;
		for (int i = skip; i < head.length; i++) {
			int b = head[i] & 0xFF;
			if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B)) {
				controls++;
			}
		}
		return controls > Math.max(4, (head.length - skip) / 100);
	}

	/** The delimiter used most consistently over the first lines, outside quotes. */
	static char delimiterOf(String sample) {
		char best = ',';
		int bestScore = -1;
		String[] lines = sample.split("\r?\n", 12);
		for (char candidate : new char[] { ',', ';', '\t' }) {
			int linesWith = 0;
			int total = 0;
			for (String line : lines) {
				int count = countOutsideQuotes(line, candidate);
				if (count > 0) {
					linesWith++;
					total += count;
				}
			}
			int score = linesWith * 1000 + total;
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static int countOutsideQuotes(String line, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

}
