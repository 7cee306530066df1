package vn.congdoan.taphuan.budget;

import vn.congdoan.taphuan.intake.IssueCode;

/**
 * Stable codes for the problems only a settlement workbook can have: a public contract
 * (JSON output, scripts). File-level problems every spreadsheet can have
 * (FILE_UNREADABLE, FILE_ENCRYPTED, FILE_TOO_LARGE, NO_HEADER, NO_ROWS, FILE_UNASSIGNED,
 * UNKNOWN_CLASS, SHEET_SKIPPED) keep intake's {@link IssueCode} names.
 */
public enum SettlementIssueCode {

	/** The "Nội dung chi" text names no budget category. Line rejected. */
	CATEGORY_UNKNOWN(IssueCode.Scope.ROW_REJECTED, "Nội dung chi không thuộc khoản mục nào của dự toán.",
			"Ghi nội dung theo khoản mục: Thù lao báo cáo viên, Tài liệu, Thuê hội trường/máy chiếu, "
					+ "Hỗ trợ tiền ăn học viên, Nước uống, Phòng nghỉ báo cáo viên, Đi lại báo cáo viên, Chi khác."),

	/**
	 * Số lượng, Đơn giá or Thành tiền missing, not a number, negative, or money not in
	 * whole đồng. Line rejected.
	 */
	AMOUNT_INVALID(IssueCode.Scope.ROW_REJECTED, "Số lượng, đơn giá hoặc thành tiền thiếu, không phải số, hoặc âm.",
			"Ghi số không âm, tiền là số đồng chẵn (ví dụ 1.400.000)."),

	/**
	 * Thành tiền differs from Số lượng × Đơn giá by more than one đồng. Line rejected.
	 */
	AMOUNT_MISMATCH(IssueCode.Scope.ROW_REJECTED, "Thành tiền khác Số lượng × Đơn giá.",
			"Sửa lại số lượng, đơn giá hoặc thành tiền cho khớp."),

	/**
	 * The Ngày cell is neither a day of the class (its date, or its number 1, 2, …) nor
	 * blank, or the day has not come yet. Line rejected.
	 */
	DAY_INVALID(IssueCode.Scope.ROW_REJECTED, "Ngày chi không phải một ngày học của lớp.",
			"Ghi ngày học (dd/mm/yyyy) hoặc số thứ tự ngày (1, 2, ...); khoản chi cả lớp thì để trống."),

	/**
	 * The class has not started yet: nothing can have been spent on it. File rejected.
	 */
	CLASS_NOT_HELD(IssueCode.Scope.FILE_REJECTED, "Lớp chưa diễn ra: chưa thể quyết toán.",
			"Kiểm tra mã lớp; quyết toán sau khi lớp đã học.");

	private final IssueCode.Scope scope;

	private final String description;

	private final String advice;

	SettlementIssueCode(IssueCode.Scope scope, String description, String advice) {
		this.scope = scope;
		this.description = description;
		this.advice = advice;
	}

	public IssueCode.Scope scope() {
		return this.scope;
	}

	public IssueCode.Severity severity() {
		return switch (this.scope) {
			case ROW_REJECTED, FILE_REJECTED -> IssueCode.Severity.ERROR;
			case ROW_WARNING -> IssueCode.Severity.WARNING;
			case FILE_NOTE -> IssueCode.Severity.INFO;
		};
	}

	/** What the problem is, in Vietnamese. */
	public String description() {
		return this.description;
	}

	/** How finance fixes it, in Vietnamese. */
	public String advice() {
		return this.advice;
	}

}
