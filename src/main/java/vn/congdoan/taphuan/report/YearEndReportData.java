package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the year-end result report to the Tổng LĐLĐ shows, all from one
 * reconciliation: aggregates only (no list of people leaves the province in it), the
 * operator's narrative and the distribution list.
 *
 * @param header issuer, plan and signer
 * @param documentNumber the number the office gives the report ("27" of "27/BC-LĐLĐ"), or
 * {@code null} to leave it blank for the office to fill in
 * @param issueDate the date on the place-and-date line, or {@code null} to leave day and
 * month blank
 * @param asOf the date the figures are as of: 31/12 of the plan year, or the report date
 * when earlier
 * @param programmes every programme of the plan with its results, in plan order
 * @param held the classes held in the year, every programme together
 * @param budgetStatus where the money stands
 * @param classes the classes held in the year, in date order
 * @param budget estimate against settled, by category
 * @param narrative the operator's sections; {@link Narrative#NONE} for placeholders
 * @param recipients the distribution list (Nơi nhận), as lines without the leading dash
 */
public record YearEndReportData(ReportHeader header, String documentNumber, LocalDate issueDate, LocalDate asOf,
		List<ProgrammeRow> programmes, HeldClasses held, BudgetStatus budgetStatus, List<ClassRow> classes,
		List<BudgetCategoryRow> budget, Narrative narrative, List<String> recipients) {

	public YearEndReportData {
		Objects.requireNonNull(header, "header");
		if (documentNumber != null && documentNumber.isBlank()) {
			documentNumber = null;
		}
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(held, "held");
		Objects.requireNonNull(budgetStatus, "budgetStatus");
		programmes = Require.list(programmes, "programmes");
		classes = Require.list(classes, "classes");
		budget = Require.list(budget, "budget");
		Objects.requireNonNull(narrative, "narrative");
		recipients = Require.list(recipients, "recipients");
		if (recipients.isEmpty()) {
			throw new IllegalArgumentException("a report has at least one recipient; see defaultRecipients");
		}
		recipients.forEach((recipient) -> Require.text(recipient, "recipient"));
		MonthlyReportData.checkHeld(programmes, held);
	}

	/**
	 * The narrative's distribution list when it gives one, otherwise: the Tổng LĐLĐ (for
	 * report), the province's standing members, and the archive line of the plan's own
	 * list ("Lưu: VT, …") or "Lưu: VT".
	 */
	public static List<String> recipients(ReportHeader header, Narrative narrative) {
		if (!narrative.recipients().isEmpty()) {
			return narrative.recipients();
		}
		String archive = header.planRecipients()
			.stream()
			.filter((recipient) -> recipient.strip().startsWith("Lưu"))
			.findFirst()
			.orElse("Lưu: VT");
		return List.of("Tổng LĐLĐ Việt Nam (b/c)", "Thường trực LĐLĐ tỉnh", archive);
	}

}
