/**
 * The national federation's side: the statistical form of training results (biểu thống kê
 * kết quả đào tạo, bồi dưỡng cán bộ công đoàn) every province and sectoral union sends
 * the Tổng LĐLĐ, and its national roll-up. {@link vn.congdoan.taphuan.national.FormRow}
 * and {@link vn.congdoan.taphuan.national.FormColumn} are the form (rows by programme
 * type, numbered columns with their arithmetic);
 * {@link vn.congdoan.taphuan.national.StatisticalForms} computes a province's form from
 * its reconciliation and writes it (a sheet of any workbook, a file, the year-end
 * report's landscape appendix) and the blank form;
 * {@link vn.congdoan.taphuan.national.NationalImports} reads forms however they were
 * filled in, checks their arithmetic and stores them;
 * {@link vn.congdoan.taphuan.national.NationalReports} writes the national summary.
 * Aggregates only: nothing here names a person. POI, JasperReports and JFreeChart
 * mechanics are in package-private classes.
 */
package vn.congdoan.taphuan.national;
