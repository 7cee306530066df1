/**
 * Importing ward attendance spreadsheets (danh sách học viên, điểm danh): reading xlsx,
 * xls and csv as wards send them with streaming readers, finding the header and the class
 * days, normalising names, positions, marks and legacy-encoded text, and storing trainee
 * rows and every problem found through a restartable Spring Batch job per file.
 * {@link vn.congdoan.taphuan.intake.AttendanceImports} is the entry point; the bytes of
 * every file received are archived by SHA-256 before anything else happens.
 */
package vn.congdoan.taphuan.intake;
