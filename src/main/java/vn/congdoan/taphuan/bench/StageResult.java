package vn.congdoan.taphuan.bench;

/**
 * One measured stage of a benchmark run.
 *
 * @param stage floor, import, reconcile, report-monthly, ...
 * @param seconds wall-clock seconds
 * @param cpuSeconds CPU seconds the whole process used during the stage (every thread:
 * the stage's own, the database's, the garbage collector's and the JIT compiler's), or -1
 * where the JVM does not report it; steadier than wall-clock time on a shared machine
 * @param rows attendance rows the stage handled
 * @param rowsPerSecond rows / seconds, or 0 when the stage does not handle rows
 * @param ratioToFloor seconds / the floor's seconds, for the stages that read the files
 * @param peakHeapBytes peak heap used during the stage (sum of the heap pools' peaks)
 * @param peakRssBytes peak resident set size during the stage, or -1 where the OS does
 * not report it
 * @param note what the stage did
 */
public record StageResult(String stage, double seconds, double cpuSeconds, long rows, double rowsPerSecond,
		Double ratioToFloor, long peakHeapBytes, long peakRssBytes, String note) {
}
