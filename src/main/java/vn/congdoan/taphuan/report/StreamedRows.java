package vn.congdoan.taphuan.report;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A long table's rows as a collection that holds none of them: each iteration opens the
 * rows' source again and reads it as it goes, closing it at the end, so a template can
 * iterate it ({@code new JRMapCollectionDataSource($P{roster})}) and ask
 * {@code isEmpty()}, and the XLSX can write it, without a list of every row. Streams left
 * open by an iteration that stopped early are closed by {@link #close()}.
 */
final class StreamedRows extends AbstractCollection<Map<String, Object>> implements AutoCloseable {

	private final Supplier<Stream<Map<String, Object>>> source;

	private final int size;

	private final List<Stream<?>> open;

	/**
	 * @param size the number of rows when known beforehand (a class roster: its listed
	 * trainees), or -1 to count them when asked
	 */
	StreamedRows(Supplier<Stream<Map<String, Object>>> source, int size) {
		this(source, size, new ArrayList<>());
	}

	private StreamedRows(Supplier<Stream<Map<String, Object>>> source, int size, List<Stream<?>> open) {
		this.source = source;
		this.size = size;
		this.open = open;
	}

	/** The same rows, each transformed as it is read; closed with this one. */
	StreamedRows map(Function<Map<String, Object>, Map<String, Object>> transform) {
		return new StreamedRows(() -> this.source.get().map(transform), this.size, this.open);
	}

	@Override
	public Iterator<Map<String, Object>> iterator() {
		Stream<Map<String, Object>> rows = this.source.get();
		synchronized (this.open) {
			this.open.add(rows);
		}
		Iterator<Map<String, Object>> iterator = rows.iterator();
		return new Iterator<>() {

			private boolean done;

			@Override
			public boolean hasNext() {
				if (this.done) {
					return false;
				}
				if (iterator.hasNext()) {
					return true;
				}
				this.done = true;
				release(rows);
				return false;
			}

			@Override
			public Map<String, Object> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return iterator.next();
			}

		};
	}

	/** The size given, or the rows read through and counted. */
	@Override
	public int size() {
		if (this.size >= 0) {
			return this.size;
		}
		try (Stream<Map<String, Object>> rows = this.source.get()) {
			return Math.toIntExact(rows.count());
		}
	}

	/** From the size given, or the first row read. */
	@Override
	public boolean isEmpty() {
		if (this.size >= 0) {
			return this.size == 0;
		}
		try (Stream<Map<String, Object>> rows = this.source.get()) {
			return rows.findAny().isEmpty();
		}
	}

	@Override
	public void close() {
		List<Stream<?>> streams;
		synchronized (this.open) {
			streams = new ArrayList<>(this.open);
			this.open.clear();
		}
		streams.forEach(Stream::close);
	}

	private void release(Stream<?> rows) {
		synchronized (this.open) {
			this.open.remove(rows);
		}
		rows.close();
	}

}
