package vn.congdoan.taphuan.national;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormVocabularyTests {

	@Test
	void rowLabelsAsProvincesWriteThemNameTheirProgrammeType() {
		// given labels from taphuan's form and hand-made ones
		// when / then
		assertThat(row("TỔNG SỐ (I + II + III)")).isEqualTo(FormRow.TOTAL);
		assertThat(row("Tổng cộng")).isEqualTo(FormRow.TOTAL);
		assertThat(row("Cộng")).isEqualTo(FormRow.TOTAL);
		assertThat(row("I. Đào tạo sau đại học")).isEqualTo(FormRow.POSTGRADUATE);
		assertThat(row("2 Lý luận chính trị, quản lý nhà nước")).isEqualTo(FormRow.EXTERNAL);
		assertThat(row("Bồi dưỡng CB chuyên trách")).isEqualTo(FormRow.FULLTIME_COURSES);
		assertThat(row("Tập huấn cán bộ công đoàn cơ sở")).isEqualTo(FormRow.GRASSROOTS_CLASSES);
		assertThat(row("Bồi dưỡng CB CĐCS")).isEqualTo(FormRow.GRASSROOTS_CLASSES);
		assertThat(row("III. Bồi dưỡng, tập huấn nghiệp vụ công tác công đoàn (III = 1 + 2)"))
			.isEqualTo(FormRow.SKILLS);
	}

	@Test
	void headersOfTheLabelColumnAndUnionNamesAreNotRows() {
		assertThat(row("Loại hình đào tạo, bồi dưỡng")).isNull();
		assertThat(row("Nội dung")).isNull();
		assertThat(row("Công đoàn Giáo dục Việt Nam")).isNull();
		assertThat(row("Số lớp đã tổ chức")).isNull();
	}

	@Test
	void columnHeadersWithTheirGroupAndSubColumnNameTheirColumn() {
		assertThat(column("Số lớp Kế hoạch")).isEqualTo(FormColumn.CLASSES_PLANNED);
		assertThat(column("Số lớp đã mở")).isEqualTo(FormColumn.CLASSES_HELD);
		assertThat(column("Số lớp Trong đó Trực tuyến")).isEqualTo(FormColumn.CLASSES_ONLINE);
		assertThat(column("Học viên Kế hoạch")).isEqualTo(FormColumn.TRAINEES_PLANNED);
		assertThat(column("Số lượt cán bộ được bồi dưỡng Tổng số")).isEqualTo(FormColumn.ATTENDED);
		assertThat(column("Học viên Trong đó Nữ")).isEqualTo(FormColumn.WOMEN);
		assertThat(column("Chủ tịch, PCT CĐCS")).isEqualTo(FormColumn.CHAIRS);
		assertThat(column("Học viên Trong đó Dân tộc thiểu số")).isEqualTo(FormColumn.ETHNIC_MINORITY);
		assertThat(column("Số người (không trùng)")).isEqualTo(FormColumn.PEOPLE);
		assertThat(column("Số lượt hoàn thành")).isEqualTo(FormColumn.COMPLETED);
		assertThat(column("Kinh phí (triệu đồng) Dự toán")).isEqualTo(FormColumn.ESTIMATE);
		assertThat(column("Kinh phí Dự toán của các lớp đã quyết toán")).isEqualTo(FormColumn.ESTIMATE_SETTLED);
		assertThat(column("Kinh phí Quyết toán")).isEqualTo(FormColumn.SETTLED);
	}

	@Test
	void personalDataHeadersAreRecognisedButNotTheFormsOwnCountOrASignatureBlock() {
		assertThat(FormVocabulary.isPersonal(words("Họ và tên"))).isTrue();
		assertThat(FormVocabulary.isPersonal(words("Số điện thoại"))).isTrue();
		assertThat(FormVocabulary.isPersonal(words("Số CCCD"))).isTrue();
		assertThat(FormVocabulary.isPersonal(words("Năm sinh"))).isTrue();
		assertThat(FormVocabulary.isPersonal(words("Dân tộc"))).isTrue();
		assertThat(FormVocabulary.isPersonal(words("Trong đó: dân tộc thiểu số"))).isFalse();
		assertThat(FormVocabulary.isPersonal(words("(Ký, ghi rõ họ tên và số điện thoại liên hệ)"))).isFalse();
	}

	@Test
	void moneyInMillionsOrThousandsOfDongIsScaledToDong() {
		assertThat(FormVocabulary.moneyScale(words("Kinh phí (triệu đồng) Quyết toán"))).isEqualTo(1_000_000);
		assertThat(FormVocabulary.moneyScale(words("Dự toán (nghìn đồng)"))).isEqualTo(1_000);
		assertThat(FormVocabulary.moneyScale(words("Dự toán Đồng"))).isEqualTo(1);
	}

	@Test
	void numbersAreReadTheWayVietnameseWriteThem() {
		assertThat(FormChecks.parseText("1.234.567")).isEqualByComparingTo("1234567");
		assertThat(FormChecks.parseText("1 234 567 đ")).isEqualByComparingTo("1234567");
		assertThat(FormChecks.parseText("12,5")).isEqualByComparingTo("12.5");
		assertThat(FormChecks.parseText("1,234,567")).isEqualByComparingTo("1234567");
		assertThat(FormChecks.parseText("năm mươi")).isNull();
	}

	private static FormRow row(String label) {
		return FormVocabulary.row(words(label));
	}

	private static FormColumn column(String header) {
		FormVocabulary.Meaning meaning = FormVocabulary.column(words(header));
		return (meaning != null) ? meaning.column() : null;
	}

	private static String words(String text) {
		return ReportingUnits.words(text);
	}

}
