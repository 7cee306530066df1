package vn.congdoan.taphuan.budget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.congdoan.taphuan.plan.BudgetCategory;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryLabelsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Thù lao báo cáo viên|LECTURER_FEE", "Bồi dưỡng giảng viên|LECTURER_FEE",
					"BỒI DƯỠNG BÁO CÁO VIÊN|LECTURER_FEE", "Tài liệu|DOCUMENTS", "In ấn tài liệu|DOCUMENTS",
					"Tài liệu học viên|DOCUMENTS", "Thuê hội trường|HALL_EQUIPMENT", "Máy chiếu|HALL_EQUIPMENT",
					"Thuê hội trường, máy chiếu|HALL_EQUIPMENT", "Hỗ trợ tiền ăn|MEALS", "Tiền ăn học viên|MEALS",
					"Tiền ăn, nước uống|MEALS", "Nước uống|WATER", "nuoc uong giua gio|WATER",
					"Phòng nghỉ báo cáo viên|LECTURER_LODGING", "Thuê phòng báo cáo viên|LECTURER_LODGING",
					"Đi lại|LECTURER_TRAVEL", "Tàu xe báo cáo viên|LECTURER_TRAVEL", "Vé xe đi lại|LECTURER_TRAVEL",
					"Chi khác|OTHER", "Chi phí khác|OTHER", "MEALS|MEALS", "Hội trường, máy chiếu|HALL_EQUIPMENT" })
	void mapsFinanceLabelsToCategories(String label, BudgetCategory category) {
		assertThat(CategoryLabels.category(label)).contains(category);
	}

	@Test
	void leavesUnknownLabelsUnmapped() {
		assertThat(CategoryLabels.category("Tiếp khách")).isEmpty();
		assertThat(CategoryLabels.category("Quà tặng")).isEmpty();
		assertThat(CategoryLabels.category(" ")).isEmpty();
		assertThat(CategoryLabels.category(null)).isEmpty();
	}

	@Test
	void everyTemplateLabelMapsBackToItsCategory() {
		CategoryLabels.TEMPLATE_LABELS
			.forEach((category, label) -> assertThat(CategoryLabels.category(label)).contains(category));
		assertThat(CategoryLabels.TEMPLATE_LABELS.keySet()).containsExactly(BudgetCategory.values());
	}

}
