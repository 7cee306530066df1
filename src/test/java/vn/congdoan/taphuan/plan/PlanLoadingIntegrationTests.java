package vn.congdoan.taphuan.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@TaphuanIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class PlanLoadingIntegrationTests {

	private static final Path LAI_CHAU = Path.of("data-samples/plans/lc-2026.yaml");

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@Test
	void loadsAPlanThenUpdatesItInPlaceAndRecognisesTheSameBytes() throws IOException {
		// given
		Path copy = this.temp.resolve("lc.yaml");
		Files.copy(LAI_CHAU, copy);

		// when
		PlanLoadResult first = this.plans.load(copy);
		PlanLoadResult again = this.plans.load(copy);
		Files.writeString(copy, Files.readString(copy).replaceFirst("quota: 80", "quota: 90"), StandardCharsets.UTF_8);
		PlanLoadResult changed = this.plans.load(copy);

		// then
		assertThat(first.status()).isEqualTo(PlanLoadResult.Status.LOADED);
		assertThat(again.status()).isEqualTo(PlanLoadResult.Status.UNCHANGED);
		assertThat(changed.status()).isEqualTo(PlanLoadResult.Status.UPDATED);
		assertThat(this.plans.get("LC-2026").trainingClass("LC26-CS-01").orElseThrow().quota()).isEqualTo(90);
		assertThat(quotaInDatabase("LC26-CS-01")).isEqualTo(90);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM allocation WHERE class_code = 'LC26-CS-01'")
			.query(Integer.class)
			.single()).isEqualTo(10);
		assertThat(this.jdbc.sql("SELECT SUM(day_count) FROM training_class WHERE plan_code = 'LC-2026'")
			.query(Integer.class)
			.single()).isEqualTo(10);
		assertThat(this.plans.list()).extracting(PlanSummary::code).containsExactly("LC-2026");
	}

	@Test
	void aRejectedReloadLeavesThePreviousVersionIntact() throws IOException {
		// given
		Path copy = this.temp.resolve("lc.yaml");
		Files.copy(LAI_CHAU, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		this.plans.load(copy);
		int quotaBefore = quotaInDatabase("LC26-CS-02");
		Files.writeString(copy,
				Files.readString(copy).replaceFirst("quota: 80", "quota: 85").replace("tan-phong: 12", "tan-phong: 99"),
				StandardCharsets.UTF_8);

		// when / then
		assertThatExceptionOfType(PlanLoadException.class).isThrownBy(() -> this.plans.load(copy));
		assertThat(quotaInDatabase("LC26-CS-02")).isEqualTo(quotaBefore);
		assertThat(this.plans.get("LC-2026").classes()).hasSize(5);
	}

	@Test
	void aClassCodeCannotBelongToTwoPlans() throws IOException {
		// given
		this.plans.load(LAI_CHAU);
		String other = Files.readString(LAI_CHAU).replaceFirst("code: LC-2026", "code: LC-2027");
		Path otherFile = this.temp.resolve("lc-2027.yaml");
		Files.writeString(otherFile, other, StandardCharsets.UTF_8);

		// when / then
		assertThatExceptionOfType(PlanLoadException.class).isThrownBy(() -> this.plans.load(otherFile))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).contains("LC26-CS-01 (LC-2026)"));
		assertThat(this.plans.find("LC-2027")).isEmpty();
	}

	@Test
	void unknownPlansAndClassesAreUsageErrorsThatListTheKnownCodes() {
		this.plans.load(LAI_CHAU);

		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> this.plans.get("XX-2026"))
			.withMessageContaining("LC-2026");
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> this.plans.findClass("LC26-CS-09"))
			.withMessageContaining("LC26-CS-05");
		assertThat(this.plans.findClass("LC26-CS-02").programme().code()).isEqualTo("CS");
	}

	private int quotaInDatabase(String classCode) {
		return this.jdbc.sql("SELECT quota FROM training_class WHERE code = ?")
			.param(classCode)
			.query(Integer.class)
			.single();
	}

}
