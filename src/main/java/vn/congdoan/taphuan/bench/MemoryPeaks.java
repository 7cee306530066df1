package vn.congdoan.taphuan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Peak memory and CPU time of a stage: heap from the JVM's memory pools (the sum of each
 * heap pool's peak since the last reset), and the process's peak resident set from /proc
 * where the OS reports it.
 */
final class MemoryPeaks {

	private static final Path STATUS = Path.of("/proc/self/status");

	private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

	private MemoryPeaks() {
	}

	static void reset() {
		System.gc();
		for (MemoryPoolMXBean pool : heapPools()) {
			pool.resetPeakUsage();
		}
		try {
			// "5" resets the peak resident set size (VmHWM) on Linux
			Files.writeString(CLEAR_REFS, "5");
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			// not Linux, or not allowed: the peak then covers the whole process
		}
	}

	/** Peak resident set size in bytes, or -1 when the OS does not report it. */
	static long peakRssBytes() {
		try {
			for (String line : Files.readAllLines(STATUS)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		return -1;
	}

	/**
	 * Samples the heap in use every 10 ms until closed: the peak of the sum, not the sum
	 * of the pools' peaks.
	 */
	static Sampler sample() {
		return new Sampler();
	}

	/**
	 * CPU time the whole process has used so far, in nanoseconds, or -1 where the JVM
	 * does not report it.
	 */
	static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	static long maxHeapBytes() {
		return Runtime.getRuntime().maxMemory();
	}

	/**
	 * A background thread sampling the heap in use.
	 */
	static final class Sampler implements AutoCloseable {

		private final Thread thread;

		private volatile boolean running = true;

		private volatile long peak;

		Sampler() {
			this.thread = new Thread(() -> {
				while (this.running) {
					this.peak = Math.max(this.peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
					try {
						Thread.sleep(10);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "bench-memory-sampler");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		long peakHeapBytes() {
			return Math.max(this.peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}

		@Override
		public void close() {
			this.running = false;
			this.thread.interrupt();
		}

	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

}
