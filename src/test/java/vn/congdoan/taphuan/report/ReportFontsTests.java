package vn.congdoan.taphuan.report;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end report's face: Liberation Serif, a Times New Roman-metric face, bundled as
 * a JasperReports font extension, has every precomposed Vietnamese letter (the hook-above
 * ones DejaVu Sans Mono lacks included), is embedded, and reaches the PDF intact.
 */
class ReportFontsTests {

	/** The 134 precomposed Vietnamese letters, written out here. */
	static final String LETTERS = "àáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ" + "đ" + "èéẻẽẹ" + "êềếểễệ" + "ìíỉĩị" + "òóỏõọ"
			+ "ôồốổỗộ" + "ơờớởỡợ" + "ùúủũụ" + "ưừứửữự" + "ỳýỷỹỵ" + "ÀÁẢÃẠ" + "ĂẰẮẲẴẶ" + "ÂẦẤẨẪẬ" + "Đ" + "ÈÉẺẼẸ"
			+ "ÊỀẾỂỄỆ" + "ÌÍỈĨỊ" + "ÒÓỎÕỌ" + "ÔỒỐỔỖỘ" + "ƠỜỚỞỠỢ" + "ÙÚỦŨỤ" + "ƯỪỨỬỮỰ" + "ỲÝỶỸỴ";

	@Test
	void everyStyleOfLiberationSerifHasEveryVietnameseLetter() throws Exception {
		assertThat(LETTERS).hasSize(134).contains("ả", "ẩ", "ể", "ỏ", "ở", "ủ", "ử", "ỷ");
		for (String style : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
			String resource = "fonts/liberation/LiberationSerif-" + style + ".ttf";
			try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
				assertThat(in).as(resource).isNotNull();
				Font font = Font.createFont(Font.TRUETYPE_FONT, in);
				assertThat(font.canDisplayUpTo(LETTERS)).as("%s: first letter it cannot draw", style).isEqualTo(-1);
			}
		}
		assertThat(getClass().getClassLoader().getResource("fonts/liberation/LICENSE.txt")).isNotNull();
	}

	@Test
	void jasperReportsKnowsLiberationSerifAsAnEmbeddedIdentityHFontExportedToWordAsTimesNewRoman() {
		List<FontFamily> families = DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class);

		FontFamily liberation = families.stream()
			.filter((family) -> family.getName().equals("Liberation Serif"))
			.findFirst()
			.orElseThrow();
		assertThat(liberation.isPdfEmbedded()).isTrue();
		assertThat(liberation.getPdfEncoding()).isEqualTo("Identity-H");
		assertThat(liberation.getExportFont("net.sf.jasperreports.docx")).isEqualTo("Times New Roman");
		assertThat(families).extracting(FontFamily::getName).contains("DejaVu Sans");
	}

	@Test
	void aYearEndReportCarriesEveryVietnameseLetterInTheEmbeddedFace() {
		// given: a narrative that writes every letter, apart, so that lines may break
		// between them
		String letters = String.join(" ", LETTERS.split(""));
		Narrative narrative = new Narrative(List.of(new NarrativeSection(null, List.of(letters))), List.of(), List.of(),
				List.of(), null);

		// when
		ReportFiles files = new Reports(null).renderYearEnd(SampleReportData.anGiangYearEnd(narrative),
				Path.of("target/report-samples/letters"));

		// then
		PdfDocument pdf = PdfDocument.read(files.pdf());
		assertThat(pdf.flatText()).contains(letters);
		ReportRenderingTests.assertOfficialForm(pdf);
	}

}
