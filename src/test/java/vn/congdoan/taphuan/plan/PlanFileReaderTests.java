package vn.congdoan.taphuan.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every kind of bad plan file is rejected with file, line and field.
 */
class PlanFileReaderTests {

	private static final String SEED = "data-samples/plans/lc-2026.yaml";

	private static String seed() throws IOException {
		return Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
	}

	private static PlanLoadException rejection(String text) {
		return catchThrowableOfType(PlanLoadException.class, () -> PlanFileReader.read("bad.yaml", text));
	}

	private static int lineOf(String text, String needle) {
		int at = text.indexOf(needle);
		assertThat(at).as("fixture contains %s", needle).isNotNegative();
		return (int) text.substring(0, at).lines().count() + (text.substring(0, at).endsWith("\n") ? 1 : 0);
	}

	@Test
	void rejectsAWrongType() throws IOException {
		String text = seed().replaceFirst("quota: 80", "quota: tám mươi");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("bad.yaml");
			assertThat(problem.line()).isEqualTo(lineOf(text, "quota: tám mươi"));
			assertThat(problem.field()).isEqualTo("classes[LC26-CS-01].quota");
			assertThat(problem.message()).contains("số nguyên").contains("tám mươi");
		});
	}

	@Test
	void rejectsAMissingRequiredField() throws IOException {
		String text = seed().replaceFirst("    quota: 80\n", "");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("classes[LC26-CS-01].quota");
			assertThat(problem.message()).contains("thiếu trường bắt buộc");
			assertThat(problem.line()).isEqualTo(lineOf(text, "  - code: LC26-CS-01"));
		});
	}

	@Test
	void rejectsAnUnknownWardInAnAllocationNamingTheKnownOnes() throws IOException {
		String text = seed().replaceFirst("tan-phong: 12", "tan-phongg: 12");

		PlanLoadException rejection = rejection(text);

		// the allocations are one YAML anchor shared by the five classes: each class
		// reports it
		assertThat(rejection.problems()).hasSize(5).first().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("classes[LC26-CS-01].allocations.tan-phongg");
			assertThat(problem.line()).isEqualTo(lineOf(text, "tan-phongg"));
			assertThat(problem.message()).contains("'tan-phongg'").contains("tan-phong, doan-ket");
		});
	}

	@Test
	void rejectsAllocationsSummingAboveTheClassQuota() throws IOException {
		String text = seed().replaceFirst("tan-phong: 12", "tan-phong: 13");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).hasSize(5).first().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("classes[LC26-CS-01].allocations");
			assertThat(problem.message()).contains("81").contains("quota: 80");
		});
	}

	@Test
	void rejectsClassDatesOutsideTheProgrammePeriod() throws IOException {
		String text = seed().replaceFirst("start: 2026-11-12\n    end: 2026-11-13",
				"start: 2027-01-12\n    end: 2027-01-13");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("classes[LC26-CS-05].start");
			assertThat(problem.line()).isEqualTo(lineOf(text, "start: 2027-01-12"));
			assertThat(problem.message()).contains("ngoài thời gian của chương trình CS")
				.contains("02/03/2026 - 31/12/2026");
		});
	}

	@Test
	void rejectsADuplicateClassCode() throws IOException {
		String text = seed().replaceFirst("code: LC26-CS-04", "code: LC26-CS-03");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.field()).isEqualTo("classes[LC26-CS-03].code");
			assertThat(problem.line()).isEqualTo(lineOf(text,
					"code: LC26-CS-03\n    programme: CS\n    title: Lớp tập huấn nghiệp vụ công tác công đoàn năm 2026 (lớp 4)"));
			assertThat(problem.message()).contains("bị trùng").contains("dòng " + lineOf(text, "code: LC26-CS-03"));
		});
	}

	@Test
	void rejectsMalformedYamlWithItsLine() throws IOException {
		String text = seed().replaceFirst("    quota: 80\n", "    quota: 80\n   venue: [unclosed\n");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.message()).startsWith("YAML không hợp lệ");
			assertThat(problem.line()).isBetween(lineOf(text, "venue: [unclosed"),
					lineOf(text, "venue: [unclosed") + 2);
		});
	}

	@Test
	void reportsEveryProblemOfAFileInOneRun() throws IOException {
		String text = seed().replaceFirst("tan-phong: 12", "tan-phongg: 12")
			.replaceFirst("quota: 80", "quota: -5")
			.replaceFirst("kind: GRASSROOTS_CLASSES", "kind: GRASSROOTS");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).extracting(PlanProblem::field)
			.contains("classes[LC26-CS-01].allocations.tan-phongg", "classes[LC26-CS-01].quota", "programmes[CS].kind");
		assertThat(rejection.details()).allSatisfy((line) -> assertThat(line).startsWith("bad.yaml:"));
	}

	@Test
	void rejectsAmountsThatAreNotQuantityTimesUnitPrice() throws IOException {
		String text = seed().replaceFirst("quantity: 80, unitPrice: 25000 \\}",
				"quantity: 80, unitPrice: 25000, amount: 3000000 }");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).hasSize(5)
			.first()
			.satisfies((problem) -> assertThat(problem.message()).contains("3.000.000 đ").contains("2.000.000 đ"));
	}

	@Test
	void rejectsATyposInAFieldName() throws IOException {
		String text = seed().replaceFirst("    quota: 80\n", "    quota: 80\n    qouta: 80\n");

		PlanLoadException rejection = rejection(text);

		assertThat(rejection.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("'qouta'").contains("quota"));
	}

	@Test
	void readsVietnameseDatesAndGroupedMoney() throws IOException {
		String text = seed().replaceFirst("start: 2026-04-09", "start: 09/04/2026")
			.replaceFirst("maxUnitPrice: 1000000", "maxUnitPrice: \"1.000.000\"");

		Plan plan = PlanFileReader.read("ok.yaml", text);

		assertThat(plan.trainingClass("LC26-CS-01").orElseThrow().start()).hasDayOfMonth(9).hasMonthValue(4);
		assertThat(plan.norms().get(0).maxUnitPrice()).isEqualTo(1_000_000L);
	}

}
