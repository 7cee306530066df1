package vn.congdoan.taphuan.reconcile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Sorts records of any kind in bounded memory: up to {@code chunkRecords} are held and
 * sorted at a time, each full chunk is written to a temporary file through a
 * {@link Codec}, and the files are merged when the records are read back. For records
 * that carry text ({@link LongRecordSort} sorts plain numbers).
 *
 * @param <T> the record type
 */
final class ExternalSort<T> implements Closeable {

	private final Comparator<T> order;

	private final Codec<T> codec;

	private final int chunkRecords;

	private final Path folder;

	private final List<Path> runs = new ArrayList<>();

	private final List<T> buffer = new ArrayList<>();

	/**
	 * @param order the order records are read back in
	 * @param codec writes and reads one record
	 * @param chunkRecords records held in memory before a sorted run goes to disk
	 * @param folder where the sorted runs are written (deleted on close)
	 */
	ExternalSort(Comparator<T> order, Codec<T> codec, int chunkRecords, Path folder) {
		if (chunkRecords < 2) {
			throw new IllegalArgumentException("chunk " + chunkRecords);
		}
		this.order = order;
		this.codec = codec;
		this.chunkRecords = chunkRecords;
		this.folder = folder;
	}

	void add(T record) {
		if (this.buffer.size() == this.chunkRecords) {
			spill();
		}
		this.buffer.add(record);
	}

	/** Sorted runs written to disk so far. */
	int spilledRuns() {
		return this.runs.size();
	}

	/** Hands every record to {@code consumer} in order. */
	void forEachSorted(Consumer<T> consumer) {
		if (this.runs.isEmpty()) {
			this.buffer.sort(this.order);
			this.buffer.forEach(consumer);
			this.buffer.clear();
			return;
		}
		spill();
		List<RunReader> readers = new ArrayList<>();
		try {
			PriorityQueue<RunReader> heads = new PriorityQueue<>((a, b) -> this.order.compare(a.head, b.head));
			for (Path run : this.runs) {
				RunReader reader = new RunReader(run);
				readers.add(reader);
				if (reader.next()) {
					heads.add(reader);
				}
			}
			while (!heads.isEmpty()) {
				RunReader reader = heads.poll();
				consumer.accept(reader.head);
				if (reader.next()) {
					heads.add(reader);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read a sort run in " + this.folder, ex);
		}
		finally {
			readers.forEach(RunReader::close);
		}
	}

	private void spill() {
		if (this.buffer.isEmpty()) {
			return;
		}
		this.buffer.sort(this.order);
		try {
			Files.createDirectories(this.folder);
			Path run = Files.createTempFile(this.folder, "sort-", ".run");
			this.runs.add(run);
			try (DataOutputStream out = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
				for (T record : this.buffer) {
					out.writeBoolean(true);
					this.codec.write(out, record);
				}
				out.writeBoolean(false);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write a sort run in " + this.folder, ex);
		}
		this.buffer.clear();
	}

	@Override
	public void close() {
		this.buffer.clear();
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

	/** Writes and reads one record. */
	interface Codec<T> {

		void write(DataOutput out, T record) throws IOException;

		T read(DataInput in) throws IOException;

	}

	private final class RunReader {

		private final DataInputStream in;

		private T head;

		private RunReader(Path run) throws IOException {
			this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
		}

		boolean next() throws IOException {
			try {
				if (!this.in.readBoolean()) {
					return false;
				}
			}
			catch (EOFException ex) {
				return false;
			}
			this.head = ExternalSort.this.codec.read(this.in);
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
