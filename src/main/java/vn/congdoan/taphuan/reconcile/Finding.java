package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reconciliation finding with its current state.
 *
 * @param id deterministic: {@code CODE-<10 hex>} from the plan, code, programme, class,
 * ward and subject, the same on every run that finds the same problem
 * @param code the stable code
 * @param severity how serious
 * @param status OPEN, ACKNOWLEDGED or CLOSED
 * @param plan the plan code
 * @param programme the programme code, when the finding is about one
 * @param classCode the class (JSON "class"), when the finding is about one
 * @param ward the unit code, when the finding is about one ward
 * @param subject what it is about, in words: class, ward, trainee or budget line
 * @param message what is wrong and what to do, in Vietnamese
 * @param figures the figures behind it, in words
 * @param actual the measured figure (attended, rows, settled amount, unit price, trainees
 * paid, days present, ...), or {@code null}
 * @param reference what it is measured against (quota, estimate, norm, trainees present,
 * days required, ...), or {@code null}
 * @param fingerprint hash of the facts; an acknowledgement holds while it is unchanged
 * @param firstSeen when a run first found it
 * @param lastSeen when a run last found it
 * @param lastRun the run that last found it
 * @param closedAt when it stopped being found, or {@code null}
 * @param acknowledgement the latest acknowledgement, or {@code null}
 */
public record Finding(String id, FindingCode code, FindingSeverity severity, FindingStatus status, String plan,
		String programme, @JsonProperty("class") String classCode, String ward, String subject, String message,
		String figures, BigDecimal actual, BigDecimal reference, String fingerprint, OffsetDateTime firstSeen,
		OffsetDateTime lastSeen, long lastRun, OffsetDateTime closedAt, Acknowledgement acknowledgement) {

	/**
	 * A person's decision on a finding.
	 *
	 * @param note what they decided, e.g. "hai người khác nhau"
	 * @param by who
	 * @param at when
	 * @param fingerprint the facts they saw; the finding stays acknowledged while its
	 * fingerprint equals this
	 * @param current whether the finding's facts are still those
	 */
	public record Acknowledgement(String note, String by, OffsetDateTime at, String fingerprint, boolean current) {
	}

}
