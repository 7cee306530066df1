package vn.congdoan.taphuan.reconcile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalSortTests {

	private static final Comparator<Item> ORDER = Comparator.comparingInt(Item::key).thenComparing(Item::text);

	private static final ExternalSort.Codec<Item> CODEC = new ExternalSort.Codec<>() {

		@Override
		public void write(DataOutput out, Item record) throws IOException {
			out.writeInt(record.key());
			out.writeUTF(record.text());
		}

		@Override
		public Item read(DataInput in) throws IOException {
			return new Item(in.readInt(), in.readUTF());
		}

	};

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(ints = { 2, 777, 5000, 100_000 })
	void returnsEveryRecordInOrderWithItsTextWhateverTheChunk(int chunk) {
		// given records with Vietnamese text and many equal keys
		SplittableRandom random = new SplittableRandom(7);
		List<Item> expected = new ArrayList<>();
		List<Item> sorted = new ArrayList<>();
		try (ExternalSort<Item> sort = new ExternalSort<>(ORDER, CODEC, chunk, this.folder)) {
			for (int i = 0; i < 10_000; i++) {
				Item item = new Item(random.nextInt(300) - 150, "Nguyễn Thị Hương " + i);
				expected.add(item);
				sort.add(item);
			}
			// when
			sort.forEachSorted(sorted::add);
			// then
			assertThat(sort.spilledRuns()).isEqualTo((chunk < 10_000) ? (10_000 + chunk - 1) / chunk : 0);
		}
		assertThat(sorted).containsExactlyElementsOf(expected.stream().sorted(ORDER).toList());
		try (Stream<Path> left = Files.list(this.folder)) {
			assertThat(left).as("sorted runs are deleted on close").isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void sortsNothingToNothing() {
		List<Item> sorted = new ArrayList<>();
		try (ExternalSort<Item> sort = new ExternalSort<>(ORDER, CODEC, 4, this.folder)) {
			sort.forEachSorted(sorted::add);
		}
		assertThat(sorted).isEmpty();
	}

	record Item(int key, String text) {
	}

}
