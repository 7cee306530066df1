package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The archive of received files: the exact bytes of every file, stored once by SHA-256
 * under {@code ${taphuan.data-dir}/received/ab/abcdef…}. Imports read the archived copy,
 * so a restart does not depend on the original still being where it was.
 */
@Component
public class ReceivedFiles {

	private final JdbcClient jdbc;

	private final Path root;

	private final Clock clock;

	public ReceivedFiles(JdbcClient jdbc, @Value("${taphuan.data-dir}") Path dataDir, Clock clock) {
		this.jdbc = jdbc;
		this.root = dataDir.resolve("received");
		this.clock = clock;
	}

	/** Archives a file (a no-op for bytes already archived) and returns its SHA-256. */
	public ArchivedFile archive(Path file) {
		try {
			Files.createDirectories(this.root);
			Path temporary = Files.createTempFile(this.root, "incoming-", ".tmp");
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
					OutputStream out = Files.newOutputStream(temporary)) {
				size = in.transferTo(out);
			}
			String sha256 = HexFormat.of().formatHex(digest.digest());
			Path stored = path(sha256);
			if (Files.exists(stored)) {
				Files.delete(temporary);
			}
			else {
				Files.createDirectories(stored.getParent());
				moveIntoPlace(temporary, stored);
				stored.toFile().setReadOnly();
			}
			this.jdbc.sql("""
					INSERT INTO received_file (sha256, size_bytes, stored_path, first_seen)
					SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM received_file WHERE sha256 = ?)
					""")
				.params(sha256, size, this.root.relativize(stored).toString(), OffsetDateTime.now(this.clock), sha256)
				.update();
			return new ArchivedFile(sha256, size, stored);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot archive " + file + " under " + this.root, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where the bytes with this SHA-256 are (or would be) archived. */
	public Path path(String sha256) {
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static void moveIntoPlace(Path temporary, Path stored) throws IOException {
		try {
			Files.move(temporary, stored, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(temporary); // another process archived the same bytes meanwhile
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, stored, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * A file's bytes as archived.
	 */
	public record ArchivedFile(String sha256, long size, Path storedPath) {
	}

}
