package vn.congdoan.taphuan.national;

import java.util.List;
import java.util.Objects;

/**
 * A unit that sends the national federation its statistical form: a provincial federation
 * (34 since the 2025 merger) or a national sectoral union.
 *
 * @param code ASCII slug, {@code an-giang}, {@code cd-y-te}
 * @param kind province or sectoral union
 * @param name the full name, "Liên đoàn Lao động tỉnh An Giang"
 * @param shortName the name in tables, "An Giang"
 * @param order the federation's order of units (provinces first)
 * @param matchKeys accent-free lower-case names a title block or file name may use
 */
public record ReportingUnit(String code, Kind kind, String name, String shortName, int order, List<String> matchKeys) {

	public ReportingUnit {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(shortName, "shortName");
		matchKeys = List.copyOf(matchKeys);
	}

	/** Provincial federation or national sectoral union. */
	public enum Kind {

		PROVINCE("LĐLĐ tỉnh, thành phố"), SECTORAL("Công đoàn ngành trung ương");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
