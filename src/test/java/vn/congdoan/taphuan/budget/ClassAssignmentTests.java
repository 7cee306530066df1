package vn.congdoan.taphuan.budget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClassAssignmentTests {

	@ParameterizedTest
	@ValueSource(strings = { " quyet toan lop ag26-cs-01 ", " ag26_cs_01 ", " ag26cs01.xlsx ", " ma lop: ag26 cs 01 ",
			" (ag26-cs-01) " })
	void findsAClassCodeWrittenAnyWay(String text) {
		assertThat(ClassAssignment.pattern("AG26-CS-01").matcher(text).find()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { " ag26-cs-010 ", " xag26-cs-01 ", " ag26-cs-02 ", " ag26--cs-01 " })
	void doesNotFindAnotherCode(String text) {
		assertThat(ClassAssignment.pattern("AG26-CS-01").matcher(text).find()).isFalse();
	}

}
