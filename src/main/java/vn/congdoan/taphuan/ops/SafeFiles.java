package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves and copies that never overwrite and never delete: a name already taken gets a
 * suffix ({@code ds.xlsx}, {@code ds (2).xlsx}, ...). The target name is reserved by
 * creating it (atomic: two processes never get the same name), then the file replaces its
 * own placeholder with an atomic move where the file system allows.
 */
final class SafeFiles {

	private SafeFiles() {
	}

	/**
	 * Moves a file to {@code target} or, when that name is taken, to a free name beside
	 * it. {@code companionSuffix} (e.g. {@code .txt}) also keeps names whose companion
	 * file exists from being reused.
	 * @return where the file is now
	 */
	static Path move(Path source, Path target, String companionSuffix) throws IOException {
		return moveOnto(source, reserve(target, companionSuffix));
	}

	/**
	 * Moves a file onto a placeholder made by {@link #reserve}, replacing it.
	 * @return where the file is now
	 */
	static Path moveOnto(Path source, Path reserved) throws IOException {
		try {
			Files.move(source, reserved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// another file system: copy then delete the source (Files.move does both)
			Files.move(source, reserved, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			if (Files.exists(source) && Files.size(reserved) == 0) {
				Files.deleteIfExists(reserved); // our own empty placeholder
			}
			throw ex;
		}
		return reserved;
	}

	/**
	 * Copies a file into a folder under its own name, or a free name beside it; the copy
	 * appears complete or not at all. A file with the same name and the same bytes
	 * already there counts as the copy (nothing is copied twice).
	 * @return the copy
	 */
	static Path copyInto(Path source, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path same = folder.resolve(source.getFileName().toString());
		if (Files.isRegularFile(same) && Files.mismatch(source, same) == -1) {
			return same;
		}
		Path partial = Files.createTempFile(folder, ".", ".part");
		try {
			Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
			return move(partial, same, null);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * Creates an empty file at the first free name: {@code target}, then "name (2).ext",
	 * ...
	 */
	static Path reserve(Path target, String companionSuffix) throws IOException {
		Files.createDirectories(target.getParent());
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot) : "";
		for (int n = 1;; n++) {
			Path candidate = target.resolveSibling((n == 1) ? name : stem + " (" + n + ")" + extension);
			if (companionSuffix != null
					&& Files.exists(candidate.resolveSibling(candidate.getFileName() + companionSuffix))) {
				continue;
			}
			try {
				return Files.createFile(candidate);
			}
			catch (FileAlreadyExistsException ex) {
				// taken: try the next name
			}
		}
	}

}
