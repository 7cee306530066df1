package vn.congdoan.taphuan.wardkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hidden metadata of a fill-in template: the contract between the template writer and
 * the import job. A sheet named {@value #SHEET_NAME}, very hidden and placed last, holds
 * one key per row in column A and its value in column B, as plain strings, in this order:
 * {@code template} = {@value #TEMPLATE_ID}, {@code version} = {@value #VERSION},
 * {@code plan}, {@code class}, {@code ward}. Nothing else is on that sheet.
 *
 * @param plan the plan code, {@code AG-2026}
 * @param classCode the class code, {@code AG26-CS-01}
 * @param ward the ward (unit) code, {@code long-xuyen}
 */
public record TemplateMetadata(String plan, String classCode, String ward) {

	/** Name of the metadata sheet. */
	public static final String SHEET_NAME = "taphuan-meta";

	/** Name of the sheet wards fill in: the first sheet of the workbook. */
	public static final String DATA_SHEET_NAME = "Danh sách";

	/** Name of the visible instructions sheet, second in the workbook. */
	public static final String INSTRUCTIONS_SHEET_NAME = "Hướng dẫn";

	public static final String TEMPLATE_KEY = "template";

	public static final String VERSION_KEY = "version";

	public static final String PLAN_KEY = "plan";

	public static final String CLASS_KEY = "class";

	public static final String WARD_KEY = "ward";

	/** The keys, in row order (row 1 first). */
	public static final List<String> KEYS = List.of(TEMPLATE_KEY, VERSION_KEY, PLAN_KEY, CLASS_KEY, WARD_KEY);

	/** Value of the {@code template} key: this is a taphuan attendance template. */
	public static final String TEMPLATE_ID = "taphuan-attendance";

	/** Value of the {@code version} key for the layout written today. */
	public static final String VERSION = "1";

	public TemplateMetadata {
		requireText(plan, PLAN_KEY);
		requireText(classCode, CLASS_KEY);
		requireText(ward, WARD_KEY);
	}

	/** The rows of the metadata sheet, key to value, in order. */
	public Map<String, String> entries() {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put(TEMPLATE_KEY, TEMPLATE_ID);
		entries.put(VERSION_KEY, VERSION);
		entries.put(PLAN_KEY, this.plan);
		entries.put(CLASS_KEY, this.classCode);
		entries.put(WARD_KEY, this.ward);
		return entries;
	}

	/**
	 * The metadata read back from a metadata sheet's key/value rows; empty when the sheet
	 * is not one of ours (another template id or version) or a value is missing. Values
	 * are compared after trimming.
	 */
	public static Optional<TemplateMetadata> from(Map<String, String> entries) {
		if (!TEMPLATE_ID.equals(trimmed(entries.get(TEMPLATE_KEY)))
				|| !VERSION.equals(trimmed(entries.get(VERSION_KEY)))) {
			return Optional.empty();
		}
		String plan = trimmed(entries.get(PLAN_KEY));
		String classCode = trimmed(entries.get(CLASS_KEY));
		String ward = trimmed(entries.get(WARD_KEY));
		if (isBlank(plan) || isBlank(classCode) || isBlank(ward)) {
			return Optional.empty();
		}
		return Optional.of(new TemplateMetadata(plan, classCode, ward));
	}

	private static String trimmed(String value) {
		return (value != null) ? value.strip() : null;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isEmpty();
	}

	private static void requireText(String value, String key) {
		Objects.requireNonNull(value, key);
		if (value.isBlank()) {
			throw new IllegalArgumentException("Template metadata without a " + key);
		}
	}

}
