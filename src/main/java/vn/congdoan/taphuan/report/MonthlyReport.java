package vn.congdoan.taphuan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The monthly progress report's content: template {@code monthly}, its parameters, tables
 * and charts. Every figure names its scope: a programme, the classes held so far (every
 * programme together), the wards' allocations, or the settled classes; a table never puts
 * figures of different scopes in one column without its header saying so.
 */
final class MonthlyReport {

	static final String TEMPLATE = "monthly";

	/** Where the plan stands, one row per programme that runs classes. */
	static final Table<ProgrammeRow> PROGRAMMES = Table.<ProgrammeRow>named("programmes", "Theo chương trình")
		.text("section", "Mục", 6, ProgrammeRow::section)
		.text("title", "Chương trình", 50, ProgrammeRow::title)
		.count("heldClasses", "Số lớp đã tổ chức", 10, ProgrammeRow::heldClasses)
		.count("plannedClasses", "Số lớp kế hoạch", 10, ProgrammeRow::plannedClasses)
		.notTotalled()
		.count("quotaHeld", "Chỉ tiêu các lớp đã tổ chức", 12, ProgrammeRow::quotaHeld)
		.count("attended", "Lượt học viên có mặt", 12, ProgrammeRow::attended)
		.ratio("fillRatio", "Có mặt / chỉ tiêu các lớp đã tổ chức", 12, "attended", "quotaHeld")
		.count("completed", "Lượt hoàn thành", 12, ProgrammeRow::completed)
		.ratio("completedRatio", "Hoàn thành / chỉ tiêu các lớp đã tổ chức", 12, "completed", "quotaHeld")
		.count("plannedTrainees", "Học viên kế hoạch năm", 12, ProgrammeRow::plannedTrainees)
		.notTotalled()
		.ratio("progress", "Có mặt / kế hoạch năm", 12, "attended", "plannedTrainees")
		.notTotalled()
		.totalLabelledIn("title", "Các lớp đã tổ chức (mọi chương trình)")
		.landscape()
		.build();

	/** Programmes whose people are sent to other bodies' courses. */
	static final Table<ProgrammeRow> ENROLMENTS = Table.<ProgrammeRow>named("enrolments", "Cử đi học")
		.text("section", "Mục", 6, ProgrammeRow::section)
		.text("title", "Chương trình", 60, ProgrammeRow::title)
		.count("plannedTrainees", "Kế hoạch (người)", 12, ProgrammeRow::plannedTrainees)
		.count("attended", "Đã cử học (người)", 12, ProgrammeRow::attended)
		.count("completed", "Đã hoàn thành (người)", 12, ProgrammeRow::completed)
		.build();

	/** Money by group of classes: settled, held but not settled, to come. */
	static final Table<BudgetGroup> BUDGET_STATUS = Table.<BudgetGroup>named("budgetStatus", "Kinh phí theo nhóm lớp")
		.text("group", "Nhóm lớp", 44, BudgetGroup::group)
		.count("classes", "Số lớp", 8, BudgetGroup::classes)
		.money("estimate", "Dự toán (đồng)", 16, BudgetGroup::estimate)
		.money("settled", "Quyết toán (đồng)", 16, BudgetGroup::settled)
		.notTotalled()
		.ratio("settledRatio", "Quyết toán / dự toán của các lớp này", 12, "settled", "estimate")
		.notTotalled()
		.money("variance", "Chênh lệch (quyết toán − dự toán, đồng)", 16, BudgetGroup::variance)
		.notTotalled()
		.totalLabelledIn("group", "Cả kế hoạch")
		.build();

	static final Table<ClassRow> CLASSES = Table.<ClassRow>named("classes", "Lớp trong tháng")
		.text("code", "Mã lớp", 14, ClassRow::code)
		.text("title", "Lớp", 50, ClassRow::title)
		.text("dates", "Thời gian", 24, (row) -> ReportText.dates(row.start(), row.end()))
		.count("quota", "Chỉ tiêu", 10, ClassRow::quota)
		.count("wardsAllocated", "Đơn vị được phân bổ", 10, ClassRow::wardsAllocated)
		.count("wardsSubmitted", "Đơn vị đã gửi danh sách", 10, ClassRow::wardsSubmitted)
		.count("listed", "Danh sách", 10, ClassRow::listed)
		.count("attended", "Có mặt", 10, ClassRow::attended)
		.ratio("attendedRatio", "Có mặt / chỉ tiêu", 10, "attended", "quota")
		.count("completed", "Hoàn thành", 10, ClassRow::completed)
		.totalLabelledIn("title", "Các lớp trong tháng")
		.landscape()
		.build();

