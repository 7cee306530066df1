package vn.congdoan.taphuan.national;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

import vn.congdoan.taphuan.national.NationalFigures.Paired;
import vn.congdoan.taphuan.national.NationalFigures.RowTotal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national templates compile and declare exactly the parameters the code supplies,
 * with compatible types.
 */
class NationalTemplatesTests {

	private final NationalJasper jasper = new NationalJasper(null);

	@Test
	void theFormTemplateGetsEveryParameterItDeclares() {
		FormFigures form = FormFigures
			.fromLeaves(
					null, "Liên đoàn Lao động tỉnh An Giang", 2026, LocalDate.of(2026, 12, 8), "AG-2026", Map
						.of(FormRow.GRASSROOTS_CLASSES,
								new RowFigures(FormRow.GRASSROOTS_CLASSES, Map.of(FormColumn.CLASSES_HELD, 3L,
										FormColumn.CLASSES_IN_PERSON, 3L, FormColumn.ATTENDED, 1077L), null)),
					Map.of());

		assertSupplied(FormPrint.TEMPLATE, FormPrint.province(form));
	}

	@Test
	void theNationalReportTemplateGetsEveryParameterItDeclares() {
		List<RowTotal> totals = java.util.Arrays.stream(FormRow.values())
			.map((row) -> new RowTotal(RowFigures.empty(row), Map.of()))
			.toList();
		Map<Indicator, List<NationalFigures.Ranked>> rankings = new EnumMap<>(Indicator.class);
		Map<Indicator, Map<FormRow, Paired>> ratios = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			rankings.put(indicator, List.of());
			ratios.put(indicator, Map.of());
		}
		NationalReportContent content = new NationalReportContent(2026, null, null, LocalDate.of(2026, 12, 8),
				"Ban Tổ chức", "BC-BTC", 34, totals, List.of(), List.of(), List.of(), List.of(), rankings, ratios,
				Map.of(), List.of(), List.of());

		assertSupplied(NationalReportContent.TEMPLATE, content.parameters());
		assertSupplied(FormPrint.TEMPLATE, content.appendix());
	}

	private void assertSupplied(String template, Map<String, Object> parameters) {
		JasperReport report = this.jasper.compile(template);
		Set<String> declared = new TreeSet<>();
		for (JRParameter parameter : report.getParameters()) {
			if (parameter.isSystemDefined()) {
				continue;
			}
			declared.add(parameter.getName());
			assertThat(parameters.get(parameter.getName())).as("%s: $P{%s}", template, parameter.getName())
				.isInstanceOf(parameter.getValueClass());
		}
		assertThat(declared).as(template).isEqualTo(new TreeSet<>(parameters.keySet()));
	}

}
