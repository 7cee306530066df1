package vn.congdoan.taphuan.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LongRecordSortTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(ints = { 499, 1000, 3001, 100_000 })
	void returnsEveryRecordInKeyOrderWithItsPayloadWhateverTheChunk(int chunk) {
		SplittableRandom random = new SplittableRandom(42);
		List<long[]> expected = new ArrayList<>();
		try (LongRecordSort sort = new LongRecordSort(3, chunk, this.folder)) {
			for (int i = 0; i < 20_000; i++) {
				// few distinct keys: long runs of equal keys, negative keys too
				long key = random.nextInt(500) - 250;
				long[] record = { key, i, -i };
				expected.add(record);
				sort.add(record);
			}
			assertThat(sort.size()).isEqualTo(20_000);
			assertThat(sort.spilledRuns())
				.isEqualTo((chunk < 20_000) ? 20_000 / chunk - ((20_000 % chunk == 0) ? 1 : 0) : 0);
			List<long[]> sorted = new ArrayList<>();
			sort.forEachSorted((record) -> sorted.add(record.clone()));
			assertThat(sorted).hasSize(20_000);
			for (int i = 1; i < sorted.size(); i++) {
				assertThat(sorted.get(i)[0]).isGreaterThanOrEqualTo(sorted.get(i - 1)[0]);
			}
			Comparator<long[]> byPayload = Comparator.comparingLong((long[] r) -> r[1]);
			assertThat(sorted.stream().sorted(byPayload).toList()).usingElementComparator(Arrays::compare)
				.containsExactlyElementsOf(expected);
			assertThat(sorted).allSatisfy((record) -> assertThat(record[2]).isEqualTo(-record[1]));
		}
		try (var left = Files.list(this.folder)) {
			assertThat(left).as("sorted runs are deleted on close").isEmpty();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void groupsHandEachKeyWithAllItsRecordsOnce() {
		try (LongRecordSort sort = new LongRecordSort(2, 3, this.folder)) {
			long[][] input = { { 5, 1 }, { 9, 2 }, { 5, 3 }, { 1, 4 }, { 9, 5 }, { 5, 6 }, { Long.MIN_VALUE, 7 },
					{ Long.MAX_VALUE, 8 } };
			for (long[] record : input) {
				sort.add(record);
			}
			List<String> groups = new ArrayList<>();
			sort.forEachGroup((records, size) -> {
				long[] payloads = new long[size];
				for (int i = 0; i < size; i++) {
					assertThat(records[i * 2]).isEqualTo(records[0]);
					payloads[i] = records[i * 2 + 1];
				}
				Arrays.sort(payloads);
				groups.add(records[0] + "=" + Arrays.toString(payloads));
			});
			assertThat(groups).containsExactly(Long.MIN_VALUE + "=[7]", "1=[4]", "5=[1, 3, 6]", "9=[2, 5]",
					Long.MAX_VALUE + "=[8]");
		}
	}

	@Test
	void anEmptySortHasNoGroups() {
		try (LongRecordSort sort = new LongRecordSort(2, 4, this.folder)) {
			List<Long> keys = new ArrayList<>();
			sort.forEachGroup((records, size) -> keys.add(records[0]));
			assertThat(keys).isEmpty();
		}
	}

}
