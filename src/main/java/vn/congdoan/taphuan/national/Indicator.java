package vn.congdoan.taphuan.national;

/**
 * What the national report ranks units by, each read from a unit's TỔNG SỐ row: higher
 * ranks first. A unit without the figures an indicator needs is not ranked on it, and a
 * national ratio adds up only the units that give both its figures.
 */
public enum Indicator {

	/** (8): trainee-turns attended. */
	ATTENDED("Lượt học viên tham dự", FormColumn.ATTENDED, null),

	/** (8) / (7): trainee-turns against the plan. */
	FULFILMENT("Tỷ lệ lượt tham dự so với kế hoạch", FormColumn.ATTENDED, FormColumn.TRAINEES_PLANNED),

	/** (13) / (8): of the trainee-turns, how many completed. */
	COMPLETION("Tỷ lệ hoàn thành chương trình", FormColumn.COMPLETED, FormColumn.ATTENDED),

	/** (9) / (8): women among the trainee-turns. */
	WOMEN_SHARE("Tỷ lệ nữ trong lượt học viên", FormColumn.WOMEN, FormColumn.ATTENDED),

	/** (4) / (3): classes held against the plan. */
	CLASSES("Tỷ lệ lớp đã tổ chức so với kế hoạch", FormColumn.CLASSES_HELD, FormColumn.CLASSES_PLANNED);

	private final String label;

	private final FormColumn numerator;

	private final FormColumn denominator;

	Indicator(String label, FormColumn numerator, FormColumn denominator) {
		this.label = label;
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public String label() {
		return this.label;
	}

	public FormColumn numerator() {
		return this.numerator;
	}

	/** The column divided by, or {@code null} for a count. */
	public FormColumn denominator() {
		return this.denominator;
	}

	public boolean isRatio() {
		return this.denominator != null;
	}

	/** The indicator's value of a row: {@code null} when a figure it needs is missing. */
	public Double of(RowFigures row) {
		Long numerator = row.get(this.numerator);
		if (numerator == null) {
			return null;
		}
		if (this.denominator == null) {
			return numerator.doubleValue();
		}
		Long denominator = row.get(this.denominator);
		return (denominator != null && denominator > 0) ? numerator.doubleValue() / denominator : null;
	}

	/** The SQL of the value over {@code national_form_row r}. */
	String expression() {
		return (this.denominator == null) ? "r." + this.numerator.dbColumn()
				: "CAST(r." + this.numerator.dbColumn() + " AS DOUBLE PRECISION) / r." + this.denominator.dbColumn();
	}

	/** The SQL condition for a unit to be ranked. */
	String condition() {
		return (this.denominator == null) ? "r." + this.numerator.dbColumn() + " IS NOT NULL"
				: "r." + this.numerator.dbColumn() + " IS NOT NULL AND r." + this.denominator.dbColumn() + " > 0";
	}

}
