package vn.congdoan.taphuan.national;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseText;

/**
 * The units that report to the national federation ({@code national_unit}: the 34
 * provincial federations and the national sectoral unions), and recognising one in a
 * title block, a drop-down value or a file name.
 */
@Component
public class ReportingUnits {

	private final JdbcClient jdbc;

	private volatile List<ReportingUnit> units;

	public ReportingUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every unit, provinces first, in the federation's order. */
	public List<ReportingUnit> all() {
		List<ReportingUnit> loaded = this.units;
		if (loaded == null) {
			loaded = this.jdbc
				.sql("SELECT code, kind, name, short_name, sort_order, match_keys FROM national_unit "
						+ "ORDER BY sort_order, code")
				.query((rs, row) -> new ReportingUnit(rs.getString("code"),
						ReportingUnit.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
						rs.getString("short_name"), rs.getInt("sort_order"),
						Arrays.stream(rs.getString("match_keys").split("\\|")).map(String::strip).toList()))
				.list();
			this.units = loaded;
		}
		return loaded;
	}

	/** The provincial federations only. */
	public List<ReportingUnit> provinces() {
		return all().stream().filter((unit) -> unit.kind() == ReportingUnit.Kind.PROVINCE).toList();
	}

	public Optional<ReportingUnit> find(String code) {
		return all().stream().filter((unit) -> unit.code().equals(code)).findFirst();
	}

	/** A unit by code; a usage error listing the codes when there is none. */
	public ReportingUnit get(String code) {
		return find(code).orElseThrow(() -> new UserInputException(
				"Không có đơn vị '" + code + "' trong danh sách đơn vị báo cáo. Các mã hợp lệ: " + codes(all()) + "."));
	}

	/**
	 * The units a text names, by whole words without accents or case ("LIÊN ĐOÀN LAO ĐỘNG
	 * TỈNH NGHỆ AN" names {@code nghe-an}; "bieu-thong-ke_nghe-an_2026.xlsx" too).
	 */
	public List<ReportingUnit> named(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String words = " " + words(text) + " ";
		Set<ReportingUnit> found = new LinkedHashSet<>();
		for (ReportingUnit unit : all()) {
			for (String key : unit.matchKeys()) {
				if (words.contains(" " + key + " ")) {
					found.add(unit);
					break;
				}
			}
		}
		return new ArrayList<>(found);
	}

	/**
	 * Text as words for matching: accent-free lower case, every run of other characters
	 * one space.
	 */
	static String words(String text) {
		return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
	}

	static String codes(List<ReportingUnit> units) {
		return units.stream().map(ReportingUnit::code).collect(Collectors.joining(", "));
	}

}
