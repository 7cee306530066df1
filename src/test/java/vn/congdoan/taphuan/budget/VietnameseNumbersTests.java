package vn.congdoan.taphuan.budget;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseNumbersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1400000|1400000", "1.400.000|1400000", "1.400.000 đ|1400000", "1.400.000đ|1400000",
					"1 400 000 VNĐ|1400000", "1,400,000|1400000", "1.400.000 đồng|1400000", "1,5|1.5", "1.5|1.5",
					"1.500|1500", "1.400.000,50|1400000.50", "1,400,000.50|1400000.50", "-200.000|-200000",
					"(200.000)|-200000", "(200.000) đ|-200000", "+15|15", "0|0" })
	void readsNumbersAsFinanceWritesThem(String text, String expected) {
		assertThat(VietnameseNumbers.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "mười", "", "đ", "1.40.000", "1,4,5", "12a", "1.400.000.5,3,2", "--5" })
	void refusesWhatIsNotANumber(String text) {
		assertThat(VietnameseNumbers.parse(text)).isNull();
	}

}
