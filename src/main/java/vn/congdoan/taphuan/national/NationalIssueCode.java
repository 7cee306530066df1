package vn.congdoan.taphuan.national;

/**
 * Stable codes for every problem {@code national import} finds in a form: a public
 * contract (JSON, the national report, scripts). ERROR refuses the form (nothing of it is
 * stored but its archived bytes and the reason); WARNING keeps it and shows in the
 * national report; INFO is a note.
 */
public enum NationalIssueCode {

	// the form is refused

	FILE_UNREADABLE(Severity.ERROR, "Không đọc được tệp: tệp hỏng, không phải bảng tính, hoặc sai đuôi tệp."),

	FILE_ENCRYPTED(Severity.ERROR, "Tệp có đặt mật khẩu."),

	FILE_TOO_LARGE(Severity.ERROR, "Tệp quá lớn so với giới hạn cho phép."),

	NO_FORM(Severity.ERROR,
			"Không tìm thấy bảng số liệu của biểu thống kê (dòng theo loại chương trình, cột số liệu)."),

	PERSONAL_DATA(Severity.ERROR, "Tệp có cột dữ liệu cá nhân (họ tên, số điện thoại, CCCD, ngày sinh, dân tộc)."),

	UNIT_UNKNOWN(Severity.ERROR, "Không xác định được đơn vị gửi biểu (LĐLĐ tỉnh, thành phố hoặc công đoàn ngành)."),

	UNIT_MISMATCH(Severity.ERROR, "Biểu ghi đơn vị khác với đơn vị đã chỉ định khi nhập."),

	YEAR_UNKNOWN(Severity.ERROR, "Không xác định được năm báo cáo của biểu."),

	YEAR_MISMATCH(Severity.ERROR, "Biểu là số liệu của năm khác năm đang tổng hợp."),

	FORM_VERSION_UNSUPPORTED(Severity.ERROR, "Biểu theo phiên bản mẫu mới hơn phiên bản taphuan này đọc được."),

	NOT_A_NUMBER(Severity.ERROR, "Ô số liệu không phải là số (hoặc số lượt, số lớp có phần lẻ)."),

	NEGATIVE_VALUE(Severity.ERROR, "Số liệu âm."),

	ARITHMETIC_MISMATCH(Severity.ERROR, "Cột không khớp công thức của biểu: (4) phải bằng (5) + (6)."),

	TOTAL_MISMATCH(Severity.ERROR, "Dòng tổng không bằng tổng các dòng: TỔNG SỐ = I + II + III; III = 1 + 2."),

	PART_EXCEEDS_WHOLE(Severity.ERROR,
			"Số \"trong đó\" lớn hơn tổng: (9) đến (14) không được lớn hơn (8); " + "(16) không được lớn hơn (15)."),

	NO_FIGURES(Severity.ERROR, "Biểu không có số liệu nào."),

	// kept, with a warning

	SETTLED_ABOVE_ESTIMATE(Severity.WARNING, "Quyết toán (17) lớn hơn dự toán của các lớp đã quyết toán (16)."),

	SETTLED_WITHOUT_ESTIMATE(Severity.WARNING,
			"Có số quyết toán (17) nhưng không có dự toán của các lớp đã quyết toán (16): không so sánh được."),

	POSITIONS_ABOVE_ATTENDED(Severity.WARNING,
			"Chủ tịch, phó chủ tịch (10) cộng cán bộ chuyên trách (11) lớn hơn tổng lượt (8): có thể tính trùng."),

	CLASSES_WITHOUT_TRAINEES(Severity.WARNING, "Có lớp đã tổ chức (4) nhưng không có lượt học viên (8)."),

	TRAINEES_WITHOUT_CLASSES(Severity.WARNING, "Có lượt học viên (8) nhưng số lớp đã tổ chức (4) bằng 0."),

	// notes

	VALUE_COMPUTED(Severity.INFO, "Ô tổng (hoặc cột (4)) để trống: taphuan đã tính từ các ô thành phần."),

	MONEY_UNIT_CONVERTED(Severity.INFO, "Kinh phí ghi theo đơn vị khác đồng (triệu đồng, nghìn đồng): đã quy ra đồng."),

	COLUMN_MISSING(Severity.INFO, "Biểu không có cột này: coi là không có số liệu."),

	COLUMN_IGNORED(Severity.INFO, "Cột không thuộc biểu hoặc lặp lại, đã bỏ qua."),

	ROW_IGNORED(Severity.INFO, "Dòng có số liệu nhưng không thuộc loại chương trình nào của biểu, đã bỏ qua."),

	SHEET_SKIPPED(Severity.INFO, "Trang tính khác cũng giống biểu thống kê, đã bỏ qua."),

	YEAR_ASSUMED(Severity.INFO, "Biểu không ghi năm: lấy năm đang tổng hợp.");

	private final Severity severity;

	private final String description;

	NationalIssueCode(Severity severity, String description) {
		this.severity = severity;
		this.description = description;
	}

	public Severity severity() {
		return this.severity;
	}

	/** What the problem is, in Vietnamese. */
	public String description() {
		return this.description;
	}

	/** ERROR: the form is refused; WARNING: kept with a warning; INFO: a note. */
	public enum Severity {

		ERROR("lỗi"), WARNING("cảnh báo"), INFO("ghi chú");

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		/** How the terminal and the reports name it. */
		public String label() {
			return this.label;
		}

	}

}
