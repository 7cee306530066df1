package vn.congdoan.taphuan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.budget.SettlementTemplateResult;
import vn.congdoan.taphuan.budget.SettlementTemplates;
import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.national.StatisticalForms;
import vn.congdoan.taphuan.plan.Allocation;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.wardkit.AttendanceTemplates;
import vn.congdoan.taphuan.wardkit.TemplateResult;

/**
 * {@code taphuan template --class C (--ward W | --all | --budget) [-o FILE|DIR]}: the
 * fill-in attendance template a ward fills in for a class, or the blank settlement
 * workbook finance fills in. Exactly one kind of workbook is chosen per run; the check
 * lives in {@link #kind()}.
 */
@Command(name = "template",
		description = { "Write the fill-in attendance template (mẫu danh sách, điểm danh) for a ward's allocation in "
				+ "a class: title block from the plan, one roll-call column per class day, a numbered row per "
				+ "allocated trainee plus a margin, drop-down lists and input checks, and hidden metadata so that "
				+ "import assigns the returned file without flags.",
				"Default file: mau-diem-danh-<CLASS>-<ward>.xlsx in the current folder; with --all, one file per "
						+ "allocated ward in mau-diem-danh-<CLASS>/.",
				"--budget: the settlement workbook quyet-toan-<CLASS>.xlsx (lines from the estimate, amounts blank, "
						+ "category drop-down, Thành tiền formulas and total, hidden metadata for budget import).",
				"--national-form --year Y: the blank statistical form bieu-thong-ke-dao-tao-<Y>.xlsx the national "
						+ "federation sends to provinces that do not run taphuan (no plan needed)." })
class TemplateCommand extends ResultCommand {

	@Option(names = "--class", paramLabel = "CLASS", description = "Class code, e.g. AG26-CS-01.")
	String classCode;

	@Option(names = "--ward", paramLabel = "WARD",
			description = "Ward (unit) code with an allocation in the class, e.g. long-xuyen.")
	String ward;

	@Option(names = "--all", description = "One template per ward allocated in the class, into a folder.")
	boolean all;

	@Option(names = "--budget",
			description = "The blank settlement workbook (bảng quyết toán) finance fills in for the class.")
	boolean budget;

	@Option(names = "--national-form",
			description = "The blank statistical form (biểu thống kê) of a year, for units that do not run taphuan.")
	boolean nationalForm;

