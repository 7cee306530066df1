package vn.congdoan.taphuan.bench;

import java.util.List;

/**
 * A benchmark run: its size, the machine it ran on and every stage measured.
 *
 * @param rows attendance rows generated
 * @param files ward workbooks generated
 * @param maxHeapBytes the JVM's maximum heap (-Xmx)
 * @param processors available processors
 * @param stages the stages in order
 */
public record BenchmarkResult(long rows, int files, long maxHeapBytes, int processors, List<StageResult> stages) {

	public BenchmarkResult {
		stages = List.copyOf(stages);
	}

}
