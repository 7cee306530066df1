package vn.congdoan.taphuan.intake;

/**
 * What inspection decided a column holds.
 *
 * @param column 0-based column
 * @param field the field
 * @param day for day columns, the 1-based class day; else {@code null}
 * @param header the header text
 */
record ColumnRole(int column, Field field, Integer day, String header) {
}
