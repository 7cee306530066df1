package vn.congdoan.taphuan.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.plan.Enrolment;
import vn.congdoan.taphuan.plan.EnrolmentStatus;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.Programme;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.reconcile.ClassFigures;
import vn.congdoan.taphuan.reconcile.PositionCount;
import vn.congdoan.taphuan.reconcile.ProgrammeFigures;

/**
 * A province's statistical form from its plan and its latest reconciliation: every count
 * and amount is one reconcile aggregated in SQL (per programme, per class, per position);
 * here they are put in the form's rows and columns. Programmes of the same kind add up in
 * one row.
 * <ul>
 * <li>Classes planned: the programme's planned number, else the classes the plan lists;
 * held: classes ended by the as-of date, in person or online as the plan's venue or form
 * says ("trực tuyến", "online").</li>
 * <li>Trainees planned: the programme's planned participants, else the sum of its
 * classes' quotas; attended, completed, women and people as reconcile counts them; chairs
 * and vice-chairs, full-time cadres: trainee-turns in those positions.</li>
 * <li>Programmes without classes of their own (post-graduate places, another body's
 * courses): people actually sent (enrolled, studying or completed, started by the as-of
 * date), as the year-end report counts them; enrolments record no gender, so women stay
 * blank.</li>
 * <li>Ethnic minorities stay blank: ward lists do not carry ethnicity.</li>
 * <li>Budget: the estimate of every class; the estimate and the settlement of the classes
 * that have a settlement.</li>
 * </ul>
 */
final class ProvinceFigures {

	private static final Pattern ONLINE = Pattern
		.compile("\\b(truc tuyen|online|e-?learning|zoom|qua mang|hoc tu xa)\\b");

	static final String NO_ETHNICITY = "(12): danh sách học viên không ghi dân tộc";

	static final String ENROLMENTS = "Số người được cử đi học; danh sách cử đi học không ghi giới tính";

	static final String NO_PROGRAMME = "Kế hoạch không có chương trình này";

	private ProvinceFigures() {
	}

	/**
	 * @param plan the plan
	 * @param asOf the date of the reconciliation the figures come from
	 * @param programmes reconcile's figures per programme
	 * @param classes reconcile's figures per class
	 * @param positions trainee lines per programme and position
	 */
	static FormFigures of(Plan plan, ReportingUnit unit, LocalDate asOf, List<ProgrammeFigures> programmes,
			List<ClassFigures> classes, List<PositionCount> positions) {
		Map<FormRow, RowFigures> leaves = new EnumMap<>(FormRow.class);
		Map<FormRow, String> notes = new EnumMap<>(FormRow.class);
		for (FormRow row : FormRow.leaves()) {
			List<Programme> ofKind = plan.programmes().stream().filter((p) -> p.kind() == row.kind()).toList();
			if (ofKind.isEmpty()) {
				notes.put(row, NO_PROGRAMME);
				continue;
			}
			Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
			if (row.hasClasses()) {
				for (Programme programme : ofKind) {
					ProgrammeFigures figures = programmes.stream()
						.filter((f) -> f.programme().equals(programme.code()))
						.findFirst()
						.orElse(null);
					addClassProgramme(values, plan, programme, figures, classes, positions);
				}
			}
			else {
				for (Programme programme : ofKind) {
					ProgrammeFigures figures = programmes.stream()
						.filter((f) -> f.programme().equals(programme.code()))
						.findFirst()
						.orElse(null);
					addEnrolments(values, programme, figures, asOf);
				}
				notes.put(row, ENROLMENTS);
			}
			leaves.put(row, new RowFigures(row, values, null));
		}
		notes.put(FormRow.TOTAL, NO_ETHNICITY);
		String body = (unit != null) ? unit.name() : plan.issuer().name();
		return FormFigures.fromLeaves(unit, body, plan.year(), asOf, plan.code(), leaves, notes);
	}

