/**
 * The reports: the monthly progress report for the Standing Committee, the year-end
 * result report to the national federation in administrative form, and the reconciliation
 * of one class, each as a PDF (JasperReports templates from {@code reports/*.jrxml},
 * compiled once per process, with an administrator's override folder), an XLSX workbook
 * with the same tables, and its charts as PNG files. The records here
 * ({@link vn.congdoan.taphuan.report.MonthlyReportData},
 * {@link vn.congdoan.taphuan.report.YearEndReportData},
 * {@link vn.congdoan.taphuan.report.ClassReportData} and their rows) are the contract the
 * SQL assembly fills: they carry aggregates, never raw attendance, check themselves when
 * built, and carry personal data only in the class report, with phone and CCCD numbers
 * already masked. {@link vn.congdoan.taphuan.report.Reports} renders them; Jasper,
 * JFreeChart and POI mechanics stay in package-private classes beside it.
 */
package vn.congdoan.taphuan.report;
