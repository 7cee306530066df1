package vn.congdoan.taphuan.reconcile;

import java.util.Locale;

/**
 * How serious a finding is, most serious first: ERROR (figures or money are wrong until
 * someone acts), WARNING (a problem to look into), INFO (a fact worth knowing). The label
 * is the one word every report, workbook and terminal line uses for it.
 */
public enum FindingSeverity {

	ERROR("Nghiêm trọng"), WARNING("Cảnh báo"), INFO("Lưu ý");

	private final String label;

	FindingSeverity(String label) {
		this.label = label;
	}

	/** The Vietnamese word: "Nghiêm trọng", "Cảnh báo", "Lưu ý". */
	public String label() {
		return this.label;
	}

	/** The label inside a sentence: "nghiêm trọng". */
	public String lowerLabel() {
		return this.label.toLowerCase(Locale.forLanguageTag("vi"));
	}

}
