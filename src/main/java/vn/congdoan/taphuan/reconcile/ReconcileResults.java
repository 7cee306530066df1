package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.plan.BudgetCategory;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.Programme;
import vn.congdoan.taphuan.plan.ProgrammeKind;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;

/**
 * The results of reconciliation, for commands and reports: figures per plan, programme,
 * class, ward allocation and ward year to date; by position, day and month; budget by
 * category; missing lists; the trainees of a class; and findings. Every figure was
 * aggregated in SQL by {@code reconcileJob}; here they are read and named.
 * <p>
 * Each figure is read from one run given explicitly ({@link ReconcileRun}), so that a
 * report or a summary reads all its figures from the same run and can never mix two. The
 * methods taking a plan code read the plan's current results (its latest published run)
 * and return nothing (empty) for a plan never reconciled; methods taking a class code
 * throw a usage error for an unknown class.
 */
@Component
public class ReconcileResults {

	private static final String RUN = """
			SELECT id, plan_code, as_of, status, started_at, completed_at, completion_share, underfill_threshold,
			       overfill_threshold, submission_grace_days, settlement_grace_days
			FROM reconcile_run
			""";

	private static final String PROGRAMME_COLUMNS = """
			planned_classes, planned_participants, classes, classes_started, classes_ended, quota, quota_started, listed,
			attended, completed, distinct_attended, distinct_completed, women, trainee_days, enrolled,
			enrolments_completed, estimate, settled, classes_settled, completed_settled, estimate_started, estimate_settled
			""";

	/** The codes of findings about one trainee line, linked to roster rows. */
	private static final String LINE_CODES = "'INELIGIBLE_POSITION', 'POSITION_UNKNOWN', 'INCOMPLETE_ATTENDANCE', "
			+ "'DUPLICATE_TRAINEE'";

	private final JdbcClient jdbc;

	private final Plans plans;

	private final Findings findings;

	private final Clock clock;

	public ReconcileResults(JdbcClient jdbc, Plans plans, Findings findings, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.findings = findings;
		this.clock = clock;
	}

	/** The latest completed run of a plan: its current results. */
	public Optional<ReconcileRun> latestRun(String plan) {
		OptionalLong id = latestRunId(plan);
		return id.isPresent() ? Optional.of(run(id.getAsLong())) : Optional.empty();
	}

	/**
	 * The run of a plan, published or a snapshot, with the latest as-of date in a period
	 * (the latest such run when several share it): the run a scheduled run's reconcile
	 * step made for the report of that period.
	 */
	public Optional<ReconcileRun> latestRunAsOf(String plan, LocalDate from, LocalDate to) {
		return this.jdbc.sql(RUN + """
				 WHERE plan_code = ? AND status IN ('COMPLETED', 'SNAPSHOT') AND as_of BETWEEN ? AND ?
				 ORDER BY as_of DESC, id DESC FETCH FIRST 1 ROW ONLY
				""").params(plan, from, to).query(ReconcileResults::mapRun).optional();
	}

	/** A run by id. */
	public ReconcileRun run(long id) {
		return this.jdbc.sql(RUN + " WHERE id = ?").param(id).query(ReconcileResults::mapRun).single();
	}

	/** The plan as a whole, in its current results. */
	public Optional<PlanFigures> planFigures(String plan) {
		return latestRun(plan).flatMap(this::planFigures);
	}

