package vn.congdoan.taphuan.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congdoan.taphuan.common.VietnameseText;

/**
 * The Vietnamese column names wards use, and their variants, matched accent- and
 * case-insensitively.
 */
final class HeaderLabels {

	private static final Pattern PUNCTUATION = Pattern.compile("[()\\[\\]:.,;*_\"'’]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern SESSION_NUMBER = Pattern.compile("^b\\s*\\d+$");

	private static final Pattern BRACKETS_AND_SPACES = Pattern.compile("[()\\s]");

	private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

	private static final Pattern ORDINAL_DAY = Pattern.compile("^(ngay|n|buoi|b|d|day)\\s*(thu)?\\s*0?(\\d{1,2})$");

	private static final Pattern DATE = Pattern
		.compile("^(?:ngay\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2,4}))?$");

	/** Exact labels (folded, punctuation as spaces). */
	private static final Map<String, Field> EXACT = Map.ofEntries(Map.entry("stt", Field.INDEX),
			Map.entry("tt", Field.INDEX), Map.entry("so tt", Field.INDEX), Map.entry("so thu tu", Field.INDEX),
			Map.entry("ho", Field.SURNAME), Map.entry("ho dem", Field.SURNAME),
			Map.entry("ho va ten dem", Field.SURNAME), Map.entry("ho va chu lot", Field.SURNAME),
			Map.entry("ho va ten lot", Field.SURNAME), Map.entry("ten", Field.GIVEN_NAME), Map.entry("ns", Field.BIRTH),
			Map.entry("gioi", Field.GENDER), Map.entry("phai", Field.GENDER), Map.entry("nam/nu", Field.GENDER),
			Map.entry("nam nu", Field.GENDER), Map.entry("sdt", Field.PHONE), Map.entry("dt", Field.PHONE),
			Map.entry("so dt", Field.PHONE), Map.entry("dtdd", Field.PHONE), Map.entry("cdcs", Field.UNIT),
			Map.entry("cccd", Field.CCCD), Map.entry("cmnd", Field.CCCD));

	/** Label beginnings, tried in order (longer, more specific first). */
	private static final List<Map.Entry<String, Field>> PREFIXES = List.of(Map.entry("ho va ten", Field.FULL_NAME),
			Map.entry("ho ten", Field.FULL_NAME), Map.entry("ten hoc vien", Field.FULL_NAME),
			Map.entry("ten can bo", Field.FULL_NAME), Map.entry("nam sinh", Field.BIRTH),
			Map.entry("ngay thang nam sinh", Field.BIRTH), Map.entry("ngay sinh", Field.BIRTH),
			Map.entry("sinh nam", Field.BIRTH), Map.entry("gioi tinh", Field.GENDER),
			Map.entry("chuc vu", Field.POSITION), Map.entry("chuc danh", Field.POSITION),
			Map.entry("don vi", Field.UNIT), Map.entry("noi cong tac", Field.UNIT), Map.entry("co quan", Field.UNIT),
			Map.entry("cong doan co so", Field.UNIT), Map.entry("ten cdcs", Field.UNIT), Map.entry("cdcs", Field.UNIT),
			Map.entry("so dien thoai", Field.PHONE), Map.entry("dien thoai", Field.PHONE),
			Map.entry("di dong", Field.PHONE), Map.entry("sdt", Field.PHONE), Map.entry("so cccd", Field.CCCD),
			Map.entry("cccd", Field.CCCD), Map.entry("can cuoc", Field.CCCD), Map.entry("cmnd", Field.CCCD),
			Map.entry("so cmnd", Field.CCCD), Map.entry("so dinh danh", Field.CCCD), Map.entry("ghi chu", Field.NOTE));

	private HeaderLabels() {
	}

	/** Folded label: no accents, lower case, punctuation as spaces, single spaces. */
	static String normalise(String label) {
		if (label == null) {
			return "";
		}
		String folded = VietnameseText.fold(label);
		return SPACES.matcher(PUNCTUATION.matcher(folded).replaceAll(" ")).replaceAll(" ").strip();
	}

	/**
	 * The field a top-level header label names, or {@code null} when it is not one we
	 * know.
	 */
	static Field field(String label) {
		String key = normalise(label);
		if (key.isEmpty()) {
			return null;
		}
		Field exact = EXACT.get(key);
		if (exact != null) {
			return exact;
		}
		for (Map.Entry<String, Field> prefix : PREFIXES) {
			if (key.startsWith(prefix.getKey())) {
				return prefix.getValue();
			}
		}
		if (isDayLabel(label)) {
			return Field.DAY;
		}
		return null;
	}

	/** "Điểm danh" and its variants: a group header over the day columns. */
	static boolean isAttendanceGroup(String label) {
		String key = normalise(label);
		return key.startsWith("diem danh") || key.startsWith("co mat") || key.equals("tham du")
				|| key.startsWith("ngay hoc") || key.startsWith("ky ten") || key.startsWith("theo doi");
	}

	/** "Nam" or "Nữ" under a birth header. */
	static Field birthSubColumn(String label) {
		String key = normalise(label);
		if (key.equals("nam")) {
			return Field.BIRTH_MALE;
		}
		if (key.equals("nu")) {
			return Field.BIRTH_FEMALE;
		}
		return null;
	}

	static boolean isDayLabel(String label) {
		String key = normalise(label).replace(" ", "");
		String spaced = normalise(label);
		return ORDINAL_DAY.matcher(spaced).matches() || ORDINAL_DAY.matcher(key).matches()
				|| DATE.matcher(spaced.replace(" ", "")).matches();
	}

	/**
	 * The day number of "Ngày 2", "N2", "Buổi 2", or 0 when the label is not an ordinal.
	 */
	static int ordinal(String label) {
		Matcher matcher = ORDINAL_DAY.matcher(normalise(label));
		if (!matcher.matches()) {
			matcher = ORDINAL_DAY.matcher(normalise(label).replace(" ", ""));
		}
		return matcher.matches() ? Integer.parseInt(matcher.group(3)) : 0;
	}

	/** Whether a day label counts sessions (buổi) rather than days. */
	static boolean isSession(String label) {
		String key = normalise(label);
		return key.startsWith("buoi") || SESSION_NUMBER.matcher(key).matches();
	}

	/**
	 * The date a day label names ("16/3", "16/03/2026", "Ngày 16/3"), resolved against
	 * the class's year, or {@code null}.
	 */
	static LocalDate date(String label, int year) {
		Matcher matcher = DATE.matcher(normalise(label).replace(" ", ""));
		if (!matcher.matches()) {
			return null;
		}
		int day = Integer.parseInt(matcher.group(1));
		int month = Integer.parseInt(matcher.group(2));
		int labelYear = year;
		if (matcher.group(3) != null) {
			labelYear = Integer.parseInt(matcher.group(3));
			if (labelYear < 100) {
				labelYear += 2000;
			}
		}
		try {
			return LocalDate.of(labelYear, month, day);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	/** A column-number row under the header: "(1) (2) (3) ..." or "1 2 3 ...". */
	static boolean isColumnNumbering(List<String> texts) {
		if (texts.size() < 3) {
			return false;
		}
		int previous = 0;
		for (String text : texts) {
			String digits = BRACKETS_AND_SPACES.matcher(text).replaceAll("");
			if (!ONE_OR_TWO_DIGITS.matcher(digits).matches()) {
				return false;
			}
			int value = Integer.parseInt(digits);
			if (value <= previous) {
				return false;
			}
			previous = value;
		}
		return true;
	}

}
