package vn.congdoan.taphuan.intake;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The write lane holds a chunk's place from its first insert to the end of its
 * transaction, and only as many chunks as configured hold one.
 */
class ImportWriteLaneTests {

	private final TransactionTemplate transactions = new TransactionTemplate(new ResourcelessTransactionManager());

	private static ImportWriteLane lane(int writers) {
		return new ImportWriteLane(new ImportSettings(null, null, 2, writers));
	}

	@Test
	void aSecondChunkWaitsUntilTheFirstHasCommitted() throws Exception {
		// given a chunk writing in its transaction
		ImportWriteLane lane = lane(1);
		CountDownLatch finishFirst = new CountDownLatch(1);
		CompletableFuture<Void> first = writing(lane, finishFirst);

		// when another chunk wants to write
		CountDownLatch secondEntered = new CountDownLatch(1);
		CompletableFuture<Void> second = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((status) -> {
				lane.enter();
				secondEntered.countDown();
			}));

		// then it waits for the first transaction to end, then writes
		assertThat(secondEntered.await(300, TimeUnit.MILLISECONDS)).isFalse();
		finishFirst.countDown();
		assertThat(secondEntered.await(10, TimeUnit.SECONDS)).isTrue();
		first.get(10, TimeUnit.SECONDS);
		second.get(10, TimeUnit.SECONDS);
		assertThat(lane.available()).isEqualTo(1);
	}

	@Test
	void aChunkThatRollsBackGivesItsPlaceBack() {
		// given
		ImportWriteLane lane = lane(1);

		// when
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			lane.enter();
			throw new IllegalStateException("simulated failure while inserting");
		}));

		// then
		assertThat(lane.available()).isEqualTo(1);
	}

	@Test
	void aChunkTakesOnePlaceHoweverOftenItEnters() {
		// given
		ImportWriteLane lane = lane(1);

		// when
		int[] during = new int[1];
		this.transactions.executeWithoutResult((status) -> {
			lane.enter();
			lane.enter();
			during[0] = lane.available();
		});

		// then
		assertThat(during[0]).isZero();
		assertThat(lane.available()).isEqualTo(1);
	}

	@Test
	void asManyChunksWriteAtOnceAsThereAreWriters() throws Exception {
		// given two writers and a chunk holding one place
		ImportWriteLane lane = lane(2);
		CountDownLatch finishFirst = new CountDownLatch(1);
		CompletableFuture<Void> first = writing(lane, finishFirst);

		// when
		CompletableFuture<Void> second = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((status) -> lane.enter()));

		// then the second does not wait
		second.get(10, TimeUnit.SECONDS);
		finishFirst.countDown();
		first.get(10, TimeUnit.SECONDS);
		assertThat(lane.available()).isEqualTo(2);
	}

	@Test
	void takesNoPlaceOutsideATransaction() {
		// given
		ImportWriteLane lane = lane(1);

		// when
		lane.enter();

		// then
		assertThat(lane.available()).isEqualTo(1);
	}

	/**
	 * A chunk that has entered the lane in its transaction and writes until
	 * {@code finish} counts down; returns once it has entered.
	 */
	private CompletableFuture<Void> writing(ImportWriteLane lane, CountDownLatch finish) throws InterruptedException {
		CountDownLatch entered = new CountDownLatch(1);
		CompletableFuture<Void> chunk = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((status) -> {
				lane.enter();
				entered.countDown();
				await(finish);
			}));
		assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
		return chunk;
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
