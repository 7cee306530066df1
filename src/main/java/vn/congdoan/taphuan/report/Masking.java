package vn.congdoan.taphuan.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone and citizen ID (CCCD) numbers before they reach a report, as the Personal
 * Data Protection Law 91/2025/QH15 expects of lists that travel: enough digits stay for a
 * person to recognise the number, not enough to use it.
 */
public final class Masking {

	/**
	 * Nine or more digits, possibly grouped by single spaces: a phone or an ID number.
	 */
	private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d])\\+?\\d(?: ?\\d){8,}(?![\\d])");

	private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4,}");

	private Masking() {
	}

	/**
	 * {@code "0912345678" → "091****678"}: the first and last three digits stay. Spaces,
	 * dots and dashes are dropped; numbers of fewer than nine digits are masked whole.
	 * {@code null} or blank gives {@code ""}.
	 */
	public static String phone(String phone) {
		return mask(phone, 3, 3);
	}

	/**
	 * {@code "079123456734" → "079*******34"}: the province code (first three digits) and
	 * the last two stay; shorter numbers than eight characters are masked whole.
	 * {@code null} or blank gives {@code ""}.
	 */
	public static String cccd(String cccd) {
		return mask(cccd, 3, 2);
	}

	/**
	 * Masks every phone- or ID-like number (nine or more digits) inside free text, such
	 * as a finding's message.
	 */
	public static String scrub(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = LONG_NUMBER.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(mask(matcher.group(), 3, 2)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/**
	 * Whether a value is safe to print: empty, or masked (a '*' and no run of four or
	 * more digits).
	 */
	public static boolean isMasked(String value) {
		return value == null || value.isEmpty() || (value.indexOf('*') >= 0 && !FOUR_DIGITS.matcher(value).find());
	}

	private static String mask(String raw, int keepStart, int keepEnd) {
		if (raw == null || raw.isBlank()) {
			return "";
		}
		String chars = raw.replaceAll("[^\\p{Alnum}]", "");
		int minimum = keepStart + keepEnd + 3;
		if (chars.length() < minimum) {
			return "*".repeat(Math.max(chars.length(), 3));
		}
		return chars.substring(0, keepStart) + "*".repeat(chars.length() - keepStart - keepEnd)
				+ chars.substring(chars.length() - keepEnd);
	}

}
