package vn.congdoan.taphuan.budget;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.plan.BudgetCategory;

/**
 * Maps the "Nội dung chi" text finance writes to the plan's budget categories, without
 * regard to accents, case or punctuation. Rules are tried in order and the first whose
 * phrase occurs as whole words wins, so the lecturer's room and travel are recognised
 * before the lecturer's fee, a meeting room is the hall, and "Tiền ăn, nước uống" counts
 * as meals.
 */
final class CategoryLabels {

	/**
	 * The labels the settlement template offers in its drop-down, one per category, in
	 * the order finance lists them.
	 */
	static final Map<BudgetCategory, String> TEMPLATE_LABELS;

	static {
		Map<BudgetCategory, String> labels = new LinkedHashMap<>();
		labels.put(BudgetCategory.LECTURER_FEE, "Thù lao báo cáo viên");
		labels.put(BudgetCategory.DOCUMENTS, "Tài liệu học viên");
		labels.put(BudgetCategory.HALL_EQUIPMENT, "Thuê hội trường, máy chiếu");
		labels.put(BudgetCategory.MEALS, "Hỗ trợ tiền ăn học viên");
		labels.put(BudgetCategory.WATER, "Nước uống");
		labels.put(BudgetCategory.LECTURER_LODGING, "Phòng nghỉ báo cáo viên");
		labels.put(BudgetCategory.LECTURER_TRAVEL, "Đi lại báo cáo viên");
		labels.put(BudgetCategory.OTHER, "Chi khác");
		TEMPLATE_LABELS = Collections.unmodifiableMap(labels);
	}

	/** Folded phrases, tried in this order. */
	private static final List<Rule> RULES = List.of(
			new Rule(BudgetCategory.HALL_EQUIPMENT, "hoi truong", "may chieu", "am thanh", "khanh tiet", "trang tri",
					"phong hop"),
			new Rule(BudgetCategory.LECTURER_LODGING, "phong nghi", "thue phong", "tien phong", "luu tru", "khach san",
					"nha nghi"),
			new Rule(BudgetCategory.LECTURER_TRAVEL, "di lai", "tau xe", "ve xe", "xang xe", "ve may bay",
					"cong tac phi", "phuong tien"),
			new Rule(BudgetCategory.LECTURER_FEE, "thu lao", "boi duong giang vien", "boi duong bao cao vien",
					"boi duong bcv", "bao cao vien", "giang vien", "bcv"),
			new Rule(BudgetCategory.DOCUMENTS, "tai lieu", "in an", "photo", "van phong pham"),
			new Rule(BudgetCategory.MEALS, "tien an", "an trua", "an ca", "suat an", "boi duong hoc vien"),
			new Rule(BudgetCategory.WATER, "nuoc uong", "nuoc suoi", "giai khat", "che nuoc", "tra nuoc"),
			new Rule(BudgetCategory.OTHER, "chi khac", "khac"));

	private CategoryLabels() {
	}

	/** The category a label names, if any. */
	static Optional<BudgetCategory> category(String label) {
		if (label == null || label.isBlank()) {
			return Optional.empty();
		}
		String words = words(label);
		for (BudgetCategory category : BudgetCategory.values()) {
			if (words.equals(words(category.name().replace('_', ' '))) || words.equals(words(category.label()))) {
				return Optional.of(category);
			}
		}
		for (Rule rule : RULES) {
			for (String phrase : rule.phrases()) {
				if ((" " + words + " ").contains(" " + phrase + " ")) {
					return Optional.of(rule.category());
				}
			}
		}
		return Optional.empty();
	}

	/** Folded, with every run of non-letters as one space: "Tàu, xe" → "tau xe". */
	static String words(String text) {
		String folded = VietnameseText.fold(text).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(folded.length());
		boolean space = true;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				out.append(c);
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		return out.toString().strip();
	}

	private record Rule(BudgetCategory category, String... phrases) {
	}

}
