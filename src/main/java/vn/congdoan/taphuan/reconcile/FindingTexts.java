package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.BudgetCategory;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.plan.Programme;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;

/**
 * The words of a finding: its subject, what is wrong and what to do, and the figures
 * behind it, in Vietnamese, from the facts detection found and the plan's names.
 */
final class FindingTexts {

	private final Plan plan;

	private final ReconcileSettings settings;

	private final LocalDate asOf;

	FindingTexts(Plan plan, ReconcileSettings settings, LocalDate asOf) {
		this.plan = plan;
		this.settings = settings;
		this.asOf = asOf;
	}

	/**
	 * The texts and severity of a finding.
	 *
	 * @param severity how serious
	 * @param subject what it is about
	 * @param message what is wrong and what to do
	 * @param figures the figures behind it
	 */
	record Texts(FindingSeverity severity, String subject, String message, String figures) {
	}

	Texts describe(FindingCandidate finding) {
		return switch (finding.code()) {
			case QUOTA_UNDERFILLED -> underfilled(finding);
			case QUOTA_EXCEEDED -> exceeded(finding);
			case SUBMISSION_MISSING -> submissionMissing(finding);
			case DUPLICATE_TRAINEE -> duplicate(finding);
			case POSSIBLE_DUPLICATE -> possibleDuplicate(finding);
			case INELIGIBLE_POSITION -> ineligible(finding);
			case POSITION_UNKNOWN -> positionUnknown(finding);
			case INCOMPLETE_ATTENDANCE -> incomplete(finding);
			case CLASS_OUTSIDE_PERIOD -> outsidePeriod(finding);
			case BUDGET_OVERRUN -> overrun(finding);
			case NORM_EXCEEDED -> normExceeded(finding);
			case ALLOWANCE_EXCEEDS_ATTENDANCE -> allowance(finding);
			case SETTLEMENT_MISSING -> settlementMissing(finding);
			case REPEAT_TRAINEE -> repeat(finding);
		};
	}

	private Texts underfilled(FindingCandidate finding) {
		int attended = whole(finding.actual());
		int quota = whole(finding.reference());
		String threshold = percent(this.settings.underfillThreshold());
		String figures = "có mặt " + count(attended) + " / chỉ tiêu " + count(quota) + " (" + percent(attended, quota)
				+ "); hoàn thành " + count(whole(finding.context())) + "; ngưỡng " + threshold;
		if (finding.ward() == null) {
			return texts(finding, "Lớp " + finding.classCode(),
					"Lớp " + finding.classCode() + " chưa đạt chỉ tiêu: " + count(attended)
							+ " học viên có mặt trên chỉ tiêu " + count(quota) + " (" + percent(attended, quota)
							+ ", ngưỡng " + threshold + "). Đôn đốc các đơn vị còn thiếu; xem số liệu từng đơn vị.",
					figures);
		}
		return texts(finding, classAndWard(finding),
				unionName(finding.ward()) + " có " + count(attended) + " học viên có mặt ở lớp " + finding.classCode()
						+ ", chỉ tiêu phân bổ " + count(quota) + " (" + percent(attended, quota) + ", dưới ngưỡng "
						+ threshold + ").",
				figures);
	}

	private Texts exceeded(FindingCandidate finding) {
		int attended = whole(finding.actual());
		int quota = whole(finding.reference());
		String figures = "có mặt " + count(attended) + " / chỉ tiêu " + count(quota)
				+ ((quota > 0) ? " (" + percent(attended, quota) + ")" : "") + "; ngưỡng "
				+ percent(this.settings.overfillThreshold());
		if (finding.ward() == null) {
			return texts(finding, "Lớp " + finding.classCode(),
					"Lớp " + finding.classCode() + " vượt chỉ tiêu: " + count(attended)
							+ " học viên có mặt trên chỉ tiêu " + count(quota) + " (" + percent(attended, quota)
							+ "). Kiểm tra danh sách trùng và kinh phí phát sinh.",
					figures);
		}
		String message = (quota == 0)
				? unionName(finding.ward()) + " không được phân bổ chỉ tiêu ở lớp " + finding.classCode() + " nhưng có "
						+ count(attended) + " học viên có mặt. Kiểm tra lại việc cử học."
				: unionName(finding.ward()) + " có " + count(attended) + " học viên có mặt ở lớp " + finding.classCode()
						+ ", vượt chỉ tiêu phân bổ " + count(quota) + " (" + percent(attended, quota) + ").";
		return texts(finding, classAndWard(finding), message, figures);
	}

