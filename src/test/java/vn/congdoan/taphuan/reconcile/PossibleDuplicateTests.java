package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PossibleDuplicateTests {

	@Test
	void namesTwoUnitsWithTheSameNameAndBirthYearInIdentityOrder() {
		// given
		List<PeopleFigures.Person> people = List.of(
				person("N:tran thi binh|1980|cdcs a", "trần thị bình", "Trần Thị Bình", "CĐCS A", "LOP-01 so-01"),
				person("N:tran thi binh|1980|cdcs b", "trần thị bình", "Trần Thị Bình", "CĐCS B", "LOP-01 so-02"));
		// when
		FindingCandidate finding = PeopleFigures.possibleDuplicate(people);
		// then
		assertThat(finding.code()).isEqualTo(FindingCode.POSSIBLE_DUPLICATE);
		assertThat(finding.classCode()).isEqualTo("LOP-01");
		assertThat(finding.subjectKey()).isEqualTo("N:tran thi binh|1980|cdcs a ~ N:tran thi binh|1980|cdcs b");
		assertThat(finding.subjectName()).isEqualTo("Trần Thị Bình ~ Trần Thị Bình");
		assertThat(finding.context()).isEqualTo(BigDecimal.valueOf(2));
		assertThat(finding.detail()).isEqualTo("SAME_NAME");
		assertThat(finding.note())
			.isEqualTo("Trần Thị Bình (1980, CĐCS A, LOP-01 so-01) ~ Trần Thị Bình (1980, CĐCS B, LOP-01 so-02)");
	}

	@Test
	void tellsANameTypedWithoutDiacriticsAndLeavesTheClassOutWhenTheyDiffer() {
		FindingCandidate finding = PeopleFigures.possibleDuplicate(
				List.of(person("N:dang van hung|1975|x", "dang van hung", "Dang Van Hung", null, "LOP-01 so-01"),
						person("N:dang van hung|1975|y", "đặng văn hùng", "Đặng Văn Hùng", "Y", "LOP-02 so-03")));
		assertThat(finding.detail()).isEqualTo("SAME_NAME_WITHOUT_DIACRITICS");
		assertThat(finding.classCode()).isNull();
		assertThat(finding.note()).startsWith("Dang Van Hung (1975, -, LOP-01 so-01) ~ ");
	}

	@Test
	void findsNothingBetweenTwoCccdsOrWhenTheHashesCollided() {
		assertThat(PeopleFigures.possibleDuplicate(
				List.of(person("C:001", "an", "An", "X", "L so-1"), person("C:002", "an", "An", "Y", "L so-1"))))
			.as("two CCCDs are two people")
			.isNull();
		PeopleFigures.Person otherYear = new PeopleFigures.Person("N:an|1991|y");
		otherYear.add(new PeopleFigures.NamesakeLine(1, "N:an|1991|y", 1L << 32, "an", "an", 1991, "An", "Y"), "L",
				"so-2");
		assertThat(
				PeopleFigures.possibleDuplicate(List.of(person("N:an|1990|x", "an", "An", "X", "L so-1"), otherYear)))
			.as("same hash, different birth years")
			.isNull();
		assertThat(PeopleFigures.possibleDuplicate(List.of(person("N:an|1990|x", "an", "An", "X", "L so-1"))))
			.as("one person alone")
			.isNull();
	}

	private static PeopleFigures.Person person(String identity, String nameKey, String fullName, String unit,
			String seen) {
		PeopleFigures.Person person = new PeopleFigures.Person(identity);
		String[] place = seen.split(" ");
		String folded = nameKey.replace("ầ", "a")
			.replace("ị", "i")
			.replace("ì", "i")
			.replace("đ", "d")
			.replace("ặ", "a")
			.replace("ă", "a")
			.replace("ù", "u");
		person.add(
				new PeopleFigures.NamesakeLine(1, identity, 1L << 32, nameKey, folded,
						identity.contains("1975") ? 1975 : (identity.contains("1980") ? 1980 : 1990), fullName, unit),
				place[0], place[1]);
		return person;
	}

}
