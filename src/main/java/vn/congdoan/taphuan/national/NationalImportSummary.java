package vn.congdoan.taphuan.national;

import java.util.List;

/**
 * What an import of several form files did: the JSON contract of
 * {@code taphuan national import --json}.
 */
public record NationalImportSummary(List<NationalFormOutcome> files, Totals totals) {

	public NationalImportSummary {
		files = List.copyOf(files);
	}

	public static NationalImportSummary of(List<NationalFormOutcome> files) {
		int imported = 0;
		int unchanged = 0;
		int rejected = 0;
		int failed = 0;
		int warnings = 0;
		for (NationalFormOutcome file : files) {
			switch (file.status()) {
				case IMPORTED -> imported++;
				case UNCHANGED -> unchanged++;
				case REJECTED -> rejected++;
				case FAILED -> failed++;
			}
			if (file.status() == NationalFormOutcome.Status.IMPORTED) {
				warnings += (int) file.issues()
					.stream()
					.filter((issue) -> issue.severity() == NationalIssueCode.Severity.WARNING)
					.count();
			}
		}
		return new NationalImportSummary(files,
				new Totals(files.size(), imported, unchanged, rejected, failed, warnings));
	}

	/** Whether a file was refused. */
	public boolean hasRejections() {
		return this.totals.rejected() > 0;
	}

	/** Whether a file could not be imported for a reason that is not its content. */
	public boolean hasFailures() {
		return this.totals.failed() > 0;
	}

	/**
	 * Counts over all files.
	 *
	 * @param files files given
	 * @param imported imported (now current)
	 * @param unchanged already current
	 * @param rejected refused
	 * @param failed not finished (run again)
	 * @param warnings warnings in the forms imported
	 */
	public record Totals(int files, int imported, int unchanged, int rejected, int failed, int warnings) {
	}

}
