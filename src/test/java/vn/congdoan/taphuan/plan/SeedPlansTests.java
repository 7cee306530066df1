package vn.congdoan.taphuan.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two seed plans, as shipped in data-samples/plans, state what the plan documents
 * state.
 */
class SeedPlansTests {

	private static Plan read(String name) throws IOException {
		Path file = Path.of("data-samples/plans", name);
		return PlanFileReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
	}

	@Test
	void anGiangPlansThreeGrassrootsClassesOfTwoToThreeDaysForAbout1400CadresFromMarchToOctober() throws IOException {
		Plan plan = read("ag-2026.yaml");

		assertThat(plan.code()).isEqualTo("AG-2026");
		assertThat(plan.year()).isEqualTo(2026);
		assertThat(plan.signer().name()).isEqualTo("Đỗ Trần Thịnh");
		assertThat(plan.signer().onBehalfOf()).isEqualTo("TM. Ban Thường vụ");
		Programme grassroots = plan.programme("CS").orElseThrow();
		assertThat(grassroots.kind()).isEqualTo(ProgrammeKind.GRASSROOTS_CLASSES);
		assertThat(grassroots.section()).isEqualTo("2.2");
		assertThat(grassroots.plannedParticipants()).isEqualTo(1400);
		assertThat(grassroots.plannedClasses()).isEqualTo(3);
		assertThat(grassroots.minDaysPerClass()).isEqualTo(2);
		assertThat(grassroots.maxDaysPerClass()).isEqualTo(3);
		assertThat(grassroots.period().from()).isEqualTo(LocalDate.of(2026, Month.MARCH, 1));
		assertThat(grassroots.period().to()).isEqualTo(LocalDate.of(2026, Month.OCTOBER, 31));
		assertThat(grassroots.topics()).hasSize(10);
		assertThat(grassroots.eligiblePositions()).containsExactlyInAnyOrder(Position.TO_PHO, Position.TO_TRUONG,
				Position.TRUONG_BAN_NU_CONG, Position.UV_UBKT, Position.UV_BCH, Position.PHO_CHU_TICH,
				Position.CHU_TICH);
		assertThat(grassroots.admits(Position.DOAN_VIEN)).isFalse();

		List<TrainingClass> classes = plan.classesOf("CS");
		assertThat(classes).extracting(TrainingClass::code).containsExactly("AG26-CS-01", "AG26-CS-02", "AG26-CS-03");
		assertThat(classes).extracting(TrainingClass::quota).containsExactly(500, 450, 450);
		assertThat(classes.stream().mapToInt(TrainingClass::quota).sum()).isEqualTo(1400);
		assertThat(classes).allSatisfy((trainingClass) -> {
			assertThat(trainingClass.dayCount()).isBetween(2, 3);
			assertThat(grassroots.period().contains(trainingClass.start())).isTrue();
			assertThat(grassroots.period().contains(trainingClass.end())).isTrue();
		});
		TrainingClass first = plan.trainingClass("AG26-CS-01").orElseThrow();
		assertThat(first.days()).containsExactly(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17),
				LocalDate.of(2026, 3, 18));
	}

	@Test
	void anGiangPlansTwoPostGraduatePlacesExternalTrainingAndFullTimeCoursesMarchToAugust() throws IOException {
		Plan plan = read("ag-2026.yaml");

		Programme postGraduate = plan.programme("SDH").orElseThrow();
		assertThat(postGraduate.kind()).isEqualTo(ProgrammeKind.POSTGRADUATE);
		assertThat(postGraduate.plannedParticipants()).isEqualTo(2);
		Programme external = plan.programme("LLCT").orElseThrow();
		assertThat(external.kind()).isEqualTo(ProgrammeKind.EXTERNAL);
		assertThat(external.reference()).contains("17/KH-MTTQ-BTT").contains("15/10/2025");
		Programme fullTime = plan.programme("CT").orElseThrow();
		assertThat(fullTime.period()).isEqualTo(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)));
		assertThat(fullTime.venue()).isEqualTo("Hội trường cơ quan LĐLĐ tỉnh");
		assertThat(fullTime.topics()).hasSize(6);
		assertThat(plan.classesOf("CT")).isNotEmpty()
			.allSatisfy((course) -> assertThat(course.code()).startsWith("AG26-CT-"))
			.allSatisfy(
					(course) -> assertThat(course.allocations()).extracting(Allocation::unit).containsExactly("ldld"));
		assertThat(plan.departments()).extracting(Department::name)
			.contains("Bộ phận Tổ chức - Kiểm tra", "Bộ phận Văn phòng - Tài chính");
		assertThat(plan.programmes())
			.allSatisfy((programme) -> assertThat(programme.responsibleDepartment()).isIn(null, "TC-KT"));
	}

	@Test
	void laiChauPlansFiveClassesOfEighty() throws IOException {
		Plan plan = read("lc-2026.yaml");

		assertThat(plan.code()).isEqualTo("LC-2026");
		assertThat(plan.documentNumber()).isEqualTo("15/KH-LĐLĐ");
		assertThat(plan.documentDate()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(plan.signer().name()).isEqualTo("Lương Xuân Trường");
		Programme programme = plan.programme("CS").orElseThrow();
		assertThat(programme.plannedClasses()).isEqualTo(5);
		assertThat(programme.plannedParticipants()).isEqualTo(400);
		assertThat(programme.topics()).hasSize(9);
		assertThat(programme.responsibleDepartment()).isEqualTo("CTCD");
		assertThat(plan.classes()).extracting(TrainingClass::code)
			.containsExactly("LC26-CS-01", "LC26-CS-02", "LC26-CS-03", "LC26-CS-04", "LC26-CS-05");
		assertThat(plan.classes()).allSatisfy((trainingClass) -> assertThat(trainingClass.quota()).isEqualTo(80));
		TrainingClass second = plan.trainingClass("LC26-CS-02").orElseThrow();
		assertThat(second.days()).containsExactly(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 15));
	}

	@Test
	void everyRequiredWardHasAnAllocationInEveryGrassrootsClassOfItsPlan() throws IOException {
		Plan anGiang = read("ag-2026.yaml");
		Plan laiChau = read("lc-2026.yaml");

		assertThat(anGiang.units().stream().filter((unit) -> unit.kind() != UnitKind.LDLD))
			.hasSizeGreaterThanOrEqualTo(12);
		assertThat(laiChau.units()).hasSizeGreaterThanOrEqualTo(8);
		assertAllocatedEverywhere(anGiang, "long-xuyen", "chau-doc", "vinh-te", "rach-gia", "tan-chau", "phu-quoc");
		assertAllocatedEverywhere(laiChau, "tan-phong", "doan-ket", "tam-duong", "than-uyen");
		assertThat(anGiang.unit("phu-quoc").orElseThrow().kind()).isEqualTo(UnitKind.DAC_KHU);
		assertThat(anGiang.unit("my-hoa-hung").orElseThrow().unionName()).isEqualTo("Công đoàn xã Mỹ Hòa Hưng");
		for (Plan plan : List.of(anGiang, laiChau)) {
			for (TrainingClass trainingClass : plan.classes()) {
				assertThat(trainingClass.allocations().stream().mapToInt(Allocation::quota).sum())
					.isLessThanOrEqualTo(trainingClass.quota());
			}
		}
	}

	@Test
	void budgetLinesCarryAmountsAndNormsCoverTheirCategories() throws IOException {
		Plan plan = read("ag-2026.yaml");

		TrainingClass first = plan.trainingClass("AG26-CS-01").orElseThrow();
		BudgetLine meals = first.budget()
			.stream()
			.filter((line) -> line.category() == BudgetCategory.MEALS)
			.findFirst()
			.orElseThrow();
		assertThat(meals.amount()).isEqualTo(1500L * 150_000L);
		assertThat(first.budgetTotal()).isEqualTo(295_000_000L);
		assertThat(plan.norms()).extracting(SpendingNorm::category)
			.contains(BudgetCategory.MEALS, BudgetCategory.LECTURER_FEE);
	}

	private static void assertAllocatedEverywhere(Plan plan, String... units) {
		for (TrainingClass trainingClass : plan.classes()) {
			if (plan.programme(trainingClass.programme()).orElseThrow().kind() == ProgrammeKind.GRASSROOTS_CLASSES) {
				for (String unit : units) {
					assertThat(trainingClass.allocation(unit)).as("%s in %s", unit, trainingClass.code()).isPresent();
				}
			}
		}
	}

}
