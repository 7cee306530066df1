package vn.congdoan.taphuan.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The job locks that keep two runs of the same job apart.
 *
 * @param lease how long a lock holds without being renewed (a running job renews it every
 * third of this); a process that died releases its locks when the lease runs out
 * @param sharedDatabase whether other processes may use the database at the same time.
 * Unset: decided from the URL (an embedded H2 file is opened by one process only, so a
 * lock left by another process is known to be dead; PostgreSQL and H2 servers are shared)
 */
@ConfigurationProperties("taphuan.lock")
record LockSettings(Duration lease, Boolean sharedDatabase) {

	LockSettings {
		lease = (lease != null) ? lease : Duration.ofMinutes(5);
		if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
			throw new IllegalArgumentException("taphuan.lock.lease must be at least 3 seconds");
		}
	}

}
