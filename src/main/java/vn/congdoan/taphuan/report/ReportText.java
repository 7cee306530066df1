package vn.congdoan.taphuan.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The few pieces of Vietnamese the reports compose from data: capitalised headers,
 * percentages, month names, the distribution list's punctuation.
 */
final class ReportText {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private ReportText() {
	}

	/** Upper case as Vietnamese writes it: "Liên đoàn" → "LIÊN ĐOÀN". */
	static String upper(String text) {
		return (text != null) ? text.toUpperCase(VIETNAMESE) : "";
	}

	/**
	 * The parent body as an administrative header abbreviates it: "Tổng Liên đoàn Lao
	 * động Việt Nam" → "TỔNG LĐLĐ VIỆT NAM".
	 */
	static String parentBodyHeader(String parentBody) {
		return upper(parentBody.replace("Liên đoàn Lao động", "LĐLĐ"));
	}

	/**
	 * The issuing body's name for a two-line administrative header: upper case, broken
	 * before the province ("LIÊN ĐOÀN LAO ĐỘNG" / "TỈNH AN GIANG") when it has one.
	 */
	static String agencyLines(String name) {
		String upper = upper(name);
		for (String province : List.of(" TỈNH ", " THÀNH PHỐ ")) {
			int at = upper.lastIndexOf(province);
			if (at > 0) {
				return upper.substring(0, at) + "\n" + upper.substring(at + 1);
			}
		}
		return upper;
	}

	/** "65,1%", "70,0%", or "—" for none: one decimal, as the tables print it. */
	static String percent(Double ratio) {
		if (ratio == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(VIETNAMESE));
		return format.format(ratio * 100) + "%";
	}

	/** "6/2026". */
	static String month(YearMonth month) {
		return month.getMonthValue() + "/" + month.getYear();
	}

	/** "16/03/2026 - 18/03/2026", or one date for a one-day class. */
	static String dates(LocalDate start, LocalDate end) {
		return start.equals(end) ? VietnameseFormat.date(start)
				: VietnameseFormat.date(start) + " - " + VietnameseFormat.date(end);
	}

	/**
	 * The distribution list as printed: "- " before each line, ";" after all but the
	 * last, "." after the last ("Lưu: VT, TC-KT.").
	 */
	static List<String> recipientLines(List<String> recipients) {
		return IntStream.range(0, recipients.size()).mapToObj((i) -> {
			String line = recipients.get(i).strip();
			if (line.startsWith("-")) {
				line = line.substring(1).strip();
			}
			while (line.endsWith(";") || line.endsWith(".") || line.endsWith(",")) {
				line = line.substring(0, line.length() - 1).strip();
			}
			return "- " + line + ((i < recipients.size() - 1) ? ";" : ".");
		}).toList();
	}

	/** The first letter in lower case: "Kế hoạch tập huấn" → "kế hoạch tập huấn". */
	static String lowerFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
	}

}
