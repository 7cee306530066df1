/**
 * What taphuan hands back to wards: fill-in templates and feedback workbooks.
 * {@link vn.congdoan.taphuan.wardkit.AttendanceTemplates} writes the attendance template
 * a ward fills in for one class; its hidden metadata, described by
 * {@link vn.congdoan.taphuan.wardkit.TemplateMetadata}, lets the import job assign a
 * returned file to its plan, class and ward without flags.
 * {@link vn.congdoan.taphuan.wardkit.FeedbackWorkbooks} writes, for a received file with
 * rejections or warnings, the workbook that tells the ward what to fix: a summary, then
 * the ward's rows as read again from the archived bytes with each problem cell
 * highlighted and explained. Only the package-private workbook classes know Apache POI.
 */
package vn.congdoan.taphuan.wardkit;
