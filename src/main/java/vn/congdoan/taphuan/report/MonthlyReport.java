package vn.congdoan.taphuan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The monthly progress report's content: template {@code monthly}, its parameters, tables
 * and charts.
 */
final class MonthlyReport {

	static final String TEMPLATE = "monthly";

	static final Table<KeyFigureRow> KEY_FIGURES = Table.<KeyFigureRow>named("keyFigures", "Chỉ tiêu chính")
		.text("label", "Chỉ tiêu", 34, KeyFigureRow::label)
		.count("planned", "Kế hoạch", 16, KeyFigureRow::planned)
		.count("actual", "Thực hiện", 16, KeyFigureRow::actual)
		.ratio("ratio", "Tỷ lệ thực hiện", 12, "actual", "planned")
		.build();

	static final Table<ProgrammeRow> PROGRAMMES = Table.<ProgrammeRow>named("programmes", "Theo chương trình")
		.text("section", "Mục", 6, ProgrammeRow::section)
		.text("title", "Chương trình", 60, ProgrammeRow::title)
		.count("plannedClasses", "Số lớp kế hoạch", 10, ProgrammeRow::plannedClasses)
		.count("heldClasses", "Số lớp đã tổ chức", 10,
				(row) -> row.hasClasses() ? Integer.valueOf(row.heldClasses()) : null)
		.count("plannedTrainees", "Học viên kế hoạch", 10, ProgrammeRow::plannedTrainees)
		.count("attended", "Lượt học viên dự", 10, ProgrammeRow::attended)
		.count("completed", "Lượt hoàn thành", 10, ProgrammeRow::completed)
		.ratio("attendedRatio", "Tỷ lệ dự / kế hoạch", 10, "attended", "plannedTrainees")
		.build();

	static final Table<ClassRow> CLASSES = Table.<ClassRow>named("classes", "Lớp trong tháng")
		.text("code", "Mã lớp", 14, ClassRow::code)
		.text("title", "Lớp", 50, ClassRow::title)
		.text("dates", "Thời gian", 24, (row) -> ReportText.dates(row.start(), row.end()))
		.count("quota", "Chỉ tiêu", 10, ClassRow::quota)
		.count("wardsAllocated", "Đơn vị được phân bổ", 10, ClassRow::wardsAllocated)
		.count("wardsSubmitted", "Đơn vị đã gửi danh sách", 10, ClassRow::wardsSubmitted)
		.count("listed", "Danh sách", 10, ClassRow::listed)
		.count("attended", "Tham dự", 10, ClassRow::attended)
		.count("completed", "Hoàn thành", 10, ClassRow::completed)
		.ratio("attendedRatio", "Tỷ lệ dự / chỉ tiêu", 10, "attended", "quota")
		.totalLabelledIn("code")
		.build();

	static final Table<WardFillRow> WARDS = Table.<WardFillRow>named("wards", "Theo đơn vị")
		.text("ward", "Đơn vị", 26, WardFillRow::wardName)
		.count("allocation", "Chỉ tiêu phân bổ", 10, WardFillRow::allocation)
		.count("listed", "Danh sách", 10, WardFillRow::listed)
		.count("attended", "Tham dự", 10, WardFillRow::attended)
		.count("completed", "Hoàn thành", 10, WardFillRow::completed)
		.ratio("attendedRatio", "Tỷ lệ dự / chỉ tiêu", 10, "attended", "allocation")
		.ratio("completedRatio", "Tỷ lệ hoàn thành / chỉ tiêu", 10, "completed", "allocation")
		.count("missingLists", "Lớp chưa gửi danh sách", 10, WardFillRow::missingLists)
		.totalLabelledIn("ward")
		.build();

	static final Table<MonthPoint> CUMULATIVE = Table.<MonthPoint>named("cumulative", "Lũy kế theo tháng")
		.text("month", "Tháng", 10, (point) -> ReportText.month(point.month()))
		.count("planned", "Kế hoạch lũy kế", 14, MonthPoint::cumulativePlanned)
		.count("attended", "Thực hiện lũy kế", 14, MonthPoint::cumulativeAttended)
		.ratio("ratio", "Tỷ lệ", 10, "attended", "planned")
		.build();

	static final Table<BudgetCategoryRow> BUDGET = Table.<BudgetCategoryRow>named("budget", "Kinh phí")
		.text("category", "Nội dung chi", 32, BudgetCategoryRow::category)
		.money("estimate", "Dự toán (đồng)", 16, BudgetCategoryRow::estimate)
		.money("settled", "Quyết toán (đồng)", 16, BudgetCategoryRow::settled)
		.money("difference", "Còn lại (đồng)", 16, BudgetCategoryRow::difference)
		.ratio("settledRatio", "Tỷ lệ quyết toán", 10, "settled", "estimate")
		.totalLabelledIn("category")
		.build();

	static final Table<FindingCountRow> FINDINGS = Table.<FindingCountRow>named("findings", "Phát hiện chưa xử lý")
		.text("severity", "Mức độ", 14, (row) -> row.severity().label())
		.text("code", "Mã", 24, FindingCountRow::code)
		.text("description", "Nội dung", 60, FindingCountRow::description)
		.count("count", "Số lượng", 10, FindingCountRow::count)
		.totalLabelledIn("description")
		.build();

