package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.Allocation;
import vn.congdoan.taphuan.plan.BudgetCategory;
import vn.congdoan.taphuan.plan.BudgetLine;
import vn.congdoan.taphuan.plan.Enrolment;
import vn.congdoan.taphuan.plan.EnrolmentStatus;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.Programme;
import vn.congdoan.taphuan.plan.ProgrammeKind;
import vn.congdoan.taphuan.plan.SamplePlans;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;
import vn.congdoan.taphuan.plan.UnitKind;
import vn.congdoan.taphuan.reconcile.FindingCode;

/**
 * Report data for the two sample plans (An Giang: 3 grassroots classes for 1,400 cadres
 * from 14 wards, plus the full-time courses; Lai Châu: 5 classes of 80), made the way the
 * SQL assembly will make it: a deterministic, ILLUSTRATIVE simulation of who each ward
 * listed and who came each day, then every figure aggregated from those rows. So the
 * figures agree with each other, as real ones must. The people are fictitious.
 */
public final class SampleReportData {

	/** Lists that were never sent: class code → ward codes. */
	private static final Map<String, Set<String>> MISSING = Map.of("AG26-CS-01", Set.of("kien-hai"), "AG26-CS-02",
			Set.of("kien-hai", "chau-phu"), "LC26-CS-04", Set.of("muong-te"));

