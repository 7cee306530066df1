package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.h2.api.Trigger;

/**
 * An H2 trigger that moves a submission's archived file aside once inspection has
 * assigned the submission, so that the row step cannot open it.
 */
public class HidingArchiveTrigger implements Trigger {

	/** The archived file to hide. */
	static volatile Path archive;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
		Path file = archive;
		if (file != null && Files.exists(file)) {
			try {
				Files.move(file, hidden(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Puts the hidden file back. */
	static void restore() throws IOException {
		Path file = archive;
		if (file != null && Files.exists(hidden(file))) {
			Files.move(hidden(file), file);
		}
		archive = null;
	}

	private static Path hidden(Path file) {
		return file.resolveSibling(file.getFileName() + ".hidden");
	}

}
