package vn.congdoan.taphuan.intake;

/**
 * Stable codes for every problem an import can find: a public contract (JSON output,
 * feedback workbooks, scripts). Each code has its scope and the advice a ward officer
 * needs to fix it.
 */
public enum IssueCode {

	// rows rejected: not counted, kept with their raw cells

	NAME_MISSING(Scope.ROW_REJECTED, "Dòng có số liệu nhưng thiếu họ tên.",
			"Điền họ và tên học viên, hoặc xóa dòng nếu thừa."),

	NAME_INVALID(Scope.ROW_REJECTED, "Họ tên không hợp lệ (có chữ số, ký hiệu, hoặc chỉ có một từ).",
			"Ghi đủ họ và tên bằng chữ, ví dụ: Nguyễn Thị Hoa."),

	DUPLICATE_ROW(Scope.ROW_REJECTED, "Học viên này đã có ở một dòng khác trong cùng tệp.",
			"Xóa dòng trùng, hoặc sửa lại nếu là hai người khác nhau (ghi CCCD để phân biệt)."),

	// rows kept, with a warning

	BIRTH_YEAR_INVALID(Scope.ROW_WARNING, "Năm sinh không đọc được hoặc không hợp lý.",
			"Ghi năm sinh 4 chữ số (ví dụ 1985) hoặc ngày sinh dd/mm/yyyy."),

	GENDER_MISSING(Scope.ROW_WARNING, "Không xác định được giới tính.",
			"Ghi 'Nam' hoặc 'Nữ' ở cột Giới tính, hoặc ghi năm sinh vào đúng cột Nam / Nữ."),

	POSITION_UNKNOWN(Scope.ROW_WARNING, "Chức vụ công đoàn không nhận ra.",
			"Ghi chức vụ theo danh sách: Chủ tịch, Phó Chủ tịch, Ủy viên BCH, Ủy viên UBKT, Trưởng/Phó ban nữ công, Tổ trưởng, Tổ phó, Cán bộ chuyên trách, Đoàn viên."),

	MARK_UNKNOWN(Scope.ROW_WARNING, "Ký hiệu điểm danh không nhận ra.",
			"Dùng x (có mặt), P (vắng có phép), K (vắng không phép)."),

	PHONE_INVALID(Scope.ROW_WARNING, "Số điện thoại không hợp lệ.",
			"Ghi số điện thoại 10 chữ số bắt đầu bằng 0 (định dạng ô là Văn bản để giữ số 0 đầu)."),

	CCCD_INVALID(Scope.ROW_WARNING, "Số CCCD không hợp lệ.", "Ghi đủ 12 chữ số của căn cước công dân."),

	// whole file rejected: nothing of it stored

	FILE_UNREADABLE(Scope.FILE_REJECTED, "Không đọc được tệp: tệp hỏng, không phải bảng tính, hoặc sai đuôi tệp.",
			"Mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại."),

	FILE_ENCRYPTED(Scope.FILE_REJECTED, "Tệp có đặt mật khẩu.",
			"Bỏ mật khẩu (File > Info > Protect Workbook) rồi gửi lại."),

	FILE_TOO_LARGE(Scope.FILE_REJECTED, "Tệp quá lớn so với giới hạn cho phép.",
			"Kiểm tra tệp: chỉ giữ danh sách học viên của một lớp, bỏ hình ảnh và các trang thừa."),

	NO_HEADER(Scope.FILE_REJECTED, "Không tìm thấy dòng tiêu đề cột (STT, Họ và tên, ...).",
			"Dùng mẫu danh sách của LĐLĐ tỉnh: dòng tiêu đề có cột 'Họ và tên' trong 30 dòng đầu."),

	NO_ROWS(Scope.FILE_REJECTED, "Có dòng tiêu đề nhưng không có học viên nào.",
			"Điền danh sách học viên bên dưới dòng tiêu đề."),

	FILE_UNASSIGNED(Scope.FILE_REJECTED, "Không xác định được tệp thuộc lớp nào, đơn vị nào.",
			"Ghi tên đơn vị và mã lớp (hoặc ngày học) ở phần đầu danh sách, hoặc dùng mẫu do LĐLĐ tỉnh gửi."),

	UNKNOWN_CLASS(Scope.FILE_REJECTED, "Mã lớp không có trong kế hoạch.", "Kiểm tra mã lớp; dùng mẫu đúng của lớp."),

	UNKNOWN_WARD(Scope.FILE_REJECTED, "Đơn vị không có trong kế hoạch.",
			"Kiểm tra tên/mã đơn vị; dùng mẫu đúng của đơn vị."),

	// notes on a file that was imported

	COLUMN_IGNORED(Scope.FILE_NOTE, "Cột không thuộc mẫu, đã bỏ qua.",
			"Không cần làm gì; dữ liệu cột này không được dùng."),

	SHEET_SKIPPED(Scope.FILE_NOTE, "Trang tính không có dòng tiêu đề danh sách, đã bỏ qua.",
			"Nếu trang này có học viên, thêm dòng tiêu đề cột như trang chính."),

	DAY_COLUMNS_MISMATCH(Scope.FILE_NOTE, "Số cột điểm danh khác số ngày học của lớp.",
			"Mỗi ngày học một cột điểm danh, tiêu đề là ngày học (dd/mm/yyyy) hoặc Ngày 1, Ngày 2, ..."),

	WARD_NOT_ALLOCATED(Scope.FILE_NOTE, "Đơn vị không được phân bổ chỉ tiêu cho lớp này.",
			"Kiểm tra lại lớp; nếu đúng, báo Bộ phận Tổ chức - Kiểm tra."),

	LEGACY_ENCODING_CONVERTED(Scope.FILE_NOTE, "Tệp gõ bằng bảng mã cũ (TCVN3/VNI), đã chuyển sang Unicode.",
			"Lần sau gõ bằng Unicode (Unikey: bảng mã Unicode, phông Times New Roman).");

	private final Scope scope;

	private final String description;

	private final String advice;

	IssueCode(Scope scope, String description, String advice) {
		this.scope = scope;
		this.description = description;
		this.advice = advice;
	}

	public Scope scope() {
		return this.scope;
	}

	public Severity severity() {
		return this.scope.severity;
	}

	/** What the problem is, in Vietnamese. */
	public String description() {
		return this.description;
	}

	/** How a ward officer fixes it, in Vietnamese. */
	public String advice() {
		return this.advice;
	}

	/**
	 * Where a problem applies and what it does to the data.
	 */
	public enum Scope {

		ROW_REJECTED(Severity.ERROR), ROW_WARNING(Severity.WARNING), FILE_REJECTED(Severity.ERROR),
		FILE_NOTE(Severity.INFO);

		private final Severity severity;

		Scope(Severity severity) {
			this.severity = severity;
		}

	}

	/**
	 * ERROR: the row or file was rejected; WARNING: kept with a warning; INFO: a note.
	 */
	public enum Severity {

		ERROR, WARNING, INFO

	}

}