	/** Wards worst first, those under the threshold or with a list missing marked. */
	static final Table<WardFillRow> WARDS = Table.<WardFillRow>named("wards", "Theo đơn vị")
		.text("ward", "Đơn vị", 26, (row) -> ReportText.upperFirst(row.wardName()))
		.count("allocation", "Chỉ tiêu phân bổ", 10, WardFillRow::allocation)
		.count("listed", "Danh sách", 10, WardFillRow::listed)
		.count("attended", "Có mặt", 10, WardFillRow::attended)
		.ratio("attendedRatio", "Có mặt / chỉ tiêu phân bổ", 10, "attended", "allocation")
		.count("completed", "Hoàn thành", 10, WardFillRow::completed)
		.ratio("completedRatio", "Hoàn thành / chỉ tiêu phân bổ", 10, "completed", "allocation")
		.count("missingLists", "Lớp chưa gửi danh sách", 10, WardFillRow::missingLists)
		.totalLabelledIn("ward", "Các đơn vị")
		.landscape()
		.build();

	static final Table<MonthPoint> CUMULATIVE = Table.<MonthPoint>named("cumulative", "Lũy kế theo tháng")
		.text("month", "Tháng", 10, (point) -> ReportText.month(point.month()))
		.count("planned", "Kế hoạch lũy kế", 14, MonthPoint::cumulativePlanned)
		.count("attended", "Thực hiện lũy kế", 14, MonthPoint::cumulativeAttended)
		.ratio("ratio", "Tỷ lệ", 10, "attended", "planned")
		.build();

	static final Table<BudgetCategoryRow> BUDGET = Table.<BudgetCategoryRow>named("budget", "Kinh phí theo nội dung")
		.text("category", "Nội dung chi", 32, BudgetCategoryRow::category)
		.money("estimate", "Dự toán cả kế hoạch (đồng)", 16, BudgetCategoryRow::estimate)
		.money("estimateSettled", "Dự toán các lớp đã quyết toán (đồng)", 16, BudgetCategoryRow::estimateSettled)
		.money("settled", "Quyết toán (đồng)", 16, BudgetCategoryRow::settled)
		.ratio("settledRatio", "Quyết toán / dự toán các lớp đã quyết toán", 12, "settled", "estimateSettled")
		.money("variance", "Chênh lệch (quyết toán − dự toán, đồng)", 16, BudgetCategoryRow::variance)
		.totalLabelledIn("category")
		.landscape()
		.build();

	static final Table<FindingCountRow> FINDINGS = Table.<FindingCountRow>named("findings", "Phát hiện đối soát")
		.text("severity", "Mức độ", 14, (row) -> row.severity().label())
		.text("label", "Loại vấn đề", 44, FindingCountRow::label)
		.text("code", "Mã loại", 30, FindingCountRow::code)
		.count("open", "Chưa xử lý", 10, FindingCountRow::open)
		.count("acknowledged", "Đã xác nhận", 10, FindingCountRow::acknowledged)
		.totalLabelledIn("label")
		.build();

	static final Table<MissingSubmissionRow> MISSING = Table
		.<MissingSubmissionRow>named("missing", "Chưa gửi danh sách")
		.text("classCode", "Mã lớp", 14, MissingSubmissionRow::classCode)
		.date("classEnd", "Lớp kết thúc", 12, MissingSubmissionRow::classEnd)
		.text("ward", "Đơn vị", 26, (row) -> ReportText.upperFirst(row.wardName()))
		.count("allocation", "Chỉ tiêu phân bổ", 10, MissingSubmissionRow::allocation)
		.count("daysSinceEnd", "Số ngày từ khi lớp kết thúc", 12, MissingSubmissionRow::daysSinceEnd)
		.build();

	/** The most lagging wards a headline names. */
	private static final int NAMED_WARDS = 3;

	private MonthlyReport() {
	}

	static String baseName(MonthlyReportData data) {
		return "bao-cao-thang-" + data.header().planCode() + "-" + data.month();
	}

