package vn.congdoan.taphuan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.Position;

/**
 * The year-end result report's content, in the administrative form of Decree
 * 30/2020/NĐ-CP, Phụ lục I (issuing body and national motto, number, place and date,
 * title, numbered sections, distribution list and signature): template {@code year-end}
 * (A4 portrait, Times New Roman–metric, body 13 pt, tables 11 pt) and, for the tables too
 * wide for a portrait page at 11 pt, the landscape appendix {@code year-end-appendix}.
 * Also written as DOCX ({@link YearEndDocx}) for the office to edit before signing.
 * <p>
 * More appendices (a national statistical form) go into {@link #appendices}: each is a
 * template of its own filled after the body, and its tables become sheets of the XLSX.
 */
final class YearEndReport {

	static final String TEMPLATE = "year-end";

	static final String APPENDIX_TEMPLATE = "year-end-appendix";

	/** The document type and issuer part of the number: "Số: 27/BC-LĐLĐ". */
	static final String DOCUMENT_SYMBOL = "/BC-LĐLĐ";

	static final String SITUATION_PLACEHOLDER = "[Phần đặc điểm tình hình: bổ sung trong tệp tường thuật (narrative), "
			+ "mục \"# Đặc điểm tình hình\"]";

	static final String ASSESSMENT_PLACEHOLDER = "[Phần đánh giá: bổ sung trong tệp tường thuật (narrative), "
			+ "mục \"# Đánh giá\" — kết quả đạt được, ưu điểm, hạn chế và nguyên nhân]";

	static final String RECOMMENDATIONS_PLACEHOLDER = "[Phần phương hướng, kiến nghị: bổ sung trong tệp tường thuật "
			+ "(narrative), mục \"# Phương hướng, kiến nghị\"]";

	/** The programmes: classes and trainees against the plan (portrait, 11 pt). */
	static final Table<ProgrammeRow> PROGRAMMES = Table.<ProgrammeRow>named("programmes", "Kết quả theo chương trình")
		.text("section", "Mục", 6, ProgrammeRow::section)
		.text("title", "Chương trình", 44, ProgrammeRow::title)
		.text("classes", "Lớp đã tổ chức / kế hoạch", 11,
				(row) -> !row.hasClasses() ? "—"
						: row.heldClasses() + ((row.plannedClasses() != null) ? "/" + row.plannedClasses() : ""))
		.count("plannedTrainees", "Học viên kế hoạch", 11, ProgrammeRow::plannedTrainees)
		.count("attended", "Lượt học viên (cử học)", 11, ProgrammeRow::attended)
		.ratio("attendedRatio", "Tỷ lệ so với kế hoạch", 11, "attended", "plannedTrainees")
		.count("completed", "Lượt hoàn thành", 11, ProgrammeRow::completed)
		.count("distinctTrainees", "Số người (không trùng)", 11, ProgrammeRow::distinctTrainees)
		.count("women", "Trong đó nữ (lượt)", 11, ProgrammeRow::women)
		.build();

	/** The captions of the tables, by table: the PDF and the DOCX print the same. */
	static final Map<String, String> CAPTIONS = Map.of("programmes",
			"Bảng 1. Lớp và học viên theo chương trình (lượt người; số người không trùng)", "budgetStatus",
			"Bảng 2. Kinh phí theo nhóm lớp (quyết toán so với dự toán của chính các lớp đã quyết toán)", "budget",
			"Bảng 3. Kinh phí theo nội dung chi", "classes", "Bảng A1. Các lớp bồi dưỡng, tập huấn đã tổ chức",
			"positions", "Bảng A2. Lượt học viên theo chức vụ công đoàn");

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
		.totalLabelledIn("title", "Tổng cộng (kể cả người được cử đi học)")
		.landscape()
		.build();