	@Option(names = "--year", paramLabel = "Y", description = "With --national-form: the report year, e.g. 2026.")
	Integer year;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE|DIR",
			description = "With --ward or --budget: the file (or an existing folder to write into). With --all: the folder.")
	Path output;

	private final Plans plans;

	private final AttendanceTemplates templates;

	private final SettlementTemplates settlementTemplates;

	private final StatisticalForms statisticalForms;

	TemplateCommand(Plans plans, AttendanceTemplates templates, SettlementTemplates settlementTemplates,
			StatisticalForms statisticalForms, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
		this.templates = templates;
		this.settlementTemplates = settlementTemplates;
		this.statisticalForms = statisticalForms;
	}

	@Override
	public Integer call() {
		if (this.nationalForm) {
			writeNationalForm();
			return ExitCodes.OK;
		}
		if (this.classCode == null || this.classCode.isBlank()) {
			throw new UserInputException("Thiếu --class LỚP. Các mã lớp hợp lệ: " + classCodes());
		}
		ClassInPlan found = this.plans.findClass(this.classCode);
		Kind kind = kind(found.trainingClass());
		if (kind == Kind.BUDGET) {
			writeSettlementTemplate();
			return ExitCodes.OK;
		}
		List<TemplateResult> results = (kind == Kind.WARD)
				? List.of(this.templates.write(this.classCode, this.ward, wardTarget()))
				: this.templates.writeAll(this.classCode,
						(this.output != null) ? this.output : Path.of(AttendanceTemplates.folderName(this.classCode)));
		for (TemplateResult result : results) {
			err().printf("Mẫu cho %s (%s): %d dòng cho chỉ tiêu %d người → %s%n", result.wardName(), result.wardCode(),
					result.rows(), result.quota(), result.file());
		}
		if (this.all) {
			err().printf("Đã ghi %d mẫu cho lớp %s.%n", results.size(), found.trainingClass().code());
		}
		if (this.json) {
			List<Map<String, Object>> written = new ArrayList<>();
			for (TemplateResult result : results) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("class", result.classCode());
				entry.put("ward", result.wardCode());
				entry.put("file", result.file().toString());
				entry.put("rows", result.rows());
				written.add(entry);
			}
			printJson(Map.of("templates", written));
		}
		return ExitCodes.OK;
	}

	/** Which workbook this run writes: exactly one of the options that choose it. */
	private Kind kind(TrainingClass trainingClass) {
		List<Kind> chosen = new ArrayList<>();
		if (this.ward != null) {
			chosen.add(Kind.WARD);
		}
		if (this.all) {
			chosen.add(Kind.ALL);
		}
		if (this.budget) {
			chosen.add(Kind.BUDGET);
		}
		if (chosen.size() != 1) {
			String allocated = trainingClass.allocations()
				.stream()
				.filter((allocation) -> allocation.quota() > 0)
				.map(Allocation::unit)
				.collect(Collectors.joining(", "));
			throw new UserInputException(((chosen.isEmpty()) ? "Thiếu lựa chọn" : "Chỉ chọn một")
					+ ": --ward ĐƠN_VỊ (mẫu cho một đơn vị), --all (mỗi đơn vị được phân bổ một mẫu) hoặc --budget "
					+ "(mẫu quyết toán của lớp). " + "Các đơn vị được phân bổ ở lớp " + trainingClass.code() + ": "
					+ (allocated.isEmpty() ? "(chưa có)" : allocated));
		}
		return chosen.get(0);
	}

	private void writeSettlementTemplate() {
		Path target = Path.of(SettlementTemplates.fileName(this.classCode));
		if (this.output != null) {
			target = Files.isDirectory(this.output) ? this.output.resolve(target) : this.output;
		}
		SettlementTemplateResult result = this.settlementTemplates.write(this.classCode, target);
		err().printf("Mẫu quyết toán lớp %s: %d dòng (%d dòng lấy từ dự toán) → %s%n", result.classCode(),
				result.rows(), result.prefilledLines(), result.file());
		if (this.json) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("class", result.classCode());
			entry.put("template", "settlement");
			entry.put("file", result.file().toString());
			entry.put("rows", result.rows());
			entry.put("prefilledLines", result.prefilledLines());
			printJson(Map.of("templates", List.of(entry)));
		}
	}

	private void writeNationalForm() {
		if (this.classCode != null || this.ward != null || this.all || this.budget) {
			throw new UserInputException("--national-form không đi cùng --class, --ward, --all hay --budget: "
					+ "biểu thống kê không thuộc lớp nào.");
		}
		if (this.year == null) {
			throw new UserInputException("Thiếu --year NĂM cho biểu thống kê, ví dụ --year 2026.");
		}
		Path target = Path.of(StatisticalForms.blankFileName(this.year));
		if (this.output != null) {
			target = Files.isDirectory(this.output) ? this.output.resolve(target) : this.output;
		}
		Path written = this.statisticalForms.writeBlank(this.year, target);
		err().printf("Biểu thống kê (mẫu trống) năm %d → %s%n", this.year, written);
		if (this.json) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("template", "national-form");
			entry.put("year", this.year);
			entry.put("file", written.toString());
			entry.put("formVersion", StatisticalForms.FORM_VERSION);
			printJson(Map.of("templates", List.of(entry)));
		}
	}

	private Path wardTarget() {
		String fileName = AttendanceTemplates.fileName(this.classCode, this.ward);
		if (this.output == null) {
			return Path.of(fileName);
		}
		return Files.isDirectory(this.output) ? this.output.resolve(fileName) : this.output;
	}

	private String classCodes() {
		String codes = this.plans.all()
			.stream()
			.flatMap((plan) -> plan.classes().stream().map(TrainingClass::code))
			.collect(Collectors.joining(", "));
		return codes.isEmpty() ? "(chưa nạp kế hoạch nào)" : codes;
	}

	private enum Kind {

		WARD, ALL, BUDGET

	}

}