	static ReportContent content(MonthlyReportData data) {
		ReportHeader header = data.header();
		String month = ReportText.month(data.month());
		String title = "Báo cáo tiến độ tháng " + month;
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("parentBody", ReportText.parentBodyHeader(header.parentBody()));
		parameters.put("issuer", ReportText.agencyLines(header.issuerName()));
		parameters.put("placeDate", header.place() + ", " + VietnameseFormat.longDate(data.madeOn()));
		parameters.put("title", ReportText.upper(title));
		parameters.put("subtitle",
				"Thực hiện " + ReportText.lowerFirst(header.planTitle()) + " (" + header.planCode() + ")");
		parameters.put("addressee", "Kính gửi: Thường trực, Ban Thường vụ " + header.issuerShortName());
		parameters.put("asOf", asOf(data));
		parameters.put("summary", rows(summary(data)));
		parameters.put("decisions", rows(decisions(data)));
		parameters.put("threshold",
				"Đơn vị xếp từ thấp đến cao theo tỷ lệ có mặt / chỉ tiêu phân bổ (lũy kế các lớp "
						+ "đã tổ chức). Tô màu: đỏ — còn lớp chưa gửi danh sách; cam — dưới ngưỡng "
						+ ReportText.wholePercent(data.underfillThreshold()) + " chỉ tiêu; vàng — vượt chỉ tiêu.");
		parameters.put("recipients",
				rows(ReportText.recipientLines(List.of("Thường trực " + header.issuerShortName() + " (b/c)",
						"Ban Thường vụ " + header.issuerShortName(),
						"Lưu: VT" + ((header.departmentCode() != null) ? ", " + header.departmentCode() : "")))));
		parameters.put("signerUnit",
				ReportText.upper((header.department() != null) ? header.department() : "Người lập báo cáo"));
		List<WardFillRow> wards = worstFirst(data);
		List<TableRows> tables = List.of(TableRows.of(PROGRAMMES, classProgrammes(data.programmes())),
				TableRows.of(ENROLMENTS, enrolmentProgrammes(data.programmes())),
				TableRows.of(BUDGET_STATUS, BudgetGroup.of(data.budgetStatus())),
				TableRows.of(CLASSES, data.classesThisMonth()), TableRows.of(CUMULATIVE, data.cumulative()),
				TableRows.of(withHighlight(WARDS, data.underfillThreshold()), wards),
				TableRows.of(BUDGET, data.budget()), TableRows.of(FINDINGS, data.findings()),
				TableRows.of(MISSING, data.missingSubmissions()));
		double threshold = data.underfillThreshold();
		List<ChartImage> charts = List.of(
				new ChartImage(() -> MonthlyCharts.cumulativeTrainees(data.cumulative()), 520, 230),
				new ChartImage(() -> MonthlyCharts.wardFill(wards, threshold), 520,
						Math.max(200, 70 + 24 * wards.size())),
				new ChartImage(() -> MonthlyCharts.budgetByCategory(data.budget()), 520, 250));
		List<String[]> info = new ArrayList<>();
		info.add(new String[] { "Báo cáo", title });
		info.add(new String[] { "Đơn vị", header.issuerName() });
		info.add(new String[] { "Kế hoạch", header.planTitle() + " (" + header.planCode() + ")" });
		info.add(new String[] { "Số liệu tính đến", VietnameseFormat.date(data.asOf()) });
		info.add(new String[] { "Phạm vi số liệu", asOf(data) });
		summary(data).forEach((line) -> info.add(new String[] { "Tình hình", line }));
		decisions(data).forEach((line) -> info.add(new String[] { "Cần quan tâm", line }));
		return new ReportContent(TEMPLATE, baseName(data), title + " — " + header.issuerShortName(),
				header.issuerName(), header.planTitle(), parameters, tables, charts, info, List.of());
	}

	/** The sentence that says which period the figures cover. */
	static String asOf(MonthlyReportData data) {
		String month = ReportText.month(data.month());
		return "Số liệu tính đến ngày " + VietnameseFormat.date(data.asOf())
				+ (data.partialMonth() ? " (tháng " + month + " chưa kết thúc)" : " (hết tháng " + month + ")")
				+ ": các lớp đã khai giảng đến ngày này và danh sách, quyết toán đã nhận.";
	}

	/**
	 * Where the plan stands, a sentence per scope: the classes held (every programme),
	 * each programme against its year's plan, the people sent to study, the money.
	 */
	static List<String> summary(MonthlyReportData data) {
		List<String> lines = new ArrayList<>();
		HeldClasses held = data.held();
		lines.add(ReportText.heldSentence(held, data.asOf()));
		for (ProgrammeRow programme : data.programmes()) {
			if (programme.hasClasses() && programme.plannedTrainees() != null) {
				lines.add(ReportText.programmeSentence(programme));
			}
		}
		String sent = data.programmes()
			.stream()
			.filter((programme) -> !programme.hasClasses() && programme.attended() > 0)
			.map((programme) -> "chương trình " + programme.section() + ": " + programme.attended() + " người ("
					+ programme.completed() + " đã hoàn thành)")
			.collect(Collectors.joining("; "));
		if (!sent.isEmpty()) {
			lines.add("Cử cán bộ đi học: " + sent + ".");
		}
		lines.add(ReportText.budgetSentence(data.budgetStatus()));
		return lines;
	}

