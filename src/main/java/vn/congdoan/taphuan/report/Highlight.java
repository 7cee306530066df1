package vn.congdoan.taphuan.report;

/**
 * How a table row is marked for its reader: a ward that sent no list, one under the
 * threshold, one over its allocation. The PDF and the XLSX colour the row alike; the word
 * is for a reader who prints in black and white.
 */
public enum Highlight {

	NONE(""),

	/** Its list is missing for a class that has ended. */
	MISSING("Chưa gửi danh sách"),

	/** Attended below the threshold of its allocation. */
	LOW("Dưới ngưỡng"),

	/** Attended above its allocation. */
	OVER("Vượt chỉ tiêu");

	private final String label;

	Highlight(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
