package vn.congdoan.taphuan.reconcile;

/** How many findings of one code and severity. */
public record FindingCount(FindingCode code, FindingSeverity severity, long count) {
}
