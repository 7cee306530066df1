package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Commands that must never touch the operator's data ({@code demo}, {@code bench}) run
 * with a database and data folder of their own, chosen before Spring starts.
 */
@Component
class IsolatedRun {

	static final String WORK_DIR_PROPERTY = "taphuan.isolated.work-dir";

	private static final String KEEP_MARKER = ".keep";

	/**
	 * The H2 URL flags of application.properties, which the isolated database uses too.
	 */
	static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64;CACHE_SIZE=1024";

	private final Path workDirectory;

	IsolatedRun(@Value("${" + WORK_DIR_PROPERTY + ":}") String workDirectory) {
		this.workDirectory = workDirectory.isEmpty() ? null : Path.of(workDirectory);
	}

	/** Asks for the scratch folder to be kept when the command ends. */
	void keep() {
		try {
			Files.writeString(workDirectory().resolve(KEEP_MARKER), "");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The isolated run's scratch folder (only for commands started isolated). */
	Path workDirectory() {
		if (this.workDirectory == null) {
			throw new IllegalStateException("Not an isolated run");
		}
		return this.workDirectory;
	}

	/** Spring arguments for a database and data folder inside {@code folder}. */
	static List<String> arguments(Path folder) {
		Path root = folder.toAbsolutePath().normalize();
		return List.of("--spring.datasource.url=jdbc:h2:file:" + root.resolve("db").resolve("taphuan") + H2_FLAGS,
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				"--taphuan.data-dir=" + root.resolve("var"), "--" + WORK_DIR_PROPERTY + "=" + root);
	}

	/**
	 * Adds the isolated run's arguments, dropping any given for the same properties:
	 * isolation wins.
	 */
	static void replace(List<String> springArgs, List<String> isolated) {
		for (String argument : isolated) {
			String property = argument.substring(0, argument.indexOf('=') + 1);
			springArgs.removeIf((existing) -> existing.startsWith(property));
		}
		springArgs.addAll(isolated);
	}

	static void delete(Path folder) {
		if (Files.exists(folder.resolve(KEEP_MARKER))) {
			return;
		}
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
					Files.delete(directory);
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			// a temporary folder the OS cleans up anyway
		}
	}

}
