package vn.congdoan.taphuan.intake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congdoan.taphuan.common.VietnameseText;

/**
 * Reads the personal-data cells of a ward list — phone, citizen identity number (CCCD),
 * birth year or date, full name — and builds the key a trainee is recognised by across
 * lists.
 * <p>
 * Each reader returns a record saying whether the cell was valid, blank or invalid, so
 * the importer can warn (PHONE_INVALID, CCCD_INVALID, BIRTH_YEAR_INVALID, NAME_MISSING,
 * NAME_INVALID) while keeping the ward's text. Cells that Excel stored as numbers lose
 * their leading zeros; the readers put them back where the length shows they were lost.
 * The same happens to text exported from Excel to CSV, so this is done for text cells
 * too.
 */
public final class PersonFields {

	/** The oldest birth year accepted. */
	public static final int EARLIEST_BIRTH_YEAR = 1940;

	/** Trainees are at least this old in the year of the class. */
	public static final int MINIMUM_AGE = 16;

	/** The longest name accepted, in characters. */
	public static final int LONGEST_NAME = 100;

	private static final int MOST_DIGITS = 15;

	private static final Pattern SCIENTIFIC = Pattern.compile("\\d(?:\\.\\d+)?[eE][+]?\\d+");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?");

	private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})" + TIME);

	private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})" + TIME);

	private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

	/** Day 0 of Excel's 1900 date system, as counted from serial 61 (1 March 1900) on. */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final int FIRST_RELIABLE_EXCEL_SERIAL = 61;

	private static final DateTimeFormatter DAY_MONTH_YEAR_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Folded beginnings of the title, header, total and signature lines of a list. */
	private static final List<String> NOT_NAMES = List.of("tong cong", "tong so", "cong:", "nguoi lap", "ky ten",
			"ky, ghi ro", "xac nhan", "tm.", "tm ", "t/m", "thu truong", "danh sach", "ho va ten", "ho ten");

	private PersonFields() {
	}

	/**
	 * A Vietnamese phone number: mobile (10 digits, 03/05/07/08/09) or landline (11
	 * digits, 02 and the area code), from "0912 345 678", "0912.345.678", "+84912345678",
	 * "84912345678", "(+84) 912-345-678", or a number cell ("912345678", "9.12345678E8")
	 * that lost its leading 0.
	 * @param raw the cell text (a number cell as Excel or POI renders the number)
	 * @param cellWasNumeric whether the cell held a number: dots are then a decimal
	 * point, not separators
	 */
	public static PhoneResult normalisePhone(String raw, boolean cellWasNumeric) {
		if (TextCells.isBlank(raw)) {
			return new PhoneResult(raw, FieldStatus.BLANK, null);
		}
		String text = VietnameseText.clean(raw);
		String digits = (cellWasNumeric || SCIENTIFIC.matcher(text).matches()) ? numberDigits(text) : phoneDigits(text);
		if (digits == null) {
			return new PhoneResult(raw, FieldStatus.INVALID, null);
		}
		if (digits.startsWith("0084")) {
			digits = digits.substring(2);
		}
		if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
			digits = digits.substring(2);
		}
		if ((digits.length() == 9 && "35789".indexOf(digits.charAt(0)) >= 0)
				|| (digits.length() == 10 && digits.charAt(0) == '2')) {
			digits = "0" + digits;
		}
		boolean mobile = digits.length() == 10 && digits.charAt(0) == '0' && "35789".indexOf(digits.charAt(1)) >= 0;
		boolean landline = digits.length() == 11 && digits.startsWith("02");
		if (!mobile && !landline) {
			return new PhoneResult(raw, FieldStatus.INVALID, null);
		}
		return new PhoneResult(raw, FieldStatus.VALID, digits);
	}

	/**
	 * A twelve-digit CCCD number whose first three digits are a province code (001–096),
	 * from text with spaces, dots or dashes, or from a number cell that lost its leading
	 * zeros (10 or 11 digits left: province codes start with 0, so one or two zeros are
	 * lost, never three). A nine-digit old identity card number (CMND) is not accepted:
	 * CMNDs are no longer valid from 2025 and would split a trainee's identity from their
	 * CCCD; the result says it is one so the warning can ask for the CCCD.
	 * @param raw the cell text (a number cell as Excel or POI renders the number)
	 * @param cellWasNumeric whether the cell held a number
	 */
	public static CccdResult normaliseCccd(String raw, boolean cellWasNumeric) {
		if (TextCells.isBlank(raw)) {
			return new CccdResult(raw, FieldStatus.BLANK, null, false);
		}
		String text = VietnameseText.clean(raw);
		String digits = (cellWasNumeric || SCIENTIFIC.matcher(text).matches()) ? numberDigits(text)
				: separatedDigits(text);
		if (digits == null) {
			return new CccdResult(raw, FieldStatus.INVALID, null, false);
		}
		if (digits.length() == 9) {
			return new CccdResult(raw, FieldStatus.INVALID, null, true);
		}
		if (digits.length() == 10 || digits.length() == 11) {
			digits = "0".repeat(12 - digits.length()) + digits;
		}
		if (digits.length() != 12) {
			return new CccdResult(raw, FieldStatus.INVALID, null, false);
		}
		int province = Integer.parseInt(digits.substring(0, 3));
		if (province < 1 || province > 96) {
			return new CccdResult(raw, FieldStatus.INVALID, null, false);
		}
		return new CccdResult(raw, FieldStatus.VALID, digits, false);
	}

	/**
	 * A birth year, and the date when given, from "1985", a number cell "1985.0", a date
	 * "12/05/1985", "12-5-1985", "12.05.1985" (day first, as Vietnam writes dates),
	 * "1985-05-12", "05/1985", or an Excel date serial ("31179.0") when the cell had a
	 * date format. Two-digit years ("85", "12/05/85") are invalid: they cannot tell 1925
	 * from 2025. Valid years run from {@value #EARLIEST_BIRTH_YEAR} to
	 * {@value #MINIMUM_AGE} years before the current year.
	 * @param raw the cell text
	 * @param cellHadDateFormat whether the cell was a number with a date format, so that
	 * a number is an Excel date serial (1900 date system; for 1904-system workbooks
	 * convert with POI and use {@link #parseBirth(LocalDate, Year)})
	 * @param currentYear the year now (from the job's clock)
	 */
	public static BirthResult parseBirth(String raw, boolean cellHadDateFormat, Year currentYear) {
		Objects.requireNonNull(currentYear, "currentYear");
		if (TextCells.isBlank(raw)) {
			return new BirthResult(raw, FieldStatus.BLANK, null, null);
		}
		String text = VietnameseText.clean(raw);
		if (!cellHadDateFormat && isFourDigits(text)) {
			// what YEAR matches most often, without a matcher
			return birth(raw, Integer.parseInt(text), null, currentYear);
		}
		try {
			Matcher year = YEAR.matcher(text);
			if (cellHadDateFormat) {
				LocalDate serialDate = excelSerialDate(text);
				if (serialDate != null) {
					BirthResult fromSerial = birth(raw, serialDate, currentYear);
					// A year typed into a cell formatted as a date: Excel shows 1985 as
					// 07/06/1905.
					boolean yearTypedIntoDateCell = fromSerial.status() == FieldStatus.INVALID && year.matches();
					if (!yearTypedIntoDateCell) {
						return fromSerial;
					}
				}
			}
			if (year.matches()) {
				return birth(raw, Integer.parseInt(year.group(1)), null, currentYear);
			}
			Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
			if (dayFirst.matches()) {
				return birth(raw, date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1)), currentYear);
			}
			Matcher yearFirst = YEAR_MONTH_DAY.matcher(text);
			if (yearFirst.matches()) {
				return birth(raw, date(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3)), currentYear);
			}
			Matcher monthYear = MONTH_YEAR.matcher(text);
			if (monthYear.matches()) {
				int month = Integer.parseInt(monthYear.group(1));
				if (month >= 1 && month <= 12) {
					return birth(raw, Integer.parseInt(monthYear.group(2)), null, currentYear);
				}
			}
		}
		catch (DateTimeException ex) {
			// A date that does not exist, such as 31/02/1985: invalid like any other
			// text.
		}
		return new BirthResult(raw, FieldStatus.INVALID, null, null);
	}

	/**
	 * A birth date the reader already has as a date (a date cell converted by POI). The
	 * raw text of the result is the date written dd/MM/yyyy.
	 * @param date the date of birth, or {@code null} for an empty cell
	 * @param currentYear the year now (from the job's clock)
	 */
	public static BirthResult parseBirth(LocalDate date, Year currentYear) {
		Objects.requireNonNull(currentYear, "currentYear");
		if (date == null) {
			return new BirthResult(null, FieldStatus.BLANK, null, null);
		}
		return birth(DAY_MONTH_YEAR_FORMAT.format(date), date, currentYear);
	}

	/**
	 * A full name in title case with single spaces ("nguyễn THỊ hoa" → "Nguyễn Thị Hoa").
	 * Invalid: fewer than two words (a Vietnamese full name has a family name and a given
	 * name), any digit or "@" or other character than letters, spaces and . - ' ( ),
	 * mostly punctuation, longer than {@value #LONGEST_NAME} characters, or the beginning
	 * of a title, header, total or signature line ("Tổng cộng", "Người lập biểu", "TM.
	 * BAN CHẤP HÀNH", "Họ và tên").
	 */
	public static NameResult checkName(String raw) {
		if (TextCells.isBlank(raw)) {
			return new NameResult(raw, FieldStatus.BLANK, null);
		}
		String cleaned = VietnameseText.clean(raw);
		if (cleaned.length() > LONGEST_NAME || !looksLikeName(cleaned)) {
			return new NameResult(raw, FieldStatus.INVALID, null);
		}
		String folded = VietnameseText.fold(cleaned);
		for (String notName : NOT_NAMES) {
			if (folded.startsWith(notName)) {
				return new NameResult(raw, FieldStatus.INVALID, null);
			}
		}
		if (folded.contains("ban chap hanh")) {
			return new NameResult(raw, FieldStatus.INVALID, null);
		}
		return new NameResult(raw, FieldStatus.VALID, VietnameseText.titleCaseName(cleaned));
	}

	/**
	 * The key a trainee is recognised by across lists and classes, stored in the database
	 * and compared there as text. With a CCCD number: {@code "C:" + cccd}
	 * ("C:079085001234"). Without: {@code "N:" + name + "|" + birth year + "|" + unit},
	 * where the name is {@link VietnameseText#nameKey} (NFC, single spaces, lower case,
	 * diacritics kept), the year is empty when unknown, and the unit is
	 * {@link VietnameseText#fold} (lower case, no diacritics), empty when unknown:
	 * "N:nguyễn văn a|1985|cdcs cong ty x".
	 * @param cccd a normalised CCCD number ({@link CccdResult#cccd()}), or {@code null}
	 * @param nameKey the trainee's name (normalised here again, so the cleaned name will
	 * do)
	 * @param birthYear the birth year, or {@code null}
	 * @param unit the trainee's unit (đơn vị), or {@code null}
	 * @throws IllegalArgumentException when the CCCD is not twelve digits, or when there
	 * is neither CCCD nor name
	 */
	public static String identityKey(String cccd, String nameKey, Integer birthYear, String unit) {
		if (!TextCells.isBlank(cccd)) {
			String number = cccd.strip();
			if (number.length() != 12 || !number.chars().allMatch((c) -> c >= '0' && c <= '9')) {
				throw new IllegalArgumentException("not a normalised CCCD number: " + cccd);
			}
			return "C:" + number;
		}
		String name = VietnameseText.nameKey(nameKey);
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("a trainee without CCCD needs a name to be identified");
		}
		return identityKeyOfFoldedUnit(null, name, birthYear, VietnameseText.fold(unit));
	}

	/**
	 * {@link #identityKey} for a caller that has already folded the unit
	 * ({@link VietnameseText#fold}), e.g. from a cache: units repeat on every row of a
	 * list.
	 */
	public static String identityKeyOfFoldedUnit(String cccd, String nameKey, Integer birthYear, String foldedUnit) {
		if (!TextCells.isBlank(cccd)) {
			return identityKey(cccd, nameKey, birthYear, null);
		}
		String name = VietnameseText.nameKey(nameKey);
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("a trainee without CCCD needs a name to be identified");
		}
		return "N:" + name + "|" + ((birthYear != null) ? birthYear : "") + "|"
				+ ((foldedUnit != null) ? foldedUnit : "");
	}

	/**
	 * A 64-bit hash of an identity key, stored beside it so that reconciliation can find
	 * the identities listed more than once by sorting numbers instead of grouping text.
	 * Equal keys give equal hashes; a rare collision of different keys is harmless, since
	 * whatever is found by hash is compared by key. {@code null} for a {@code null} key.
	 */
	public static Long identityHash(String identityKey) {
		return (identityKey != null) ? hash64(identityKey) : null;
	}

	/**
	 * A 64-bit hash of a name without diacritics ({@link VietnameseText#fold}) and a
	 * birth year: people who may be one person written two ways (POSSIBLE_DUPLICATE)
	 * share it. {@code null} when either is unknown.
	 */
	public static Long namesakeHash(Integer birthYear, String nameFolded) {
		return (birthYear != null && nameFolded != null) ? hash64(birthYear + "|" + nameFolded) : null;
	}

	/** FNV-1a over the UTF-16 chars, then MurmurHash3's finaliser to spread the bits. */
	static long hash64(String text) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			h ^= text.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

	private static boolean isFourDigits(String text) {
		if (text.length() != 4) {
			return false;
		}
		for (int i = 0; i < 4; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static BirthResult birth(String raw, LocalDate date, Year currentYear) {
		return birth(raw, date.getYear(), date, currentYear);
	}

	private static BirthResult birth(String raw, int year, LocalDate date, Year currentYear) {
		if (year < EARLIEST_BIRTH_YEAR || year > currentYear.getValue() - MINIMUM_AGE) {
			return new BirthResult(raw, FieldStatus.INVALID, null, null);
		}
		return new BirthResult(raw, FieldStatus.VALID, year, date);
	}

	private static LocalDate date(String year, String month, String day) {
		return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
	}

	/**
	 * The date an Excel serial number stands for, or {@code null} if the text is none.
	 */
	private static LocalDate excelSerialDate(String text) {
		String digits = numberDigits(text.contains(".") ? text.substring(0, text.indexOf('.')) : text);
		if (digits == null || digits.length() > 6) {
			return null;
		}
		int serial = Integer.parseInt(digits);
		return (serial >= FIRST_RELIABLE_EXCEL_SERIAL) ? EXCEL_EPOCH.plusDays(serial) : null;
	}

	/**
	 * The digits of a whole, non-negative number written as Excel or POI render a number
	 * cell ("912345678", "912345678.0", "9.12345678E8"), or {@code null}.
	 */
	private static String numberDigits(String text) {
		String plain = plainDigits(text);
		if (plain != null) {
			return plain;
		}
		try {
			BigDecimal number = new BigDecimal(text);
			// Negative, or more whole digits than any number read here ("9E999999999").
			if (number.signum() < 0 || number.precision() - number.scale() > MOST_DIGITS) {
				return null;
			}
			BigInteger whole = number.stripTrailingZeros().toBigIntegerExact();
			return whole.toString();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	/**
	 * {@link #numberDigits} of text that is only ASCII digits, the way number cells
	 * arrive (912345678): without its leading zeros, or {@code null} when the text is
	 * anything else or too long, for the general rule to decide.
	 */
	private static String plainDigits(String text) {
		int length = text.length();
		if (length == 0 || length > MOST_DIGITS) {
			return null;
		}
		int firstNonZero = -1;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
			if (firstNonZero < 0 && c != '0') {
				firstNonZero = i;
			}
		}
		if (firstNonZero < 0) {
			return "0";
		}
		return (firstNonZero == 0) ? text : text.substring(firstNonZero);
	}

	/**
	 * Digits of text typed with spaces, dots, dashes, brackets or slashes between them.
	 */
	private static String separatedDigits(String text) {
		StringBuilder digits = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (" .-()/".indexOf(c) < 0) {
				return null;
			}
		}
		return (digits.length() > 0) ? digits.toString() : null;
	}

	/** Like {@link #separatedDigits}, with a "+" allowed before the first digit. */
	private static String phoneDigits(String text) {
		int plus = text.indexOf('+');
		if (plus >= 0) {
			if (text.indexOf('+', plus + 1) >= 0
					|| !text.substring(0, plus).chars().allMatch((c) -> c == '(' || c == ' ')) {
				return null;
			}
			text = text.substring(0, plus) + text.substring(plus + 1);
		}
		return separatedDigits(text);
	}

	/**
	 * Letters and the few marks names carry (spaces . - ' and brackets), at least two
	 * words with letters, and more letters than anything else.
	 */
	private static boolean looksLikeName(String cleaned) {
		int letters = 0;
		int others = 0;
		int words = 0;
		boolean inWordWithLetter = false;
		for (int i = 0; i < cleaned.length(); i++) {
			char c = cleaned.charAt(i);
			if (c == ' ') {
				inWordWithLetter = false;
				continue;
			}
			if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
				letters++;
				if (!inWordWithLetter) {
					words++;
					inWordWithLetter = true;
				}
			}
			else if (".-'()".indexOf(c) >= 0) {
				others++;
			}
			else {
				return false;
			}
		}
		return words >= 2 && letters > others;
	}

}
