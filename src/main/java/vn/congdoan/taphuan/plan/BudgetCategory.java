package vn.congdoan.taphuan.plan;

/**
 * Budget categories of a class (dự toán / quyết toán), with the Vietnamese label finance
 * uses.
 */
public enum BudgetCategory {

	LECTURER_FEE("Thù lao báo cáo viên", false),

	DOCUMENTS("Tài liệu", false),

	HALL_EQUIPMENT("Hội trường, máy chiếu", false),

	MEALS("Hỗ trợ tiền ăn học viên", true),

	WATER("Nước uống", true),

	LECTURER_LODGING("Phòng nghỉ báo cáo viên", false),

	LECTURER_TRAVEL("Đi lại báo cáo viên", false),

	OTHER("Chi khác", false);

	private final String label;

	private final boolean perTraineeDay;

	BudgetCategory(String label, boolean perTraineeDay) {
		this.label = label;
		this.perTraineeDay = perTraineeDay;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Paid per trainee and class day, so it can be checked against who was present that
	 * day.
	 */
	public boolean isPerTraineeDay() {
		return this.perTraineeDay;
	}

}
