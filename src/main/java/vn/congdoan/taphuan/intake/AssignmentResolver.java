package vn.congdoan.taphuan.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;
import vn.congdoan.taphuan.plan.UnitKind;

/**
 * Decides which class and ward a file is for: from the request (command flags or inbox
 * folder), else from the hidden metadata of a taphuan template, else by matching the
 * title block, sheet names and file name against the plans' ward names and class codes,
 * titles and dates (accent- and case-insensitive). A match counts only when it is the
 * single best one; anything less is FILE_UNASSIGNED with the flags to pass.
 */
@Component
class AssignmentResolver {

	/** The very hidden sheet a taphuan template carries; see {@code taphuan template}. */
	static final String METADATA_SHEET = "taphuan-meta";

	static final String TEMPLATE_KIND = "taphuan-attendance";

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Runs of anything but lower-case ASCII letters and digits (in folded text). */
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern NUMERIC_DATE = Pattern
		.compile("(?<![0-9])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?![0-9])");

	private static final Pattern WORDED_DATE = Pattern
		.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?");

	private final Plans plans;

	AssignmentResolver(Plans plans) {
		this.plans = plans;
	}

	Assignment resolve(ImportRequest request, Map<String, String> metadata, List<String> titleLines, String fileName)
			throws FileRejection {
		List<Plan> scope = (request.planCode() != null) ? List.of(this.plans.get(request.planCode()))
				: this.plans.all();
		String classCode = request.classCode();
		String wardCode = request.wardCode();
		String classSource = (classCode != null) ? request.source().name() : null;
		String wardSource = (wardCode != null) ? request.source().name() : null;
		boolean template = TEMPLATE_KIND.equals(metadata.get("template"));
		if (classCode == null && template && metadata.get("class") != null) {
			classCode = metadata.get("class");
			classSource = "METADATA";
		}
		if (wardCode == null && template && metadata.get("ward") != null) {
			wardCode = metadata.get("ward");
			wardSource = "METADATA";
		}
		Plan plan = null;
		TrainingClass trainingClass = null;
		if (classCode != null) {
			String code = classCode;
			for (Plan candidate : scope) {
				Optional<TrainingClass> found = candidate.trainingClass(code);
				if (found.isPresent()) {
					plan = candidate;
					trainingClass = found.get();
				}
			}
			if (trainingClass == null) {
				throw new FileRejection(IssueCode.UNKNOWN_CLASS, "Mã lớp '" + classCode + "' (" + describe(classSource)
						+ ") không có trong kế hoạch. Các mã lớp: " + classCodes(scope) + ".");
			}
		}
		Unit unit = null;
		if (wardCode != null) {
			String code = wardCode;
			for (Plan candidate : (plan != null) ? List.of(plan) : scope) {
				Optional<Unit> found = candidate.unit(code);
				if (found.isPresent()) {
					unit = found.get();
					plan = (plan != null) ? plan : candidate;
				}
			}
			if (unit == null) {
				throw new FileRejection(IssueCode.UNKNOWN_WARD,
						"Đơn vị '" + wardCode + "' (" + describe(wardSource) + ") không có trong kế hoạch "
								+ ((plan != null) ? plan.code() : "") + ". Các mã đơn vị: " + unitCodes(plan, scope)
								+ ".");
			}
		}
		String text = searchText(titleLines, fileName);
		List<Plan> within = (plan != null) ? List.of(plan) : scope;
		if (unit == null) {
			unit = matchUnit(text, within);
			wardSource = (unit != null) ? "TITLE" : null;
			if (unit != null && plan == null) {
				plan = planOfUnit(unit, within);
				within = List.of(plan);
			}
		}
		if (trainingClass == null) {
			trainingClass = matchClass(text, within);
			classSource = (trainingClass != null) ? "TITLE" : null;
			if (trainingClass != null && plan == null) {
				plan = planOfClass(trainingClass, within);
			}
		}
		if (trainingClass == null || unit == null) {
			throw new FileRejection(IssueCode.FILE_UNASSIGNED, unassigned(trainingClass, unit, within));
		}
		String source = weakest(classSource, wardSource);
		return new Assignment(plan, trainingClass, unit, source);
	}

	private static String weakest(String classSource, String wardSource) {
		List<String> order = List.of("TITLE", "METADATA", "FOLDER", "FLAGS");
		return (order.indexOf(classSource) <= order.indexOf(wardSource)) ? classSource : wardSource;
	}

	private static String describe(String source) {
		return switch (source) {
			case "METADATA" -> "ghi trong mẫu";
			case "FOLDER" -> "theo thư mục hộp thư đến";
			default -> "theo tham số lệnh";
		};
	}

