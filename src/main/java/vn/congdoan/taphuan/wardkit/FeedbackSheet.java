package vn.congdoan.taphuan.wardkit;

import java.util.List;
import java.util.Map;

/**
 * A sheet of a received file that the import read, as inspection stored it.
 *
 * @param sheetNo 0-based sheet index in the file
 * @param name the sheet's name in the file
 * @param headerRow 1-based row of the (top) header
 * @param firstDataRow 1-based first row below the header
 * @param lastRow 1-based row of the last trainee line read (0 when none)
 * @param fields 0-based column → the field the import read there (FULL_NAME, BIRTH, DAY,
 * IGNORED, ...)
 */
record FeedbackSheet(int sheetNo, String name, int headerRow, int firstDataRow, int lastRow,
		Map<Integer, String> fields) {

	/** The fields that hold the name, in the order the import reads them. */
	private static final List<String> NAME_FIELDS = List.of("FULL_NAME", "SURNAME", "GIVEN_NAME");

	FeedbackSheet {
		fields = Map.copyOf(fields);
	}

	/**
	 * The column holding the trainee's name (the surname column when the name is split),
	 * or -1.
	 */
	int nameColumn() {
		for (String field : NAME_FIELDS) {
			for (Map.Entry<Integer, String> entry : this.fields.entrySet()) {
				if (entry.getValue().equals(field)) {
					return entry.getKey();
				}
			}
		}
		return -1;
	}

	boolean isNameField(int column) {
		return NAME_FIELDS.contains(this.fields.get(column));
	}

	/** The last column the header names, or -1. */
	int lastHeaderColumn() {
		return this.fields.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
	}

}
