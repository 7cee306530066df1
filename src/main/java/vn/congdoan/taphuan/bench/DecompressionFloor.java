package vn.congdoan.taphuan.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The least any reader can do: inflate every sheet and shared-strings part of the
 * workbooks and count their cells with a byte scan — no XML parser, no strings. The
 * import is measured against this.
 */
final class DecompressionFloor {

	private DecompressionFloor() {
	}

	/**
	 * Scans the files and returns the number of cells ({@code <c}) and shared strings
	 * ({@code <si}) seen.
	 */
	static long scan(List<Path> files) throws IOException {
		long count = 0;
		byte[] buffer = new byte[64 * 1024];
		for (Path file : files) {
			try (ZipFile zip = new ZipFile(file.toFile())) {
				Enumeration<? extends ZipEntry> entries = zip.entries();
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					String name = entry.getName();
					if (name.startsWith("xl/worksheets/") || name.equals("xl/sharedStrings.xml")) {
						try (InputStream in = zip.getInputStream(entry)) {
							count += countTags(in, buffer);
						}
					}
				}
			}
		}
		return count;
	}

	private static long countTags(InputStream in, byte[] buffer) throws IOException {
		long count = 0;
		int previous = 0;
		int read;
		while ((read = in.read(buffer)) > 0) {
			for (int i = 0; i < read; i++) {
				int b = buffer[i];
				if (previous == '<' && (b == 'c' || b == 's')) {
					count++;
				}
				previous = b;
			}
		}
		return count;
	}

}
