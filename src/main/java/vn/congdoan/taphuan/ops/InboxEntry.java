package vn.congdoan.taphuan.ops;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * A file seen in the inbox, as it was when seen.
 *
 * @param file the file
 * @param relativePath its path under the inbox, with {@code /} separators
 * @param size its size in bytes
 * @param modifiedAt when it was last modified (truncated to milliseconds)
 */
record InboxEntry(Path file, String relativePath, long size, OffsetDateTime modifiedAt) {

	/**
	 * The class and ward its folder names ({@code <CLASS>/<ward>/...}), if it is in one.
	 */
	FolderAssignment folder() {
		String[] parts = this.relativePath.split("/");
		return (parts.length >= 3) ? new FolderAssignment(parts[0], parts[1]) : null;
	}

	/**
	 * The class and ward folders a file was found under, as named.
	 */
	record FolderAssignment(String classFolder, String wardFolder) {
	}

}
