package vn.congdoan.taphuan.budget;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What importing one settlement file did: the JSON contract of
 * {@code taphuan budget import --json} ("files" items).
 *
 * @param path the file as given
 * @param sha256 the SHA-256 of its bytes (the archive key)
 * @param plan the plan code, when the class is known
 * @param classCode the class code, when known (JSON "class")
 * @param status IMPORTED, UNCHANGED (the same bytes are already the class's current
 * settlement) or REJECTED (nothing of it counts)
 * @param replaces the name of the class's earlier settlement file this one replaced, or
 * {@code null}
 * @param linesRead expense lines read
 * @param linesAccepted lines accepted
 * @param linesRejected lines rejected
 * @param total the accepted lines' total in đồng
 * @param issues every problem, with sheet, row and column
 * @param settlement the settlement id (for support)
 */
public record SettlementOutcome(String path, String sha256, String plan, @JsonProperty("class") String classCode,
		Status status, String replaces, int linesRead, int linesAccepted, int linesRejected, long total,
		List<SettlementIssue> issues, long settlement) {

	public SettlementOutcome {
		issues = List.copyOf(issues);
	}

	/**
	 * Whether this import rejected anything (the file, or any of its lines); an unchanged
	 * file rejects nothing.
	 */
	public boolean hasRejections() {
		return this.status == Status.REJECTED || (this.status == Status.IMPORTED && this.linesRejected > 0);
	}

	/**
	 * The outcome of one file.
	 */
	public enum Status {

		IMPORTED, UNCHANGED, REJECTED

	}

}
