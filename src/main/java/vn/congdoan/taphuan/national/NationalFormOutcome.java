package vn.congdoan.taphuan.national;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing one form file did: the JSON contract of
 * {@code taphuan national import --json} ("files" items).
 *
 * @param path the file as given
 * @param sha256 the SHA-256 of its bytes (the archive key)
 * @param unit the reporting unit's code, when known
 * @param unitName the unit's name, when known
 * @param year the report year, when known
 * @param status IMPORTED, UNCHANGED (the same bytes are already the unit's current form
 * for the year), REJECTED (refused: nothing of it counts) or FAILED (an unexpected error:
 * run the same command again)
 * @param replaces the name of the unit's earlier form file for the year that this one
 * replaced, or {@code null}
 * @param source TAPHUAN, BLANK_FORM or OTHER (another layout), when read
 * @param identifiedBy how the unit was found: FLAG, METADATA, TITLE or FILE_NAME
 * @param formVersion the taphuan form version the file says it is, or {@code null}
 * @param asOf the date the figures are as of, when stated
 * @param issues every problem, with sheet, row and column
 * @param form the stored form's id (for support), or 0 when nothing was stored
 */
public record NationalFormOutcome(String path, String sha256, String unit, String unitName, Integer year, Status status,
		String replaces, String source, String identifiedBy, String formVersion, LocalDate asOf,
		List<NationalIssue> issues, long form) {

	public NationalFormOutcome {
		issues = List.copyOf(issues);
	}

	/** The outcome of one file. */
	public enum Status {

		IMPORTED, UNCHANGED, REJECTED, FAILED

	}

}
