package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Streams the rows of one worksheet part. Cells are typed from the file itself: shared
 * and inline strings, numbers (dates when their style says so), booleans, errors, and
 * formulas by their cached value.
 */
final class XlsxSheetCursor implements SheetCursor {

	private static final byte[] ROW = bytes("row");

	private static final byte[] C = bytes("c");

	private static final byte[] V = bytes("v");

	private static final byte[] IS = bytes("is");

	private static final byte[] T = bytes("t");

	private static final byte[] R = bytes("r");

	private static final byte[] S = bytes("s");

	private static final byte[] R_PH = bytes("rPh");

	private static final byte[] MERGE_CELL = bytes("mergeCell");

	private static final byte[] REF = bytes("ref");

	private final XmlTokens xml;

	private final XlsxFile workbook;

	private final BitSet columns;

	private final List<CellRange> merges = new ArrayList<>();

	private int lastRow;

	private boolean finished;

	XlsxSheetCursor(XmlTokens xml, XlsxFile workbook, BitSet columns) {
		this.xml = xml;
		this.workbook = workbook;
		this.columns = columns;
	}

	@Override
	public SheetRow next() throws IOException {
		if (this.finished) {
			return null;
		}
		List<Cell> cells = null;
		int rowNumber = 0;
		int nextColumn = 0;
		// the cell being read
		int column = -1;
		byte type = 0;
		int style = -1;
		String value = null;
		// a number or shared-string index read straight from the bytes (value stays null)
		long parsed = -1;
		StringBuilder inline = null;
		boolean phonetic = false;
		for (int event = this.xml.next(); event != XmlTokens.EOF; event = this.xml.next()) {
			XmlTokens x = this.xml;
			if (event == XmlTokens.START) {
				if (x.is(C)) {
					column = x.columnAttribute(R);
					if (column < 0) {
						column = nextColumn;
					}
					nextColumn = column + 1;
					if (x.selfClosing() || !wanted(column)) {
						column = (x.selfClosing()) ? -1 : -2;
						continue;
					}
					int t = x.indexOf(T);
					int typeLength = x.valueLength(t);
					type = (typeLength == 9) ? (byte) 'I' : x.valueFirstByte(t);
					if (typeLength == 3 && type == 's') {
						type = 'F'; // t="str": a formula's cached text
					}
					style = x.intAttribute(S);
					value = null;
					parsed = -1;
					inline = null;
				}
				else if (x.is(V) && column >= 0 && !x.selfClosing()) {
					x.readValue();
					parsed = (type == 's') ? x.valueAsIndex() : isNumber(type) ? x.valueAsWholeNumber() : -1;
					value = (parsed >= 0) ? null : x.valueAsString();
				}
				else if (x.is(IS) && column >= 0) {
					inline = new StringBuilder();
				}
				else if (x.is(R_PH)) {
					phonetic = !x.selfClosing();
				}
				else if (x.is(T) && inline != null && !phonetic && !x.selfClosing()) {
					inline.append(x.text());
				}
				else if (x.is(ROW)) {
					rowNumber = x.intAttribute(R);
					if (rowNumber <= 0) {
						rowNumber = this.lastRow + 1;
					}
					this.lastRow = rowNumber;
					nextColumn = 0;
					cells = null;
				}
				else if (x.is(MERGE_CELL)) {
					String reference = x.attribute(REF);
					if (reference != null) {
						this.merges.add(CellRange.parse(reference));
					}
				}
			}
			else {
				if (x.is(C)) {
					if (column >= 0) {
						Cell cell = (parsed >= 0) ? parsedCell(column, type, style, parsed)
								: cell(column, type, style, value, inline);
						if (cell != null) {
							if (cells == null) {
								cells = new ArrayList<>();
							}
							cells.add(cell);
						}
					}
					column = -1;
				}
				else if (x.is(R_PH)) {
					phonetic = false;
				}
				else if (x.is(ROW)) {
					if (cells != null) {
						return new SheetRow(rowNumber, cells);
					}
				}
			}
		}
		this.finished = true;
		return null;
	}

