package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdoan.taphuan.common.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NarrativeFileTests {

	@TempDir
	Path folder;

	@Test
	void readsTheSampleMarkdownNarrative() {
		Narrative narrative = NarrativeFile.read(Path.of("data-samples/narrative/ag-2026.md"));

		assertThat(narrative.situation()).hasSize(1);
		assertThat(narrative.situation().get(0).heading()).isNull();
		assertThat(narrative.situation().get(0).paragraphs()).hasSize(2);
		assertThat(narrative.assessment()).extracting(NarrativeSection::heading)
			.containsExactly("Ưu điểm", "Hạn chế và nguyên nhân");
		assertThat(narrative.assessment().get(1).paragraphs()).hasSize(4)
			.first()
			.asString()
			.startsWith("- Một số đơn vị gửi danh sách chậm");
		assertThat(narrative.recommendations()).extracting(NarrativeSection::heading)
			.containsExactly("Phương hướng năm 2027", "Kiến nghị");
		assertThat(narrative.recipients()).isEmpty();
		assertThat(narrative.source()).endsWith("ag-2026.md");
	}

	@Test
	void joinsLinesOfAParagraphAndSkipsComments() {
		Narrative narrative = NarrativeFile.markdown("n.md", """
				<!-- minh họa -->
				# I. ĐẶC ĐIỂM TÌNH HÌNH
				Dòng một
				dòng  hai.

				Đoạn **hai**.
				# Nơi nhận
				- Tổng LĐLĐ Việt Nam (b/c);
				- Lưu: VT, TC-KT.
				""");

		assertThat(narrative.situation().get(0).paragraphs()).containsExactly("Dòng một dòng hai.", "Đoạn hai.");
		assertThat(narrative.recipients()).containsExactly("Tổng LĐLĐ Việt Nam (b/c)", "Lưu: VT, TC-KT");
	}

	@Test
	void normalisesDecomposedTextToNfc() {
		String decomposed = Normalizer.normalize("Ủy viên", Normalizer.Form.NFD);

		Narrative narrative = NarrativeFile.markdown("n.md", "# Đánh giá\n" + decomposed + "\n");

		assertThat(narrative.assessment().get(0).paragraphs()).containsExactly("Ủy viên");
	}

	@Test
	void rejectsAnUnknownPartNamingFileAndLine() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> NarrativeFile.markdown("ag.md", "# Đánh giá\nTốt.\n\n# Tổng kết\nKhác.\n"))
			.satisfies((ex) -> assertThat(ex.details()).singleElement()
				.asString()
				.startsWith("ag.md:4: tiêu đề \"Tổng kết\" không phải một phần của báo cáo năm"));
	}

	@Test
	void rejectsTextBeforeTheFirstPartAndTheGeneratedResultsSection() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> NarrativeFile.markdown("ag.md", "Lời mở đầu\n# II. Kết quả thực hiện\nSố liệu.\n"))
			.satisfies((ex) -> assertThat(ex.details()).containsExactly(
					"ag.md:1: có chữ trước tiêu đề phần đầu tiên; bắt đầu bằng một tiêu đề như \"# Đánh giá\"",
					"ag.md:2: phần \"II. Kết quả thực hiện\" (kết quả thực hiện) được lập từ số liệu; xóa phần này khỏi tệp"));
	}

	@Test
	void rejectsARepeatedPartAndAnEmptySubheading() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> NarrativeFile.markdown("ag.md", "# Đánh giá\n## Ưu điểm\n# Đánh giá\nTốt.\n"))
			.satisfies((ex) -> assertThat(ex.details()).containsExactly(
					"ag.md:2: mục \"Ưu điểm\" không có nội dung; viết ít nhất một đoạn hoặc xóa tiêu đề",
					"ag.md:3: phần \"Đánh giá\" xuất hiện hai lần; gộp nội dung vào một chỗ"));
	}

	@Test
	void readsYamlWithLooseAndHeadedParagraphs() {
		Narrative narrative = NarrativeFile.yaml("n.yaml", """
				situation: |
				  Đoạn một.

				  Đoạn hai.
				assessment:
				  - heading: Ưu điểm
				    paragraphs:
				      - Tốt.
				  - heading: Hạn chế
				    paragraphs: Còn chậm.
				recommendations:
				  - Đề nghị hỗ trợ.
				recipients:
				  - Tổng LĐLĐ Việt Nam (b/c);
				""");

		assertThat(narrative.situation().get(0).paragraphs()).containsExactly("Đoạn một.", "Đoạn hai.");
		assertThat(narrative.assessment()).extracting(NarrativeSection::heading).containsExactly("Ưu điểm", "Hạn chế");
		assertThat(narrative.recommendations().get(0).paragraphs()).containsExactly("Đề nghị hỗ trợ.");
		assertThat(narrative.recipients()).containsExactly("Tổng LĐLĐ Việt Nam (b/c)");
	}

	@Test
	void rejectsUnknownYamlKeysAndFieldsWithTheirLines() {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> NarrativeFile.yaml("n.yaml", """
				assessment:
				  - heading: Ưu điểm
				    text: Tốt.
				conclusion: Hết.
				"""))
			.satisfies((ex) -> assertThat(ex.details()).containsExactly(
					"n.yaml:3: assessment: trường \"text\" không dùng được; chỉ có heading và paragraphs",
					"n.yaml:2: assessment: mục \"Ưu điểm\" không có đoạn văn nào (paragraphs)",
					"n.yaml:4: khóa \"conclusion\" không dùng được; chỉ có situation, assessment, recommendations, recipients"));
	}

	@Test
	void rejectsMalformedYamlWithItsLine() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> NarrativeFile.yaml("n.yaml", "assessment:\n  - a\n b: [\n"))
			.satisfies((ex) -> assertThat(ex.details()).singleElement()
				.asString()
				.startsWith("n.yaml:3: YAML không hợp lệ"));
	}

	@Test
	void rejectsOtherFormatsAndTextThatIsNotUtf8() throws IOException {
		Path text = Files.writeString(this.folder.resolve("ag.txt"), "# Đánh giá\n");
		Path latin = Files.write(this.folder.resolve("ag.md"),
				"# \u00c9valuation\n".getBytes(StandardCharsets.ISO_8859_1));

		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> NarrativeFile.read(text))
			.withMessageContaining("phải là Markdown (.md) hoặc YAML");
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> NarrativeFile.read(latin))
			.withMessageContaining("không phải văn bản UTF-8");
	}

}
