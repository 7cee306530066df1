package vn.congdoan.taphuan.budget;

import java.util.List;

/**
 * What an import of several settlement files did: the JSON contract of
 * {@code taphuan budget import --json}.
 */
public record SettlementImportSummary(List<SettlementOutcome> files, Totals totals) {

	public SettlementImportSummary {
		files = List.copyOf(files);
	}

	public static SettlementImportSummary of(List<SettlementOutcome> files) {
		int imported = 0;
		int unchanged = 0;
		int rejected = 0;
		int linesAccepted = 0;
		int linesRejected = 0;
		for (SettlementOutcome file : files) {
			switch (file.status()) {
				case IMPORTED -> imported++;
				case UNCHANGED -> unchanged++;
				case REJECTED -> rejected++;
			}
			if (file.status() != SettlementOutcome.Status.UNCHANGED) {
				linesAccepted += file.linesAccepted();
				linesRejected += file.linesRejected();
			}
		}
		return new SettlementImportSummary(files,
				new Totals(files.size(), imported, unchanged, rejected, linesAccepted, linesRejected));
	}

	/** Whether anything was rejected (a file, or a line of one). */
	public boolean hasRejections() {
		return this.files.stream().anyMatch(SettlementOutcome::hasRejections);
	}

	/**
	 * Counts over all files.
	 */
	public record Totals(int files, int imported, int unchanged, int rejected, int linesAccepted, int linesRejected) {
	}

}