	private Texts submissionMissing(FindingCandidate finding) {
		LocalDate end = LocalDate.parse(finding.detail());
		long days = ChronoUnit.DAYS.between(end, this.asOf);
		int quota = whole(finding.reference());
		return texts(finding, classAndWard(finding),
				unionName(finding.ward()) + " chưa gửi danh sách học viên lớp " + finding.classCode() + " (kết thúc "
						+ VietnameseFormat.date(end) + ", đã " + days + " ngày; chỉ tiêu phân bổ " + count(quota)
						+ " người). Đề nghị đơn vị gửi danh sách điểm danh.",
				"chỉ tiêu " + count(quota) + "; lớp kết thúc " + VietnameseFormat.date(end) + ", đã " + days + " ngày");
	}

	private Texts duplicate(FindingCandidate finding) {
		int rows = whole(finding.actual());
		String wards = Arrays.stream(finding.detail().split(", "))
			.map(this::wardName)
			.collect(Collectors.joining(", "));
		return texts(finding, "Lớp " + finding.classCode() + " — " + finding.subjectName(),
				"Học viên " + finding.subjectName() + " có tên " + rows + " lần trong lớp " + finding.classCode() + " ("
						+ wards + "): cùng một người nhưng đang được tính " + rows
						+ " lượt. Xóa dòng trùng ở danh sách của một đơn vị rồi nhập lại tệp.",
				rows + " dòng: " + nullToEmpty(finding.note()));
	}

	private Texts possibleDuplicate(FindingCandidate finding) {
		boolean sameName = "SAME_NAME".equals(finding.detail());
		String why = sameName ? "cùng họ tên và năm sinh, khác đơn vị hoặc một dòng có CCCD, một dòng không"
				: "họ tên giống nhau khi bỏ dấu, cùng năm sinh";
		int people = (finding.context() != null) ? whole(finding.context()) : 2;
		String different = (people > 2) ? people + " người khác nhau" : "hai người khác nhau";
		return texts(finding, finding.subjectName(),
				"Có thể là cùng một người (" + why + "): " + finding.note() + ". Kiểm tra với đơn vị; nếu là "
						+ different + ", xác nhận phát hiện này với ghi chú \"" + different + "\".",
				finding.note());
	}

	private Texts ineligible(FindingCandidate finding) {
		Position position = Position.valueOf(finding.detail());
		Programme programme = this.plan.programme(finding.programme()).orElseThrow();
		String eligible = programme.eligiblePositions()
			.stream()
			.sorted(Comparator.naturalOrder())
			.map(Position::label)
			.collect(Collectors.joining(", "));
		return texts(finding, traineeSubject(finding),
				finding.subjectName() + " (" + unionName(finding.ward()) + ", lớp " + finding.classCode()
						+ ") có chức vụ " + position.label() + ", không thuộc đối tượng của chương trình "
						+ programmeName(programme) + " (" + eligible + "). Kiểm tra lại chức vụ hoặc việc cử học.",
				"chức vụ: " + position.label() + written(finding.note()));
	}

	private Texts positionUnknown(FindingCandidate finding) {
		Programme programme = this.plan.programme(finding.programme()).orElseThrow();
		String position = (finding.note() != null && !finding.note().isBlank())
				? "chức vụ '" + finding.note() + "' không nhận ra" : "chức vụ để trống";
		return texts(finding, traineeSubject(finding),
				finding.subjectName() + " (" + unionName(finding.ward()) + ", lớp " + finding.classCode() + "): "
						+ position + ", không kiểm tra được có thuộc đối tượng của chương trình "
						+ programmeName(programme) + " không. Đề nghị đơn vị ghi rõ chức vụ.",
				(finding.note() != null && !finding.note().isBlank()) ? "chức vụ ghi: " + finding.note()
						: "chức vụ: để trống");
	}

	private Texts incomplete(FindingCandidate finding) {
		int present = whole(finding.actual());
		int required = whole(finding.reference());
		int days = whole(finding.context());
		String marks = wardMarks(finding.detail());
		String attendance = (present == 0) ? "không có mặt ngày nào" : "có mặt " + present + "/" + days + " ngày";
		return texts(finding, traineeSubject(finding),
				finding.subjectName() + " (" + unionName(finding.ward()) + ", lớp " + finding.classCode() + ") "
						+ attendance + ", cần " + required + " ngày để hoàn thành lớp (điểm danh: " + marks + ").",
				"có mặt " + present + "/" + days + " ngày; cần " + required + "; điểm danh: " + marks);
	}

