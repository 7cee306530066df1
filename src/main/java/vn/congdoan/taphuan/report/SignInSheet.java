package vn.congdoan.taphuan.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The sign-in sheet's content: template {@code signin} (A4 landscape), one line per
 * expected trainee with a signature box per class day.
 */
final class SignInSheet {

	static final String TEMPLATE = "signin";

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

	static final Table<SignInLine> LINES = Table.<SignInLine>named("lines", "Danh sách ký tên")
		.number("number", "STT", 6, SignInLine::number)
		.text("name", "Họ và tên", 28, SignInLine::name)
		.text("position", "Chức vụ công đoàn", 20, SignInLine::position)
		.text("unit", "Đơn vị công tác (CĐCS)", 30, SignInLine::unit)
		.build();

	private SignInSheet() {
	}

	static String baseName(SignInSheetData data) {
		return "danh-sach-ky-ten-" + data.classCode() + "-" + data.wardCode();
	}

	static ReportContent content(SignInSheetData data) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("issuer", data.header().issuerName().toUpperCase(VI));
		parameters.put("title", "DANH SÁCH HỌC VIÊN KÝ TÊN THAM DỰ LỚP TẬP HUẤN");
		parameters.put("classTitle", data.classTitle());
		String dates = (data.days().size() == 1) ? VietnameseFormat.date(data.days().get(0))
				: VietnameseFormat.date(data.days().get(0)) + " - "
						+ VietnameseFormat.date(data.days().get(data.days().size() - 1));
		parameters.put("classInfo", "Mã lớp: " + data.classCode() + " — Thời gian: " + dates + " (" + data.days().size()
				+ " ngày)" + ((data.venue() != null) ? " — Địa điểm: " + data.venue() : ""));
		parameters.put("ward",
				data.wardUnionName().toUpperCase(VI) + " — chỉ tiêu phân bổ: " + data.allocation() + " người");
		parameters.put("source", data.source());
		List<String> labels = new ArrayList<>();
		StringBuilder tally = new StringBuilder("Số học viên có mặt (thư ký lớp ghi):");
		for (var day : data.days()) {
			labels.add(VietnameseFormat.date(day));
			tally.append("   ngày ").append(DAY.format(day)).append(": ..........");
		}
		parameters.put("dayCount", data.days().size());
		parameters.put("dayLabels", labels);
		parameters.put("tally", tally.toString());
		parameters.put("footer", data.header().planCode() + " — " + data.classCode() + " — " + data.wardCode()
				+ " — Danh sách ký tên (có dữ liệu cá nhân: chỉ dùng tại lớp, nộp lại Ban tổ chức)");
		String title = "Danh sách ký tên " + data.classCode() + " — " + data.wardUnionName();
		return new ReportContent(TEMPLATE, baseName(data), title, data.header().issuerName(),
				"Danh sách học viên ký tên tham dự lớp " + data.classCode(), parameters,
				List.of(TableRows.of(LINES, data.lines())), List.of(), List.of(), List.of());
	}

}
