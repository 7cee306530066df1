package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Enrolment;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.Programme;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.reconcile.ClassFigures;
import vn.congdoan.taphuan.reconcile.Finding;
import vn.congdoan.taphuan.reconcile.FindingCode;
import vn.congdoan.taphuan.reconcile.FindingCount;
import vn.congdoan.taphuan.reconcile.FindingStatus;
import vn.congdoan.taphuan.reconcile.PlanFigures;
import vn.congdoan.taphuan.reconcile.PositionCount;
import vn.congdoan.taphuan.reconcile.ProgrammeFigures;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileRun;
import vn.congdoan.taphuan.reconcile.TraineeStatus;
import vn.congdoan.taphuan.reconcile.WardFigures;

/**
 * Builds the report records from one reconciliation run, given explicitly: every figure
 * of a report comes from that run, so a report can never mix two. The figures are the
 * aggregates reconcile computed in SQL (per class, ward, programme, position, budget
 * category), so building a report does not read attendance rows — except the class
 * report's roster, which is one class's trainees, masked here.
 */
final class ReportAssembly {

	private final Plans plans;

	private final ReconcileResults results;

	ReportAssembly(Plans plans, ReconcileResults results) {
		this.plans = plans;
		this.results = results;
	}

	MonthlyReportData monthly(ReconcileRun run, YearMonth month, LocalDate madeOn) {
		Plan plan = this.plans.get(run.plan());
		if (month.getYear() != plan.year()) {
			throw new UserInputException(
					"Tháng " + month + " không thuộc năm kế hoạch " + plan.year() + " của " + plan.code() + ".");
		}
		if (run.asOf().isBefore(month.atDay(1)) || run.asOf().isAfter(month.atEndOfMonth())) {
			throw new UserInputException("Số liệu đối soát của " + plan.code() + " tính đến ngày "
					+ VietnameseFormat.date(run.asOf()) + ", không thuộc tháng " + ReportText.month(month)
					+ ": báo cáo tháng chỉ tính số liệu đến hết tháng đó.");
		}
		PlanFigures figures = planFigures(run);
		List<ClassFigures> classes = this.results.classFigures(run);
		List<ClassRow> thisMonth = new ArrayList<>();
		for (ClassFigures classFigures : classes) {
			TrainingClass trainingClass = plan.trainingClass(classFigures.classCode()).orElseThrow();
			if (classFigures.started()
					&& trainingClass.days().stream().anyMatch((day) -> YearMonth.from(day).equals(month))) {
				thisMonth.add(classRow(plan, trainingClass, classFigures));
			}
		}
		List<WardFillRow> wards = this.results.wardYearToDate(run)
			.stream()
			.map((ward) -> new WardFillRow(ward.ward(), ward.wardName(), ward.quota(), ward.listed(), ward.attended(),
					ward.completed(), ward.listsMissing()))
			.toList();
		List<MissingSubmissionRow> missing = this.results.missingSubmissions(run)
			.stream()
			.map((row) -> new MissingSubmissionRow(row.classCode(), row.classEnd(), row.ward(), row.wardName(),
					row.allocation(), row.daysSinceEnd()))
			.toList();
		return new MonthlyReportData(ReportHeader.of(plan), month, run.asOf(), madeOn, programmeRows(plan, run),
				held(figures), budgetStatus(figures), thisMonth, wards, run.underfillThreshold(), findingCounts(run),
				missing, monthPoints(plan, classes, run.asOf()), budget(run));
	}

	YearEndReportData yearEnd(ReconcileRun run, Narrative narrative, String documentNumber, LocalDate issueDate) {
		Plan plan = this.plans.get(run.plan());
		if (run.asOf().getYear() != plan.year()) {
			throw new UserInputException("Số liệu đối soát của " + plan.code() + " tính đến ngày "
					+ VietnameseFormat.date(run.asOf()) + ", ngoài năm kế hoạch " + plan.year() + ".");
		}
		PlanFigures figures = planFigures(run);
		List<ClassRow> classes = this.results.classFigures(run)
			.stream()
			.filter(ClassFigures::started)
			.map((classFigures) -> classRow(plan, plan.trainingClass(classFigures.classCode()).orElseThrow(),
					classFigures))
			.toList();
		ReportHeader header = ReportHeader.of(plan);
		return new YearEndReportData(header, documentNumber, issueDate, run.asOf(), programmeRows(plan, run),
				held(figures), budgetStatus(figures), classes, budget(run), narrative,
				YearEndReportData.recipients(header, narrative));
	}