	private Texts outsidePeriod(FindingCandidate finding) {
		String[] parts = finding.detail().split("/");
		String period = VietnameseFormat.date(LocalDate.parse(parts[0])) + " - "
				+ VietnameseFormat.date(LocalDate.parse(parts[1]));
		TrainingClass trainingClass = trainingClass(finding.classCode());
		String dates = (trainingClass != null) ? " (" + VietnameseFormat.date(trainingClass.start()) + " - "
				+ VietnameseFormat.date(trainingClass.end()) + ")" : "";
		int outside = whole(finding.actual());
		return texts(finding, "Lớp " + finding.classCode(),
				"Lớp " + finding.classCode() + dates + " có " + outside + " ngày học ngoài thời gian của chương trình ("
						+ period + ") hoặc ngoài năm kế hoạch " + parts[2] + ". Kiểm tra lại ngày học trong kế hoạch.",
				outside + "/" + whole(finding.reference()) + " ngày học ngoài " + period + " (năm " + parts[2] + ")");
	}

	private Texts overrun(FindingCandidate finding) {
		long settled = finding.actual().longValue();
		long estimate = finding.reference().longValue();
		String over = VietnameseFormat.vnd(settled - estimate)
				+ ((estimate > 0) ? ", " + percent(settled - estimate, estimate) : "");
		String figures = "quyết toán " + VietnameseFormat.vnd(settled) + " / dự toán " + VietnameseFormat.vnd(estimate)
				+ " (vượt " + over + ")";
		if (finding.detail() == null) {
			return texts(finding, "Lớp " + finding.classCode(),
					"Lớp " + finding.classCode() + " quyết toán " + VietnameseFormat.vnd(settled) + ", vượt dự toán "
							+ VietnameseFormat.vnd(estimate) + " (vượt " + over
							+ "). Giải trình hoặc điều chỉnh dự toán.",
					figures);
		}
		String category = BudgetCategory.valueOf(finding.detail()).label();
		return new Texts(FindingSeverity.WARNING, "Lớp " + finding.classCode() + " — " + category,
				"Lớp " + finding.classCode() + ", khoản " + category + ": quyết toán " + VietnameseFormat.vnd(settled)
						+ ", vượt dự toán " + VietnameseFormat.vnd(estimate) + " (vượt " + over + ").",
				figures);
	}

	private Texts normExceeded(FindingCandidate finding) {
		String[] parts = finding.detail().split("/", 2);
		String unit = parts[1];
		long price = finding.actual().longValue();
		long norm = finding.reference().longValue();
		String rows = (finding.note() != null) ? finding.note() : "";
		return texts(finding, "Lớp " + finding.classCode() + " — " + finding.subjectName() + " (" + unit + ")",
				"Lớp " + finding.classCode() + ", khoản '" + finding.subjectName() + "': đơn giá "
						+ VietnameseFormat.vnd(price) + "/" + unit + " vượt định mức chi " + VietnameseFormat.vnd(norm)
						+ "/" + unit + " (" + rows + " của bảng quyết toán).",
				"đơn giá " + VietnameseFormat.vnd(price) + "/" + unit + "; định mức " + VietnameseFormat.vnd(norm) + "/"
						+ unit + "; " + whole(finding.context()) + " dòng (" + rows + ")");
	}

	private Texts allowance(FindingCandidate finding) {
		String category = BudgetCategory.valueOf(finding.subjectName()).label();
		int day = whole(finding.context());
		String paid = number(finding.actual());
		String present = count(whole(finding.reference()));
		if (day == 0) {
			return texts(finding, "Lớp " + finding.classCode() + " — " + category + ", cả lớp",
					"Lớp " + finding.classCode() + ": khoản " + category + " chi cho " + paid
							+ " người-ngày, nhưng điểm danh chỉ có " + present
							+ " người-ngày có mặt. Đối chiếu danh sách nhận tiền với điểm danh.",
					"chi " + paid + " người-ngày; có mặt " + present + " người-ngày");
		}
		TrainingClass trainingClass = trainingClass(finding.classCode());
		String date = (trainingClass != null && day <= trainingClass.dayCount())
				? VietnameseFormat.date(trainingClass.days().get(day - 1)) : "ngày " + day;
		return texts(finding, "Lớp " + finding.classCode() + " — " + category + ", ngày " + date,
				"Lớp " + finding.classCode() + ": khoản " + category + " ngày " + date + " (ngày " + day + ") chi cho "
						+ paid + " học viên, nhưng điểm danh chỉ có " + present + " người có mặt hôm đó (thừa "
						+ number(finding.actual().subtract(finding.reference()))
						+ "). Đối chiếu danh sách nhận tiền với điểm danh.",
				"chi cho " + paid + " người; có mặt " + present + " người");
	}