	/**
	 * Counts the remaining rows that hold a cell and collects the merged ranges, building
	 * no cells.
	 */
	@Override
	public int skipRest() throws IOException {
		if (this.finished) {
			return 0;
		}
		int rows = 0;
		boolean rowHasCell = false;
		for (int event = this.xml.nextSkippingAttributes(MERGE_CELL); event != XmlTokens.EOF; event = this.xml
			.nextSkippingAttributes(MERGE_CELL)) {
			if (event == XmlTokens.START) {
				if (this.xml.is(C)) {
					rowHasCell |= !this.xml.selfClosing();
				}
				else if (this.xml.is(ROW)) {
					rowHasCell = false;
				}
				else if (this.xml.is(MERGE_CELL)) {
					String reference = this.xml.attribute(REF);
					if (reference != null) {
						this.merges.add(CellRange.parse(reference));
					}
				}
			}
			else if (this.xml.is(ROW) && rowHasCell) {
				rows++;
			}
		}
		this.finished = true;
		return rows;
	}

	private boolean wanted(int column) {
		return this.columns == null || this.columns.get(column);
	}

	private Cell cell(int column, byte type, int style, String value, StringBuilder inline) throws IOException {
		switch (type) {
			case 's' -> {
				if (value == null) {
					return null;
				}
				String text = this.workbook.sharedString(parseIndex(value));
				return text.isEmpty() ? null : Cell.text(column, text);
			}
			case 'I' -> {
				return (inline == null || inline.isEmpty()) ? null
						: Cell.text(column, XlsxFile.unescape(inline.toString()));
			}
			case 'F' -> {
				return (value == null || value.isEmpty()) ? null : Cell.text(column, XlsxFile.unescape(value));
			}
			case 'b' -> {
				return (value == null) ? null : Cell.bool(column, value.equals("1") || value.equalsIgnoreCase("true"));
			}
			case 'e' -> {
				return (value == null) ? null : Cell.error(column, value);
			}
			case 'd' -> {
				return (value == null) ? null : Cell.text(column, value);
			}
			default -> {
				if (value == null || value.isEmpty()) {
					return null;
				}
				double number;
				try {
					number = Double.parseDouble(value);
				}
				catch (NumberFormatException ex) {
					return Cell.text(column, value);
				}
				if (this.workbook.isDateStyle(style) && this.workbook.validDate(number)) {
					return Cell.date(column, number, this.workbook.date(number));
				}
				return Cell.number(column, number);
			}
		}
	}

	/** Types read as numbers: "n", none, and anything else not known. */
	private static boolean isNumber(byte type) {
		return switch (type) {
			case 's', 'I', 'F', 'b', 'e', 'd' -> false;
			default -> true;
		};
	}

	/**
	 * {@link #cell} of a shared-string index or a whole number of up to fifteen digits,
	 * read without a string.
	 */
	private Cell parsedCell(int column, byte type, int style, long parsed) throws IOException {
		if (type == 's') {
			String text = this.workbook.sharedString((int) parsed);
			return text.isEmpty() ? null : Cell.text(column, text);
		}
		double number = parsed;
		if (this.workbook.isDateStyle(style) && this.workbook.validDate(number)) {
			return Cell.date(column, number, this.workbook.date(number));
		}
		return Cell.number(column, number);
	}

	private static int parseIndex(String value) {
		int index = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			index = index * 10 + (c - '0');
		}
		return index;
	}

	@Override
	public List<CellRange> merges() {
		return List.copyOf(this.merges);
	}

	@Override
	public void close() throws IOException {
		// the part stream belongs to the zip file, closed with it
	}

	private static byte[] bytes(String ascii) {
		return ascii.getBytes(StandardCharsets.US_ASCII);
	}

}