	ClassReportData classReport(ReconcileRun run, String classCode) {
		ClassInPlan found = this.plans.findClass(classCode);
		Plan plan = found.plan();
		if (!plan.code().equals(run.plan())) {
			throw new IllegalArgumentException("Run " + run.id() + " is of " + run.plan() + ", not of " + plan.code());
		}
		TrainingClass trainingClass = found.trainingClass();
		ClassFigures figures = this.results.classFigure(run, classCode)
			.orElseThrow(() -> new UserInputException("Lớp " + classCode + " không có trong lần đối soát " + run.id()
					+ " của " + plan.code() + ": đối soát lại kế hoạch rồi lập báo cáo."));
		List<ClassWardRow> wards = new ArrayList<>();
		for (WardFigures ward : this.results.wardFigures(run, classCode)) {
			if (ward.allocated() || ward.listed() > 0) {
				wards.add(new ClassWardRow(ward.ward(), ward.wardName(), ward.quota(), ward.listed(), ward.attended(),
						ward.completed(), ward.submittedOn()));
			}
		}
		// read as the report is written, one ward's list at a time, from the run the
		// figures are from
		List<String> listing = wards.stream().filter((ward) -> ward.listed() > 0).map(ClassWardRow::wardCode).toList();
		RowSource<RosterRow> roster = () -> listing.stream()
			.flatMap((ward) -> this.results.trainees(run, classCode, ward).stream())
			.map(ReportAssembly::rosterRow);
		RowSource<FindingRow> findings = () -> this.results.streamFindings(run, classCode)
			.filter((finding) -> finding.code() != FindingCode.INCOMPLETE_ATTENDANCE)
			.map(ReportAssembly::findingRow);
		return new ClassReportData(ReportHeader.of(plan), classRow(plan, trainingClass, figures),
				found.programme().title(), trainingClass.days(), run.asOf(), run.underfillThreshold(), wards, roster,
				findings);
	}

	private static FindingRow findingRow(Finding finding) {
		return new FindingRow(finding.id(), finding.code().name(), finding.code().label(),
				Severity.of(finding.severity()), finding.subject(), finding.message(),
				finding.status() == FindingStatus.ACKNOWLEDGED);
	}

	private static RosterRow rosterRow(TraineeStatus trainee) {
		return RosterRow.masking(trainee.ward(), trainee.name(), trainee.birthYear(), gender(trainee.gender()),
				positionLabel(trainee), trainee.unit(), trainee.phone(), trainee.cccd(), marks(trainee.marks()),
				AttendanceStatus.valueOf(trainee.status()), trainee.findings());
	}

	private PlanFigures planFigures(ReconcileRun run) {
		return this.results.planFigures(run)
			.orElseThrow(() -> new IllegalStateException("Run " + run.id() + " has no plan figures"));
	}

	private static HeldClasses held(PlanFigures figures) {
		return new HeldClasses(figures.classesStarted(), figures.classesEnded(), figures.quotaStarted(),
				figures.attended(), figures.completed(), figures.distinctAttended(), figures.women());
	}

	private static BudgetStatus budgetStatus(PlanFigures figures) {
		return new BudgetStatus(figures.classes(), figures.classesStarted(), figures.classesSettled(),
				figures.estimate(), figures.estimateStarted(), figures.estimateSettled(), figures.settled());
	}

	private static ClassRow classRow(Plan plan, TrainingClass trainingClass, ClassFigures figures) {
		Programme programme = plan.programme(trainingClass.programme()).orElseThrow();
		return new ClassRow(trainingClass.code(), section(programme), trainingClass.title(), trainingClass.start(),
				trainingClass.end(), trainingClass.dayCount(), trainingClass.venue(), figures.quota(),
				figures.wardsAllocated(), Math.min(figures.wardsSubmitted(), figures.wardsAllocated()),
				figures.listed(), figures.attended(), figures.completed());
	}