	private static final String[] SURNAMES = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương",
			"Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý", "Lâm", "Thạch" };

	private static final String[] WOMEN_MIDDLE = { "Thị", "Ngọc", "Thị Kim", "Thị Thanh", "Mỹ", "Thị Bích", "Thị Cẩm",
			"Thủy" };

	private static final String[] WOMEN_GIVEN = { "Hoa", "Lan", "Hương", "Thảo", "Ngân", "Trâm", "Yến", "Phượng",
			"Thủy", "Hạnh", "Diễm", "Tuyết", "Nhung", "Loan", "Kiều", "Ỷ Lan", "Thỏa", "Hiển", "Quyên", "Mỹ" };

	private static final String[] MEN_MIDDLE = { "Văn", "Minh", "Hữu", "Quốc", "Thanh", "Công", "Đức", "Hoàng" };

	private static final String[] MEN_GIVEN = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam",
			"Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Tuấn", "Vũ", "Lộc", "Kỷ", "Khởi", "Tử", "Thể", "Mẩn" };

	private static final String[] UNITS = { "CĐCS Công ty Cổ phần Xuất nhập khẩu Thủy sản %s",
			"CĐCS Trường Tiểu học %s", "CĐCS Trường THCS %s", "CĐCS Ủy ban nhân dân %s", "CĐCS Trạm Y tế %s",
			"Nghiệp đoàn Nghề cá %s", "CĐCS Công ty TNHH May mặc %s", "CĐCS Chi nhánh Điện lực %s",
			"CĐCS Hợp tác xã Nông nghiệp %s", "Nghiệp đoàn Xe ôm %s", "CĐCS Trường Mầm non %s",
			"CĐCS Công ty TNHH Chế biến nông sản %s" };

	private static final Position[] GRASSROOTS_POSITIONS = { Position.CHU_TICH, Position.CHU_TICH,
			Position.PHO_CHU_TICH, Position.PHO_CHU_TICH, Position.UV_BCH, Position.UV_BCH, Position.UV_BCH,
			Position.UV_BCH, Position.UV_BCH, Position.UV_UBKT, Position.UV_UBKT, Position.TRUONG_BAN_NU_CONG,
			Position.TO_TRUONG, Position.TO_TRUONG, Position.TO_TRUONG, Position.TO_PHO, Position.TO_PHO };

	private SampleReportData() {
	}

	/**
	 * An Giang, June 2026: classes 1 of the grassroots programme and 2 courses held
	 * before, class 2 this month.
	 */
	public static MonthlyReportData anGiangMonthly() {
		return new Simulation(SamplePlans.anGiang(), LocalDate.of(2026, 6, 30)).monthly(YearMonth.of(2026, 6));
	}

	/** Lai Châu, September 2026: four of five classes of 80 held. */
	public static MonthlyReportData laiChauMonthly() {
		return new Simulation(SamplePlans.laiChau(), LocalDate.of(2026, 9, 30)).monthly(YearMonth.of(2026, 9));
	}

	/** An Giang's year-end report with this narrative, as of 31/12/2026. */
	public static YearEndReportData anGiangYearEnd(Narrative narrative) {
		return new Simulation(SamplePlans.anGiang(), LocalDate.of(2026, 12, 31)).yearEnd(narrative,
				LocalDate.of(2026, 12, 18));
	}

	/** The reconciliation of An Giang's first grassroots class (3 days, 500 places). */
	public static ClassReportData anGiangClass() {
		return anGiangSimulation().classReport("AG26-CS-01");
	}

	/**
	 * Long Xuyên's sign-in sheet for AG26-CS-01: three trainees from an earlier list,
	 * then blank lines up to its allocation of 50.
	 */
	public static SignInSheetData longXuyenSignIn() {
		var plan = SamplePlans.anGiang();
		var trainingClass = plan.trainingClass("AG26-CS-01").orElseThrow();
		java.util.List<SignInLine> lines = new java.util.ArrayList<>();
		lines.add(new SignInLine(1, "Nguyễn Thị Hoa", "Tổ trưởng công đoàn", "CĐCS Công ty TNHH May Việt Tiến"));
		lines.add(new SignInLine(2, "Trần Văn Đông", "Chủ tịch CĐCS", "CĐCS Trường THCS Nguyễn Trãi"));
		lines.add(new SignInLine(3, "Lê Thị Hải Yến", "Ủy viên BCH", "Nghiệp đoàn Xe ôm phường Long Xuyên"));
		for (int i = 4; i <= 50; i++) {
			lines.add(SignInLine.blank(i));
		}
		return new SignInSheetData(ReportHeader.of(plan), trainingClass.code(), trainingClass.title(),
				trainingClass.venue(), trainingClass.days(), "long-xuyen", "Công đoàn phường Long Xuyên", 50,
				"Tên theo danh sách phường gửi ngày 10/03/2026; học viên khác ghi thêm vào dòng trống.", lines);
	}

	/**
	 * The simulation behind {@link #anGiangClass()}, for the clear values that must not
	 * reach a report.
	 */
	public static Simulation anGiangSimulation() {
		return new Simulation(SamplePlans.anGiang(), LocalDate.of(2026, 4, 15));
	}

	/** A listed trainee of one class, with clear phone and CCCD. */
	public record Trainee(String classCode, String wardCode, int person, String name, int birthYear, Gender gender,
			Position position, String unit, String phone, String cccd, List<Mark> marks) {

		AttendanceStatus status() {
			long present = this.marks.stream().filter(Mark.PRESENT::equals).count();
			return (present == this.marks.size()) ? AttendanceStatus.COMPLETED
					: (present > 0) ? AttendanceStatus.PARTIAL : AttendanceStatus.ABSENT;
		}

		boolean attended() {
			return status() != AttendanceStatus.ABSENT;
		}

		String personKey() {
			return this.wardCode + "#" + this.person;
		}

	}

	/**
	 * The simulated attendance of one plan up to a date, and the reports built from it.
	 */
	public static final class Simulation {

		private final Plan plan;

		private final LocalDate asOf;

		private final Map<String, List<Trainee>> rosters = new LinkedHashMap<>();

		Simulation(Plan plan, LocalDate asOf) {
			this.plan = plan;
			this.asOf = asOf;
			int classIndex = 0;
			for (TrainingClass trainingClass : plan.classes()) {
				if (held(trainingClass)) {
					this.rosters.put(trainingClass.code(), roster(trainingClass, classIndex));
				}
				classIndex++;
			}
		}

		/** Every listed trainee of the held classes. */
		public List<Trainee> trainees() {
			return this.rosters.values().stream().flatMap(List::stream).toList();
		}

		private boolean held(TrainingClass trainingClass) {
			return !trainingClass.end().isAfter(this.asOf);
		}

		private List<Trainee> roster(TrainingClass trainingClass, int classIndex) {
			List<Trainee> trainees = new ArrayList<>();
			boolean fullTime = programme(trainingClass).kind() == ProgrammeKind.FULLTIME_COURSES;
			for (Allocation allocation : trainingClass.allocations()) {
				if (MISSING.getOrDefault(trainingClass.code(), Set.of()).contains(allocation.unit())) {
					continue;
				}
				Random random = new Random(trainingClass.code().hashCode() * 31L + allocation.unit().hashCode());
				double factor = fullTime ? 0.8 + random.nextDouble() * 0.2 : 0.86 + random.nextDouble() * 0.2;
				int listed = (int) Math.round(allocation.quota() * factor);
				int offset = fullTime ? 0 : (int) Math.round(classIndex * allocation.quota() * 0.85);
				for (int i = 0; i < listed; i++) {
					trainees.add(trainee(trainingClass, allocation.unit(), offset + i, fullTime, random));
				}
			}
			if (trainingClass.code().equals("AG26-CS-01")) {
				// A cadre listed by two wards: the same person, sent twice.
				Trainee twice = trainees.get(2);
				trainees.add(new Trainee(twice.classCode(), "binh-duc", twice.person(), twice.name(), twice.birthYear(),
						twice.gender(), twice.position(), twice.unit(), twice.phone(), twice.cccd(), twice.marks()));
			}
			return trainees;
		}

		private Trainee trainee(TrainingClass trainingClass, String wardCode, int person, boolean fullTime,
				Random dayRandom) {
			Random random = new Random(wardCode.hashCode() * 7919L + person);
			Gender gender = (random.nextInt(100) < 56) ? Gender.FEMALE : Gender.MALE;
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + " "
					+ ((gender == Gender.FEMALE)
							? WOMEN_MIDDLE[random.nextInt(WOMEN_MIDDLE.length)] + " "
									+ WOMEN_GIVEN[random.nextInt(WOMEN_GIVEN.length)]
							: MEN_MIDDLE[random.nextInt(MEN_MIDDLE.length)] + " "
									+ MEN_GIVEN[random.nextInt(MEN_GIVEN.length)]);
			int birthYear = 1968 + random.nextInt(36);
			Position position = fullTime ? Position.CHUYEN_TRACH : (random.nextInt(120) == 0) ? Position.DOAN_VIEN
					: GRASSROOTS_POSITIONS[random.nextInt(GRASSROOTS_POSITIONS.length)];
			Unit ward = this.plan.unit(wardCode).orElseThrow();
			String unit = fullTime ? ward.name()
					: String.format(UNITS[random.nextInt(UNITS.length)], ward.name()) + " " + (1 + random.nextInt(3));
			String phone = "09" + (10_000_000 + random.nextInt(89_999_999));
			String cccd = (random.nextInt(4) == 0) ? ""
					: "0890" + (random.nextInt(2) == 0 ? "7" : "8") + String.format("%07d", random.nextInt(10_000_000));
			List<Mark> marks = new ArrayList<>();
			boolean noShow = dayRandom.nextInt(40) == 0;
			for (int day = 0; day < trainingClass.dayCount(); day++) {
				int roll = dayRandom.nextInt(100);
				marks.add(noShow ? ((roll < 50) ? Mark.EXCUSED : Mark.ABSENT)
						: (roll < 95) ? Mark.PRESENT : (roll < 97) ? Mark.EXCUSED : Mark.ABSENT);
			}
			return new Trainee(trainingClass.code(), wardCode, person, name, birthYear, gender, position, unit, phone,
					cccd, marks);
		}

		private Programme programme(TrainingClass trainingClass) {
			return this.plan.programme(trainingClass.programme()).orElseThrow();
		}

		// monthly

		MonthlyReportData monthly(YearMonth month) {
			List<ClassRow> thisMonth = this.plan.classes()
				.stream()
				.filter(this::held)
				.filter((trainingClass) -> trainingClass.days()
					.stream()
					.anyMatch((day) -> YearMonth.from(day).equals(month)))
				.map(this::classRow)
				.toList();
			List<ProgrammeRow> programmes = programmeRows();
			return new MonthlyReportData(ReportHeader.of(this.plan), month, this.asOf, this.asOf, programmes,
					held(programmes), budgetStatus(), thisMonth, wardRows(), 0.9, findingCounts(), missingRows(),
					monthPoints(month), budgetRows());
		}

		/** The classes held, summed from the programmes that run classes. */
		HeldClasses held(List<ProgrammeRow> programmes) {
			int classes = 0;
			int quota = 0;
			int attended = 0;
			int completed = 0;
			int distinct = 0;
			int women = 0;
			for (ProgrammeRow row : programmes) {
				if (row.hasClasses()) {
					classes += row.heldClasses();
					quota += row.quotaHeld();
					attended += row.attended();
					completed += row.completed();
					distinct += row.distinctTrainees();
					women += row.women();
				}
			}
			return new HeldClasses(classes, classes, quota, attended, completed, distinct, women);
		}

		/** Classes held by as-of; settled 20 days after they end. */
		BudgetStatus budgetStatus() {
			int held = 0;
			int settled = 0;
			long estimate = 0;
			long estimateHeld = 0;
			long estimateSettled = 0;
			long amountSettled = 0;
			for (TrainingClass trainingClass : this.plan.classes()) {
				long amount = trainingClass.budget().stream().mapToLong(BudgetLine::amount).sum();
				estimate += amount;
				if (held(trainingClass)) {
					held++;
					estimateHeld += amount;
					if (settled(trainingClass)) {
						settled++;
						estimateSettled += amount;
					}
				}
			}
			for (BudgetCategoryRow row : budgetRows()) {
				amountSettled += row.settled();
			}
			return new BudgetStatus(this.plan.classes().size(), held, settled, estimate, estimateHeld, estimateSettled,
					amountSettled);
		}

		private boolean settled(TrainingClass trainingClass) {
			return !trainingClass.end().plusDays(20).isAfter(this.asOf);
		}

		ClassRow classRow(TrainingClass trainingClass) {
			List<Trainee> roster = this.rosters.getOrDefault(trainingClass.code(), List.of());
			Set<String> sent = roster.stream().map(Trainee::wardCode).collect(Collectors.toSet());
			return new ClassRow(trainingClass.code(), programme(trainingClass).section(), trainingClass.title(),
					trainingClass.start(), trainingClass.end(), trainingClass.dayCount(), trainingClass.venue(),
					trainingClass.quota(), trainingClass.allocations().size(), sent.size(), roster.size(),
					(int) roster.stream().filter(Trainee::attended).count(),
					(int) roster.stream().filter((t) -> t.status() == AttendanceStatus.COMPLETED).count());
		}

		List<ProgrammeRow> programmeRows() {
			List<ProgrammeRow> rows = new ArrayList<>();
			for (Programme programme : this.plan.programmes()) {
				if (programme.kind().hasClasses()) {
					List<TrainingClass> classes = this.plan.classesOf(programme.code());
					List<Trainee> attended = classes.stream()
						.flatMap((c) -> this.rosters.getOrDefault(c.code(), List.of()).stream())
						.filter(Trainee::attended)
						.toList();
					Map<Position, Integer> byPosition = new EnumMap<>(Position.class);
					attended.forEach((t) -> byPosition.merge(t.position(), 1, Integer::sum));
					rows.add(new ProgrammeRow(programme.section(), programme.title(), true,
							(programme.plannedClasses() != null) ? programme.plannedClasses() : classes.size(),
							(int) classes.stream().filter(this::held).count(),
							classes.stream().filter(this::held).mapToInt(TrainingClass::quota).sum(),
							programme.plannedParticipants(), attended.size(),
							(int) attended.stream().filter((t) -> t.status() == AttendanceStatus.COMPLETED).count(),
							(int) attended.stream().map(Trainee::personKey).distinct().count(),
							(int) attended.stream().filter((t) -> t.gender() == Gender.FEMALE).count(), byPosition));
				}
				else {
					List<Enrolment> sent = programme.enrolments()
						.stream()
						.filter((e) -> (e.start() == null || !e.start().isAfter(this.asOf))
								&& e.status() != EnrolmentStatus.WITHDRAWN && e.status() != EnrolmentStatus.PLANNED)
						.toList();
					Map<Position, Integer> byPosition = new EnumMap<>(Position.class);
					sent.forEach((e) -> byPosition.merge((e.position() != null) ? e.position() : Position.OTHER, 1,
							Integer::sum));
					int completed = (int) sent.stream()
						.filter((e) -> e.status() == EnrolmentStatus.COMPLETED && e.end() != null
								&& !e.end().isAfter(this.asOf))
						.count();
					int women = (int) sent.stream().filter((e) -> e.person().contains(" Thị ")).count();
					rows.add(new ProgrammeRow(programme.section(), programme.title(), false, null, 0, 0,
							programme.plannedParticipants(), sent.size(), completed, sent.size(), women, byPosition));
				}
			}
			return rows;
		}

		List<WardFillRow> wardRows() {
			List<WardFillRow> rows = new ArrayList<>();
			for (Unit unit : this.plan.units()) {
				if (unit.kind() == UnitKind.LDLD) {
					continue;
				}
				int allocation = 0;
				int missing = 0;
				for (TrainingClass trainingClass : this.plan.classes()) {
					if (held(trainingClass)) {
						int quota = trainingClass.allocation(unit.code()).map(Allocation::quota).orElse(0);
						allocation += quota;
						if (quota > 0 && MISSING.getOrDefault(trainingClass.code(), Set.of()).contains(unit.code())) {
							missing++;
						}
					}
				}
				List<Trainee> listed = trainees().stream().filter((t) -> t.wardCode().equals(unit.code())).toList();
				rows.add(new WardFillRow(unit.code(), unit.displayName(), allocation, listed.size(),
						(int) listed.stream().filter(Trainee::attended).count(),
						(int) listed.stream().filter((t) -> t.status() == AttendanceStatus.COMPLETED).count(),
						missing));
			}
			return rows;
		}

		List<MissingSubmissionRow> missingRows() {
			List<MissingSubmissionRow> rows = new ArrayList<>();
			for (TrainingClass trainingClass : this.plan.classes()) {
				if (held(trainingClass)) {
					for (String ward : MISSING.getOrDefault(trainingClass.code(), Set.of())
						.stream()
						.sorted()
						.toList()) {
						rows.add(new MissingSubmissionRow(trainingClass.code(), trainingClass.end(), ward,
								this.plan.unit(ward).orElseThrow().displayName(),
								trainingClass.allocation(ward).orElseThrow().quota(),
								(int) ChronoUnit.DAYS.between(trainingClass.end(), this.asOf)));
					}
				}
			}
			return rows;
		}

		List<FindingCountRow> findingCounts() {
			List<FindingRow> all = new ArrayList<>();
			for (String classCode : this.rosters.keySet()) {
				all.addAll(findings(this.plan.trainingClass(classCode).orElseThrow()));
			}
			Map<String, FindingCountRow> counts = new LinkedHashMap<>();
			all.stream()
				.sorted((a, b) -> a.severity().compareTo(b.severity()))
				.forEach((finding) -> counts.merge(finding.code(),
						new FindingCountRow(finding.severity(), finding.code(), finding.label(), 1, 0),
						(a, b) -> new FindingCountRow(a.severity(), a.code(), a.label(), a.open() + 1, 0)));
			return List.copyOf(counts.values());
		}

		List<MonthPoint> monthPoints(YearMonth reportMonth) {
			List<MonthPoint> points = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				YearMonth month = YearMonth.of(this.plan.year(), m);
				int planned = 0;
				int attended = 0;
				for (TrainingClass trainingClass : this.plan.classes()) {
					Programme programme = programme(trainingClass);
					if (programme.plannedParticipants() != null && !trainingClass.end().isAfter(month.atEndOfMonth())) {
						planned += trainingClass.quota();
						attended += (int) this.rosters.getOrDefault(trainingClass.code(), List.of())
							.stream()
							.filter(Trainee::attended)
							.count();
					}
				}
				points.add(new MonthPoint(month, month.isAfter(reportMonth) ? null : attended, planned));
			}
			return points;
		}

		List<BudgetCategoryRow> budgetRows() {
			Map<BudgetCategory, long[]> sums = new EnumMap<>(BudgetCategory.class);
			for (TrainingClass trainingClass : this.plan.classes()) {
				boolean settled = held(trainingClass) && settled(trainingClass);
				List<Trainee> roster = this.rosters.getOrDefault(trainingClass.code(), List.of());
				long presentDays = roster.stream()
					.mapToLong((t) -> t.marks().stream().filter(Mark.PRESENT::equals).count())
					.sum();
				for (BudgetLine line : trainingClass.budget()) {
					long[] sum = sums.computeIfAbsent(line.category(), (c) -> new long[3]);
					sum[0] += line.amount();
					if (settled) {
						sum[2] += line.amount();
						sum[1] += switch (line.category()) {
							// AG26-CS-01's meals were settled on the estimate, not on who
							// came: a finding.
							case MEALS -> trainingClass.code().equals("AG26-CS-01") ? line.amount()
									: presentDays * line.unitPrice();
							case WATER -> presentDays * line.unitPrice();
							case DOCUMENTS -> roster.size() * line.unitPrice();
							default -> line.amount();
						};
					}
				}
			}
			List<BudgetCategoryRow> rows = new ArrayList<>();
			sums.forEach((category, sum) -> rows.add(BudgetCategoryRow.of(category, sum[0], sum[2], sum[1])));
			return rows;
		}

		// year-end

		YearEndReportData yearEnd(Narrative narrative, LocalDate issueDate) {
			ReportHeader header = ReportHeader.of(this.plan);
			List<ClassRow> classes = this.plan.classes()
				.stream()
				.filter(this::held)
				.sorted((a, b) -> a.start().compareTo(b.start()))
				.map(this::classRow)
				.toList();
			List<ProgrammeRow> programmes = programmeRows();
			return new YearEndReportData(header, null, issueDate, this.asOf, programmes, held(programmes),
					budgetStatus(), classes, budgetRows(), narrative, YearEndReportData.recipients(header, narrative));
		}

		// class

		ClassReportData classReport(String classCode) {
			TrainingClass trainingClass = this.plan.trainingClass(classCode).orElseThrow();
			List<Trainee> roster = this.rosters.get(classCode);
			List<ClassWardRow> wards = new ArrayList<>();
			for (Allocation allocation : trainingClass.allocations()) {
				List<Trainee> listed = roster.stream().filter((t) -> t.wardCode().equals(allocation.unit())).toList();
				wards.add(new ClassWardRow(allocation.unit(),
						this.plan.unit(allocation.unit()).orElseThrow().displayName(), allocation.quota(),
						listed.size(), (int) listed.stream().filter(Trainee::attended).count(),
						(int) listed.stream().filter((t) -> t.status() == AttendanceStatus.COMPLETED).count(),
						listed.isEmpty() ? null
								: trainingClass.end().plusDays(2 + Math.abs(allocation.unit().hashCode() % 6))));
			}
			List<RosterRow> rows = roster.stream()
				.map((t) -> RosterRow.masking(t.wardCode(), t.name(), t.birthYear(), t.gender(), t.position().label(),
						t.unit(), t.phone(), t.cccd(), t.marks(), t.status(),
						(t.position() == Position.DOAN_VIEN)
								? List.of(id(FindingCode.INELIGIBLE_POSITION, t.personKey())) : List.of()))
				.toList();
			return ClassReportData.of(ReportHeader.of(this.plan), classRow(trainingClass),
					programme(trainingClass).title(), trainingClass.days(), this.asOf, 0.9, wards, rows,
					findings(trainingClass));
		}

		/** A finding id as reconcile makes them: the code and 10 hex digits. */
		static String id(FindingCode code, String subject) {
			return code.name() + "-" + String.format("%010x", Math.abs((long) (code.name() + subject).hashCode()));
		}

		static FindingRow finding(FindingCode code, Severity severity, String subjectKey, String subject,
				String message) {
			return new FindingRow(id(code, subjectKey), code.name(), code.label(), severity, subject, message, false);
		}

		List<FindingRow> findings(TrainingClass trainingClass) {
			List<FindingRow> findings = new ArrayList<>();
			List<Trainee> roster = this.rosters.getOrDefault(trainingClass.code(), List.of());
			if (trainingClass.code().equals("AG26-CS-01") && !trainingClass.end().plusDays(20).isAfter(this.asOf)) {
				findings.add(
						finding(FindingCode.ALLOWANCE_EXCEEDS_ATTENDANCE, Severity.ERROR, trainingClass.code(),
								"Lớp " + trainingClass.code(),
								"Quyết toán tiền ăn cho 1.500 lượt người/ngày nhưng chỉ "
										+ VietnameseFormat.number(roster.stream()
											.mapToLong((t) -> t.marks().stream().filter(Mark.PRESENT::equals).count())
											.sum())
										+ " lượt có mặt; đề nghị Bộ phận Văn phòng - Tài chính kiểm tra lại."));
			}
			for (String ward : MISSING.getOrDefault(trainingClass.code(), Set.of()).stream().sorted().toList()) {
				findings.add(finding(FindingCode.SUBMISSION_MISSING, Severity.ERROR, ward,
						this.plan.unit(ward).orElseThrow().unionName(),
						"Được phân bổ " + trainingClass.allocation(ward).orElseThrow().quota()
								+ " học viên nhưng chưa gửi danh sách; liên hệ đơn vị để bổ sung."));
			}
			for (Allocation allocation : trainingClass.allocations()) {
				long listed = roster.stream().filter((t) -> t.wardCode().equals(allocation.unit())).count();
				if (listed > allocation.quota()) {
					findings.add(finding(FindingCode.QUOTA_EXCEEDED, Severity.WARNING, allocation.unit(),
							this.plan.unit(allocation.unit()).orElseThrow().unionName(),
							"Cử " + listed + " học viên, vượt chỉ tiêu phân bổ " + allocation.quota() + " học viên."));
				}
			}
			for (Trainee trainee : roster) {
				if (trainee.position() == Position.DOAN_VIEN) {
					findings.add(finding(FindingCode.INELIGIBLE_POSITION, Severity.WARNING, trainee.personKey(),
							this.plan.unit(trainee.wardCode()).orElseThrow().displayName() + ": " + trainee.name(),
							"Chức vụ \"Đoàn viên\" không thuộc đối tượng lớp (từ tổ phó công đoàn đến chủ tịch CĐCS)."));
				}
			}
			Set<String> seen = new HashSet<>();
			for (Trainee trainee : roster) {
				String key = trainee.name() + "|" + trainee.birthYear();
				if (!seen.add(key)) {
					findings.add(finding(FindingCode.POSSIBLE_DUPLICATE, Severity.WARNING, key,
							this.plan.unit(trainee.wardCode()).orElseThrow().displayName() + ": " + trainee.name()
									+ " (" + trainee.birthYear() + ")",
							"Trùng họ tên và năm sinh với một học viên khác của lớp; số điện thoại " + trainee.phone()
									+ ". Kiểm tra xem có phải cùng một người."));
				}
			}
			return findings;
		}

	}

}