	static final Table<MissingSubmissionRow> MISSING = Table
		.<MissingSubmissionRow>named("missing", "Chưa gửi danh sách")
		.text("classCode", "Mã lớp", 14, MissingSubmissionRow::classCode)
		.date("classEnd", "Lớp kết thúc", 12, MissingSubmissionRow::classEnd)
		.text("ward", "Đơn vị", 26, MissingSubmissionRow::wardName)
		.count("allocation", "Chỉ tiêu phân bổ", 10, MissingSubmissionRow::allocation)
		.count("daysSinceEnd", "Số ngày từ khi lớp kết thúc", 12, MissingSubmissionRow::daysSinceEnd)
		.build();

	private MonthlyReport() {
	}

	static String baseName(MonthlyReportData data) {
		return "bao-cao-thang-" + data.header().planCode() + "-" + data.month();
	}

	static ReportContent content(MonthlyReportData data) {
		ReportHeader header = data.header();
		KeyFigures figures = data.keyFigures();
		String month = ReportText.month(data.month());
		String title = "Báo cáo tiến độ tháng " + month;
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("parentBody", ReportText.parentBodyHeader(header.parentBody()));
		parameters.put("issuer", ReportText.upper(header.issuerName()));
		parameters.put("title", ReportText.upper(title));
		parameters.put("subtitle", "Thực hiện " + header.planTitle() + " (" + header.planCode() + ")");
		parameters.put("addressee", "Kính gửi: Thường trực, Ban Thường vụ " + header.issuerShortName());
		parameters.put("asOf", "Số liệu tính đến ngày " + VietnameseFormat.date(data.asOf()));
		parameters.put("summary", summary(data, figures));
		parameters.put("footer", header.planCode() + " · " + title);
		List<TableRows> tables = List.of(TableRows.of(KEY_FIGURES, keyFigureRows(figures)),
				TableRows.of(PROGRAMMES, data.programmes()), TableRows.of(CLASSES, data.classesThisMonth()),
				TableRows.of(CUMULATIVE, data.cumulative()), TableRows.of(WARDS, data.wards()),
				TableRows.of(BUDGET, data.budget()), TableRows.of(FINDINGS, data.openFindings()),
				TableRows.of(MISSING, data.missingSubmissions()));
		List<ChartImage> charts = List.of(
				new ChartImage(() -> MonthlyCharts.cumulativeTrainees(data.cumulative()), 800, 420),
				new ChartImage(() -> MonthlyCharts.wardFill(data.wards()), 800,
						Math.max(360, 120 + 30 * data.wards().size())),
				new ChartImage(() -> MonthlyCharts.budgetByCategory(data.budget()), 800, 420));
		List<String[]> info = new ArrayList<>();
		info.add(new String[] { "Báo cáo", title });
		info.add(new String[] { "Đơn vị", header.issuerName() });
		info.add(new String[] { "Kế hoạch", header.planTitle() + " (" + header.planCode() + ")" });
		info.add(new String[] { "Số liệu tính đến", VietnameseFormat.date(data.asOf()) });
		info.add(new String[] { "Tóm tắt", summary(data, figures) });
		return new ReportContent(TEMPLATE, baseName(data), title + " — " + header.issuerShortName(),
				header.issuerName(), header.planTitle(), parameters, tables, charts, info);
	}

	static List<KeyFigureRow> keyFigureRows(KeyFigures figures) {
		return List.of(new KeyFigureRow("Số lớp đã tổ chức", (long) figures.plannedClasses(), figures.heldClasses()),
				new KeyFigureRow("Lượt học viên tham dự", (long) figures.plannedTrainees(), figures.attended()),
				new KeyFigureRow("Lượt học viên hoàn thành", (long) figures.plannedTrainees(), figures.completed()),
				new KeyFigureRow("Kinh phí đã quyết toán (đồng)", figures.budgetEstimate(), figures.budgetSettled()));
	}

	private static String summary(MonthlyReportData data, KeyFigures figures) {
		return "Đến ngày " + VietnameseFormat.date(data.asOf()) + " đã tổ chức " + figures.heldClasses() + "/"
				+ figures.plannedClasses() + " lớp theo chỉ tiêu kế hoạch, với "
				+ VietnameseFormat.number(figures.attended()) + " lượt học viên tham dự, đạt "
				+ ReportText.percent(figures.attendedRatio()) + " chỉ tiêu "
				+ VietnameseFormat.number(figures.plannedTrainees()) + " học viên; "
				+ VietnameseFormat.number(figures.completed()) + " lượt hoàn thành ("
				+ ReportText.percent(figures.completedRatio()) + "). Kinh phí đã quyết toán "
				+ VietnameseFormat.vnd(figures.budgetSettled()) + " trên dự toán "
				+ VietnameseFormat.vnd(figures.budgetEstimate()) + " (" + ReportText.percent(figures.settledRatio())
				+ ").";
	}

	/** One line of the key figures table. */
	record KeyFigureRow(String label, Long planned, long actual) {

	}

}
