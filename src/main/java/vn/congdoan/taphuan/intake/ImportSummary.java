package vn.congdoan.taphuan.intake;

import java.util.List;

/**
 * What an import of several files did: the JSON contract of
 * {@code taphuan import --json}.
 */
public record ImportSummary(List<FileOutcome> files, Totals totals) {

	public ImportSummary {
		files = List.copyOf(files);
	}

	public static ImportSummary of(List<FileOutcome> files) {
		int imported = 0;
		int unchanged = 0;
		int rejected = 0;
		int rowsAccepted = 0;
		int rowsRejected = 0;
		for (FileOutcome file : files) {
			switch (file.status()) {
				case IMPORTED -> imported++;
				case UNCHANGED -> unchanged++;
				case REJECTED -> rejected++;
				case FAILED -> {
				}
			}
			if (file.status() != FileOutcome.Status.UNCHANGED) {
				rowsAccepted += file.rowsAccepted();
				rowsRejected += file.rowsRejected();
			}
		}
		return new ImportSummary(files,
				new Totals(files.size(), imported, unchanged, rejected, rowsAccepted, rowsRejected));
	}

	/** Whether any import did not finish (rerun to resume). */
	public boolean hasFailures() {
		return this.files.stream().anyMatch((file) -> file.status() == FileOutcome.Status.FAILED);
	}

	/** Whether anything was rejected (a file, or a row of one). */
	public boolean hasRejections() {
		return this.files.stream().anyMatch(FileOutcome::hasRejections);
	}

	/**
	 * Counts over all files.
	 */
	public record Totals(int files, int imported, int unchanged, int rejected, int rowsAccepted, int rowsRejected) {
	}

}
