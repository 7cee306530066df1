package vn.congdoan.taphuan.intake;

import java.util.List;
import java.util.stream.Stream;

/**
 * The 134 precomposed Vietnamese letters, written out here rather than taken from the
 * code under test.
 */
final class VietnameseLettersFixture {

	static final String LOWER_CASE = "àáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ" + "đ" + "èéẻẽẹ" + "êềếểễệ" + "ìíỉĩị" + "òóỏõọ"
			+ "ôồốổỗộ" + "ơờớởỡợ" + "ùúủũụ" + "ưừứửữự" + "ỳýỷỹỵ";

	static final String UPPER_CASE = "ÀÁẢÃẠ" + "ĂẰẮẲẴẶ" + "ÂẦẤẨẪẬ" + "Đ" + "ÈÉẺẼẸ" + "ÊỀẾỂỄỆ" + "ÌÍỈĨỊ" + "ÒÓỎÕỌ"
			+ "ÔỒỐỔỖỘ" + "ƠỜỚỞỠỢ" + "ÙÚỦŨỤ" + "ƯỪỨỬỮỰ" + "ỲÝỶỸỴ";

	/** The upper-case letters TCVN3 has code points for. */
	static final String TCVN3_CAPITALS = "ĂÂĐÊÔƠƯ";

	private VietnameseLettersFixture() {
	}

	static List<String> all() {
		return Stream
			.concat(LOWER_CASE.chars().mapToObj(Character::toString), UPPER_CASE.chars().mapToObj(Character::toString))
			.toList();
	}

	static List<String> tcvn3CapitalsWithTone() {
		return UPPER_CASE.chars()
			.mapToObj(Character::toString)
			.filter((letter) -> !TCVN3_CAPITALS.contains(letter))
			.toList();
	}

}