	private static String unassigned(TrainingClass trainingClass, Unit unit, List<Plan> plans) {
		StringBuilder message = new StringBuilder("Không xác định được ");
		if (trainingClass == null && unit == null) {
			message.append("lớp và đơn vị");
		}
		else {
			message.append((trainingClass == null) ? "lớp" : "đơn vị");
		}
		message.append(" của tệp (phần đầu danh sách và tên tệp không ghi rõ, hoặc khớp nhiều lựa chọn). ");
		message.append("Ghi rõ ở đầu danh sách (ví dụ \"CÔNG ĐOÀN PHƯỜNG LONG XUYÊN\" và mã lớp hoặc ngày học), ");
		message.append("hoặc nhập lại với");
		if (trainingClass == null) {
			message.append(" --class <mã lớp> (").append(classCodes(plans)).append(')');
		}
		if (unit == null) {
			message.append(" --ward <mã đơn vị> (").append(unitCodes(null, plans)).append(')');
		}
		return message.append('.').toString();
	}

	/**
	 * Title lines and the file name, folded, with separators as spaces and padded for
	 * whole-word matching.
	 */
	static String searchText(List<String> titleLines, String fileName) {
		String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
		String joined = String.join(" | ", titleLines) + " | " + name.replace('_', ' ').replace('-', ' ');
		return " " + SPACES.matcher(VietnameseText.fold(joined)).replaceAll(" ") + " ";
	}

	private static Unit matchUnit(String text, List<Plan> plans) {
		List<Set<Unit>> ranks = List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
		String words = " " + NOT_ALPHANUMERIC.matcher(text).replaceAll(" ") + " ";
		for (Plan plan : plans) {
			for (Unit unit : plan.units()) {
				if (unit.kind() == UnitKind.LDLD) {
					continue; // the federation's own name heads every ward's file
				}
				String name = NOT_ALPHANUMERIC.matcher(VietnameseText.fold(unit.name())).replaceAll(" ").strip();
				String kind = VietnameseText.fold(unit.kind().prefix());
				if (words.contains(" cong doan " + kind + " " + name + " ")) {
					ranks.get(0).add(unit);
				}
				else if (words.contains(" " + kind + " " + name + " ")) {
					ranks.get(1).add(unit);
				}
				else if (words.contains(" " + name + " ")) {
					ranks.get(2).add(unit);
				}
			}
		}
		for (Set<Unit> rank : ranks) {
			if (rank.size() == 1) {
				return rank.iterator().next();
			}
			if (rank.size() > 1) {
				return null;
			}
		}
		return null;
	}

	private static TrainingClass matchClass(String text, List<Plan> plans) {
		String compact = NOT_ALPHANUMERIC.matcher(text).replaceAll("");
		Set<LocalDate> dates = new LinkedHashSet<>();
		Set<TrainingClass> byCode = new LinkedHashSet<>();
		Set<TrainingClass> byTitle = new LinkedHashSet<>();
		Set<TrainingClass> byDate = new LinkedHashSet<>();
		for (Plan plan : plans) {
			dates.addAll(dates(text, plan.year()));
		}
		for (Plan plan : plans) {
			for (TrainingClass trainingClass : plan.classes()) {
				String code = NOT_ALPHANUMERIC.matcher(VietnameseText.fold(trainingClass.code())).replaceAll("");
				if (compact.contains(code)) {
					byCode.add(trainingClass);
				}
				if (text.contains(VietnameseText.fold(trainingClass.title()))) {
					byTitle.add(trainingClass);
				}
				if (trainingClass.days().stream().anyMatch(dates::contains)) {
					byDate.add(trainingClass);
				}
			}
		}
		for (Set<TrainingClass> rank : List.of(byCode, byTitle, byDate)) {
			if (rank.size() == 1) {
				return rank.iterator().next();
			}
			if (rank.size() > 1) {
				return null;
			}
		}
		return null;
	}

	static List<LocalDate> dates(String foldedText, int defaultYear) {
		List<LocalDate> dates = new ArrayList<>();
		for (Pattern pattern : List.of(NUMERIC_DATE, WORDED_DATE)) {
			Matcher matcher = pattern.matcher(foldedText);
			while (matcher.find()) {
				try {
					int year = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : defaultYear;
					dates.add(
							LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))));
				}
				catch (DateTimeException ex) {
					// "16 - 18/3": not a date by itself
				}
			}
		}
		return dates;
	}

	private static Plan planOfUnit(Unit unit, List<Plan> plans) {
		return plans.stream().filter((plan) -> plan.units().contains(unit)).findFirst().orElseThrow();
	}

	private static Plan planOfClass(TrainingClass trainingClass, List<Plan> plans) {
		return plans.stream().filter((plan) -> plan.classes().contains(trainingClass)).findFirst().orElseThrow();
	}

	private static String classCodes(List<Plan> plans) {
		return plans.stream()
			.flatMap((plan) -> plan.classes().stream().map(TrainingClass::code))
			.collect(Collectors.joining(", "));
	}

	private static String unitCodes(Plan plan, List<Plan> plans) {
		return ((plan != null) ? List.of(plan) : plans).stream()
			.flatMap((candidate) -> candidate.units().stream().map(Unit::code))
			.distinct()
			.collect(Collectors.joining(", "));
	}

}
