package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JasperPdfTests {

	@Test
	void handsTemplatesTextInNfcAndDatesAsVietnameseText() {
		String decomposed = Normalizer.normalize("xã Mỹ Hòa Hưng", Normalizer.Form.NFD);
		MonthlyReportData tiny = ReportRenderingTests.tinyMonthly();
		MonthlyReportData data = new MonthlyReportData(tiny.header(), tiny.month(), tiny.asOf(), tiny.madeOn(),
				tiny.programmes(), tiny.held(), tiny.budgetStatus(), tiny.classesThisMonth(), tiny.wards(),
				tiny.underfillThreshold(), tiny.findings(), List.of(new MissingSubmissionRow("AG26-CS-01",
						LocalDate.of(2026, 3, 18), "my-hoa-hung", decomposed, 30, 43)),
				tiny.cumulative(), tiny.budget());

		Map<String, Object> parameters = JasperPdf.parameters(MonthlyReport.content(data));

		Map<?, ?> missing = (Map<?, ?>) ((List<?>) parameters.get("missing")).get(0);
		assertThat(missing.get("ward")).isEqualTo("Xã Mỹ Hòa Hưng");
		assertThat(Normalizer.isNormalized((String) missing.get("ward"), Normalizer.Form.NFC)).isTrue();
		assertThat(missing.get("classEnd")).isEqualTo("18/03/2026");
		assertThat(missing.get("allocation")).isEqualTo(30L);
		assertThat(parameters.get(JRParameter.REPORT_LOCALE)).isEqualTo(Locale.forLanguageTag("vi-VN"));
		assertThat(parameters).containsKeys("chart1", "chart2", "chart3");
	}

	@Test
	void aReportLongerThanThePagesKeptInMemoryComesOutTheSameThroughTheSwapFile(@TempDir Path out) throws IOException {
		// given
		JasperTemplates templates = new JasperTemplates(null);
		ClassReportData data = SampleReportData.anGiangClass();

		// when
		int inMemory = new JasperPdf(templates, 1000).render(ClassReport.content(data), out.resolve("memory.pdf"));
		int swapped = new JasperPdf(templates, 2).render(ClassReport.content(data), out.resolve("swapped.pdf"));

		// then
		assertThat(swapped).isEqualTo(inMemory).isGreaterThan(2);
		assertThat(PdfDocument.read(out.resolve("swapped.pdf")).pages())
			.isEqualTo(PdfDocument.read(out.resolve("memory.pdf")).pages());
	}

}
