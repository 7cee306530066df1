package vn.congdoan.taphuan.intake;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Phone, CCCD, birth and name cells as wards fill them, and the identity key.
 */
class PersonFieldsTests {

	private static final Year NOW = Year.of(2026);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			# raw                 | number cell | normalised
			0912345678            | false       | 0912345678
			0912 345 678          | false       | 0912345678
			0912.345.678          | false       | 0912345678
			0912-345-678          | false       | 0912345678
			+84912345678          | false       | 0912345678
			84912345678           | false       | 0912345678
			+84 912 345 678       | false       | 0912345678
			(+84) 912-345-678     | false       | 0912345678
			0084912345678         | false       | 0912345678
			+84 (0) 912 345 678   | false       | 0912345678
			912345678             | true        | 0912345678
			0912345678            | true        | 0912345678
			000912345678          | true        | 0912345678
			912345678.0           | true        | 0912345678
			9.12345678E8          | true        | 0912345678
			9.12345678E8          | false       | 0912345678
			912345678             | false       | 0912345678
			0356789012            | false       | 0356789012
			356789012             | true        | 0356789012
			0587654321            | false       | 0587654321
			0701234567            | false       | 0701234567
			0812345678            | false       | 0812345678
			02963123456           | false       | 02963123456
			0296 3123 456         | false       | 02963123456
			2963123456            | true        | 02963123456
			2.963123456E9         | true        | 02963123456
			+84 296 3123456       | false       | 02963123456
			02438123456           | false       | 02438123456
			""")
	void normalisesVietnamesePhoneNumbers(String raw, boolean numeric, String expected) {
		// given the cell

		// when
		PhoneResult result = PersonFields.normalisePhone(raw, numeric);

		// then
		assertThat(result).isEqualTo(new PhoneResult(raw, FieldStatus.VALID, expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			091234567             | false
			09123456789           | false
			0112345678            | false
			0612345678            | false
			12345678              | true
			112345678             | true
			912345678.5           | true
			-912345678            | true
			0912345678 - 0987654321 | false
			ĐT: 0912345678        | false
			không có              | false
			0912345678a           | false
			++84912345678         | false
			12345678901234        | false
			9E999999999           | true
			9E999999999           | false
			0000                  | true
			1234567890123456      | true
			""")
	void rejectsWhatIsNoVietnamesePhoneNumber(String raw, boolean numeric) {
		// given the cell

		// when
		PhoneResult result = PersonFields.normalisePhone(raw, numeric);

		// then
		assertThat(result).isEqualTo(new PhoneResult(raw, FieldStatus.INVALID, null));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "\u00A0" })
	void readsABlankPhoneAsBlank(String raw) {
		assertThat(PersonFields.normalisePhone(raw, false).status()).isEqualTo(FieldStatus.BLANK);
		assertThat(PersonFields.normalisePhone(raw, true).phone()).isNull();
	}

	@Test
	void tellsMobileFromLandline() {
		assertThat(PersonFields.normalisePhone("0912345678", false).isMobile()).isTrue();
		assertThat(PersonFields.normalisePhone("02963123456", false).isMobile()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			# raw                 | number cell | normalised
			079085001234          | false       | 079085001234
			079 085 001 234       | false       | 079085001234
			079.085.001.234       | false       | 079085001234
			79085001234           | true        | 079085001234
			079085001234          | true        | 079085001234
			7.9085001234E10       | true        | 079085001234
			79085001234.0         | true        | 079085001234
			1185001234            | true        | 001185001234
			1.185001234E9         | true        | 001185001234
			89301001234           | false       | 089301001234
			096185001234          | false       | 096185001234
			""")
	void normalisesCccdNumbers(String raw, boolean numeric, String expected) {
		// given the cell

		// when
		CccdResult result = PersonFields.normaliseCccd(raw, numeric);

		// then
		assertThat(result).isEqualTo(new CccdResult(raw, FieldStatus.VALID, expected, false));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			123456789012          | false
			000123456789          | false
			097185001234          | false
			12345678              | true
			1234567890123         | false
			07908500123A          | false
			079085001234.5        | true
			""")
	void rejectsWhatIsNoCccdNumber(String raw, boolean numeric) {
		// given the cell

		// when
		CccdResult result = PersonFields.normaliseCccd(raw, numeric);

		// then
		assertThat(result).isEqualTo(new CccdResult(raw, FieldStatus.INVALID, null, false));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			361234567   | true
			361234567   | false
			361 234 567 | false
			""")
	void rejectsAnOldCmndNumberSayingWhatItIs(String raw, boolean numeric) {
		// given the cell

		// when
		CccdResult result = PersonFields.normaliseCccd(raw, numeric);

		// then
		assertThat(result).isEqualTo(new CccdResult(raw, FieldStatus.INVALID, null, true));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void readsABlankCccdAsBlank(String raw) {
		assertThat(PersonFields.normaliseCccd(raw, false))
			.isEqualTo(new CccdResult(raw, FieldStatus.BLANK, null, false));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# raw                 | date format | year | date
			1985                  | false       | 1985 | -
			1985.0                | false       | 1985 | -
			' 1985 '              | false       | 1985 | -
			12/05/1985            | false       | 1985 | 1985-05-12
			12-5-1985             | false       | 1985 | 1985-05-12
			12.05.1985            | false       | 1985 | 1985-05-12
			2/3/1990              | false       | 1990 | 1990-03-02
			1985-05-12            | false       | 1985 | 1985-05-12
			1985/5/12             | false       | 1985 | 1985-05-12
			12/05/1985 00:00:00   | false       | 1985 | 1985-05-12
			05/1985               | false       | 1985 | -
			31179.0               | true        | 1985 | 1985-05-12
			31179                 | true        | 1985 | 1985-05-12
			12/05/1985            | true        | 1985 | 1985-05-12
			1985                  | true        | 1985 | -
			1940                  | false       | 1940 | -
			2010                  | false       | 2010 | -
			31/12/2010            | false       | 2010 | 2010-12-31
			""")
	void readsBirthYearsAndDates(String raw, boolean dateFormat, Integer year, LocalDate date) {
		// given the cell

		// when
		BirthResult result = PersonFields.parseBirth(raw, dateFormat, NOW);

		// then
		assertThat(result).isEqualTo(new BirthResult(raw, FieldStatus.VALID, year, date));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			# two-digit years, impossible dates, out of range, not a date
			85                    | false
			12/05/85              | false
			31/02/1985            | false
			12/13/1985            | false
			13/1985               | false
			1939                  | false
			2011                  | false
			01/01/2011            | false
			1930                  | true
			3000.0                | true
			31179.0               | false
			năm 1985              | false
			không rõ              | false
			19855                 | false
			""")
	void rejectsWhatIsNoPlausibleBirth(String raw, boolean dateFormat) {
		// given the cell

		// when
		BirthResult result = PersonFields.parseBirth(raw, dateFormat, NOW);

		// then
		assertThat(result).isEqualTo(new BirthResult(raw, FieldStatus.INVALID, null, null));
	}

	@Test
	void takesTheLatestBirthYearFromTheCurrentYearGiven() {
		assertThat(PersonFields.parseBirth("2010", false, Year.of(2026)).status()).isEqualTo(FieldStatus.VALID);
		assertThat(PersonFields.parseBirth("2010", false, Year.of(2025)).status()).isEqualTo(FieldStatus.INVALID);
		assertThat(PersonFields.parseBirth("2011", false, Year.of(2027)).status()).isEqualTo(FieldStatus.VALID);
	}

	@Test
	void readsABirthDateTheReaderAlreadyHas() {
		// given
		LocalDate date = LocalDate.of(1985, 5, 12);

		// when
		BirthResult result = PersonFields.parseBirth(date, NOW);

		// then
		assertThat(result).isEqualTo(new BirthResult("12/05/1985", FieldStatus.VALID, 1985, date));
		assertThat(PersonFields.parseBirth(LocalDate.of(1905, 6, 7), NOW).status()).isEqualTo(FieldStatus.INVALID);
		assertThat(PersonFields.parseBirth((LocalDate) null, NOW).status()).isEqualTo(FieldStatus.BLANK);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void readsABlankBirthAsBlank(String raw) {
		assertThat(PersonFields.parseBirth(raw, false, NOW))
			.isEqualTo(new BirthResult(raw, FieldStatus.BLANK, null, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nguyễn Thị Hoa               | Nguyễn Thị Hoa
			NGUYỄN THỊ HOA               | Nguyễn Thị Hoa
			'  nguyễn   văn  a '         | Nguyễn Văn A
			Trần Thị Kim-Ngân            | Trần Thị Kim-Ngân
			Lê Văn Tám (Tư)              | Lê Văn Tám (Tư)
			Nguyễn T. Hoa                | Nguyễn T. Hoa
			Đỗ Mười                      | Đỗ Mười
			""")
	void cleansValidNames(String raw, String expected) {
		// given the cell

		// when
		NameResult result = PersonFields.checkName(raw);

		// then
		assertThat(result).isEqualTo(new NameResult(raw, FieldStatus.VALID, expected));
	}

	@Test
	void cleansADecomposedName() {
		// given
		String decomposed = Normalizer.normalize("nguyễn thị hoa", Normalizer.Form.NFD);

		// when
		NameResult result = PersonFields.checkName(decomposed);

		// then
		assertThat(result.name()).isEqualTo("Nguyễn Thị Hoa");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hoa", "Nguyễn", "Nguyễn Văn A1", "nguyenvana@gmail.com", "Nguyễn @ Hoa", "Nguyễn, Hoa",
			"A", "- - -", "Nguyễn Văn 2", "Tổng cộng: 45 người", "Tổng cộng", "Người lập biểu", "TM. BAN CHẤP HÀNH",
			"T/M Ban chấp hành", "Họ và tên", "Ký tên", "Xác nhận của đơn vị", "Nguyễn Văn A / Trần Văn B" })
	void rejectsWhatIsNoPersonsName(String raw) {
		assertThat(PersonFields.checkName(raw)).isEqualTo(new NameResult(raw, FieldStatus.INVALID, null));
	}

	@Test
	void rejectsANameLongerThanAHundredCharacters() {
		// given
		String tooLong = "Nguyễn " + "A".repeat(94);
		String longest = "Nguyễn " + "A".repeat(93);

		// when
		NameResult rejected = PersonFields.checkName(tooLong);
		NameResult accepted = PersonFields.checkName(longest);

		// then
		assertThat(tooLong).hasSize(101);
		assertThat(rejected.status()).isEqualTo(FieldStatus.INVALID);
		assertThat(accepted.status()).isEqualTo(FieldStatus.VALID);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  ", "\u00A0" })
	void readsABlankNameAsMissing(String raw) {
		assertThat(PersonFields.checkName(raw)).isEqualTo(new NameResult(raw, FieldStatus.BLANK, null));
	}

	@Test
	void identifiesByCccdWhenGiven() {
		assertThat(PersonFields.identityKey("079085001234", "Nguyễn Văn A", 1985, "CĐCS Công ty X"))
			.isEqualTo("C:079085001234");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', nullValues = "-", textBlock = """
			# cccd ; name              ; year ; unit              ; key
			-      ; Nguyễn Văn A      ; 1985 ; CĐCS Công ty X    ; N:nguyễn văn a|1985|cdcs cong ty x
			''     ; NGUYỄN  VĂN A     ; 1985 ; CĐCS CÔNG TY X    ; N:nguyễn văn a|1985|cdcs cong ty x
			-      ; nguyễn văn a      ; -    ; -                 ; N:nguyễn văn a||
			-      ; Nguyễn Văn A      ; 1985 ; -                 ; N:nguyễn văn a|1985|
			-      ; Nguyen Van A      ; 1985 ; CĐCS Công ty X    ; N:nguyen van a|1985|cdcs cong ty x
			""")
	void identifiesByNameBirthYearAndUnitWithoutCccd(String cccd, String name, Integer year, String unit, String key) {
		// given the trainee's fields

		// when
		String identity = PersonFields.identityKey(cccd, name, year, unit);

		// then
		assertThat(identity).isEqualTo(key);
	}

	@Test
	void identifiesTheSameTraineeTypedDifferently() {
		// given
		String decomposed = Normalizer.normalize("Nguyễn Văn A", Normalizer.Form.NFD);

		// when
		String fromDecomposed = PersonFields.identityKey(null, decomposed, 1985, "  Cđcs  công ty X ");
		String fromComposed = PersonFields.identityKey(null, "nguyễn văn a", 1985, "CĐCS Công ty X");

		// then
		assertThat(fromDecomposed).isEqualTo(fromComposed);
	}

	@Test
	void rejectsAKeyItCannotBuild() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PersonFields.identityKey("79085001234", "A B", 1985, null));
		assertThatIllegalArgumentException().isThrownBy(() -> PersonFields.identityKey(null, " ", 1985, "X"));
		assertThatIllegalArgumentException().isThrownBy(() -> PersonFields.identityKey(null, null, null, null));
	}

	@Test
	void resultsCheckThemselves() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneResult("x", FieldStatus.VALID, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneResult("x", FieldStatus.VALID, "912345678"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneResult("x", FieldStatus.INVALID, "0912345678"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CccdResult("x", FieldStatus.VALID, "79085001234", false));
		assertThatIllegalArgumentException().isThrownBy(() -> new CccdResult("x", FieldStatus.BLANK, null, true));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BirthResult("x", FieldStatus.VALID, 1986, LocalDate.of(1985, 5, 12)));
		assertThatIllegalArgumentException().isThrownBy(() -> new BirthResult("x", FieldStatus.INVALID, 1985, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new NameResult("x", FieldStatus.VALID, null));
	}

}
