package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The class reconciliation's content: template {@code class} (A4 landscape), every ward,
 * every listed trainee with each day's mark (phone and CCCD masked), every finding.
 */
final class ClassReport {

	static final String TEMPLATE = "class";

	static final String PRIVACY_NOTE = "Tài liệu có dữ liệu cá nhân, chỉ dùng nội bộ để đối chiếu; số điện thoại và "
			+ "số CCCD đã được che một phần (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15).";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M");

	static final Table<ClassWardRow> WARDS = Table.<ClassWardRow>named("wards", "Theo đơn vị")
		.text("ward", "Đơn vị", 26, ClassWardRow::wardName)
		.count("allocation", "Chỉ tiêu phân bổ", 10, ClassWardRow::allocation)
		.count("listed", "Danh sách", 10, ClassWardRow::listed)
		.count("attended", "Tham dự", 10, ClassWardRow::attended)
		.count("completed", "Hoàn thành", 10, ClassWardRow::completed)
		.ratio("attendedRatio", "Tỷ lệ dự / chỉ tiêu", 10, "attended", "allocation")
		.text("submission", "Gửi danh sách", 20, ClassWardRow::submission)
		.date("submittedOn", "Ngày nhận", 12, ClassWardRow::submittedOn)
		.totalLabelledIn("ward")
		.build();

	static final Table<FindingRow> FINDINGS = Table.<FindingRow>named("findings", "Phát hiện")
		.text("severity", "Mức độ", 14, (row) -> row.severity().label())
		.text("code", "Mã", 24, FindingRow::code)
		.text("subject", "Đối tượng", 40, FindingRow::subject)
		.text("message", "Nội dung", 80, FindingRow::message)
		.build();

	private ClassReport() {
	}

	static String baseName(ClassReportData data) {
		return "doi-chieu-lop-" + data.trainingClass().code();
	}

	/**
	 * The roster table for a class of these days: columns {@code day1} … {@code dayN}
	 * headed by the date.
	 */
	static Table<RosterLine> roster(List<LocalDate> days) {
		Table.Builder<RosterLine> table = Table.<RosterLine>named("roster", "Danh sách học viên")
			.number("number", "STT", 6, RosterLine::number)
			.text("ward", "Đơn vị gửi", 24, RosterLine::wardName)
			.text("name", "Họ và tên", 26, (line) -> line.row().name())
			.number("birthYear", "Năm sinh", 8, (line) -> line.row().birthYear())
			.text("gender", "Giới tính", 8, (line) -> (line.row().gender() != null) ? line.row().gender().label() : "")
			.text("position", "Chức vụ", 24, (line) -> line.row().position())
			.text("unit", "Đơn vị công tác (CĐCS)", 30, (line) -> line.row().unit())
			.text("phone", "Điện thoại (đã che)", 14, (line) -> line.row().maskedPhone())
			.text("cccd", "CCCD (đã che)", 16, (line) -> line.row().maskedCccd());
		for (int i = 0; i < days.size(); i++) {
			int day = i;
			table.text("day" + (i + 1), "Ngày " + DAY.format(days.get(i)), 8,
					(line) -> line.row().marks().get(day).symbol());
		}
		return table.count("presentDays", "Số ngày có mặt", 8, (line) -> line.row().presentDays())
			.text("status", "Kết quả", 16, (line) -> line.row().status().label())
			.build();
	}

	static ReportContent content(ClassReportData data) {
		ReportHeader header = data.header();
		ClassRow trainingClass = data.trainingClass();
		String title = "Đối chiếu lớp " + trainingClass.code();
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("issuer", ReportText.upper(header.issuerName()));
		parameters.put("title", "BÁO CÁO ĐỐI CHIẾU LỚP " + trainingClass.code());
		parameters.put("classTitle", trainingClass.title());
		parameters.put("classInfo",
				"Chương trình " + trainingClass.programmeSection() + ": " + data.programmeTitle() + ". Thời gian: "
						+ ReportText.dates(trainingClass.start(), trainingClass.end()) + " (" + trainingClass.dayCount()
						+ " ngày)" + ((trainingClass.venue() != null) ? ". Địa điểm: " + trainingClass.venue() : "")
						+ ".");
		parameters.put("summary", summary(trainingClass));
		parameters.put("asOf", "Số liệu tính đến ngày " + VietnameseFormat.date(data.asOf()));
		parameters.put("privacy", PRIVACY_NOTE);
		parameters.put("legend", "Điểm danh — " + Mark.LEGEND + ".");
		parameters.put("dayCount", data.days().size());
		parameters.put("dayLabels", data.days().stream().map(DAY::format).toList());
		parameters.put("footer", header.planCode() + " · " + title + " · chỉ dùng nội bộ");
		Map<String, String> wardNames = new HashMap<>();
		data.wards().forEach((ward) -> wardNames.put(ward.wardCode(), ward.wardName()));
		RowSource<RosterLine> lines = () -> {
			AtomicInteger number = new AtomicInteger();
			return data.roster()
				.open()
				.map((row) -> new RosterLine(number.incrementAndGet(),
						wardNames.getOrDefault(row.wardCode(), row.wardCode()), row));
		};
		List<TableRows> tables = List.of(TableRows.of(WARDS, data.wards()),
				TableRows.streamed(roster(data.days()), trainingClass.listed(), lines),
				TableRows.streamed(FINDINGS, -1, data.findings()));
		List<String[]> info = new ArrayList<>();
		info.add(new String[] { "Báo cáo", "Báo cáo đối chiếu lớp " + trainingClass.code() });
		info.add(new String[] { "Lớp", trainingClass.title() });
		info.add(new String[] { "Thời gian", ReportText.dates(trainingClass.start(), trainingClass.end()) });
		info.add(new String[] { "Số liệu tính đến", VietnameseFormat.date(data.asOf()) });
		info.add(new String[] { "Tóm tắt", summary(trainingClass) });
		info.add(new String[] { "Lưu ý", PRIVACY_NOTE });
		return new ReportContent(TEMPLATE, baseName(data), "Báo cáo đối chiếu lớp " + trainingClass.code(),
				header.issuerName(), trainingClass.title(), parameters, tables, List.of(), info);
	}

	private static String summary(ClassRow row) {
		return "Chỉ tiêu " + VietnameseFormat.number(row.quota()) + " học viên; " + row.wardsSubmitted() + "/"
				+ row.wardsAllocated() + " đơn vị đã gửi danh sách; " + VietnameseFormat.number(row.listed())
				+ " học viên trong danh sách, " + VietnameseFormat.number(row.attended()) + " tham dự ("
				+ ReportText.percent(row.attendedRatio()) + " chỉ tiêu), " + VietnameseFormat.number(row.completed())
				+ " hoàn thành (" + ReportText.percent(row.completedRatio()) + ").";
	}

	/** A roster row with its number and its ward's name, as the table prints it. */
	record RosterLine(int number, String wardName, RosterRow row) {

	}

}
