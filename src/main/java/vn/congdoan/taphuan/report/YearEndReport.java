package vn.congdoan.taphuan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.Position;

/**
 * The year-end result report's content: template {@code year-end}, in the administrative
 * form of Decree 30/2020/NĐ-CP (issuing body and national motto, number, place and date,
 * title, numbered sections, distribution list and signature).
 */
final class YearEndReport {

	static final String TEMPLATE = "year-end";

	/** The document type and issuer part of the number: "Số: 27/BC-LĐLĐ". */
	static final String DOCUMENT_SYMBOL = "/BC-LĐLĐ";

	static final String SITUATION_PLACEHOLDER = "[Phần đặc điểm tình hình: bổ sung trong tệp tường thuật (narrative), "
			+ "mục \"# Đặc điểm tình hình\"]";

	static final String ASSESSMENT_PLACEHOLDER = "[Phần đánh giá: bổ sung trong tệp tường thuật (narrative), "
			+ "mục \"# Đánh giá\" — kết quả đạt được, ưu điểm, hạn chế và nguyên nhân]";

	static final String RECOMMENDATIONS_PLACEHOLDER = "[Phần phương hướng, kiến nghị: bổ sung trong tệp tường thuật "
			+ "(narrative), mục \"# Phương hướng, kiến nghị\"]";

	static final Table<ProgrammeRow> PROGRAMMES = Table.<ProgrammeRow>named("programmes", "Kết quả theo chương trình")
		.text("section", "Mục", 6, ProgrammeRow::section)
		.text("title", "Chương trình", 60, ProgrammeRow::title)
		.count("plannedClasses", "Số lớp kế hoạch", 10, ProgrammeRow::plannedClasses)
		.count("heldClasses", "Số lớp đã tổ chức", 10,
				(row) -> row.hasClasses() ? Integer.valueOf(row.heldClasses()) : null)
		.count("plannedTrainees", "Học viên kế hoạch", 10, ProgrammeRow::plannedTrainees)
		.count("attended", "Lượt học viên tham dự", 10, ProgrammeRow::attended)
		.ratio("attendedRatio", "Tỷ lệ so với kế hoạch", 10, "attended", "plannedTrainees")
		.count("completed", "Lượt hoàn thành", 10, ProgrammeRow::completed)
		.count("distinctTrainees", "Số người (không trùng)", 10, ProgrammeRow::distinctTrainees)
		.count("women", "Trong đó nữ (lượt)", 10, ProgrammeRow::women)
		.build();

	static final Table<ProgrammeRow> POSITIONS = Table.<ProgrammeRow>named("positions", "Theo chức vụ")
		.text("section", "Mục", 6, ProgrammeRow::section)
		.text("title", "Chương trình", 50, ProgrammeRow::title)
		.count("chuTich", Position.CHU_TICH.label(), 10, (row) -> row.inPosition(Position.CHU_TICH))
		.count("phoChuTich", Position.PHO_CHU_TICH.label(), 10, (row) -> row.inPosition(Position.PHO_CHU_TICH))
		.count("uvBch", Position.UV_BCH.label(), 10, (row) -> row.inPosition(Position.UV_BCH))
		.count("uvUbkt", Position.UV_UBKT.label(), 10, (row) -> row.inPosition(Position.UV_UBKT))
		.count("nuCong", Position.TRUONG_BAN_NU_CONG.label(), 10, (row) -> row.inPosition(Position.TRUONG_BAN_NU_CONG))
		.count("toTruong", Position.TO_TRUONG.label(), 10, (row) -> row.inPosition(Position.TO_TRUONG))
		.count("toPho", Position.TO_PHO.label(), 10, (row) -> row.inPosition(Position.TO_PHO))
		.count("chuyenTrach", Position.CHUYEN_TRACH.label(), 10, (row) -> row.inPosition(Position.CHUYEN_TRACH))
		.count("other", "Khác (đoàn viên, chưa rõ)", 10,
				(row) -> row.inPosition(Position.DOAN_VIEN) + row.inPosition(Position.OTHER))
		.count("attended", "Tổng lượt", 10, ProgrammeRow::attended)
		.totalLabelledIn("title")
		.build();

	static final Table<ClassRow> CLASSES = Table.<ClassRow>named("classes", "Các lớp đã tổ chức")
		.text("code", "Mã lớp", 14, ClassRow::code)
		.text("section", "Mục", 6, ClassRow::programmeSection)
		.text("title", "Lớp", 50, ClassRow::title)
		.date("start", "Từ ngày", 12, ClassRow::start)
		.date("end", "Đến ngày", 12, ClassRow::end)
		.count("quota", "Chỉ tiêu", 10, ClassRow::quota)
		.count("attended", "Tham dự", 10, ClassRow::attended)
		.count("completed", "Hoàn thành", 10, ClassRow::completed)
		.ratio("attendedRatio", "Tỷ lệ dự / chỉ tiêu", 10, "attended", "quota")
		.totalLabelledIn("title")
		.build();

	static final Table<BudgetCategoryRow> BUDGET = Table.<BudgetCategoryRow>named("budget", "Kinh phí")
		.text("category", "Nội dung chi", 32, BudgetCategoryRow::category)
		.money("estimate", "Dự toán (đồng)", 16, BudgetCategoryRow::estimate)
		.money("settled", "Quyết toán (đồng)", 16, BudgetCategoryRow::settled)
		.money("difference", "Chênh lệch (đồng)", 16, BudgetCategoryRow::difference)
		.ratio("settledRatio", "Tỷ lệ quyết toán", 10, "settled", "estimate")
		.totalLabelledIn("category")
		.build();

	private YearEndReport() {
	}