	/**
	 * What needs the leadership's attention, most pressing first: lagging wards, lists
	 * missing, classes not settled, serious findings nobody has decided on.
	 */
	static List<String> decisions(MonthlyReportData data) {
		List<String> lines = new ArrayList<>();
		List<WardFillRow> lagging = worstFirst(data).stream()
			.filter((ward) -> ward.lagging(data.underfillThreshold()))
			.toList();
		if (!lagging.isEmpty()) {
			lines.add(lagging.size() + "/" + data.wards().size() + " đơn vị dưới ngưỡng "
					+ ReportText.wholePercent(data.underfillThreshold())
					+ " chỉ tiêu phân bổ hoặc còn lớp chưa gửi danh sách; thấp nhất: "
					+ lagging.stream()
						.limit(NAMED_WARDS)
						.map((ward) -> ReportText.upperFirst(ward.wardName()) + " ("
								+ ReportText.percent(ward.attendedRatio()) + ")")
						.collect(Collectors.joining(", "))
					+ ".");
		}
		if (!data.missingSubmissions().isEmpty()) {
			MissingSubmissionRow longest = data.missingSubmissions()
				.stream()
				.max(Comparator.comparingInt(MissingSubmissionRow::daysSinceEnd))
				.orElseThrow();
			lines.add(data.missingSubmissions().size() + " danh sách chưa gửi cho lớp đã kết thúc (lâu nhất: "
					+ ReportText.upperFirst(longest.wardName()) + ", lớp " + longest.classCode() + ", "
					+ longest.daysSinceEnd() + " ngày).");
		}
		BudgetStatus budget = data.budgetStatus();
		if (budget.classesUnsettled() > 0) {
			lines.add(budget.classesUnsettled() + " lớp đã tổ chức chưa có quyết toán (dự toán "
					+ VietnameseFormat.vnd(budget.estimateUnsettled()) + ").");
		}
		List<FindingCountRow> serious = data.findings()
			.stream()
			.filter((row) -> row.severity() == Severity.ERROR && row.open() > 0)
			.toList();
		if (!serious.isEmpty()) {
			lines.add(serious.stream().mapToInt(FindingCountRow::open).sum() + " vấn đề " + Severity.ERROR.lowerLabel()
					+ " chưa xử lý: "
					+ serious.stream()
						.map((row) -> ReportText.lowerFirst(row.label()) + " (" + row.open() + ")")
						.collect(Collectors.joining(", "))
					+ ".");
		}
		if (lines.isEmpty()) {
			lines.add("Không có vấn đề cần Thường trực quyết định trong tháng.");
		}
		return lines;
	}

	/** The wards, worst first: lists missing, then by fill from the lowest. */
	static List<WardFillRow> worstFirst(MonthlyReportData data) {
		return data.wards()
			.stream()
			.sorted(Comparator.comparing((WardFillRow ward) -> ward.attendedRatio() == null)
				.thenComparing((WardFillRow ward) -> ward.missingLists() == 0)
				.thenComparing((WardFillRow ward) -> (ward.attendedRatio() != null) ? ward.attendedRatio() : 0.0))
			.toList();
	}

	private static Table<WardFillRow> withHighlight(Table<WardFillRow> table, double threshold) {
		return table.withHighlight((row) -> row.highlight(threshold));
	}

	private static List<ProgrammeRow> classProgrammes(List<ProgrammeRow> programmes) {
		return programmes.stream().filter(ProgrammeRow::hasClasses).toList();
	}

	private static List<ProgrammeRow> enrolmentProgrammes(List<ProgrammeRow> programmes) {
		return programmes.stream().filter((programme) -> !programme.hasClasses()).toList();
	}

	/** Text lines as a template's list rows: {@code text}. */
	static List<Map<String, Object>> rows(List<String> lines) {
		return lines.stream().map((line) -> Map.<String, Object>of("text", line)).toList();
	}

	/**
	 * One group of classes in the money table: the settled ones (with what they spent),
	 * the held ones not settled, those still to come.
	 */
	record BudgetGroup(String group, int classes, long estimate, Long settled, Long variance) {

		static List<BudgetGroup> of(BudgetStatus status) {
			List<BudgetGroup> groups = new ArrayList<>();
			groups.add(new BudgetGroup(
					"Các lớp đã quyết toán (" + status.classesSettled() + "/" + status.classesHeld()
							+ " lớp đã tổ chức)",
					status.classesSettled(), status.estimateSettled(), status.anySettled() ? status.settled() : null,
					status.variance()));
			groups.add(new BudgetGroup("Các lớp đã tổ chức, chưa quyết toán", status.classesUnsettled(),
					status.estimateUnsettled(), null, null));
			groups.add(new BudgetGroup("Các lớp chưa tổ chức", status.classesToCome(), status.estimateToCome(), null,
					null));
			return groups;
		}

	}

}
