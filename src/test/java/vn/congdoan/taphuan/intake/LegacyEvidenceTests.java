package vn.congdoan.taphuan.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Adding up per-cell evidence and deciding on an encoding.
 */
class LegacyEvidenceTests {

	@ParameterizedTest
	@CsvSource(nullValues = "none", textBlock = """
			# tcvn3, vni, unicode, foreign, verdict
			 2, 0,  0, 0, TCVN3
			 0, 1,  0, 0, VNI
			40, 1,  3, 2, TCVN3
			 1, 1,  0, 0, none
			 1, 0,  1, 0, none
			 1, 0,  0, 1, none
			 3, 0,  1, 1, TCVN3
			 2, 3,  0, 0, VNI
			 0, 0, 12, 0, none
			 0, 0,  0, 0, none
			 5, 0,  3, 2, none
			""")
	void decidesOnlyWhenOneEncodingClearlyWins(int tcvn3, int vni, int unicode, int foreign, LegacyEncoding expected) {
		// given
		LegacyEvidence evidence = new LegacyEvidence(tcvn3, vni, unicode, foreign);

		// when
		var verdict = evidence.verdict();

		// then
		assertThat(verdict).isEqualTo(java.util.Optional.ofNullable(expected));
	}

	@Test
	void addsUpCellByCell() {
		// given
		LegacyEvidence first = new LegacyEvidence(1, 2, 3, 4);
		LegacyEvidence second = new LegacyEvidence(10, 20, 30, 40);

		// when
		LegacyEvidence sum = first.plus(second).plus(LegacyEvidence.NONE);

		// then
		assertThat(sum).isEqualTo(new LegacyEvidence(11, 22, 33, 44));
		assertThat(LegacyEvidence.NONE.plus(first)).isSameAs(first);
	}

	@Test
	void manyCellsOutweighOneOddCell() {
		// given a TCVN3 file with one title cell typed later in Unicode
		LegacyEvidence file = LegacyEvidence.NONE;
		for (int row = 0; row < 30; row++) {
			file = file.plus(LegacyVietnamese.score("NguyÔn ThÞ Hoa"));
		}
		file = file.plus(LegacyVietnamese.score("DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN"));

		// when
		var verdict = file.verdict();

		// then
		assertThat(file.unicode()).isPositive();
		assertThat(verdict).contains(LegacyEncoding.TCVN3);
	}

	@Test
	void rejectsNegativeCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LegacyEvidence(-1, 0, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new LegacyEvidence(0, 0, 0, -1));
	}

	@Test
	void isEmptyOnlyWithoutAnyCount() {
		assertThat(LegacyEvidence.NONE.isEmpty()).isTrue();
		assertThat(new LegacyEvidence(0, 0, 0, 1).isEmpty()).isFalse();
	}

}
