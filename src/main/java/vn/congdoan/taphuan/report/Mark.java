package vn.congdoan.taphuan.report;

/**
 * One day's roll-call mark of a trainee, written as the class report prints it.
 */
public enum Mark {

	/** Có mặt. */
	PRESENT("x"),

	/** Vắng có phép. */
	EXCUSED("P"),

	/** Vắng không phép, or no mark at all. */
	ABSENT("K");

	/** The legend printed under the roster. */
	public static final String LEGEND = "x: có mặt; P: vắng có phép; K: vắng không phép";

	private final String symbol;

	Mark(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return this.symbol;
	}

}