	/**
	 * One row per programme: trainee-turns and people of its started classes for those
	 * with classes, people sent for the others (the run's count; their positions from the
	 * plan's enrolments, counted by the same rule).
	 */
	private List<ProgrammeRow> programmeRows(Plan plan, ReconcileRun run) {
		Map<String, Map<Position, Integer>> positions = new LinkedHashMap<>();
		for (PositionCount count : this.results.positionCounts(run, PositionCount.Level.PROGRAMME)) {
			Position position = (count.position() != null) ? count.position() : Position.OTHER;
			positions.computeIfAbsent(count.programme(), (key) -> new EnumMap<>(Position.class))
				.merge(position, count.attended(), Integer::sum);
		}
		Map<String, ProgrammeFigures> figures = new LinkedHashMap<>();
		this.results.programmeFigures(run).forEach((row) -> figures.put(row.programme(), row));
		List<ProgrammeRow> rows = new ArrayList<>();
		for (Programme programme : plan.programmes()) {
			ProgrammeFigures row = figures.get(programme.code());
			if (row == null) {
				continue;
			}
			if (programme.kind().hasClasses()) {
				rows.add(new ProgrammeRow(section(programme), programme.title(), true, programme.plannedClasses(),
						row.classesStarted(), row.quotaStarted(), programme.plannedParticipants(), row.attended(),
						row.completed(), row.distinctAttended(), row.women(),
						positions.getOrDefault(programme.code(), Map.of())));
			}
			else {
				List<Enrolment> sent = programme.enrolments()
					.stream()
					.filter((enrolment) -> enrolment.status().isActual()
							&& (enrolment.start() == null || !enrolment.start().isAfter(run.asOf())))
					.toList();
				Map<Position, Integer> byPosition = new EnumMap<>(Position.class);
				sent.forEach((enrolment) -> byPosition
					.merge((enrolment.position() != null) ? enrolment.position() : Position.OTHER, 1, Integer::sum));
				if (sent.size() != row.enrolled()) {
					throw new IllegalStateException(programme.code() + ": the plan sends " + sent.size()
							+ " people as of " + run.asOf() + ", run " + run.id() + " counted " + row.enrolled());
				}
				// enrolments record no gender: women are not counted for these programmes
				rows.add(new ProgrammeRow(section(programme), programme.title(), false, null, 0, 0,
						programme.plannedParticipants(), row.enrolled(), row.enrolmentsCompleted(), row.enrolled(), 0,
						byPosition));
			}
		}
		return rows;
	}

	/**
	 * Cumulative trainees by month against the plan line, over the programmes with a
	 * planned number: classes count in the month they end, and only up to the as-of date.
	 */
	private static List<MonthPoint> monthPoints(Plan plan, List<ClassFigures> classes, LocalDate asOf) {
		List<MonthPoint> points = new ArrayList<>();
		YearMonth last = YearMonth.from(asOf);
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(plan.year(), m);
			int planned = 0;
			int attended = 0;
			for (ClassFigures figures : classes) {
				Programme programme = plan.programme(figures.programme()).orElseThrow();
				if (programme.plannedParticipants() != null && !figures.end().isAfter(month.atEndOfMonth())) {
					planned += figures.quota();
					attended += figures.attended();
				}
			}
			points.add(new MonthPoint(month, month.isAfter(last) ? null : attended, planned));
		}
		return points;
	}

	/** The run's findings by kind, most serious first: open and acknowledged apart. */
	private List<FindingCountRow> findingCounts(ReconcileRun run) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, FindingCount> kinds = new LinkedHashMap<>();
		for (FindingCount count : this.results.findingCounts(run)) {
			String key = count.code().name() + "/" + count.severity().name();
			kinds.putIfAbsent(key, count);
			int[] tally = counts.computeIfAbsent(key, (k) -> new int[2]);
			tally[(count.status() == FindingStatus.ACKNOWLEDGED) ? 1 : 0] += (int) count.count();
		}
		List<FindingCountRow> rows = new ArrayList<>();
		kinds.forEach((key, kind) -> rows.add(new FindingCountRow(Severity.of(kind.severity()), kind.code().name(),
				kind.code().label(), counts.get(key)[0], counts.get(key)[1])));
		return rows;
	}

	private List<BudgetCategoryRow> budget(ReconcileRun run) {
		return this.results.budgetByCategory(run)
			.stream()
			.map((row) -> BudgetCategoryRow.of(row.category(), row.estimate(), row.estimateOfSettledClasses(),
					row.settled()))
			.toList();
	}

	private static String section(Programme programme) {
		return (programme.section() != null) ? programme.section() : programme.code();
	}

	private static Gender gender(String code) {
		if ("M".equals(code)) {
			return Gender.MALE;
		}
		return "F".equals(code) ? Gender.FEMALE : null;
	}

	private static String positionLabel(TraineeStatus trainee) {
		if (trainee.position() != null && trainee.position() != Position.OTHER) {
			return trainee.position().label();
		}
		return (trainee.positionAsWritten() != null && !trainee.positionAsWritten().isBlank())
				? trainee.positionAsWritten() : "(chưa ghi)";
	}

	/**
	 * Roll-call letters as the report prints them; an unknown mark or a day without a
	 * column counts as absent.
	 */
	private static List<Mark> marks(String marks) {
		List<Mark> result = new ArrayList<>(marks.length());
		for (char mark : marks.toCharArray()) {
			result.add(switch (mark) {
				case 'P' -> Mark.PRESENT;
				case 'E' -> Mark.EXCUSED;
				default -> Mark.ABSENT;
			});
		}
		return result;
	}

}
