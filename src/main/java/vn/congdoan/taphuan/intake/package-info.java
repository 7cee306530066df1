/**
 * Importing ward attendance spreadsheets: the per-cell normalisers the import job calls
 * (legacy TCVN3/VNI text, positions, roll-call marks, gender, phone, CCCD, birth year,
 * names, identity keys) and the guard for cells written back out.
 */
package vn.congdoan.taphuan.intake;