	/** The plan as a whole, in a run. */
	public Optional<PlanFigures> planFigures(ReconcileRun run) {
		String plan = run.plan();
		return this.jdbc.sql("SELECT run_id, " + PROGRAMME_COLUMNS + " FROM reconcile_plan WHERE run_id = ?")
			.param(run.id())
			.query((rs, row) -> {
				Totals t = Totals.of(rs);
				return new PlanFigures(plan, rs.getLong("run_id"), t.plannedClasses(), t.plannedParticipants(),
						t.classes(), t.classesStarted(), t.classesEnded(), t.quota(), t.quotaStarted(), t.listed(),
						t.attended(), t.completed(), t.distinctAttended(), t.distinctCompleted(), t.women(),
						t.traineeDays(), t.enrolled(), t.enrolmentsCompleted(), t.estimate(), t.settled(),
						t.classesSettled(), Ratios.of(t.attended(), t.quotaStarted()),
						Ratios.of(t.completed(), t.quotaStarted()), settledRate(t),
						Ratios.perUnit(settledOrNull(t), t.completedSettled()), t.estimateStarted(),
						t.estimateSettled());
			})
			.optional();
	}

	/** Each programme, in plan order, in the plan's current results. */
	public List<ProgrammeFigures> programmeFigures(String plan) {
		return latestRun(plan).map(this::programmeFigures).orElse(List.of());
	}

	/** Each programme, in plan order, in a run. */
	public List<ProgrammeFigures> programmeFigures(ReconcileRun run) {
		Plan loaded = this.plans.get(run.plan());
		String plan = run.plan();
		List<ProgrammeFigures> figures = new ArrayList<>();
		this.jdbc.sql("SELECT programme_code, " + PROGRAMME_COLUMNS + " FROM reconcile_programme WHERE run_id = ?")
			.param(run.id())
			.query((ResultSet rs) -> {
				Totals t = Totals.of(rs);
				Programme programme = loaded.programme(rs.getString("programme_code")).orElseThrow();
				boolean hasClasses = t.classes() > 0 || programme.kind() == ProgrammeKind.GRASSROOTS_CLASSES
						|| programme.kind() == ProgrammeKind.FULLTIME_COURSES;
				figures
					.add(new ProgrammeFigures(plan, programme.code(), programme.section(), programme.title(),
							programme.kind(), hasClasses, (Integer) rs.getObject("planned_classes"),
							(Integer) rs.getObject("planned_participants"), t.classes(), t.classesStarted(),
							t.classesEnded(), t.quota(), t.quotaStarted(), t.listed(), t.attended(), t.completed(),
							t.distinctAttended(), t.distinctCompleted(), t.women(), t.traineeDays(), t.enrolled(),
							t.enrolmentsCompleted(), t.estimate(), t.settled(), t.classesSettled(),
							Ratios.of(t.attended(), t.quotaStarted()), Ratios.of(t.completed(), t.quotaStarted()),
							(programme.plannedParticipants() != null) ? Ratios
								.of(hasClasses ? t.attended() : t.enrolled(), programme.plannedParticipants()) : null,
							Ratios.perUnit(settledOrNull(t), t.completedSettled()), settledRate(t), t.estimateStarted(),
							t.estimateSettled()));
			});
		figures.sort(Comparator.comparingInt(
				(ProgrammeFigures f) -> loaded.programmes().indexOf(loaded.programme(f.programme()).orElseThrow())));
		return figures;
	}

	/** Each class of a plan, by start date, in the plan's current results. */
	public List<ClassFigures> classFigures(String plan) {
		return latestRun(plan).map(this::classFigures).orElse(List.of());
	}

	/** Each class of the run's plan, by start date. */
	public List<ClassFigures> classFigures(ReconcileRun run) {
		return classFigures(this.plans.get(run.plan()), run.id(), null);
	}

	/** One class, in its plan's current results. */
	public Optional<ClassFigures> classFigure(String classCode) {
		Plan plan = this.plans.findClass(classCode).plan();
		return latestRun(plan.code()).flatMap((run) -> classFigure(run, classCode));
	}

	/** One class, in a run of its plan. */
	public Optional<ClassFigures> classFigure(ReconcileRun run, String classCode) {
		Plan plan = this.plans.findClass(classCode).plan();
		return classFigures(plan, run.id(), classCode).stream().findFirst();
	}

	/** Each ward's part in a class, in the plan's unit order, in the current results. */
	public List<WardFigures> wardFigures(String classCode) {
		Plan plan = this.plans.findClass(classCode).plan();
		return latestRun(plan.code()).map((run) -> wardFigures(run, classCode)).orElse(List.of());
	}

