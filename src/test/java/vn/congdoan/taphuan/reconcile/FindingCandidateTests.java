package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingCandidateTests {

	private static final FindingCandidate MISSING = new FindingCandidate(FindingCode.SUBMISSION_MISSING, "CS",
			"AG26-CS-01", "my-thoi", "AG26-CS-01/my-thoi", null, BigDecimal.ZERO, new BigDecimal("30.00"),
			new BigDecimal("248"), "2026-03-18", null);

	@Test
	void theIdDependsOnPlanCodeAndSubjectOnly() {
		FindingCandidate laterRun = new FindingCandidate(FindingCode.SUBMISSION_MISSING, "CS", "AG26-CS-01", "my-thoi",
				"AG26-CS-01/my-thoi", null, BigDecimal.ONE, BigDecimal.TEN, null, "other", "note");

		assertThat(MISSING.id("AG-2026")).matches("SUBMISSION_MISSING-[0-9a-f]{10}")
			.isEqualTo(laterRun.id("AG-2026"))
			.isNotEqualTo(MISSING.id("LC-2026"));
	}

	@Test
	void theFingerprintCoversTheFactsButNotTheContext() {
		FindingCandidate dayLater = new FindingCandidate(FindingCode.SUBMISSION_MISSING, "CS", "AG26-CS-01", "my-thoi",
				"AG26-CS-01/my-thoi", null, new BigDecimal("0.00"), new BigDecimal("30"), new BigDecimal("249"),
				"2026-03-18", "shown only");
		FindingCandidate newQuota = new FindingCandidate(FindingCode.SUBMISSION_MISSING, "CS", "AG26-CS-01", "my-thoi",
				"AG26-CS-01/my-thoi", null, BigDecimal.ZERO, new BigDecimal("35"), new BigDecimal("248"), "2026-03-18",
				null);

		assertThat(MISSING.fingerprint()).hasSize(16)
			.isEqualTo(dayLater.fingerprint())
			.isNotEqualTo(newQuota.fingerprint());
	}

	@Test
	void percentagesAreWrittenTheVietnameseWay() {
		assertThat(FindingTexts.percent(2, 3)).isEqualTo("66,7%");
		assertThat(FindingTexts.percent(7, 6)).isEqualTo("116,7%");
		assertThat(FindingTexts.percent(0.9)).isEqualTo("90%");
		assertThat(FindingTexts.percent(1.0)).isEqualTo("100%");
		assertThat(FindingTexts.percent(0.925)).isEqualTo("92,5%");
	}

}
