package vn.congdoan.taphuan.budget;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.intake.FileRejection;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Programme;
import vn.congdoan.taphuan.plan.TrainingClass;

/**
 * Decides which class a settlement file is for: the class given with the request, else
 * the class in the hidden metadata of a taphuan settlement template, else the one class
 * code written in the title block, the sheet's name or the file name (case, accents and
 * separators ignored: "AG26-CS-01", "ag26_cs_01", "AG26CS01").
 *
 * @param found the class with its plan and programme
 * @param source FLAGS, METADATA or TITLE
 */
record ClassAssignment(ClassInPlan found, String source) {

	static ClassAssignment resolve(ClassInPlan requested, Map<String, String> metadata, List<String> titleLines,
			String fileName, List<Plan> plans) throws FileRejection {
		if (requested != null) {
			return new ClassAssignment(requested, "FLAGS");
		}
		String fromMetadata = SettlementSheets.TEMPLATE_ID.equals(metadata.get("template")) ? metadata.get("class")
				: null;
		if (fromMetadata != null) {
			return find(fromMetadata, plans).map((found) -> new ClassAssignment(found, "METADATA"))
				.orElseThrow(() -> new FileRejection(IssueCode.UNKNOWN_CLASS, "Mã lớp '" + fromMetadata
						+ "' ghi trong mẫu quyết toán không có trong kế hoạch. Các mã lớp: " + codes(plans) + "."));
		}
		String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
		String text = " " + VietnameseText.fold(String.join(" | ", titleLines) + " | " + name) + " ";
		Set<String> matches = new LinkedHashSet<>();
		for (Plan plan : plans) {
			for (TrainingClass trainingClass : plan.classes()) {
				if (pattern(trainingClass.code()).matcher(text).find()) {
					matches.add(trainingClass.code());
				}
			}
		}
		if (matches.size() == 1) {
			return new ClassAssignment(find(matches.iterator().next(), plans).orElseThrow(), "TITLE");
		}
		throw new FileRejection(IssueCode.FILE_UNASSIGNED, (matches.isEmpty()
				? "Không xác định được tệp quyết toán của lớp nào: phần đầu bảng và tên tệp không ghi mã lớp. "
				: "Tệp ghi nhiều mã lớp (" + String.join(", ", matches) + "): không biết là quyết toán của lớp nào. ")
				+ "Ghi mã lớp ở đầu bảng (ví dụ \"Mã lớp: AG26-CS-01\"), dùng mẫu quyết toán, hoặc nhập lại với "
				+ "--class <mã lớp> (" + codes(plans) + ").");
	}

	/** Matches a class code as a whole word, with or without its separators. */
	static Pattern pattern(String classCode) {
		String[] parts = VietnameseText.fold(classCode).split("[^a-z0-9]+");
		String body = Arrays.stream(parts)
			.filter((part) -> !part.isEmpty())
			.map(Pattern::quote)
			.collect(Collectors.joining("[-_ .]?"));
		return Pattern.compile("(?<![a-z0-9])" + body + "(?![a-z0-9])");
	}

	private static Optional<ClassInPlan> find(String classCode, List<Plan> plans) {
		for (Plan plan : plans) {
			Optional<TrainingClass> trainingClass = plan.trainingClass(classCode);
			if (trainingClass.isPresent()) {
				Programme programme = plan.programme(trainingClass.get().programme()).orElseThrow();
				return Optional.of(new ClassInPlan(plan, programme, trainingClass.get()));
			}
		}
		return Optional.empty();
	}

	private static String codes(List<Plan> plans) {
		String codes = plans.stream()
			.flatMap((plan) -> plan.classes().stream().map(TrainingClass::code))
			.collect(Collectors.joining(", "));
		return codes.isEmpty() ? "(chưa nạp kế hoạch nào)" : codes;
	}

}
