package vn.congdoan.taphuan.intake;

import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets {@code taphuan.import.writers} imports at a time write a chunk of trainee rows:
 * the others read and check their next chunk meanwhile, so the two cores do different
 * work instead of two writers contending for the same table. H2 applies concurrent
 * inserts into one table with compare-and-set on its pages and retries on conflict: two
 * writers used 25 to 90 % more CPU than one writing the same rows in a bare insert
 * benchmark on a 2-core machine.
 * <p>
 * A chunk holds its place from its first insert until its transaction commits or rolls
 * back, so the job repository's update of the chunk (in the same transaction) is inside
 * too. A chunk waits for its place before its transaction has touched the database, so
 * waiting never holds a lock another import needs.
 */
@Component
class ImportWriteLane {

	private final Semaphore places;

	ImportWriteLane(ImportSettings settings) {
		this.places = new Semaphore(settings.writers(), true);
	}

	/**
	 * Takes a place for the current transaction, waiting for one if needed, and gives it
	 * back when the transaction ends, however it ends. Without a transaction there is
	 * nothing to hold the place for: each statement commits on its own.
	 * @throws IllegalStateException when interrupted while waiting (the chunk fails and
	 * rolls back; running the import again resumes it)
	 */
	void enter() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		try {
			this.places.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to write trainee rows", ex);
		}
		try {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new Leave());
		}
		catch (RuntimeException ex) {
			TransactionSynchronizationManager.unbindResourceIfPossible(this);
			this.places.release();
			throw ex;
		}
	}

	/** Places free now (for tests and diagnostics). */
	int available() {
		return this.places.availablePermits();
	}

	/**
	 * Gives the place back once the transaction has committed or rolled back.
	 */
	private final class Leave implements TransactionSynchronization {

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ImportWriteLane.this);
			ImportWriteLane.this.places.release();
		}

	}

}
