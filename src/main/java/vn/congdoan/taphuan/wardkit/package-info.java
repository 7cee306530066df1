/**
 * What taphuan hands back to wards: fill-in templates (and later feedback workbooks and
 * sign-in sheets). {@link vn.congdoan.taphuan.wardkit.AttendanceTemplates} writes the
 * attendance template a ward fills in for one class; its hidden metadata, described by
 * {@link vn.congdoan.taphuan.wardkit.TemplateMetadata}, lets the import job assign a
 * returned file to its plan, class and ward without flags. Only the package-private
 * workbook class knows Apache POI.
 */
package vn.congdoan.taphuan.wardkit;
