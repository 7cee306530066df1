package vn.congdoan.taphuan.intake;

/**
 * A sheet of a workbook as the workbook lists it.
 *
 * @param index 0-based position in the workbook
 * @param name the sheet's name
 * @param hidden whether the sheet is hidden or very hidden
 */
public record SheetInfo(int index, String name, boolean hidden) {
}
