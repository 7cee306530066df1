package vn.congdoan.taphuan.intake;

/**
 * A merged range of cells, 1-based rows and 0-based columns, inclusive.
 */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

	/** Parses "A5:B8" (a single cell "C3" is a range of one). */
	public static CellRange parse(String reference) {
		int colon = reference.indexOf(':');
		String first = (colon < 0) ? reference : reference.substring(0, colon);
		String last = (colon < 0) ? reference : reference.substring(colon + 1);
		return new CellRange(row(first), row(last), column(first), column(last));
	}

	public boolean contains(int row, int column) {
		return row >= this.firstRow && row <= this.lastRow && column >= this.firstColumn && column <= this.lastColumn;
	}

	private static int column(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else if (c != '$') {
				break;
			}
		}
		return column - 1;
	}

	private static int row(String reference) {
		int row = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= '0' && c <= '9') {
				row = row * 10 + (c - '0');
			}
		}
		return row;
	}

}
