package vn.congdoan.taphuan.plan;

import java.util.Objects;

/**
 * The body that issued the plan, as written in the header of its documents.
 *
 * @param name "Liên đoàn Lao động tỉnh An Giang"
 * @param shortName "LĐLĐ tỉnh An Giang"
 * @param parentBody the managing body written above the issuer, "Tổng Liên đoàn Lao động
 * Việt Nam"
 * @param place the place written in the date line, "An Giang"
 */
public record Issuer(String name, String shortName, String parentBody, String place) {

	public Issuer {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(shortName, "shortName");
		Objects.requireNonNull(parentBody, "parentBody");
		Objects.requireNonNull(place, "place");
	}

}