	private Texts settlementMissing(FindingCandidate finding) {
		LocalDate end = LocalDate.parse(finding.detail());
		long days = ChronoUnit.DAYS.between(end, this.asOf);
		String estimate = VietnameseFormat.vnd(finding.reference().longValue());
		return texts(finding, "Lớp " + finding.classCode(),
				"Lớp " + finding.classCode() + " kết thúc " + VietnameseFormat.date(end) + " (đã " + days
						+ " ngày) nhưng chưa có quyết toán; dự toán " + estimate
						+ ". Đề nghị bộ phận tài chính gửi bảng quyết toán để nhập vào hệ thống.",
				"dự toán " + estimate + "; lớp kết thúc " + VietnameseFormat.date(end) + ", đã " + days + " ngày");
	}

	private Texts repeat(FindingCandidate finding) {
		int classes = whole(finding.actual());
		String programme = this.plan.programme(finding.programme()).map(FindingTexts::programmeName).orElse("");
		return texts(finding, "Chương trình " + programme + " — " + finding.subjectName(),
				finding.subjectName() + " học " + classes + " lớp của chương trình " + programme + " ("
						+ finding.detail() + "): tính " + classes + " lượt người nhưng là 1 người.",
				classes + " lớp: " + finding.detail());
	}

	private static Texts texts(FindingCandidate finding, String subject, String message, String figures) {
		return new Texts(finding.code().severity(), subject, message, figures);
	}

	private String classAndWard(FindingCandidate finding) {
		return "Lớp " + finding.classCode() + " — " + unionName(finding.ward());
	}

	private String traineeSubject(FindingCandidate finding) {
		return "Lớp " + finding.classCode() + " — " + unionName(finding.ward()) + " — " + finding.subjectName();
	}

	private String unionName(String ward) {
		return unit(ward).map(Unit::unionName).orElse(String.valueOf(ward));
	}

	private String wardName(String ward) {
		return unit(ward).map(Unit::displayName).orElse(ward);
	}

	private Optional<Unit> unit(String ward) {
		return (ward != null) ? this.plan.unit(ward) : Optional.empty();
	}

	private TrainingClass trainingClass(String classCode) {
		return (classCode != null) ? this.plan.trainingClass(classCode).orElse(null) : null;
	}

	private static String programmeName(Programme programme) {
		return (programme.section() != null) ? programme.section() : programme.code();
	}

	/** Marks as wards write them: x present, P excused, K absent. */
	private static String wardMarks(String marks) {
		StringBuilder out = new StringBuilder();
		for (char mark : marks.toCharArray()) {
			out.append((out.length() > 0) ? " " : "").append(switch (mark) {
				case 'P' -> "x";
				case 'E' -> "P";
				case 'A' -> "K";
				default -> String.valueOf(mark);
			});
		}
		return out.toString();
	}

	private static String written(String raw) {
		return (raw != null && !raw.isBlank()) ? " (ghi: '" + raw + "')" : "";
	}

	/** A count with thousands grouped: "1.089". */
	private static String count(int value) {
		return VietnameseFormat.number(value);
	}

	private static int whole(BigDecimal value) {
		return (value != null) ? value.intValue() : 0;
	}

	private static String number(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0) {
			return VietnameseFormat.number(stripped.longValue());
		}
		return stripped.toPlainString().replace('.', ',');
	}

	/** "64,0%". */
	static String percent(long part, long whole) {
		if (whole <= 0) {
			return "-";
		}
		return BigDecimal.valueOf(part)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.toPlainString()
			.replace('.', ',') + "%";
	}

	/** A share as a percentage: 0.9 → "90%", 0.925 → "92,5%". */
	static String percent(double share) {
		return BigDecimal.valueOf(share)
			.multiply(BigDecimal.valueOf(100))
			.stripTrailingZeros()
			.toPlainString()
			.replace('.', ',') + "%";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
