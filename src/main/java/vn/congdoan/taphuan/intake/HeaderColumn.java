package vn.congdoan.taphuan.intake;

import java.util.Objects;

/**
 * A column of a sheet's header and the field it holds.
 *
 * @param column 0-based column
 * @param field the field
 * @param label the header text as written (for a column under a group header, "Điểm danh
 * / 16/03/2026")
 * @param dayLabel for day columns, the text that names the day ("Ngày 1", "16/3", "" when
 * unlabelled)
 */
record HeaderColumn(int column, Field field, String label, String dayLabel) {

	HeaderColumn {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(label, "label");
	}

}
