package vn.congdoan.taphuan.reconcile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Sorts records of a fixed number of {@code long}s by their first value, in bounded
 * memory: records are gathered in a buffer of {@code chunkRecords}; a full buffer is
 * sorted and written to a temporary file, and the sorted files are merged when the
 * records are read back. Used to find repeated identity hashes among a plan's trainee
 * lines — H2 keeps every group of a {@code GROUP BY} in memory, which a million
 * identities do not fit in.
 */
final class LongRecordSort implements Closeable {

	private final int width;

	private final int chunkRecords;

	private final Path folder;

	private final List<Path> runs = new ArrayList<>();

	private long[] buffer;

	private int count;

	private long total;

	/**
	 * @param width longs per record (the first is the sort key)
	 * @param chunkRecords records held in memory before a sorted run goes to disk
	 * @param folder where the sorted runs are written (deleted on close)
	 */
	LongRecordSort(int width, int chunkRecords, Path folder) {
		if (width < 1 || chunkRecords < 2) {
			throw new IllegalArgumentException("width " + width + ", chunk " + chunkRecords);
		}
		this.width = width;
		this.chunkRecords = chunkRecords;
		this.folder = folder;
		this.buffer = new long[Math.min(chunkRecords, 1024) * width];
	}

	void add(long... record) {
		if (record.length != this.width) {
			throw new IllegalArgumentException("record of " + record.length + ", expected " + this.width);
		}
		if (this.count == this.chunkRecords) {
			spill();
		}
		if ((this.count + 1) * this.width > this.buffer.length) {
			long[] larger = new long[Math.min(this.chunkRecords, this.count * 2) * this.width];
			System.arraycopy(this.buffer, 0, larger, 0, this.count * this.width);
			this.buffer = larger;
		}
		System.arraycopy(record, 0, this.buffer, this.count * this.width, this.width);
		this.count++;
		this.total++;
	}

	/** Records added so far. */
	long size() {
		return this.total;
	}

	/** Sorted runs written to disk so far. */
	int spilledRuns() {
		return this.runs.size();
	}

	/**
	 * Hands every record to {@code consumer} in key order (equal keys in no particular
	 * order). The array passed is reused: copy what must be kept.
	 */
	void forEachSorted(RecordConsumer consumer) {
		if (this.runs.isEmpty()) {
			sort(this.buffer, this.width, 0, this.count - 1);
			long[] record = new long[this.width];
			for (int i = 0; i < this.count; i++) {
				System.arraycopy(this.buffer, i * this.width, record, 0, this.width);
				consumer.accept(record);
			}
			return;
		}
		spill();
		merge(consumer);
	}

	/**
	 * Groups the records by key: {@code consumer} gets each key with the records that
	 * carry it, as one array of {@code n × width} longs.
	 */
	void forEachGroup(GroupConsumer consumer) {
		long[][] group = { new long[16 * this.width] };
		int[] size = { 0 };
		forEachSorted((record) -> {
			if (size[0] > 0 && group[0][0] != record[0]) {
				consumer.accept(group[0], size[0]);
				size[0] = 0;
			}
			if ((size[0] + 1) * this.width > group[0].length) {
				long[] larger = new long[group[0].length * 2];
				System.arraycopy(group[0], 0, larger, 0, size[0] * this.width);
				group[0] = larger;
			}
			System.arraycopy(record, 0, group[0], size[0] * this.width, this.width);
			size[0]++;
		});
		if (size[0] > 0) {
			consumer.accept(group[0], size[0]);
		}
	}

	private void spill() {
		if (this.count == 0) {
			return;
		}
		sort(this.buffer, this.width, 0, this.count - 1);
		try {
			Files.createDirectories(this.folder);
			Path run = Files.createTempFile(this.folder, "sort-", ".run");
			this.runs.add(run);
			try (DataOutputStream out = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
				for (int i = 0; i < this.count * this.width; i++) {
					out.writeLong(this.buffer[i]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write a sort run in " + this.folder, ex);
		}
		this.count = 0;
	}

	private void merge(RecordConsumer consumer) {
		List<RunReader> readers = new ArrayList<>();
		try {
			PriorityQueue<RunReader> heads = new PriorityQueue<>((a, b) -> Long.compare(a.record[0], b.record[0]));
			for (Path run : this.runs) {
				RunReader reader = new RunReader(run, this.width);
				readers.add(reader);
				if (reader.next()) {
					heads.add(reader);
				}
			}
			while (!heads.isEmpty()) {
				RunReader head = heads.poll();
				consumer.accept(head.record);
				if (head.next()) {
					heads.add(head);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read a sort run in " + this.folder, ex);
		}
		finally {
			for (RunReader reader : readers) {
				reader.close();
			}
		}
	}

	@Override
	public void close() {
		this.buffer = new long[0];
		for (Path run : this.runs) {
			try {
				Files.deleteIfExists(run);
			}
			catch (IOException ex) {
				// a temporary file left behind is not worth failing the run for
			}
		}
		this.runs.clear();
	}

	/**
	 * Sorts records {@code low..high} (inclusive) by their first long: quicksort with a
	 * three-way partition (many equal keys are the point), recursing into the smaller
	 * side.
	 */
	static void sort(long[] a, int width, int low, int high) {
		while (high - low > 16) {
			long pivot = median(a[low * width], a[((low + high) >>> 1) * width], a[high * width]);
			int lt = low;
			int gt = high;
			int i = low;
			while (i <= gt) {
				long key = a[i * width];
				if (key < pivot) {
					swap(a, width, lt++, i++);
				}
				else if (key > pivot) {
					swap(a, width, i, gt--);
				}
				else {
					i++;
				}
			}
			if (lt - low < high - gt) {
				sort(a, width, low, lt - 1);
				low = gt + 1;
			}
			else {
				sort(a, width, gt + 1, high);
				high = lt - 1;
			}
		}
		for (int i = low + 1; i <= high; i++) {
			for (int j = i; j > low && a[(j - 1) * width] > a[j * width]; j--) {
				swap(a, width, j - 1, j);
			}
		}
	}

	private static long median(long a, long b, long c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}

	private static void swap(long[] a, int width, int i, int j) {
		if (i == j) {
			return;
		}
		int x = i * width;
		int y = j * width;
		for (int k = 0; k < width; k++) {
			long t = a[x + k];
			a[x + k] = a[y + k];
			a[y + k] = t;
		}
	}

	/** Receives one record; the array is reused. */
	@FunctionalInterface
	interface RecordConsumer {

		void accept(long[] record);

	}

	/** Receives the records of one key: {@code size} records of the sort's width. */
	@FunctionalInterface
	interface GroupConsumer {

		void accept(long[] records, int size);

	}

	private static final class RunReader {

		private final DataInputStream in;

		private final long[] record;

		private RunReader(Path run, int width) throws IOException {
			this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
			this.record = new long[width];
		}

		boolean next() throws IOException {
			try {
				this.record[0] = this.in.readLong();
			}
			catch (EOFException ex) {
				return false;
			}
			for (int k = 1; k < this.record.length; k++) {
				this.record[k] = this.in.readLong();
			}
			return true;
		}

		void close() {
			try {
				this.in.close();
			}
			catch (IOException ex) {
				// reading is over
			}
		}

	}

}
