package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The class reconciliation's content: template {@code class} (A4 landscape), every ward
 * (marked when its list is missing, under the threshold or over its allocation), every
 * listed trainee with each day's mark and a subtotal per ward (phone and CCCD masked;
 * findings about a trainee marked on the trainee's row), and the findings a person has to
 * decide on, each with its id.
 */
final class ClassReport {

	static final String TEMPLATE = "class";

	static final String PRIVACY_NOTE = "Tài liệu có dữ liệu cá nhân, chỉ dùng nội bộ để đối chiếu; số điện thoại và "
			+ "số CCCD đã được che một phần (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15).";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M");

	static final Table<ClassWardRow> WARDS = Table.<ClassWardRow>named("wards", "Theo đơn vị")
		.text("ward", "Đơn vị", 26, (row) -> ReportText.upperFirst(row.wardName()))
		.count("allocation", "Chỉ tiêu phân bổ", 10, ClassWardRow::allocation)
		.count("listed", "Danh sách", 10, ClassWardRow::listed)
		.count("attended", "Có mặt", 10, ClassWardRow::attended)
		.ratio("attendedRatio", "Có mặt / chỉ tiêu phân bổ", 10, "attended", "allocation")
		.count("completed", "Hoàn thành", 10, ClassWardRow::completed)
		.text("submission", "Gửi danh sách", 20, ClassWardRow::submission)
		.date("submittedOn", "Ngày nhận", 12, ClassWardRow::submittedOn)
		.totalLabelledIn("ward", "Cả lớp")
		.landscape()
		.build();

	static final Table<FindingRow> FINDINGS = Table.<FindingRow>named("findings", "Phát hiện")
		.text("shortId", "Mã phát hiện", 12, FindingRow::shortId)
		.text("severity", "Mức độ", 14, (row) -> row.severity().label())
		.text("label", "Loại vấn đề", 28, FindingRow::label)
		.text("subject", "Đối tượng", 40, FindingRow::subject)
		.text("message", "Nội dung", 80, FindingRow::message)
		.text("status", "Tình trạng", 14, (row) -> row.acknowledged() ? "Đã xác nhận" : "Chưa xử lý")
		.text("id", "Mã đầy đủ (taphuan findings ack)", 34, FindingRow::id)
		.text("code", "Mã loại", 30, FindingRow::code)
		.landscape()
		.build();

	private ClassReport() {
	}

	static String baseName(ClassReportData data) {
		return "doi-chieu-lop-" + data.trainingClass().code();
	}

	/**
	 * The roster table for a class of these days: columns {@code day1} … {@code dayN}
	 * headed by the date; a bold subtotal line closes each ward's rows.
	 */
	static Table<RosterLine> roster(List<LocalDate> days) {
		Table.Builder<RosterLine> table = Table.<RosterLine>named("roster", "Danh sách học viên")
			.number("number", "STT", 6, RosterLine::number)
			.text("ward", "Đơn vị gửi", 24, (line) -> ReportText.upperFirst(line.wardName()))
			.text("name", "Họ và tên", 26,
					(line) -> line.isSubtotal() ? "Cộng đơn vị: " + line.subtotal().listed() + " người"
							: line.row().name())
			.number("birthYear", "Năm sinh", 8, (line) -> line.isSubtotal() ? null : line.row().birthYear())
			.text("gender", "Giới tính", 8,
					(line) -> (line.isSubtotal() || line.row().gender() == null) ? "" : line.row().gender().label())
			.text("position", "Chức vụ", 24, (line) -> line.isSubtotal() ? "" : line.row().position())
			.text("unit", "Đơn vị công tác (CĐCS)", 30,
					(line) -> line.isSubtotal()
							? "có mặt " + line.subtotal().attended() + ", hoàn thành " + line.subtotal().completed()
							: line.row().unit())
			.text("phone", "Điện thoại (đã che)", 14, (line) -> line.isSubtotal() ? "" : line.row().maskedPhone())
			.text("cccd", "CCCD (đã che)", 16, (line) -> line.isSubtotal() ? "" : line.row().maskedCccd());
		for (int i = 0; i < days.size(); i++) {
			int day = i;
			table.text("day" + (i + 1), "Ngày " + DAY.format(days.get(i)), 8,
					(line) -> line.isSubtotal() ? "" : line.row().marks().get(day).symbol());
		}
		return table
			.count("presentDays", "Số ngày có mặt", 8, (line) -> line.isSubtotal() ? null : line.row().presentDays())
			.text("status", "Kết quả", 16, (line) -> line.isSubtotal() ? "" : line.row().status().label())
			.text("notes", "Ghi chú", 30, (line) -> line.isSubtotal() ? "" : line.row().notes())
			.text("findings", "Mã phát hiện", 40,
					(line) -> line.isSubtotal() ? "" : String.join(", ", line.row().findings()))
			.subtotalWhen(RosterLine::isSubtotal)
			.landscape()
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
		parameters.put("legend", "Điểm danh — " + Mark.LEGEND + ". Dòng in đậm: cộng của từng đơn vị.");
		parameters.put("wardLegend", "Tô màu: đỏ — chưa gửi danh sách; cam — có mặt dưới ngưỡng "
				+ ReportText.wholePercent(data.underfillThreshold()) + " chỉ tiêu phân bổ; vàng — vượt chỉ tiêu.");
		parameters.put("findingsNote", findingsNote(data));
		parameters.put("dayCount", data.days().size());
		parameters.put("dayLabels", data.days().stream().map(DAY::format).toList());
		parameters.put("footer", header.planCode() + " · " + title + " · chỉ dùng nội bộ");
		Map<String, ClassWardRow> wards = new HashMap<>();
		data.wards().forEach((ward) -> wards.put(ward.wardCode(), ward));
		RowSource<RosterLine> lines = () -> withSubtotals(data.roster().open(), wards);
		long wardsListed = data.wards().stream().filter((ward) -> ward.listed() > 0).count();
		double threshold = data.underfillThreshold();
		List<TableRows> tables = List.of(
				TableRows.of(WARDS.withHighlight((row) -> row.highlight(threshold)), data.wards()),
				TableRows.streamed(roster(data.days()), trainingClass.listed() + (int) wardsListed, lines),
				TableRows.streamed(FINDINGS, -1, data.findings()));
		List<String[]> info = new ArrayList<>();
		info.add(new String[] { "Báo cáo", "Báo cáo đối chiếu lớp " + trainingClass.code() });
		info.add(new String[] { "Lớp", trainingClass.title() });
		info.add(new String[] { "Thời gian", ReportText.dates(trainingClass.start(), trainingClass.end()) });
		info.add(new String[] { "Số liệu tính đến", VietnameseFormat.date(data.asOf()) });
		info.add(new String[] { "Tóm tắt", summary(trainingClass) });
		info.add(new String[] { "Phát hiện", findingsNote(data) });
		info.add(new String[] { "Xác nhận phát hiện",
				"taphuan findings ack <Mã phát hiện> --note \"…\" (mã đầy đủ ở bảng Phát hiện và cột Mã phát hiện "
						+ "của Danh sách học viên; 10 chữ số cuối cũng được)" });
		info.add(new String[] { "Lưu ý", PRIVACY_NOTE });
		return new ReportContent(TEMPLATE, baseName(data), "Báo cáo đối chiếu lớp " + trainingClass.code(),
				header.issuerName(), trainingClass.title(), parameters, tables, List.of(), info, List.of());
	}

