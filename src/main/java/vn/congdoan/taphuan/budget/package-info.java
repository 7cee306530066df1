/**
 * Budget settlements (quyết toán): importing finance's settlement workbook for a class
 * ({@link vn.congdoan.taphuan.budget.SettlementImports}) with the same guarantees as
 * attendance intake — bytes archived, the same bytes again unchanged, a new file
 * replacing the class's earlier one, every problem placed and coded, unusable files
 * rejected — and writing the blank settlement workbook finance fills in
 * ({@link vn.congdoan.taphuan.budget.SettlementTemplates}). Workbooks are read through
 * intake's reading seam; POI is known only to the template writer.
 */
package vn.congdoan.taphuan.budget;