	/** Each ward's part in a class, in the plan's unit order, in a run. */
	public List<WardFigures> wardFigures(ReconcileRun run, String classCode) {
		Plan plan = this.plans.findClass(classCode).plan();
		List<WardFigures> wards = new ArrayList<>(this.jdbc
			.sql("""
					SELECT class_code, unit_code, quota, allocated, submission_id, submitted_at, listed, attended, completed,
					       distinct_attended, women
					FROM reconcile_ward WHERE run_id = ? AND class_code = ?
					""")
			.params(run.id(), classCode)
			.query((rs, row) -> {
				String ward = rs.getString("unit_code");
				OffsetDateTime submittedAt = rs.getObject("submitted_at", OffsetDateTime.class);
				int quota = rs.getInt("quota");
				return new WardFigures(rs.getString("class_code"), ward, wardName(plan, ward), quota,
						rs.getBoolean("allocated"), rs.getObject("submission_id") != null,
						(Long) rs.getObject("submission_id", Long.class),
						(submittedAt != null) ? submittedAt.atZoneSameInstant(this.clock.getZone()).toLocalDate()
								: null,
						rs.getInt("listed"), rs.getInt("attended"), rs.getInt("completed"),
						rs.getInt("distinct_attended"), rs.getInt("women"), Ratios.of(rs.getInt("attended"), quota),
						Ratios.of(rs.getInt("completed"), quota));
			})
			.list());
		wards.sort(Comparator.comparingInt((WardFigures w) -> unitOrder(plan, w.ward())));
		return wards;
	}

	/**
	 * Each ward's year to date over the plan's started classes, in the plan's unit order,
	 * in the current results.
	 */
	public List<UnitFigures> wardYearToDate(String plan) {
		return latestRun(plan).map(this::wardYearToDate).orElse(List.of());
	}

	/** Each ward's year to date over the run's started classes, in unit order. */
	public List<UnitFigures> wardYearToDate(ReconcileRun run) {
		String plan = run.plan();
		Plan loaded = this.plans.get(plan);
		List<UnitFigures> units = new ArrayList<>(this.jdbc.sql("""
				SELECT unit_code, classes_allocated, lists_received, lists_missing, quota, listed, attended, completed,
				       distinct_attended, women
				FROM reconcile_unit WHERE run_id = ?
				""").param(run.id()).query((rs, row) -> {
			String ward = rs.getString("unit_code");
			int quota = rs.getInt("quota");
			return new UnitFigures(plan, ward, wardName(loaded, ward), rs.getInt("classes_allocated"),
					rs.getInt("lists_received"), rs.getInt("lists_missing"), quota, rs.getInt("listed"),
					rs.getInt("attended"), rs.getInt("completed"), rs.getInt("distinct_attended"), rs.getInt("women"),
					Ratios.of(rs.getInt("attended"), quota), Ratios.of(rs.getInt("completed"), quota));
		}).list());
		units.sort(Comparator.comparingInt((UnitFigures u) -> unitOrder(loaded, u.ward())));
		return units;
	}

	/**
	 * Trainee lines by position, grouped at a level: the whole plan, each programme, each
	 * class, or each ward in each class. Positions in rank order, blank last.
	 */
	public List<PositionCount> positionCounts(String plan, PositionCount.Level level) {
		return latestRun(plan).map((run) -> positionCounts(run, level)).orElse(List.of());
	}