	static final Table<ClassRow> CLASSES = Table.<ClassRow>named("classes", "Các lớp đã tổ chức")
		.text("code", "Mã lớp", 14, ClassRow::code)
		.text("section", "Mục", 6, ClassRow::programmeSection)
		.text("title", "Lớp", 50, ClassRow::title)
		.text("dates", "Thời gian", 24, (row) -> ReportText.dates(row.start(), row.end()))
		.count("quota", "Chỉ tiêu", 10, ClassRow::quota)
		.count("attended", "Có mặt", 10, ClassRow::attended)
		.ratio("attendedRatio", "Có mặt / chỉ tiêu", 10, "attended", "quota")
		.count("completed", "Hoàn thành", 10, ClassRow::completed)
		.ratio("completedRatio", "Hoàn thành / chỉ tiêu", 10, "completed", "quota")
		.totalLabelledIn("title", "Các lớp đã tổ chức")
		.landscape()
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
		parameters.put("number", number(data));
		parameters.put("placeDate", placeDate(data));
		parameters.put("subject", subject);
		parameters.put("intro", intro(header));
		parameters.put("results", MonthlyReport.rows(results(data)));
		parameters.put("budgetText", ReportText.budgetSentence(data.budgetStatus()));
		parameters.put("situation", narrative(data.narrative().situation(), SITUATION_PLACEHOLDER));
		parameters.put("assessment", narrative(data.narrative().assessment(), ASSESSMENT_PLACEHOLDER));
		parameters.put("recommendations", narrative(data.narrative().recommendations(), RECOMMENDATIONS_PLACEHOLDER));
		parameters.put("recipients", MonthlyReport.rows(ReportText.recipientLines(data.recipients())));
		parameters.put("onBehalfOf",
				(header.signer().onBehalfOf() != null) ? ReportText.upper(header.signer().onBehalfOf()) : "");
		parameters.put("signerTitle", ReportText.upper(header.signer().title()));
		parameters.put("signerName", header.signer().name());
		captions(parameters, List.of("programmes", "budgetStatus", "budget"));
		List<TableRows> tables = List.of(TableRows.of(PROGRAMMES, data.programmes()),
				TableRows.of(MonthlyReport.BUDGET_STATUS, MonthlyReport.BudgetGroup.of(data.budgetStatus())),
				TableRows.of(MonthlyReport.BUDGET, data.budget()));
		List<String[]> info = new ArrayList<>();
		info.add(new String[] { "Báo cáo", "Báo cáo " + ReportText.lowerFirst(subject) });
		info.add(new String[] { "Đơn vị", header.issuerName() });
		info.add(new String[] { "Kế hoạch", header.planTitle() + " (" + header.planCode() + ")" });
		info.add(new String[] { "Số liệu tính đến", VietnameseFormat.date(data.asOf()) });
		results(data).forEach((line) -> info.add(new String[] { "Kết quả", line }));
		info.add(new String[] { "Kinh phí", ReportText.budgetSentence(data.budgetStatus()) });
		return new ReportContent(TEMPLATE, baseName(data), "Báo cáo " + ReportText.lowerFirst(subject),
				header.issuerName(), header.planTitle(), parameters, tables, List.of(), info, appendices(data));
	}

	/**
	 * The parts after the body, each a template of its own: the landscape appendix of
	 * classes and positions. A further appendix (a national statistical form) is added
	 * here.
	 */
	static List<ReportContent> appendices(YearEndReportData data) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("heading", "PHỤ LỤC");
		parameters.put("caption",
				"Số liệu chi tiết kèm theo Báo cáo " + number(data).replaceFirst("^Số: ", "số ") + " của "
						+ data.header().issuerName() + " (số liệu tính đến ngày " + VietnameseFormat.date(data.asOf())
						+ ")");
		captions(parameters, List.of("classes", "positions"));
		return List.of(ReportContent.appendix(APPENDIX_TEMPLATE, parameters,
				List.of(TableRows.of(CLASSES, data.classes()), TableRows.of(POSITIONS, data.programmes()))));
	}

	/**
	 * The caption of each table, as the parameter {@code
	 *
	<table>
	 * Caption}.
	 */
	private static void captions(Map<String, Object> parameters, List<String> tables) {
		tables.forEach((table) -> parameters.put(table + "Caption", CAPTIONS.get(table)));
	}

	static String number(YearEndReportData data) {
		return "Số: " + ((data.documentNumber() != null) ? data.documentNumber() : "        ") + DOCUMENT_SYMBOL;
	}

	static String placeDate(YearEndReportData data) {
		return data.header().place() + ", " + ((data.issueDate() != null) ? VietnameseFormat.longDate(data.issueDate())
				: "ngày      tháng      năm " + data.asOf().getYear());
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

	/**
	 * The results in paragraphs, each naming its scope: the classes held (every programme
	 * together), each programme against its plan, the people sent to study.
	 */
	static List<String> results(YearEndReportData data) {
		List<String> lines = new ArrayList<>();
		HeldClasses held = data.held();
		String heldLine = ReportText.heldSentence(held, data.asOf());
		if (held.classes() > 0) {
			heldLine = heldLine.substring(0, heldLine.length() - 1) + "; "
					+ VietnameseFormat.number(held.distinctTrainees())
					+ " người khác nhau (một người học nhiều lớp được tính một lần), trong đó "
					+ VietnameseFormat.number(held.women()) + " lượt học viên nữ.";
		}
		lines.add(heldLine);
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
			lines.add("Cử cán bộ đi học theo kế hoạch: " + sent + ".");
		}
		return lines;
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
