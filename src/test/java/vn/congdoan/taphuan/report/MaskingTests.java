package vn.congdoan.taphuan.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void masksPhoneKeepingFirstAndLastThreeDigits() {
		assertThat(Masking.phone("0912345678")).isEqualTo("091****678");
		assertThat(Masking.phone("0912 345 678")).isEqualTo("091****678");
		assertThat(Masking.phone("+84 912.345.678")).isEqualTo("849*****678");
	}

	@Test
	void masksCccdKeepingProvinceCodeAndLastTwoDigits() {
		assertThat(Masking.cccd("079123456734")).isEqualTo("079*******34");
		assertThat(Masking.cccd("123456789")).isEqualTo("123****89");
	}

	@Test
	void masksShortNumbersWhole() {
		assertThat(Masking.phone("12345")).isEqualTo("*****");
		assertThat(Masking.cccd("1234567")).isEqualTo("*******");
	}

	@Test
	void givesEmptyTextForMissingValues() {
		assertThat(Masking.phone(null)).isEmpty();
		assertThat(Masking.cccd("  ")).isEmpty();
	}

	@Test
	void scrubsPhoneAndIdNumbersInsideText() {
		String scrubbed = Masking
			.scrub("Trùng số điện thoại 0912345678 và CCCD 079123456734; 1.400.000 đ cho 1.400 học viên năm 2026.");

		assertThat(scrubbed)
			.isEqualTo("Trùng số điện thoại 091*****78 và CCCD 079*******34; 1.400.000 đ cho 1.400 học viên năm 2026.");
	}

	@Test
	void tellsMaskedValuesFromClearOnes() {
		assertThat(Masking.isMasked("091****678")).isTrue();
		assertThat(Masking.isMasked("079*******34")).isTrue();
		assertThat(Masking.isMasked("")).isTrue();
		assertThat(Masking.isMasked("0912345678")).isFalse();
		assertThat(Masking.isMasked("0912*45678")).isFalse();
	}

}
