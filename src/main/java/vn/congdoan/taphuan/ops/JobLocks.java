package vn.congdoan.taphuan.ops;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.common.Databases;

/**
 * Locks in the database that keep two runs of the same job apart, also across processes
 * sharing a PostgreSQL database: a lock is a row of {@code ops_job_lock} taken with one
 * {@code UPDATE ... WHERE} (free, expired, or left by a process known to be dead),
 * renewed while held and released when done. A process killed while holding a lock leaves
 * it until its lease runs out; with an embedded H2 file (opened by one process only) a
 * lock left by another process is taken over at once.
 */
class JobLocks implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(JobLocks.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LockSettings settings;

	private final boolean othersAreDead;

	/** This process (this application context): the prefix of every owner it writes. */
	private final String processId = UUID.randomUUID().toString().substring(0, 8);

	private final String processName = describeProcess();

	private final AtomicLong sequence = new AtomicLong();

	private final Map<String, Lock> held = new ConcurrentHashMap<>();

	private ScheduledExecutorService heartbeat;

	JobLocks(JdbcClient jdbc, Clock clock, LockSettings settings, boolean othersAreDead) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.othersAreDead = othersAreDead;
	}

	/**
	 * Whether only this process can have the database open: an embedded H2 file, unless
	 * {@code taphuan.lock.shared-database} says otherwise.
	 */
	static boolean singleProcessDatabase(DataSource dataSource, LockSettings settings) {
		if (settings.sharedDatabase() != null) {
			return !settings.sharedDatabase();
		}
		return Databases.embeddedH2(dataSource);
	}

	/**
	 * Takes a lock if it is free (or its holder is gone); empty when someone holds it.
	 */
	Optional<Lock> tryAcquire(String name) {
		ensureRow(name);
		String owner = this.processId + "#" + this.sequence.incrementAndGet() + " " + this.processName;
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String takeOver = this.othersAreDead ? " OR owner NOT LIKE :mine" : "";
		int updated = this.jdbc.sql("""
				UPDATE ops_job_lock SET owner = :owner, acquired_at = :now, expires_at = :expires
				WHERE lock_name = :name AND (owner IS NULL OR expires_at < :now%s)
				""".formatted(takeOver))
			.param("owner", owner)
			.param("now", now)
			.param("expires", now.plus(this.settings.lease()))
			.param("name", name)
			.param("mine", this.processId + "#%")
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		Lock lock = new Lock(name, owner);
		this.held.put(name, lock);
		lock.heartbeat = heartbeat().scheduleAtFixedRate(lock::renew, this.settings.lease().toMillis() / 3,
				this.settings.lease().toMillis() / 3, TimeUnit.MILLISECONDS);
		logger.info("Lock {} taken by {}", name, owner);
		return Optional.of(lock);
	}

	/** Who holds a lock and until when, if anyone does. */
	Optional<Holder> holder(String name) {
		return this.jdbc.sql("SELECT owner, acquired_at, expires_at FROM ops_job_lock WHERE lock_name = ?")
			.param(name)
			.query((rs, row) -> (rs.getString("owner") != null) ? new Holder(rs.getString("owner"),
					rs.getObject("acquired_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class))
					: null)
			.optional();
	}

	/**
	 * Whether a lock left by another process is known to be dead (see the class
	 * description).
	 */
	boolean othersAreDead() {
		return this.othersAreDead;
	}

	/** The names of the locks this process holds now. */
	Set<String> heldNames() {
		return Set.copyOf(this.held.keySet());
	}

	private void ensureRow(String name) {
		try {
			this.jdbc
				.sql("INSERT INTO ops_job_lock (lock_name) SELECT :name WHERE NOT EXISTS "
						+ "(SELECT 1 FROM ops_job_lock WHERE lock_name = :name)")
				.param("name", name)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// created by someone else meanwhile
		}
	}

	private synchronized ScheduledExecutorService heartbeat() {
		if (this.heartbeat == null) {
			this.heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "taphuan-lock-heartbeat");
				thread.setDaemon(true);
				return thread;
			});
		}
		return this.heartbeat;
	}

	@Override
	public synchronized void destroy() {
		this.held.values().forEach(Lock::close);
		if (this.heartbeat != null) {
			this.heartbeat.shutdownNow();
		}
	}

	private static String describeProcess() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "?";
		}
		return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
	}

	/**
	 * Who holds a lock.
	 */
	record Holder(String owner, OffsetDateTime acquiredAt, OffsetDateTime expiresAt) {
	}

	/**
	 * A lock this process holds; closing releases it.
	 */
	final class Lock implements AutoCloseable {

		private final String name;

		private final String owner;

		private volatile ScheduledFuture<?> heartbeat;

		private Lock(String name, String owner) {
			this.name = name;
			this.owner = owner;
		}

		String owner() {
			return this.owner;
		}

		/** Extends the lease; false when the lock was lost (taken over after expiry). */
		boolean renew() {
			try {
				OffsetDateTime now = OffsetDateTime.now(JobLocks.this.clock);
				int updated = JobLocks.this.jdbc
					.sql("UPDATE ops_job_lock SET expires_at = ? WHERE lock_name = ? AND owner = ?")
					.params(now.plus(JobLocks.this.settings.lease()), this.name, this.owner)
					.update();
				if (updated == 0) {
					logger.error("Lock {} was lost by {}: another run may have taken it over", this.name, this.owner);
				}
				return updated > 0;
			}
			catch (RuntimeException ex) {
				logger.warn("Could not renew lock {}: {}", this.name, ex.toString());
				return false;
			}
		}

		@Override
		public void close() {
			ScheduledFuture<?> beat = this.heartbeat;
			if (beat != null) {
				beat.cancel(false);
			}
			JobLocks.this.held.remove(this.name, this);
			try {
				JobLocks.this.jdbc
					.sql("UPDATE ops_job_lock SET owner = NULL, acquired_at = NULL, expires_at = NULL "
							+ "WHERE lock_name = ? AND owner = ?")
					.params(this.name, this.owner)
					.update();
				logger.info("Lock {} released by {}", this.name, this.owner);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not release lock {} (it expires by itself): {}", this.name, ex.toString());
			}
		}

	}

}
