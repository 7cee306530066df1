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
import vn.congdoan.taphuan.plan.EnrolmentStatus;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.Programme;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.reconcile.ClassFigures;
import vn.congdoan.taphuan.reconcile.Finding;
import vn.congdoan.taphuan.reconcile.FindingCount;
import vn.congdoan.taphuan.reconcile.FindingFilter;
import vn.congdoan.taphuan.reconcile.PositionCount;
import vn.congdoan.taphuan.reconcile.ProgrammeFigures;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileRun;
import vn.congdoan.taphuan.reconcile.TraineeStatus;
import vn.congdoan.taphuan.reconcile.WardFigures;

/**
 * Builds the report records from a plan's latest reconciliation: every figure comes from
 * the aggregates reconcile computed in SQL (per class, ward, programme, position, budget
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

	MonthlyReportData monthly(String planCode, YearMonth month) {
		Plan plan = this.plans.get(planCode);
		ReconcileRun run = latestRun(plan);
		if (month.getYear() != plan.year()) {
			throw new UserInputException(
					"Tháng " + month + " không thuộc năm kế hoạch " + plan.year() + " của " + plan.code() + ".");
		}
		if (run.asOf().isBefore(month.atDay(1))) {
			throw new UserInputException("Số liệu đối soát của " + plan.code() + " tính đến ngày "
					+ VietnameseFormat.date(run.asOf()) + ", chưa tới tháng " + month + ".");
		}
		List<ClassFigures> classes = this.results.classFigures(plan.code());
		List<ClassRow> thisMonth = new ArrayList<>();
		for (ClassFigures figures : classes) {
			TrainingClass trainingClass = plan.trainingClass(figures.classCode()).orElseThrow();
			if (trainingClass.days().stream().anyMatch((day) -> YearMonth.from(day).equals(month))) {
				thisMonth.add(classRow(plan, trainingClass, figures));
			}
		}
		List<WardFillRow> wards = this.results.wardYearToDate(plan.code())
			.stream()
			.map((ward) -> new WardFillRow(ward.ward(), ward.wardName(), ward.quota(), ward.listed(), ward.attended(),
					ward.completed(), ward.listsMissing()))
			.toList();
		List<MissingSubmissionRow> missing = this.results.missingSubmissions(plan.code())
			.stream()
			.map((row) -> new MissingSubmissionRow(row.classCode(), row.classEnd(), row.ward(), row.wardName(),
					row.allocation(), row.daysSinceEnd()))
			.toList();
		return new MonthlyReportData(ReportHeader.of(plan), month, run.asOf(), programmeRows(plan, run.asOf()),
				thisMonth, wards, findingCounts(plan), missing, monthPoints(plan, classes, month), budget(plan));
	}

	YearEndReportData yearEnd(String planCode, Narrative narrative, String documentNumber, LocalDate issueDate) {
		Plan plan = this.plans.get(planCode);
		ReconcileRun run = latestRun(plan);
		List<ClassRow> classes = this.results.classFigures(plan.code())
			.stream()
			.map((figures) -> classRow(plan, plan.trainingClass(figures.classCode()).orElseThrow(), figures))
			.toList();
		ReportHeader header = ReportHeader.of(plan);
		return new YearEndReportData(header, documentNumber, issueDate, run.asOf(), programmeRows(plan, run.asOf()),
				classes, budget(plan), narrative, YearEndReportData.recipients(header, narrative));
	}

	ClassReportData classReport(String classCode) {
		ClassInPlan found = this.plans.findClass(classCode);
		Plan plan = found.plan();
		TrainingClass trainingClass = found.trainingClass();
		ReconcileRun run = latestRun(plan);
		ClassFigures figures = this.results.classFigure(classCode)
			.orElseThrow(() -> new UserInputException("Lớp " + classCode + " chưa có trong lần đối soát gần nhất của "
					+ plan.code() + ": chạy taphuan reconcile --plan " + plan.code() + "."));
		List<ClassWardRow> wards = new ArrayList<>();
		for (WardFigures ward : this.results.wardFigures(classCode)) {
			if (ward.allocated() || ward.listed() > 0) {
				wards.add(new ClassWardRow(ward.ward(), ward.wardName(), ward.quota(), ward.listed(), ward.attended(),
						ward.completed(), ward.submittedOn()));
			}
		}
		// read as the report is written, one ward's list at a time, from the run the
		// figures
		// are from
		long runId = run.id();
		List<String> listing = wards.stream().filter((ward) -> ward.listed() > 0).map(ClassWardRow::wardCode).toList();
		RowSource<RosterRow> roster = () -> listing.stream()
			.flatMap((ward) -> this.results.trainees(runId, classCode, ward).stream())
			.map(ReportAssembly::rosterRow);
		FindingFilter classFindings = new FindingFilter(plan.code(), classCode, null, false, false);
		RowSource<FindingRow> findings = () -> this.results.streamFindings(classFindings)
			.map((finding) -> new FindingRow(finding.code().name(), severity(finding), finding.subject(),
					finding.message()));
		return new ClassReportData(ReportHeader.of(plan), classRow(plan, trainingClass, figures),
				found.programme().title(), trainingClass.days(), run.asOf(), wards, roster, findings);
	}

	private static RosterRow rosterRow(TraineeStatus trainee) {
		return RosterRow.masking(trainee.ward(), trainee.name(), trainee.birthYear(), gender(trainee.gender()),
				positionLabel(trainee), trainee.unit(), trainee.phone(), trainee.cccd(), marks(trainee.marks()),
				AttendanceStatus.valueOf(trainee.status()));
	}

	private ReconcileRun latestRun(Plan plan) {
		return this.results.latestRun(plan.code())
			.orElseThrow(() -> new UserInputException("Kế hoạch " + plan.code()
					+ " chưa được đối soát: chạy taphuan reconcile --plan " + plan.code() + " trước khi lập báo cáo."));
	}

	private static ClassRow classRow(Plan plan, TrainingClass trainingClass, ClassFigures figures) {
		Programme programme = plan.programme(trainingClass.programme()).orElseThrow();
		return new ClassRow(trainingClass.code(), section(programme), trainingClass.title(), trainingClass.start(),
				trainingClass.end(), trainingClass.dayCount(), trainingClass.venue(), figures.quota(),
				figures.wardsAllocated(), Math.min(figures.wardsSubmitted(), figures.wardsAllocated()),
				figures.listed(), figures.attended(), figures.completed());
	}

	/**
	 * One row per programme: trainee-turns and people for those with classes, enrolments
	 * for the others.
	 */
	private List<ProgrammeRow> programmeRows(Plan plan, LocalDate asOf) {
		Map<String, Map<Position, Integer>> positions = new LinkedHashMap<>();
		for (PositionCount count : this.results.positionCounts(plan.code(), PositionCount.Level.PROGRAMME)) {
			Position position = (count.position() != null) ? count.position() : Position.OTHER;
			positions.computeIfAbsent(count.programme(), (key) -> new EnumMap<>(Position.class))
				.merge(position, count.attended(), Integer::sum);
		}
		Map<String, ProgrammeFigures> figures = new LinkedHashMap<>();
		this.results.programmeFigures(plan.code()).forEach((row) -> figures.put(row.programme(), row));
		List<ProgrammeRow> rows = new ArrayList<>();
		for (Programme programme : plan.programmes()) {
			if (programme.kind().hasClasses()) {
				ProgrammeFigures row = figures.get(programme.code());
				if (row == null) {
					continue;
				}
				rows.add(new ProgrammeRow(section(programme), programme.title(), true, programme.plannedClasses(),
						row.classesEnded(), programme.plannedParticipants(), row.attended(), row.completed(),
						row.distinctAttended(), row.women(), positions.getOrDefault(programme.code(), Map.of())));
			}
			else {
				List<Enrolment> sent = programme.enrolments()
					.stream()
					.filter((enrolment) -> enrolment.status().isActual()
							&& (enrolment.start() == null || !enrolment.start().isAfter(asOf)))
					.toList();
				Map<Position, Integer> byPosition = new EnumMap<>(Position.class);
				sent.forEach((enrolment) -> byPosition
					.merge((enrolment.position() != null) ? enrolment.position() : Position.OTHER, 1, Integer::sum));
				int completed = (int) sent.stream()
					.filter((enrolment) -> enrolment.status() == EnrolmentStatus.COMPLETED)
					.count();
				// enrolments record no gender: women are not counted for these programmes
				rows.add(new ProgrammeRow(section(programme), programme.title(), false, null, 0,
						programme.plannedParticipants(), sent.size(), completed, sent.size(), 0, byPosition));
			}
		}
		return rows;
	}

	/**
	 * Cumulative trainees by month against the plan line, over the programmes with a
	 * planned number: classes count in the month they end.
	 */
	private static List<MonthPoint> monthPoints(Plan plan, List<ClassFigures> classes, YearMonth reportMonth) {
		List<MonthPoint> points = new ArrayList<>();
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
			points.add(new MonthPoint(month, month.isAfter(reportMonth) ? null : attended, planned));
		}
		return points;
	}

	private List<FindingCountRow> findingCounts(Plan plan) {
		Map<String, FindingCountRow> counts = new LinkedHashMap<>();
		for (FindingCount count : this.results.openFindingCounts(plan.code())) {
			counts.merge(count.code().name(),
					new FindingCountRow(Severity.valueOf(count.severity().name()), count.code().name(),
							count.code().description(), (int) count.count()),
					(a, b) -> new FindingCountRow(a.severity(), a.code(), a.description(), a.count() + b.count()));
		}
		return List.copyOf(counts.values());
	}

	private List<BudgetCategoryRow> budget(Plan plan) {
		return this.results.budgetByCategory(plan.code())
			.stream()
			.map((row) -> BudgetCategoryRow.of(row.category(), row.estimate(), row.settled()))
			.toList();
	}

	private static String section(Programme programme) {
		return (programme.section() != null) ? programme.section() : programme.code();
	}

	private static Severity severity(Finding finding) {
		return Severity.valueOf(finding.severity().name());
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
