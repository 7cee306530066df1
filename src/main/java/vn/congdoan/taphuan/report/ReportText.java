package vn.congdoan.taphuan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
		return BigDecimal.valueOf(ratio)
			.movePointRight(2)
			.setScale(1, RoundingMode.HALF_UP)
			.toPlainString()
			.replace('.', ',') + "%";
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

	/**
	 * The first letter in upper case, as a table cell or list item starts: "phường Long
	 * Xuyên" → "Phường Long Xuyên".
	 */
	static String upperFirst(String text) {
		return (text == null || text.isEmpty()) ? text
				: text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
	}

	/**
	 * A threshold as a whole percentage where it is one: 0.9 → "90%", 0.925 → "92,5%".
	 */
	static String wholePercent(double share) {
		DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(VIETNAMESE));
		return format.format(share * 100) + "%";
	}

	/**
	 * The classes held so far, every programme together: "Đến ngày 31/10/2026 đã tổ chức
	 * 6 lớp (6 đã kết thúc): 1.182 lượt học viên có mặt trên tổng chỉ tiêu 1.520 của các
	 * lớp này (77,8%), 982 lượt hoàn thành (64,6%)."
	 */
	static String heldSentence(HeldClasses held, LocalDate asOf) {
		if (held.classes() == 0) {
			return "Đến ngày " + VietnameseFormat.date(asOf) + " chưa tổ chức lớp nào.";
		}
		String running = (held.classes() > held.classesEnded())
				? " (" + (held.classes() - held.classesEnded()) + " lớp đang diễn ra)" : "";
		return "Đến ngày " + VietnameseFormat.date(asOf) + " đã tổ chức " + held.classes() + " lớp" + running + ": "
				+ VietnameseFormat.number(held.attended()) + " lượt học viên có mặt trên tổng chỉ tiêu "
				+ VietnameseFormat.number(held.quota()) + " của các lớp này (" + percent(held.attendedRatio()) + "), "
				+ VietnameseFormat.number(held.completed()) + " lượt hoàn thành (" + percent(held.completedRatio())
				+ ").";
	}

	/**
	 * One programme against its year's plan: "Chương trình 2.2 (…): 3/3 lớp, 1.077 lượt
	 * học viên có mặt, đạt 76,9% kế hoạch năm 1.400 học viên."
	 */
	static String programmeSentence(ProgrammeRow programme) {
		String classes = programme.heldClasses()
				+ ((programme.plannedClasses() != null) ? "/" + programme.plannedClasses() : "") + " lớp";
		return "Chương trình " + programme.section() + " (" + lowerFirst(programme.title()) + "): " + classes + ", "
				+ VietnameseFormat.number(programme.attended()) + " lượt học viên có mặt, đạt "
				+ percent(programme.attendedRatio()) + " kế hoạch năm "
				+ VietnameseFormat.number(programme.plannedTrainees()) + " học viên.";
	}

	/**
	 * The money, settled classes against their own estimate: "Kinh phí: 2/6 lớp đã tổ
	 * chức có quyết toán, 455.150.000 đ trên dự toán 479.000.000 đ của 2 lớp này (95,0%);
	 * 4 lớp chưa quyết toán, dự toán 285.600.000 đ."
	 */
	static String budgetSentence(BudgetStatus budget) {
		StringBuilder text = new StringBuilder("Kinh phí: ");
		if (!budget.anySettled()) {
			text.append("chưa có lớp nào quyết toán (0/")
				.append(budget.classesHeld())
				.append(" lớp đã tổ chức; dự toán các lớp này ")
				.append(VietnameseFormat.vnd(budget.estimateHeld()))
				.append(")");
		}
		else {
			text.append(budget.classesSettled())
				.append('/')
				.append(budget.classesHeld())
				.append(" lớp đã tổ chức có quyết toán, ")
				.append(VietnameseFormat.vnd(budget.settled()))
				.append(" trên dự toán ")
				.append(VietnameseFormat.vnd(budget.estimateSettled()))
				.append(" của ")
				.append((budget.classesSettled() == 1) ? "lớp này" : budget.classesSettled() + " lớp này")
				.append(" (")
				.append(percent(budget.settledRatio()))
				.append(")");
			if (budget.classesUnsettled() > 0) {
				text.append("; ")
					.append(budget.classesUnsettled())
					.append(" lớp chưa quyết toán, dự toán ")
					.append(VietnameseFormat.vnd(budget.estimateUnsettled()));
			}
		}
		if (budget.classesToCome() > 0) {
			text.append("; ")
				.append(budget.classesToCome())
				.append(" lớp chưa tổ chức, dự toán ")
				.append(VietnameseFormat.vnd(budget.estimateToCome()));
		}
		return text.append(". Dự toán cả kế hoạch ")
			.append(VietnameseFormat.vnd(budget.estimate()))
			.append('.')
			.toString();
	}

	/** The first letter in lower case: "Kế hoạch tập huấn" → "kế hoạch tập huấn". */
	static String lowerFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
	}

}
