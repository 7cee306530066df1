package vn.congdoan.taphuan.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A programme of the plan: one numbered item of its "Nội dung" section.
 *
 * @param code short code within the plan, e.g. {@code CS}
 * @param section the item number in the document, "2.2"
 * @param kind how it is tracked
 * @param title the item heading
 * @param target who it is for (đối tượng), as written
 * @param eligiblePositions positions admitted; empty means any
 * @param topics contents (nội dung)
 * @param period when it runs
 * @param plannedClasses number of classes planned, or {@code null}
 * @param minDaysPerClass shortest class in days, or {@code null}
 * @param maxDaysPerClass longest class in days, or {@code null}
 * @param plannedParticipants participants planned in total, or {@code null} where the
 * plan states none
 * @param participantsNote how the plan states the number ("Dự kiến", "per topic")
 * @param venue where, as written
 * @param form form and timing as written ("per the schools' enrolment notices")
 * @param responsibleDepartment department code
 * @param budgetSource where the money comes from
 * @param organiser for courses run by another body, that body
 * @param reference the document the programme follows, e.g. another body's plan
 * @param enrolments people sent, for programmes without classes of their own
 */
public record Programme(String code, String section, ProgrammeKind kind, String title, String target,
		Set<Position> eligiblePositions, List<String> topics, DateRange period, Integer plannedClasses,
		Integer minDaysPerClass, Integer maxDaysPerClass, Integer plannedParticipants, String participantsNote,
		String venue, String form, String responsibleDepartment, String budgetSource, String organiser,
		String reference, List<Enrolment> enrolments) {

	public Programme {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(period, "period");
		eligiblePositions = Set.copyOf(eligiblePositions);
		topics = List.copyOf(topics);
		enrolments = List.copyOf(enrolments);
	}

	/**
	 * Whether a cadre in this position may attend; any position is admitted when none are
	 * listed.
	 */
	public boolean admits(Position position) {
		return this.eligiblePositions.isEmpty() || this.eligiblePositions.contains(position);
	}

}
