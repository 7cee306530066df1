package vn.congdoan.taphuan.budget;

import java.util.List;

import vn.congdoan.taphuan.plan.ClassInPlan;

/**
 * What reading a settlement file came to, before anything is stored.
 *
 * @param status IMPORTED or REJECTED
 * @param rejectCode why the file was rejected, or {@code null}
 * @param found the class, when known
 * @param assignedBy how the class was decided (FLAGS, METADATA, TITLE), when known
 * @param format "xlsx", "xls" or "csv", when known
 * @param sheet the sheet the table was read from, when known
 * @param lines the expense lines read
 * @param issues problems of the whole file (line problems are on their lines)
 */
record Reception(SettlementOutcome.Status status, String rejectCode, ClassInPlan found, String assignedBy,
		String format, String sheet, List<SettlementLine> lines, List<SettlementIssue> issues) {

	Reception {
		lines = List.copyOf(lines);
		issues = List.copyOf(issues);
	}

	static Reception rejected(String code, ClassInPlan found, String assignedBy, String format, String sheet,
			List<SettlementLine> lines, List<SettlementIssue> issues) {
		return new Reception(SettlementOutcome.Status.REJECTED, code, found, assignedBy, format, sheet, lines, issues);
	}

}
