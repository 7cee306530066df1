package vn.congdoan.taphuan.ops;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The folders scheduled runs work with, relative to the working directory unless
 * absolute: {@code taphuan.inbox} (files dropped by the operator),
 * {@code taphuan.archive} (files imported or unchanged, by month),
 * {@code taphuan.rejected} (files rejected, each with a {@code .txt} saying why) and
 * {@code taphuan.outbox} (a copy of each report delivered; empty turns the copy off). A
 * file modified within {@code taphuan.inbox-quiet-period} is taken to be still being
 * written and is left for the next run.
 *
 * @param inbox the inbox folder
 * @param archive the archive folder
 * @param rejected the folder for rejected files
 * @param outbox the outbox folder, or empty for none
 * @param inboxQuietPeriod how long a file must be left untouched before it is taken
 */
@ConfigurationProperties("taphuan")
record OpsFolders(String inbox, String archive, String rejected, String outbox, Duration inboxQuietPeriod) {

	OpsFolders {
		inbox = (inbox != null && !inbox.isBlank()) ? inbox : "inbox";
		archive = (archive != null && !archive.isBlank()) ? archive : "archive";
		rejected = (rejected != null && !rejected.isBlank()) ? rejected : "rejected";
		outbox = (outbox != null) ? outbox.strip() : "outbox";
		inboxQuietPeriod = (inboxQuietPeriod != null) ? inboxQuietPeriod : Duration.ofSeconds(10);
		if (inboxQuietPeriod.isNegative()) {
			throw new IllegalArgumentException("taphuan.inbox-quiet-period must not be negative");
		}
	}

	Path inboxPath() {
		return Path.of(this.inbox).toAbsolutePath().normalize();
	}

	Path archivePath() {
		return Path.of(this.archive).toAbsolutePath().normalize();
	}

	Path rejectedPath() {
		return Path.of(this.rejected).toAbsolutePath().normalize();
	}

	/** The outbox, or {@code null} when copying to an outbox is turned off. */
	Path outboxPath() {
		return this.outbox.isEmpty() ? null : Path.of(this.outbox).toAbsolutePath().normalize();
	}

}
