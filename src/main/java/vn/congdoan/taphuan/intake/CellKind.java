package vn.congdoan.taphuan.intake;

/**
 * What a spreadsheet cell held, as far as the file says.
 */
public enum CellKind {

	/** Text (shared, inline, a CSV field, or a formula's cached text). */
	TEXT,

	/** A number; {@link Cell#text()} is its plain form ("912345678", "1985", "0.5"). */
	NUMBER,

	/**
	 * A number formatted as a date; {@link Cell#text()} is dd/MM/yyyy,
	 * {@link Cell#date()} the date.
	 */
	DATE,

	/** TRUE or FALSE. */
	BOOLEAN,

	/** An error value such as #N/A, as text. */
	ERROR

}
