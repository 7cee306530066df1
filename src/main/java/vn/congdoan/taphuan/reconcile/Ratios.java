package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Ratios as the figures carry them: four decimals, {@code null} without a denominator.
 */
final class Ratios {

	private Ratios() {
	}

	static Double of(long numerator, long denominator) {
		if (denominator <= 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator)
			.divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
			.doubleValue();
	}

	/** Whole đồng per unit, rounded half up; {@code null} without units or amount. */
	static Long perUnit(Long amount, long units) {
		if (amount == null || units <= 0) {
			return null;
		}
		return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(units), 0, RoundingMode.HALF_UP).longValue();
	}

}
