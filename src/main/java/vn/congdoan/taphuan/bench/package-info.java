/**
 * The benchmark behind {@code taphuan bench}: synthetic ward workbooks at national scale,
 * the physical floor of reading them (decompression and a byte scan), and the real
 * pipeline's stages measured against it in the same run, with peak heap and resident
 * memory.
 */
package vn.congdoan.taphuan.bench;