	private static String summary(ClassRow row) {
		return "Chỉ tiêu " + VietnameseFormat.number(row.quota()) + " học viên; " + row.wardsSubmitted() + "/"
				+ row.wardsAllocated() + " đơn vị đã gửi danh sách; " + VietnameseFormat.number(row.listed())
				+ " học viên trong danh sách, " + VietnameseFormat.number(row.attended()) + " có mặt ("
				+ ReportText.percent(row.attendedRatio()) + " chỉ tiêu), " + VietnameseFormat.number(row.completed())
				+ " hoàn thành (" + ReportText.percent(row.completedRatio()) + ").";
	}

	/**
	 * What the findings table leaves out: trainees who did not complete the class are
	 * marked in the roster's result column, not listed again.
	 */
	static String findingsNote(ClassReportData data) {
		ClassRow row = data.trainingClass();
		int incomplete = row.listed() - row.completed();
		String note = "Bảng dưới liệt kê các vấn đề cần người xử lý quyết định; mã phát hiện dùng để xác nhận.";
		if (incomplete > 0 && !row.end().isAfter(data.asOf())) {
			note += " Ngoài ra " + VietnameseFormat.number(incomplete)
					+ " học viên chưa học đủ thời gian (mức Lưu ý): xem cột Kết quả của danh sách học viên.";
		}
		return note;
	}

	/**
	 * The roster with a subtotal line after each ward's rows, numbered within the class.
	 */
	private static Stream<RosterLine> withSubtotals(Stream<RosterRow> rows, Map<String, ClassWardRow> wards) {
		Iterator<RosterRow> source = rows.iterator();
		Iterator<RosterLine> lines = new Iterator<>() {

			private RosterRow pending;

			private String ward;

			private int number;

			private boolean closed;

			@Override
			public boolean hasNext() {
				return this.pending != null || source.hasNext() || (this.ward != null && !this.closed);
			}

			@Override
			public RosterLine next() {
				RosterRow row = (this.pending != null) ? this.pending : (source.hasNext() ? source.next() : null);
				this.pending = null;
				if (row == null || (this.ward != null && !row.wardCode().equals(this.ward))) {
					if (this.ward == null || this.closed) {
						throw new NoSuchElementException();
					}
					this.pending = row;
					ClassWardRow ward = wards.get(this.ward);
					String finished = this.ward;
					this.ward = null;
					this.closed = row == null;
					return new RosterLine(null, ward.wardName(), null, ward, finished);
				}
				this.ward = row.wardCode();
				this.number++;
				ClassWardRow ward = wards.get(row.wardCode());
				return new RosterLine(this.number, (ward != null) ? ward.wardName() : row.wardCode(), row, null,
						row.wardCode());
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
			.onClose(rows::close);
	}

	/**
	 * A roster line as the table prints it: a trainee with its number and ward name, or
	 * the subtotal of a ward ({@code row} {@code null}).
	 */
	record RosterLine(Integer number, String wardName, RosterRow row, ClassWardRow subtotal, String wardCode) {

		boolean isSubtotal() {
			return this.row == null;
		}

	}

}
