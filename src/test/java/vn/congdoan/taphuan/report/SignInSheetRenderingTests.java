package vn.congdoan.taphuan.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable sign-in sheet, read back from the PDF.
 */
class SignInSheetRenderingTests {

	private final Reports reports = new Reports(null);

	@TempDir
	Path out;

	@Test
	void listsTheExpectedTraineesThenBlankNumberedLinesWithASignatureBoxPerDay() {
		SignInSheetData data = SampleReportData.longXuyenSignIn();

		Path pdf = this.reports.renderSignIn(data, this.out.resolve("ky-ten.pdf"));

		PdfDocument document = PdfDocument.read(pdf);
		String text = String.join("\n", document.pages());
		assertThat(text).contains("DANH SÁCH HỌC VIÊN KÝ TÊN THAM DỰ LỚP TẬP HUẤN")
			.contains("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG")
			.contains("CÔNG ĐOÀN PHƯỜNG LONG XUYÊN — chỉ tiêu phân bổ: 50 người")
			.contains("Mã lớp: AG26-CS-01 — Thời gian: 16/03/2026 - 18/03/2026 (3 ngày)")
			.contains("Nguyễn Thị Hoa")
			.contains("Lê Thị Hải Yến")
			.contains("Ủy viên BCH")
			.contains("Ký tên")
			.contains("16/03/2026")
			.contains("18/03/2026")
			.doesNotContain("19/03/2026")
			.contains("THƯ KÝ LỚP")
			.contains("ngày 17/03: ..........");
		assertThat(text).containsPattern("(?m)^50\\s*$").contains("Trang 1 / " + document.pages().size());
		assertThat(document.fonts()).isNotEmpty().allSatisfy((font) -> assertThat(font.embedded()).isTrue());
		assertThat(document.title()).isEqualTo("Danh sách ký tên AG26-CS-01 — Công đoàn phường Long Xuyên");
	}

}