	/** Trainee lines by position in a run, grouped at a level (see above). */
	public List<PositionCount> positionCounts(ReconcileRun run, PositionCount.Level level) {
		String groups = switch (level) {
			case PLAN -> "";
			case PROGRAMME -> "programme_code, ";
			case CLASS -> "programme_code, class_code, ";
			case WARD -> "programme_code, class_code, unit_code, ";
		};
		List<PositionCount> counts = new ArrayList<>(this.jdbc
			.sql("SELECT " + groups
					+ "position_code, SUM(listed) AS listed, SUM(attended) AS attended, SUM(completed) AS completed "
					+ "FROM reconcile_position WHERE run_id = ? GROUP BY " + groups + "position_code")
			.param(run.id())
			.query((rs, row) -> {
				String position = rs.getString("position_code");
				return new PositionCount((level != PositionCount.Level.PLAN) ? rs.getString("programme_code") : null,
						(level == PositionCount.Level.CLASS || level == PositionCount.Level.WARD)
								? rs.getString("class_code") : null,
						(level == PositionCount.Level.WARD) ? rs.getString("unit_code") : null,
						(position != null) ? Position.valueOf(position) : null, rs.getInt("listed"),
						rs.getInt("attended"), rs.getInt("completed"));
			})
			.list());
		counts.sort(Comparator.comparing(PositionCount::programme, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(PositionCount::classCode, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(PositionCount::ward, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(PositionCount::position, Comparator.nullsLast(Comparator.naturalOrder())));
		return counts;
	}

	/**
	 * Estimate against settlement per category, summed over the plan's classes, in the
	 * current results.
	 */
	public List<BudgetCategoryFigures> budgetByCategory(String plan) {
		return latestRun(plan).map(this::budgetByCategory).orElse(List.of());
	}

	/** Estimate against settlement per category, summed over the run's classes. */
	public List<BudgetCategoryFigures> budgetByCategory(ReconcileRun run) {
		return budget(run.id(), null);
	}

	/** Estimate against settlement per category for one class, in the current results. */
	public List<BudgetCategoryFigures> classBudget(String classCode) {
		Plan plan = this.plans.findClass(classCode).plan();
		return latestRun(plan.code()).map((run) -> classBudget(run, classCode)).orElse(List.of());
	}

	/** Estimate against settlement per category for one class, in a run. */
	public List<BudgetCategoryFigures> classBudget(ReconcileRun run, String classCode) {
		return budget(run.id(), classCode);
	}

	/** Roll call and per-day allowances paid, per class day, in the current results. */
	public List<DayAttendance> dailyAttendance(String classCode) {
		Plan plan = this.plans.findClass(classCode).plan();
		return latestRun(plan.code()).map((run) -> dailyAttendance(run, classCode)).orElse(List.of());
	}

	/** Roll call and per-day allowances paid, per class day, in a run. */
	public List<DayAttendance> dailyAttendance(ReconcileRun run, String classCode) {
		Map<Integer, Map<BudgetCategory, BigDecimal>> paid = new HashMap<>();
		this.jdbc.sql("""
				SELECT day_no, category, paid FROM reconcile_allowance
				WHERE run_id = ? AND class_code = ? AND day_no > 0
				""").params(run.id(), classCode).query((ResultSet rs) -> {
			paid.computeIfAbsent(rs.getInt("day_no"), (day) -> new EnumMap<>(BudgetCategory.class))
				.put(BudgetCategory.valueOf(rs.getString("category")), Findings.tidy(rs.getBigDecimal("paid")));
		});
		return this.jdbc
			.sql("""
					SELECT class_code, day_no, class_date, listed, present, excused, absent, unknown_marks FROM reconcile_day
					WHERE run_id = ? AND class_code = ? ORDER BY day_no
					""")
			.params(run.id(), classCode)
			.query((rs, row) -> new DayAttendance(rs.getString("class_code"), rs.getInt("day_no"),
					rs.getObject("class_date", LocalDate.class), rs.getInt("listed"), rs.getInt("present"),
					rs.getInt("excused"), rs.getInt("absent"), rs.getInt("unknown_marks"),
					paid.getOrDefault(rs.getInt("day_no"), Map.of())))
			.list();
	}

	/**
	 * Classes and attendance by the month classes end in, with running totals, every
	 * month from the first class's to the last class's.
	 */
	public List<MonthlyAttendance> monthlyAttendance(String plan) {
		return latestRun(plan).map(this::monthlyAttendance).orElse(List.of());
	}

	/** Classes and attendance by the month classes end in (see above), in a run. */
	public List<MonthlyAttendance> monthlyAttendance(ReconcileRun run) {
		List<MonthlyAttendance> months = this.jdbc.sql("""
				SELECT y, m, classes, quota, attended, completed,
				       SUM(quota) OVER (ORDER BY y, m) AS cumulative_quota,
				       SUM(attended) OVER (ORDER BY y, m) AS cumulative_attended,
				       SUM(completed) OVER (ORDER BY y, m) AS cumulative_completed
				FROM (SELECT EXTRACT(YEAR FROM end_date) AS y, EXTRACT(MONTH FROM end_date) AS m, COUNT(*) AS classes,
				             SUM(quota) AS quota, SUM(attended) AS attended, SUM(completed) AS completed
				      FROM reconcile_class WHERE run_id = ?
				      GROUP BY EXTRACT(YEAR FROM end_date), EXTRACT(MONTH FROM end_date)) x
				ORDER BY y, m
				""")
			.param(run.id())
			.query((rs, row) -> new MonthlyAttendance(YearMonth.of(rs.getInt("y"), rs.getInt("m")),
					rs.getInt("classes"), rs.getInt("quota"), rs.getInt("attended"), rs.getInt("completed"),
					rs.getInt("cumulative_quota"), rs.getInt("cumulative_attended"), rs.getInt("cumulative_completed")))
			.list();
		List<MonthlyAttendance> continuous = new ArrayList<>();
		for (MonthlyAttendance month : months) {
			MonthlyAttendance previous = continuous.isEmpty() ? null : continuous.get(continuous.size() - 1);
			while (previous != null && previous.month().plusMonths(1).isBefore(month.month())) {
				previous = new MonthlyAttendance(previous.month().plusMonths(1), 0, 0, 0, 0, previous.cumulativeQuota(),
						previous.cumulativeAttended(), previous.cumulativeCompleted());
				continuous.add(previous);
			}
			continuous.add(month);
		}
		return continuous;
	}

	/**
	 * Allocated wards that sent no list for a class that ended at least the grace ago.
	 */
	public List<MissingSubmission> missingSubmissions(String plan) {
		return latestRun(plan).map(this::missingSubmissions).orElse(List.of());
	}

	/**
	 * Allocated wards that sent no list for a class that ended at least the grace before
	 * the run's as-of date.
	 */
	public List<MissingSubmission> missingSubmissions(ReconcileRun run) {
		Plan loaded = this.plans.get(run.plan());
		LocalDate asOf = run.asOf();
		return this.jdbc.sql("""
				SELECT w.class_code, r.end_date, w.unit_code, w.quota
				FROM reconcile_ward w JOIN reconcile_class r ON r.run_id = w.run_id AND r.class_code = w.class_code
				WHERE w.run_id = ? AND w.quota > 0 AND w.submission_id IS NULL AND r.end_date <= ?
				ORDER BY r.end_date, w.class_code, w.unit_code
				""").params(run.id(), asOf.minusDays(run.submissionGraceDays())).query((rs, row) -> {
			LocalDate end = rs.getObject("end_date", LocalDate.class);
			return new MissingSubmission(rs.getString("class_code"), end, rs.getString("unit_code"),
					wardName(loaded, rs.getString("unit_code")), rs.getInt("quota"),
					(int) ChronoUnit.DAYS.between(end, asOf));
		}).list();
	}

	/**
	 * The counted trainee lines of a class with their marks and status, by ward (in the
	 * plan's unit order) and row. Personal data as received: mask phone and CCCD before
	 * it leaves the province.
	 */
	public List<TraineeStatus> trainees(String classCode) {
		Plan plan = this.plans.findClass(classCode).plan();
		Optional<ReconcileRun> run = latestRun(plan.code());
		if (run.isEmpty()) {
			return List.of();
		}
		List<TraineeStatus> trainees = new ArrayList<>(traineeQuery(run.get(), plan, classCode, null).list());
		trainees.sort(Comparator.comparingInt((TraineeStatus trainee) -> unitOrder(plan, trainee.ward())));
		return trainees;
	}

	/**
	 * The counted trainee lines of one ward's list for a class in a given run, in the
	 * list's row order: a class's roster one list at a time, the same lines
	 * {@link #trainees(String)} gives for that ward. Personal data as received.
	 */
	public List<TraineeStatus> trainees(ReconcileRun run, String classCode, String ward) {
		return traineeQuery(run, this.plans.get(run.plan()), classCode, ward).list();
	}

	/**
	 * The ids of the run's findings about single lines of a class (one ward's, or all):
	 * what a roster row is linked to.
	 */
	private Set<String> lineFindingIds(ReconcileRun run, String classCode, String ward) {
		String table = run.published() ? "finding f WHERE f.plan_code = :plan AND f.status <> 'CLOSED' AND "
				: "reconcile_finding f WHERE f.run_id = :run AND ";
		return new HashSet<>(this.jdbc
			.sql("SELECT f." + (run.published() ? "id" : "finding_id") + " FROM " + table
					+ "f.class_code = :class AND (CAST(:ward AS VARCHAR(60)) IS NULL OR f.unit_code = :ward "
					+ "OR f.unit_code IS NULL) AND f.code IN (" + LINE_CODES + ")")
			.param("plan", run.plan())
			.param("run", run.id())
			.param("class", classCode)
			.param("ward", ward)
			.query(String.class)
			.list());
	}

	private MappedQuerySpec<TraineeStatus> traineeQuery(ReconcileRun run, Plan plan, String classCode, String ward) {
		Set<String> lineFindings = lineFindingIds(run, classCode, ward);
		return this.jdbc
			.sql("""
					SELECT w.class_code, w.unit_code, w.submission_id, tr.row_no, tr.full_name, tr.birth_year, tr.gender,
					       tr.position_code, tr.position_raw, tr.unit_name, tr.phone, tr.cccd, tr.marks, tr.days_present,
					       r.required_days, tr.days_present >= 1 AS attended, tr.days_present >= r.required_days AS completed,
					       tr.identity_key, r.programme_code
					FROM reconcile_ward w
					JOIN reconcile_class r ON r.run_id = w.run_id AND r.class_code = w.class_code
					JOIN trainee_row tr ON tr.submission_id = w.submission_id AND tr.accepted AND tr.identity_key IS NOT NULL
					WHERE w.run_id = :run AND w.class_code = :class AND w.submission_id IS NOT NULL
					"""
					+ ((ward != null) ? " AND w.unit_code = :ward" : "") + """
							 ORDER BY w.unit_code, tr.sheet_no, tr.row_no
							""")
			.param("run", run.id())
			.param("class", classCode)
			.params((ward != null) ? Map.of("ward", ward) : Map.of())
			.query((rs, row) -> {
				String position = rs.getString("position_code");
				String status = rs.getBoolean("completed") ? "COMPLETED"
						: rs.getBoolean("attended") ? "PARTIAL" : "ABSENT";
				return new TraineeStatus(rs.getString("class_code"), rs.getString("unit_code"),
						rs.getLong("submission_id"), rs.getInt("row_no"), rs.getString("full_name"),
						(Integer) rs.getObject("birth_year"), rs.getString("gender"),
						(position != null) ? Position.valueOf(position) : null, rs.getString("position_raw"),
						rs.getString("unit_name"), rs.getString("phone"), rs.getString("cccd"), rs.getString("marks"),
						rs.getInt("days_present"), rs.getInt("required_days"), status,
						lineFindings.isEmpty() ? List.of()
								: FindingCandidate
									.lineFindingIds(plan.code(), rs.getString("programme_code"), classCode,
											rs.getString("unit_code"), rs.getString("identity_key"))
									.stream()
									.filter(lineFindings::contains)
									.toList());
			});
	}

	/** Findings a filter selects (see {@link Findings#list}). */
	public List<Finding> findings(FindingFilter filter) {
		return this.findings.list(filter);
	}

	/**
	 * Findings a filter selects, one at a time (see {@link Findings#stream}). Close the
	 * stream.
	 */
	public Stream<Finding> streamFindings(FindingFilter filter) {
		return this.findings.stream(filter);
	}

	/**
	 * What a run found, counted by code, severity and status, most serious first: for a
	 * published run the plan's findings not closed, for a snapshot what it found with the
	 * status acknowledgements give it.
	 */
	public List<FindingCount> findingCounts(ReconcileRun run) {
		return this.jdbc.sql("""
				SELECT code, severity, status, found FROM reconcile_finding_count WHERE run_id = ?
				ORDER BY CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, code, status
				""")
			.param(run.id())
			.query((rs, row) -> new FindingCount(FindingCode.valueOf(rs.getString("code")),
					FindingSeverity.valueOf(rs.getString("severity")), FindingStatus.valueOf(rs.getString("status")),
					rs.getLong("found")))
			.list();
	}

	/**
	 * The findings of a run about a class (or, with {@code classCode} {@code null}, all),
	 * most serious first: for a published run the plan's findings not closed, for a
	 * snapshot the findings it staged, with the status acknowledgements give them. Close
	 * the stream.
	 */
	public Stream<Finding> streamFindings(ReconcileRun run, String classCode) {
		if (run.published()) {
			return this.findings.stream(new FindingFilter(run.plan(), classCode, null, false, false));
		}
		return this.findings.staged(run, classCode);
	}

	private List<ClassFigures> classFigures(Plan plan, long run, String classCode) {
		return this.jdbc.sql("""
				SELECT plan_code, programme_code, class_code, start_date, end_date, day_count, required_days, started,
				       ended, quota, allocated, wards_allocated, wards_submitted, submissions, listed, attended,
				       completed, distinct_attended, women, trainee_days, estimate, settled
				FROM reconcile_class
				WHERE run_id = :run AND (CAST(:class AS VARCHAR) IS NULL OR class_code = :class)
				ORDER BY start_date, class_code
				""").param("run", run).param("class", classCode).query((rs, row) -> {
			String code = rs.getString("class_code");
			Long settled = (Long) rs.getObject("settled", Long.class);
			long estimate = rs.getLong("estimate");
			int quota = rs.getInt("quota");
			int completed = rs.getInt("completed");
			String title = plan.trainingClass(code).map(TrainingClass::title).orElse(code);
			return new ClassFigures(rs.getString("plan_code"), rs.getString("programme_code"), code, title,
					rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
					rs.getInt("day_count"), rs.getInt("required_days"), rs.getBoolean("started"),
					rs.getBoolean("ended"), quota, rs.getInt("allocated"), rs.getInt("wards_allocated"),
					rs.getInt("wards_submitted"), rs.getInt("submissions"), rs.getInt("listed"), rs.getInt("attended"),
					completed, rs.getInt("distinct_attended"), rs.getInt("women"), rs.getInt("trainee_days"),
					Ratios.of(rs.getInt("attended"), quota), Ratios.of(completed, quota), estimate, settled,
					(settled != null) ? settled - estimate : null, Ratios.perUnit(settled, completed));
		}).list();
	}

	private List<BudgetCategoryFigures> budget(long run, String classCode) {
		List<BudgetCategoryFigures> rows = new ArrayList<>(this.jdbc.sql("""
				SELECT b.category, SUM(b.estimate_quantity) AS estimate_quantity, SUM(b.estimate) AS estimate,
				       COALESCE(SUM(b.settled_quantity), 0) AS settled_quantity, COALESCE(SUM(b.settled), 0) AS settled,
				       SUM(CASE WHEN b.settled IS NOT NULL THEN b.estimate ELSE 0 END) AS estimate_settled
				FROM reconcile_budget b
				WHERE b.run_id = :run AND (CAST(:class AS VARCHAR) IS NULL OR b.class_code = :class)
				GROUP BY b.category
				""").param("run", run).param("class", classCode).query((rs, row) -> {
			BudgetCategory category = BudgetCategory.valueOf(rs.getString("category"));
			long settled = rs.getLong("settled");
			long estimateSettled = rs.getLong("estimate_settled");
			return new BudgetCategoryFigures(classCode, category, category.label(),
					Findings.tidy(rs.getBigDecimal("estimate_quantity")), rs.getLong("estimate"),
					Findings.tidy(rs.getBigDecimal("settled_quantity")), settled, estimateSettled,
					settled - estimateSettled);
		}).list());
		rows.sort(Comparator.comparing(BudgetCategoryFigures::category));
		return rows;
	}

	private OptionalLong latestRunId(String plan) {
		Long id = this.jdbc.sql("SELECT MAX(id) FROM reconcile_run WHERE plan_code = ? AND status = 'COMPLETED'")
			.param(plan)
			.query(Long.class)
			.single();
		return (id != null) ? OptionalLong.of(id) : OptionalLong.empty();
	}

	/** Settled against the estimate of the same (settled) classes. */
	private static Double settledRate(Totals totals) {
		return (totals.classesSettled() > 0) ? Ratios.of(totals.settled(), totals.estimateSettled()) : null;
	}

	private static Long settledOrNull(Totals totals) {
		return (totals.classesSettled() > 0) ? totals.settled() : null;
	}

	private static String wardName(Plan plan, String ward) {
		return plan.unit(ward).map(Unit::displayName).orElse(ward);
	}

	private static int unitOrder(Plan plan, String ward) {
		List<Unit> units = plan.units();
		for (int i = 0; i < units.size(); i++) {
			if (units.get(i).code().equals(ward)) {
				return i;
			}
		}
		return units.size();
	}

	private static ReconcileRun mapRun(ResultSet rs, int row) throws SQLException {
		return new ReconcileRun(rs.getLong("id"), rs.getString("plan_code"), rs.getObject("as_of", LocalDate.class),
				rs.getString("status"), rs.getObject("started_at", OffsetDateTime.class),
				rs.getObject("completed_at", OffsetDateTime.class), rs.getDouble("completion_share"),
				rs.getDouble("underfill_threshold"), rs.getDouble("overfill_threshold"),
				rs.getInt("submission_grace_days"), rs.getInt("settlement_grace_days"));
	}

	/** The columns programme and plan figures share. */
	private record Totals(int plannedClasses, int plannedParticipants, int classes, int classesStarted,
			int classesEnded, int quota, int quotaStarted, int listed, int attended, int completed,
			int distinctAttended, int distinctCompleted, int women, int traineeDays, int enrolled,
			int enrolmentsCompleted, long estimate, long settled, int classesSettled, int completedSettled,
			long estimateStarted, long estimateSettled) {

		static Totals of(ResultSet rs) throws SQLException {
			return new Totals(rs.getInt("planned_classes"), rs.getInt("planned_participants"), rs.getInt("classes"),
					rs.getInt("classes_started"), rs.getInt("classes_ended"), rs.getInt("quota"),
					rs.getInt("quota_started"), rs.getInt("listed"), rs.getInt("attended"), rs.getInt("completed"),
					rs.getInt("distinct_attended"), rs.getInt("distinct_completed"), rs.getInt("women"),
					rs.getInt("trainee_days"), rs.getInt("enrolled"), rs.getInt("enrolments_completed"),
					rs.getLong("estimate"), rs.getLong("settled"), rs.getInt("classes_settled"),
					rs.getInt("completed_settled"), rs.getLong("estimate_started"), rs.getLong("estimate_settled"));
		}

	}

}
