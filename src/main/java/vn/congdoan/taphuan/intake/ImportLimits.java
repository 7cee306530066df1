package vn.congdoan.taphuan.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Caps that keep one file from exhausting memory or disk, whatever it claims to be. A zip
 * bomb fails on the first part that inflates beyond them, in bounded memory.
 *
 * @param maxFileSize largest file accepted as received
 * @param maxInflatedSize most bytes all parts of one xlsx may inflate to
 * @param maxInflateRatio highest ratio of inflated to compressed size of one part
 * @param maxRows most rows one file may hold, over all sheets
 * @param maxSheets most sheets one workbook may hold
 */
@ConfigurationProperties("taphuan.import.limits")
public record ImportLimits(DataSize maxFileSize, DataSize maxInflatedSize, Integer maxInflateRatio, Integer maxRows,
		Integer maxSheets) {

	public ImportLimits {
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofMegabytes(50);
		maxInflatedSize = (maxInflatedSize != null) ? maxInflatedSize : DataSize.ofMegabytes(500);
		maxInflateRatio = (maxInflateRatio != null) ? maxInflateRatio : 100;
		maxRows = (maxRows != null) ? maxRows : 200_000;
		maxSheets = (maxSheets != null) ? maxSheets : 50;
	}

	public static ImportLimits defaults() {
		return new ImportLimits(null, null, null, null, null);
	}

}
