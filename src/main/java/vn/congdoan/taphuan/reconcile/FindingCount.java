package vn.congdoan.taphuan.reconcile;

/**
 * How many findings of one code, severity and status a run found.
 *
 * @param code the code
 * @param severity how serious
 * @param status OPEN or ACKNOWLEDGED (a run counts no closed finding)
 * @param count how many
 */
public record FindingCount(FindingCode code, FindingSeverity severity, FindingStatus status, long count) {
}
