package vn.congdoan.taphuan.national;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The hidden metadata of a statistical form written by taphuan: the contract between the
 * form writer and {@code national import}. A very hidden sheet named {@value #SHEET_NAME}
 * holds one key per row in column A and its value in column B, as plain strings:
 * {@code template} = {@value #TEMPLATE_ID}, {@code version} (the form version,
 * {@value #VERSION} today), {@code kind} (BLANK: the blank form; FILLED: written from a
 * province's data; NATIONAL: the national roll-up), {@code year}, {@code sheet} (the
 * form's sheet), and for a filled form {@code unit}, {@code plan}, {@code asOf}.
 *
 * @param version the form version the file was written with
 * @param kind BLANK, FILLED or NATIONAL
 * @param year the report year
 * @param sheet the name of the form's sheet
 * @param unit the reporting unit's code, or {@code null}
 * @param plan the plan the figures were computed from, or {@code null}
 * @param asOf the figures' date, or {@code null}
 */
record FormMetadata(String version, String kind, int year, String sheet, String unit, String plan, LocalDate asOf) {

	static final String SHEET_NAME = "taphuan-bieu-tk";

	static final String TEMPLATE_ID = "taphuan-national-form";

	/**
	 * The form version written today: a later layout gets the next number, and the import
	 * refuses a version newer than it knows.
	 */
	static final String VERSION = "1";

	static final String BLANK = "BLANK";

	static final String FILLED = "FILLED";

	static final String NATIONAL = "NATIONAL";

	/** The rows of the metadata sheet, key to value, in order. */
	Map<String, String> entries() {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("template", TEMPLATE_ID);
		entries.put("version", this.version);
		entries.put("kind", this.kind);
		entries.put("year", Integer.toString(this.year));
		entries.put("sheet", this.sheet);
		entries.put("unit", (this.unit != null) ? this.unit : "");
		entries.put("plan", (this.plan != null) ? this.plan : "");
		entries.put("asOf", (this.asOf != null) ? this.asOf.toString() : "");
		return entries;
	}

	/**
	 * The metadata read back from the sheet's key/value rows (keys compared in lower
	 * case); empty when the sheet is not one of ours. The version is returned as found,
	 * for the reader to decide whether it knows it.
	 */
	static Optional<FormMetadata> from(Map<String, String> entries) {
		Map<String, String> lower = new LinkedHashMap<>();
		entries.forEach((key, value) -> lower.put(key.strip().toLowerCase(Locale.ROOT),
				(value != null && !value.isBlank()) ? value.strip() : null));
		if (!TEMPLATE_ID.equals(lower.get("template")) || lower.get("version") == null) {
			return Optional.empty();
		}
		Integer year = null;
		try {
			year = (lower.get("year") != null) ? Integer.valueOf(lower.get("year").replaceAll("\\.0$", "")) : null;
		}
		catch (NumberFormatException ex) {
			year = null;
		}
		LocalDate asOf = null;
		try {
			asOf = (lower.get("asof") != null) ? LocalDate.parse(lower.get("asof")) : null;
		}
		catch (RuntimeException ex) {
			asOf = null;
		}
		return Optional.of(new FormMetadata(lower.get("version"), lower.get("kind"), (year != null) ? year : 0,
				lower.get("sheet"), lower.get("unit"), lower.get("plan"), asOf));
	}

	/** Whether this reader knows the version (it knows every version up to its own). */
	boolean versionKnown() {
		try {
			return Integer.parseInt(this.version.replaceAll("\\.0$", "")) <= Integer.parseInt(VERSION);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
