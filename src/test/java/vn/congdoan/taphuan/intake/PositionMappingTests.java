package vn.congdoan.taphuan.intake;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congdoan.taphuan.plan.Position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every spelling of a union position that wards use, and the ones that must not be
 * confused.
 */
class PositionMappingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			# every spelling in DOMAIN.md's table
			Chủ tịch                  | CHU_TICH
			CT                        | CHU_TICH
			CT CĐCS                   | CHU_TICH
			Chủ tịch CĐ               | CHU_TICH
			Phó Chủ tịch              | PHO_CHU_TICH
			PCT                       | PHO_CHU_TICH
			P.CT                      | PHO_CHU_TICH
			Ủy viên BCH               | UV_BCH
			UVBCH                     | UV_BCH
			UV BCH                    | UV_BCH
			Uỷ viên                   | UV_BCH
			UV UBKT                   | UV_UBKT
			Ủy viên UBKT              | UV_UBKT
			Chủ nhiệm UBKT            | UV_UBKT
			Trưởng ban nữ công        | TRUONG_BAN_NU_CONG
			TB Nữ công                | TRUONG_BAN_NU_CONG
			Phó ban NC                | TRUONG_BAN_NU_CONG
			Tổ trưởng                 | TO_TRUONG
			TT CĐ                     | TO_TRUONG
			Tổ trưởng CĐ              | TO_TRUONG
			Tổ phó                    | TO_PHO
			TP CĐ                     | TO_PHO
			Cán bộ chuyên trách       | CHUYEN_TRACH
			CBCT                      | CHUYEN_TRACH
			chuyên viên LĐLĐ          | CHUYEN_TRACH
			Đoàn viên                 | DOAN_VIEN
			ĐV                        | DOAN_VIEN
			công nhân                 | DOAN_VIEN
			""")
	void mapsEverySpellingWardsUse(String raw, Position expected) {
		// given the text as the ward typed it

		// when
		PositionMatch match = PositionMapping.map(raw);

		// then
		assertThat(match.code()).isEqualTo(expected);
		assertThat(match.recognised()).isTrue();
		assertThat(match.raw()).isEqualTo(raw);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			# case, spaces, punctuation, accents, unit names after the role
			CHỦ TỊCH                                      | CHU_TICH
			chủ tịch                                      | CHU_TICH
			'  Chủ   tịch  '                              | CHU_TICH
			Chu tich                                      | CHU_TICH
			Chủ tịch CĐCS Công ty TNHH May Việt Tiến      | CHU_TICH
			Chủ tịch Nghiệp đoàn nghề cá Phú Quốc         | CHU_TICH
			CT. CĐCS Trường THPT Long Xuyên               | CHU_TICH
			Chủ tịch CĐCS chuyên trách                    | CHU_TICH
			PHÓ CHỦ TỊCH                                  | PHO_CHU_TICH
			Phó chủ tịch                                  | PHO_CHU_TICH
			Phó Chủ tịch CĐCS Công ty CP Thủy sản         | PHO_CHU_TICH
			P. Chủ tịch                                   | PHO_CHU_TICH
			p.ct                                          | PHO_CHU_TICH
			Phó CT                                        | PHO_CHU_TICH
			Phó Chủ tịch thường trực                      | PHO_CHU_TICH
			UV.BCH                                        | UV_BCH
			Ủy viên Ban Chấp hành CĐCS                    | UV_BCH
			Uỷ viên BCH                                   | UV_BCH
			Ủy viên Ủy ban Kiểm tra                       | UV_UBKT
			Phó Chủ nhiệm UBKT                            | UV_UBKT
			Trưởng ban Nữ công                            | TRUONG_BAN_NU_CONG
			Phó ban nữ công                               | TRUONG_BAN_NU_CONG
			Trưởng/Phó ban nữ công                        | TRUONG_BAN_NU_CONG
			TỔ TRƯỞNG CÔNG ĐOÀN                           | TO_TRUONG
			Tổ trưởng tổ CĐ Phân xưởng 2                  | TO_TRUONG
			Tổ phó CĐ                                     | TO_PHO
			Tổ phó tổ công đoàn                           | TO_PHO
			Cán bộ công đoàn chuyên trách                 | CHUYEN_TRACH
			Chuyên viên Liên đoàn Lao động tỉnh           | CHUYEN_TRACH
			Đoàn viên công đoàn                           | DOAN_VIEN
			Công nhân may                                 | DOAN_VIEN
			Khác                                          | OTHER
			""")
	void mapsRealisticVariants(String raw, Position expected) {
		// given the text as the ward typed it

		// when
		PositionMatch match = PositionMapping.map(raw);

		// then
		assertThat(match).isEqualTo(new PositionMatch(expected, raw, true));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			# several roles: the highest in rank order wins
			UV BCH kiêm Tổ trưởng                 | UV_BCH
			Tổ trưởng kiêm UV BCH                 | UV_BCH
			Tổ phó, Ủy viên UBKT                  | UV_UBKT
			Phó ban nữ công kiêm Phó Chủ tịch     | PHO_CHU_TICH
			Phó Chủ tịch kiêm Chủ nhiệm UBKT      | PHO_CHU_TICH
			Chủ tịch; Tổ trưởng                   | CHU_TICH
			Đoàn viên / Tổ phó                    | TO_PHO
			UVBCH - TT CĐ                         | UV_BCH
			Tổ trưởng và Trưởng ban nữ công       | TRUONG_BAN_NU_CONG
			""")
	void takesTheHighestOfCombinedRoles(String raw, Position expected) {
		// given the text as the ward typed it

		// when
		PositionMatch match = PositionMapping.map(raw);

		// then
		assertThat(match.code()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			# near misses that must not be taken for the role they resemble
			Phó chủ tịch                          | PHO_CHU_TICH
			Tổ phó                                | TO_PHO
			Phó ban nữ công                       | TRUONG_BAN_NU_CONG
			PCT                                   | PHO_CHU_TICH
			Tổ trưởng CĐ CT TNHH Hòa Bình         | TO_TRUONG
			Đoàn viên TT Y tế phường              | DOAN_VIEN
			Tổ phó CĐ TP Long Xuyên               | TO_PHO
			""")
	void doesNotConfuseSimilarRoles(String raw, Position expected) {
		// given the text as the ward typed it

		// when
		PositionMatch match = PositionMapping.map(raw);

		// then
		assertThat(match.code()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bí thư Chi bộ", "Kế toán", "Giám đốc", "Phó", "Trưởng phòng", "TT", "TP", "CN",
			"Ủy viên Ban nữ công", "???", "123" })
	void leavesUnknownPositionsAsOtherNotRecognised(String raw) {
		// given the text as the ward typed it

		// when
		PositionMatch match = PositionMapping.map(raw);

		// then
		assertThat(match).isEqualTo(new PositionMatch(Position.OTHER, raw, false));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\u00A0", "\t" })
	void givesNoMatchForBlankText(String raw) {
		assertThat(PositionMapping.map(raw)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Chủ tịch CĐCS Công ty TNHH May Việt Tiến  | CHU_TICH
			Phó Chủ tịch                              | PHO_CHU_TICH
			Tổ phó                                    | TO_PHO
			Uỷ viên                                   | UV_BCH
			""")
	void mapsDecomposedTextLikeComposed(String composed, Position expected) {
		// given
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

		// when
		PositionMatch match = PositionMapping.map(decomposed);

		// then
		assertThat(decomposed).isNotEqualTo(composed);
		assertThat(match.code()).isEqualTo(expected);
	}

	@Test
	void offersOneTemplateLabelPerPositionInRankOrder() {
		assertThat(PositionMapping.templateLabels()).containsExactly("Chủ tịch CĐCS", "Phó Chủ tịch CĐCS",
				"Ủy viên BCH", "Ủy viên UBKT", "Trưởng/Phó ban nữ công", "Tổ trưởng công đoàn", "Tổ phó công đoàn",
				"Cán bộ chuyên trách", "Đoàn viên", "Khác");
	}

	@ParameterizedTest
	@EnumSource(Position.class)
	void readsEveryTemplateLabelBackAsItsCode(Position position) {
		// given
		String label = PositionMapping.templateLabel(position);

		// when
		PositionMatch match = PositionMapping.map(label);

		// then
		assertThat(PositionMapping.templateLabels().get(position.ordinal())).isEqualTo(label);
		assertThat(match).isEqualTo(new PositionMatch(position, label, true));
	}

	@ParameterizedTest
	@EnumSource(value = Position.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
	void readsEveryReportLabelBackAsItsCode(Position position) {
		// given the label reports print

		// when
		PositionMatch match = PositionMapping.map(position.label());

		// then
		assertThat(match.code()).isEqualTo(position);
	}

	@Test
	void rejectsAnUnrecognisedMatchThatIsNotOther() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PositionMatch(Position.CHU_TICH, "x", false));
	}

}