	static String baseName(YearEndReportData data) {
		return "bao-cao-nam-" + data.header().planCode();
	}

	static ReportContent content(YearEndReportData data) {
		ReportHeader header = data.header();
		String subject = "Kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm " + header.year();
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("parentBody", ReportText.parentBodyHeader(header.parentBody()));
		parameters.put("issuer", ReportText.agencyLines(header.issuerName()));
		parameters.put("number",
				"Số: " + ((data.documentNumber() != null) ? data.documentNumber() : "        ") + DOCUMENT_SYMBOL);
		parameters.put("placeDate", header.place() + ", " + ((data.issueDate() != null)
				? VietnameseFormat.longDate(data.issueDate()) : "ngày      tháng      năm " + data.asOf().getYear()));
		parameters.put("subject", subject);
		parameters.put("intro", intro(header));
		parameters.put("results", results(data));
		parameters.put("situation", narrative(data.narrative().situation(), SITUATION_PLACEHOLDER));
		parameters.put("assessment", narrative(data.narrative().assessment(), ASSESSMENT_PLACEHOLDER));
		parameters.put("recommendations", narrative(data.narrative().recommendations(), RECOMMENDATIONS_PLACEHOLDER));
		parameters.put("recipients",
				ReportText.recipientLines(data.recipients())
					.stream()
					.map((line) -> Map.<String, Object>of("text", line))
					.toList());
		parameters.put("onBehalfOf",
				(header.signer().onBehalfOf() != null) ? ReportText.upper(header.signer().onBehalfOf()) : "");
		parameters.put("signerTitle", ReportText.upper(header.signer().title()));
		parameters.put("signerName", header.signer().name());
		parameters.put("footer", header.planCode() + " · Báo cáo kết quả năm " + header.year());
		List<TableRows> tables = List.of(TableRows.of(PROGRAMMES, data.programmes()),
				TableRows.of(POSITIONS, data.programmes()), TableRows.of(CLASSES, data.classes()),
				TableRows.of(BUDGET, data.budget()));
		List<String[]> info = new ArrayList<>();
		info.add(new String[] { "Báo cáo", "Báo cáo " + ReportText.lowerFirst(subject) });
		info.add(new String[] { "Đơn vị", header.issuerName() });
		info.add(new String[] { "Kế hoạch", header.planTitle() + " (" + header.planCode() + ")" });
		info.add(new String[] { "Số liệu tính đến", VietnameseFormat.date(data.asOf()) });
		info.add(new String[] { "Kết quả", results(data) });
		return new ReportContent(TEMPLATE, baseName(data), "Báo cáo " + ReportText.lowerFirst(subject),
				header.issuerName(), header.planTitle(), parameters, tables, List.of(), info);
	}

	private static String intro(ReportHeader header) {
		String plan;
		if (header.planDocumentNumber() != null) {
			String about = header.planTitle().replaceFirst("^Kế hoạch\\s+", "");
			plan = "Kế hoạch số "
					+ header.planDocumentNumber() + ((header.planDocumentDate() != null)
							? " ngày " + VietnameseFormat.date(header.planDocumentDate()) : "")
					+ " của " + header.issuerName() + " về " + ReportText.lowerFirst(about);
		}
		else {
			plan = header.planTitle() + " của " + header.issuerName();
		}
		return "Thực hiện " + plan + ", Ban Thường vụ " + header.issuerShortName() + " báo cáo kết quả thực hiện năm "
				+ header.year() + " như sau:";
	}

	private static String results(YearEndReportData data) {
		KeyFigures figures = data.keyFigures();
		long classesHeld = data.programmes().stream().mapToLong(ProgrammeRow::heldClasses).sum();
		long turns = data.programmes().stream().mapToLong(ProgrammeRow::attended).sum();
		return "Năm " + data.header().year() + ", " + data.header().issuerShortName() + " đã tổ chức " + classesHeld
				+ " lớp bồi dưỡng, tập huấn với tổng số " + VietnameseFormat.number(turns)
				+ " lượt cán bộ tham dự (kể cả cán bộ được cử đi học). Riêng các lớp có chỉ tiêu: "
				+ figures.heldClasses() + "/" + figures.plannedClasses() + " lớp, "
				+ VietnameseFormat.number(figures.attended()) + " lượt tham dự, đạt "
				+ ReportText.percent(figures.attendedRatio()) + " chỉ tiêu "
				+ VietnameseFormat.number(figures.plannedTrainees()) + " học viên; "
				+ VietnameseFormat.number(figures.completed()) + " lượt hoàn thành chương trình ("
				+ ReportText.percent(figures.completedRatio()) + "). Kinh phí quyết toán "
				+ VietnameseFormat.vnd(figures.budgetSettled()) + " trên dự toán "
				+ VietnameseFormat.vnd(figures.budgetEstimate()) + " (" + ReportText.percent(figures.settledRatio())
				+ ").";
	}

	/**
	 * A narrative part as the template's rows: {@code kind} is {@code heading},
	 * {@code paragraph} or {@code placeholder}.
	 */
	static List<Map<String, Object>> narrative(List<NarrativeSection> sections, String placeholder) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (sections.isEmpty()) {
			rows.add(Map.of("kind", "placeholder", "text", placeholder));
			return rows;
		}
		int number = 0;
		for (NarrativeSection section : sections) {
			if (section.heading() != null) {
				number++;
				rows.add(Map.of("kind", "heading", "text",
						number + ". " + section.heading().replaceFirst("^\\d+[.)]\\s*", "")));
			}
			section.paragraphs().forEach((paragraph) -> rows.add(Map.of("kind", "paragraph", "text", paragraph)));
		}
		return rows;
	}

}