	private static void addClassProgramme(Map<FormColumn, Long> values, Plan plan, Programme programme,
			ProgrammeFigures figures, List<ClassFigures> classes, List<PositionCount> positions) {
		List<TrainingClass> planned = plan.classesOf(programme.code());
		add(values, FormColumn.CLASSES_PLANNED,
				(programme.plannedClasses() != null) ? programme.plannedClasses() : planned.size());
		long inPerson = 0;
		long online = 0;
		long quotas = 0;
		for (ClassFigures figure : classes) {
			if (!figure.programme().equals(programme.code())) {
				continue;
			}
			quotas += figure.quota();
			if (figure.ended()) {
				TrainingClass trainingClass = plan.trainingClass(figure.classCode()).orElse(null);
				if (isOnline(programme, trainingClass)) {
					online++;
				}
				else {
					inPerson++;
				}
			}
		}
		if (classes.stream().noneMatch((figure) -> figure.programme().equals(programme.code()))) {
			quotas = planned.stream().mapToLong(TrainingClass::quota).sum();
		}
		add(values, FormColumn.CLASSES_HELD, inPerson + online);
		add(values, FormColumn.CLASSES_IN_PERSON, inPerson);
		add(values, FormColumn.CLASSES_ONLINE, online);
		add(values, FormColumn.TRAINEES_PLANNED,
				(programme.plannedParticipants() != null) ? programme.plannedParticipants() : quotas);
		long chairs = 0;
		long fullTime = 0;
		for (PositionCount count : positions) {
			if (!programme.code().equals(count.programme()) || count.position() == null) {
				continue;
			}
			if (count.position() == Position.CHU_TICH || count.position() == Position.PHO_CHU_TICH) {
				chairs += count.attended();
			}
			else if (count.position() == Position.CHUYEN_TRACH) {
				fullTime += count.attended();
			}
		}
		add(values, FormColumn.ATTENDED, (figures != null) ? figures.attended() : 0);
		add(values, FormColumn.WOMEN, (figures != null) ? figures.women() : 0);
		add(values, FormColumn.CHAIRS, chairs);
		add(values, FormColumn.FULL_TIME, fullTime);
		add(values, FormColumn.COMPLETED, (figures != null) ? figures.completed() : 0);
		add(values, FormColumn.PEOPLE, (figures != null) ? figures.distinctAttended() : 0);
		add(values, FormColumn.ESTIMATE, (figures != null) ? figures.estimate() : 0);
		add(values, FormColumn.ESTIMATE_SETTLED, (figures != null) ? figures.estimateSettled() : 0);
		add(values, FormColumn.SETTLED, (figures != null && figures.classesSettled() > 0) ? figures.settled() : 0);
	}

	/**
	 * People sent: reconcile's count of enrolments (enrolled, studying or completed,
	 * started by as-of) and of those completed; their positions from the plan's
	 * enrolments, chosen the same way.
	 */
	private static void addEnrolments(Map<FormColumn, Long> values, Programme programme, ProgrammeFigures figures,
			LocalDate asOf) {
		List<Enrolment> sent = new ArrayList<>();
		for (Enrolment enrolment : programme.enrolments()) {
			if (enrolment.status().isActual() && (enrolment.start() == null || !enrolment.start().isAfter(asOf))) {
				sent.add(enrolment);
			}
		}
		if (programme.plannedParticipants() != null) {
			add(values, FormColumn.TRAINEES_PLANNED, programme.plannedParticipants());
		}
		long enrolled = (figures != null) ? figures.enrolled() : sent.size();
		add(values, FormColumn.ATTENDED, enrolled);
		add(values, FormColumn.CHAIRS,
				sent.stream()
					.filter((e) -> e.position() == Position.CHU_TICH || e.position() == Position.PHO_CHU_TICH)
					.count());
		add(values, FormColumn.FULL_TIME, sent.stream().filter((e) -> e.position() == Position.CHUYEN_TRACH).count());
		add(values, FormColumn.COMPLETED, (figures != null) ? figures.enrolmentsCompleted()
				: sent.stream().filter((e) -> e.status() == EnrolmentStatus.COMPLETED).count());
		add(values, FormColumn.PEOPLE, enrolled);
	}

	/** Whether the plan says the class is held online (its venue, or its programme's). */
	static boolean isOnline(Programme programme, TrainingClass trainingClass) {
		List<String> texts = new ArrayList<>();
		texts.add(programme.venue());
		texts.add(programme.form());
		if (trainingClass != null) {
			texts.add(trainingClass.venue());
			texts.add(trainingClass.title());
		}
		return texts.stream()
			.filter(Objects::nonNull)
			.map(VietnameseText::fold)
			.anyMatch((text) -> ONLINE.matcher(text).find());
	}

	private static void add(Map<FormColumn, Long> values, FormColumn column, long value) {
		values.merge(column, value, Long::sum);
	}

}
