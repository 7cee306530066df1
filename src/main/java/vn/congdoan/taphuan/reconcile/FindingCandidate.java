package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A finding as detection found it, before {@link FindingWriter} stages it with its id,
 * fingerprint and texts.
 *
 * @param code the finding code
 * @param programme the programme code, or {@code null}
 * @param classCode the class, or {@code null}
 * @param ward the unit code, or {@code null}
 * @param subjectKey what the finding is about within class and ward: the class, a
 * trainee's identity key, a pair of them, a category or line
 * @param subjectName a name to show: trainee, category, item
 * @param actual the measured figure (a fact)
 * @param reference what it is measured against (a fact)
 * @param context shown, not a fact (completed, days, wards)
 * @param detail a fact in words (wards, classes, marks, position, dates)
 * @param note shown, not a fact (raw text, row numbers)
 */
record FindingCandidate(FindingCode code, String programme, String classCode, String ward, String subjectKey,
		String subjectName, BigDecimal actual, BigDecimal reference, BigDecimal context, String detail, String note) {

	/**
	 * {@code CODE-<10 hex>}: a hash of the plan, code, programme, class, ward and
	 * subject, so every run that finds the same problem names it the same way.
	 */
	String id(String plan) {
		return id(plan, this.code, this.programme, this.classCode, this.ward, this.subjectKey);
	}

	private static String id(String plan, FindingCode code, String programme, String classCode, String ward,
			String subjectKey) {
		String key = String.join("|", plan, code.name(), nullToEmpty(programme), nullToEmpty(classCode),
				nullToEmpty(ward), subjectKey);
		return code.name() + "-" + sha256(key).substring(0, 10);
	}

	/**
	 * The ids the findings about one line would have (position outside the programme's,
	 * position unknown, incomplete attendance, listed twice in the class by its ward or
	 * by several), whether or not they were found: a roster row keeps those a run found.
	 */
	static List<String> lineFindingIds(String plan, String programme, String classCode, String ward, String identity) {
		return List.of(id(plan, FindingCode.DUPLICATE_TRAINEE, programme, classCode, ward, identity),
				id(plan, FindingCode.DUPLICATE_TRAINEE, programme, classCode, null, identity),
				id(plan, FindingCode.INELIGIBLE_POSITION, programme, classCode, ward, identity),
				id(plan, FindingCode.POSITION_UNKNOWN, programme, classCode, ward, identity),
				id(plan, FindingCode.INCOMPLETE_ATTENDANCE, programme, classCode, ward, identity));
	}

	/** A hash of the facts: an acknowledgement holds while it is unchanged. */
	String fingerprint() {
		String facts = String.join("|", this.code.name(), this.subjectKey, plain(this.actual), plain(this.reference),
				nullToEmpty(this.detail));
		return sha256(facts).substring(0, 16);
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
