package vn.congdoan.taphuan.reconcile;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds of the findings ({@code taphuan.reconcile.*}).
 *
 * @param underfillThreshold a class or ward allocation is QUOTA_UNDERFILLED when attended
 * is below this share of its quota (default 0.9)
 * @param overfillThreshold QUOTA_EXCEEDED when attended is above this share of the quota
 * (default 1.0: any trainee over the quota)
 * @param submissionGraceDays days after a class's last day before an allocated ward
 * without a list is SUBMISSION_MISSING (default 7)
 * @param settlementGraceDays days after a class's last day before a class without a
 * settlement is SETTLEMENT_MISSING (default 30)
 * @param keepRuns figures of this many latest runs per plan are kept; older runs' figures
 * are pruned (default 10)
 * @param sortChunkRecords identity hashes sorted in memory before a sorted run is written
 * to disk when looking for people listed more than once (default 524,288: about 12 MB)
 */
@ConfigurationProperties("taphuan.reconcile")
public record ReconcileSettings(Double underfillThreshold, Double overfillThreshold, Integer submissionGraceDays,
		Integer settlementGraceDays, Integer keepRuns, Integer sortChunkRecords) {

	public ReconcileSettings {
		underfillThreshold = (underfillThreshold != null) ? underfillThreshold : 0.9;
		overfillThreshold = (overfillThreshold != null) ? overfillThreshold : 1.0;
		submissionGraceDays = (submissionGraceDays != null) ? submissionGraceDays : 7;
		settlementGraceDays = (settlementGraceDays != null) ? settlementGraceDays : 30;
		keepRuns = (keepRuns != null) ? keepRuns : 10;
		sortChunkRecords = (sortChunkRecords != null) ? sortChunkRecords : 524_288;
		if (underfillThreshold <= 0 || underfillThreshold > 1) {
			throw new IllegalArgumentException(
					"taphuan.reconcile.underfill-threshold must be above 0 and at most 1, not " + underfillThreshold);
		}
		if (overfillThreshold < 1) {
			throw new IllegalArgumentException(
					"taphuan.reconcile.overfill-threshold must be at least 1, not " + overfillThreshold);
		}
		if (submissionGraceDays < 0 || settlementGraceDays < 0) {
			throw new IllegalArgumentException("taphuan.reconcile.*-grace-days must not be negative");
		}
		if (sortChunkRecords < 2) {
			throw new IllegalArgumentException(
					"taphuan.reconcile.sort-chunk-records must be at least 2, not " + sortChunkRecords);
		}
		if (keepRuns < 1) {
			throw new IllegalArgumentException("taphuan.reconcile.keep-runs must be at least 1, not " + keepRuns);
		}
	}

}
