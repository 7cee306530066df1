package vn.congdoan.taphuan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * Reads a plan file (YAML) into a {@link Plan}, checking types, required fields and
 * cross-references as it goes, so one run reports every problem with its line. The file
 * format is described in the README ("Plan files").
 */
final class PlanFileReader {

	private static final Pattern PLAN_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

	private static final Pattern CLASS_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

	private static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_FILE_CHARS = 2_000_000;

	private final String file;

	private final List<PlanProblem> problems = new ArrayList<>();

	private PlanFileReader(String file) {
		this.file = file;
	}

	/**
	 * Reads and validates a plan.
	 * @param file the file name as the user gave it (used in messages)
	 * @param text the file's content
	 * @return the plan
	 * @throws PlanLoadException listing every problem found
	 */
	static Plan read(String file, String text) {
		return new PlanFileReader(file).readPlan(text);
	}

	private Plan readPlan(String text) {
		if (text.length() > MAX_FILE_CHARS) {
			throw failure(0, "", "tệp quá lớn cho một kế hoạch (" + text.length() + " ký tự)");
		}
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(20);
			root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			throw failure(line, "", "YAML không hợp lệ: " + ex.getProblem()
					+ ". Kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu ':' sau mỗi tên trường.");
		}
		catch (YAMLException ex) {
			throw failure(0, "", "YAML không hợp lệ: " + ex.getMessage());
		}
		if (!(root instanceof MappingNode)) {
			throw failure(1, "", "tệp trống hoặc không phải một kế hoạch (cần các trường code, year, title, ...)");
		}
		YamlField top = new YamlField(root, "", 1, this.file, this.problems::add);
		top.allowOnly("code", "year", "title", "issuer", "document", "signer", "basis", "contact", "budgetSource",
				"lecturers", "departments", "recipients", "units", "norms", "programmes", "classes", "notes");

		String code = top.get("code").requiredText();
		if (code != null && !PLAN_CODE.matcher(code).matches()) {
			top.get("code").problem("mã kế hoạch chỉ gồm chữ in hoa, số và dấu '-', ví dụ AG-2026");
		}
		Integer year = top.get("year").requiredInteger();
		String title = top.get("title").requiredText();
		Issuer issuer = issuer(top.get("issuer"));
		YamlField document = top.get("document").allowOnly("number", "date");
		String documentNumber = document.get("number").text();
		LocalDate documentDate = document.get("date").date();
		Signer signer = signer(top.get("signer"));
		List<Department> departments = departments(top.get("departments"));
		List<Unit> units = units(top.get("units"));
		List<SpendingNorm> norms = norms(top.get("norms"));
		int planYear = (year != null) ? year : LocalDate.now().getYear();
		List<Programme> programmes = programmes(top.get("programmes"), planYear, departments);
		List<TrainingClass> classes = classes(top.get("classes"), programmes, units);

		if (!this.problems.isEmpty()) {
			throw new PlanLoadException(this.file, this.problems);
		}
		return new Plan(code, year, title, issuer, documentNumber, documentDate, signer, top.get("basis").texts(),
				top.get("contact").text(), top.get("budgetSource").text(), top.get("lecturers").texts(), departments,
				top.get("recipients").texts(), units, norms, programmes, classes, top.get("notes").texts());
	}

	private PlanLoadException failure(int line, String field, String message) {
		return new PlanLoadException(this.file, List.of(new PlanProblem(this.file, line, field, message)));
	}

	private Issuer issuer(YamlField field) {
		if (!field.present()) {
			field.missing();
			return null;
		}
		field.allowOnly("name", "shortName", "parentBody", "place");
		String name = field.get("name").requiredText();
		String shortName = field.get("shortName").requiredText();
		String parentBody = field.get("parentBody").requiredText();
		String place = field.get("place").requiredText();
		return (name != null && shortName != null && parentBody != null && place != null)
				? new Issuer(name, shortName, parentBody, place) : null;
	}

	private Signer signer(YamlField field) {
		if (!field.present()) {
			field.missing();
			return null;
		}
		field.allowOnly("onBehalfOf", "title", "name");
		String title = field.get("title").requiredText();
		String name = field.get("name").requiredText();
		return (title != null && name != null) ? new Signer(field.get("onBehalfOf").text(), title, name) : null;
	}

	private List<Department> departments(YamlField field) {
		List<Department> departments = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (YamlField item : field.items()) {
			item.allowOnly("code", "name", "duties");
			String code = item.get("code").requiredText();
			String name = item.get("name").requiredText();
			if (code != null && !codes.add(code)) {
				item.get("code").problem("mã bộ phận '" + code + "' bị trùng");
			}
			if (code != null && name != null) {
				departments.add(new Department(code, name, item.get("duties").texts()));
			}
		}
		return departments;
	}

	private List<Unit> units(YamlField field) {
		if (!field.present()) {
			field.missing();
		}
		List<Unit> units = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (YamlField item : field.items()) {
			item.allowOnly("code", "kind", "name");
			String code = item.get("code").requiredText();
			UnitKind kind = item.get("kind").requiredEnum(UnitKind.class);
			String name = item.get("name").requiredText();
			if (code != null && !UNIT_CODE.matcher(code).matches()) {
				item.get("code").problem("mã đơn vị chỉ gồm chữ thường không dấu, số và dấu '-', ví dụ long-xuyen");
			}
			else if (code != null && !codes.add(code)) {
				item.get("code").problem("mã đơn vị '" + code + "' bị trùng");
			}
			if (code != null && kind != null && name != null) {
				units.add(new Unit(code, kind, name));
			}
		}
		return units;
	}

	private List<SpendingNorm> norms(YamlField field) {
		List<SpendingNorm> norms = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (YamlField item : field.items()) {
			item.allowOnly("category", "unit", "maxUnitPrice", "note");
			BudgetCategory category = item.get("category").requiredEnum(BudgetCategory.class);
			String unit = item.get("unit").requiredText();
			Long max = nonNegative(item.get("maxUnitPrice"), true);
			if (category != null && unit != null && !keys.add(category + "/" + unit)) {
				item.problem("định mức cho " + category + " theo '" + unit + "' bị khai hai lần");
			}
			if (category != null && unit != null && max != null) {
				norms.add(new SpendingNorm(category, unit, max, item.get("note").text()));
			}
		}
		return norms;
	}

	private List<Programme> programmes(YamlField field, int year, List<Department> departments) {
		if (!field.present()) {
			field.missing();
		}
		Set<String> departmentCodes = departments.stream().map(Department::code).collect(Collectors.toSet());
		List<Programme> programmes = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (YamlField raw : field.items()) {
			raw.allowOnly("code", "section", "kind", "title", "target", "eligiblePositions", "topics", "period",
					"plannedClasses", "daysPerClass", "plannedParticipants", "participantsNote", "venue", "form",
					"responsibleDepartment", "budgetSource", "organiser", "reference", "enrolments");
			String code = raw.get("code").requiredText();
			YamlField item = (code != null) ? raw.renamed(field.path() + "[" + code + "]") : raw;
			if (code != null && !codes.add(code)) {
				item.get("code").problem("mã chương trình '" + code + "' bị trùng");
			}
			ProgrammeKind kind = item.get("kind").requiredEnum(ProgrammeKind.class);
			String title = item.get("title").requiredText();
			DateRange period = period(item.get("period"), year);
			Integer minDays = null;
			Integer maxDays = null;
			YamlField days = item.get("daysPerClass");
			if (days.present()) {
				days.allowOnly("min", "max");
				minDays = positive(days.get("min"), true);
				maxDays = positive(days.get("max"), true);
				if (minDays != null && maxDays != null && maxDays < minDays) {
					days.problem("max (" + maxDays + ") nhỏ hơn min (" + minDays + ")");
				}
			}
			String department = item.get("responsibleDepartment").text();
			if (department != null && !departmentCodes.contains(department)) {
				item.get("responsibleDepartment")
					.problem("không có bộ phận mã '" + department + "' trong departments (có: "
							+ String.join(", ", departmentCodes) + ")");
			}
			Set<Position> eligible = positions(item.get("eligiblePositions"));
			List<Enrolment> enrolments = enrolments(item.get("enrolments"));
			Integer plannedClasses = nonNegativeInt(item.get("plannedClasses"));
			Integer plannedParticipants = nonNegativeInt(item.get("plannedParticipants"));
			if (code != null && kind != null && title != null && period != null) {
				programmes.add(new Programme(code, item.get("section").text(), kind, title, item.get("target").text(),
						eligible, item.get("topics").texts(), period, plannedClasses, minDays, maxDays,
						plannedParticipants, item.get("participantsNote").text(), item.get("venue").text(),
						item.get("form").text(), department, item.get("budgetSource").text(),
						item.get("organiser").text(), item.get("reference").text(), enrolments));
			}
		}
		return programmes;
	}

	/** A period, or the whole plan year when the plan states none. */
	private DateRange period(YamlField field, int year) {
		if (!field.present()) {
			return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		}
		field.allowOnly("from", "to");
		LocalDate from = field.get("from").requiredDate();
		LocalDate to = field.get("to").requiredDate();
		if (from == null || to == null) {
			return null;
		}
		if (to.isBefore(from)) {
			field.get("to")
				.problem("ngày kết thúc " + VietnameseFormat.date(to) + " trước ngày bắt đầu "
						+ VietnameseFormat.date(from));
			return null;
		}
		return new DateRange(from, to);
	}

	/** A list of position codes, or a rank range {@code {from: TO_PHO, to: CHU_TICH}}. */
	private Set<Position> positions(YamlField field) {
		Set<Position> positions = EnumSet.noneOf(Position.class);
		if (!field.present()) {
			return positions;
		}
		if (field.isList()) {
			for (YamlField item : field.items()) {
				Position position = item.enumValue(Position.class);
				if (position != null) {
					positions.add(position);
				}
			}
			return positions;
		}
		field.allowOnly("from", "to");
		Position from = field.get("from").requiredEnum(Position.class);
		Position to = field.get("to").requiredEnum(Position.class);
		if (from == null || to == null) {
			return positions;
		}
		if (!from.isRanked() || !to.isRanked()) {
			field.problem("khoảng chức vụ chỉ dùng các bậc từ TO_PHO đến CHU_TICH; ngoài khoảng đó hãy liệt kê");
			return positions;
		}
		int low = Math.min(from.ordinal(), to.ordinal());
		int high = Math.max(from.ordinal(), to.ordinal());
		for (Position position : Position.values()) {
			if (position.ordinal() >= low && position.ordinal() <= high) {
				positions.add(position);
			}
		}
		return positions;
	}

	private List<Enrolment> enrolments(YamlField field) {
		List<Enrolment> enrolments = new ArrayList<>();
		for (YamlField item : field.items()) {
			item.allowOnly("person", "position", "institution", "course", "start", "end", "status");
			String person = item.get("person").requiredText();
			String institution = item.get("institution").requiredText();
			String course = item.get("course").requiredText();
			EnrolmentStatus status = item.get("status").requiredEnum(EnrolmentStatus.class);
			LocalDate start = item.get("start").date();
			LocalDate end = item.get("end").date();
			if (start != null && end != null && end.isBefore(start)) {
				item.get("end").problem("ngày kết thúc trước ngày bắt đầu");
			}
			if (person != null && institution != null && course != null && status != null) {
				enrolments.add(new Enrolment(person, item.get("position").enumValue(Position.class), institution,
						course, start, end, status));
			}
		}
		return enrolments;
	}

	private List<TrainingClass> classes(YamlField field, List<Programme> programmes, List<Unit> units) {
		Map<String, Programme> programmeByCode = new HashMap<>();
		programmes.forEach((programme) -> programmeByCode.put(programme.code(), programme));
		Map<String, Unit> unitByCode = new LinkedHashMap<>();
		units.forEach((unit) -> unitByCode.put(unit.code(), unit));
		List<TrainingClass> classes = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (YamlField raw : field.items()) {
			raw.allowOnly("code", "programme", "title", "topics", "start", "end", "dates", "days", "venue", "quota",
					"allocations", "budget", "illustrative");
			String code = raw.get("code").requiredText();
			YamlField item = (code != null) ? raw.renamed(field.path() + "[" + code + "]") : raw;
			if (code != null && !CLASS_CODE.matcher(code).matches()) {
				item.get("code").problem("mã lớp chỉ gồm chữ in hoa, số và dấu '-', ví dụ AG26-CS-01");
			}
			if (code != null) {
				Integer earlier = firstLine.putIfAbsent(code, item.line());
				if (earlier != null) {
					item.get("code").problem("mã lớp '" + code + "' bị trùng (đã khai ở dòng " + earlier + ")");
				}
			}
			String programmeCode = item.get("programme").requiredText();
			Programme programme = (programmeCode != null) ? programmeByCode.get(programmeCode) : null;
			if (programmeCode != null && programme == null && !programmes.isEmpty()) {
				item.get("programme")
					.problem("không có chương trình mã '" + programmeCode + "' (có: "
							+ String.join(", ", programmeByCode.keySet()) + ")");
			}
			else if (programme != null && !programme.kind().hasClasses()) {
				item.get("programme")
					.problem("chương trình " + programmeCode + " (" + programme.kind()
							+ ") không tổ chức lớp riêng; ghi người tham gia vào enrolments của chương trình");
			}
			String title = item.get("title").requiredText();
			List<LocalDate> days = classDays(item, programme);
			Integer quota = positive(item.get("quota"), true);
			List<Allocation> allocations = allocations(item.get("allocations"), unitByCode, quota);
			List<BudgetLine> budget = budgetLines(item.get("budget"));
			if (code != null && programmeCode != null && title != null && days != null && quota != null) {
				classes.add(new TrainingClass(code, programmeCode, title, item.get("topics").texts(), days,
						item.get("venue").text(), quota, allocations, budget, item.get("illustrative").bool(false)));
			}
		}
		return classes;
	}

	/**
	 * Every calendar day from start to end, or the listed dates; checked against the
	 * programme.
	 */
	private List<LocalDate> classDays(YamlField item, Programme programme) {
		LocalDate start = item.get("start").requiredDate();
		LocalDate end = item.get("end").requiredDate();
		if (start == null || end == null) {
			return null;
		}
		if (end.isBefore(start)) {
			item.get("end")
				.problem("ngày kết thúc " + VietnameseFormat.date(end) + " trước ngày khai giảng "
						+ VietnameseFormat.date(start));
			return null;
		}
		List<LocalDate> days = new ArrayList<>();
		YamlField dates = item.get("dates");
		if (dates.present()) {
			for (YamlField entry : dates.items()) {
				LocalDate date = entry.date();
				if (date != null && (date.isBefore(start) || date.isAfter(end))) {
					entry.problem("ngày học " + VietnameseFormat.date(date) + " nằm ngoài khoảng start..end của lớp");
				}
				else if (date != null && !days.isEmpty() && !date.isAfter(days.get(days.size() - 1))) {
					entry.problem("các ngày học phải tăng dần và không trùng nhau");
				}
				else if (date != null) {
					days.add(date);
				}
			}
			if (days.isEmpty()) {
				dates.problem("danh sách ngày học trống");
				return null;
			}
		}
		else {
			start.datesUntil(end.plusDays(1)).forEach(days::add);
		}
		Integer declared = positive(item.get("days"), false);
		if (declared != null && declared != days.size()) {
			item.get("days")
				.problem("lớp khai " + declared + " ngày nhưng từ " + VietnameseFormat.date(start) + " đến "
						+ VietnameseFormat.date(end) + " có " + days.size()
						+ " ngày học; sửa start/end hoặc liệt kê các ngày học trong 'dates'");
		}
		if (programme != null) {
			DateRange period = programme.period();
			if (!period.contains(start) || !period.contains(end)) {
				item.get(period.contains(start) ? "end" : "start")
					.problem("lớp diễn ra " + VietnameseFormat.date(start) + " - " + VietnameseFormat.date(end)
							+ ", ngoài thời gian của chương trình " + programme.code() + " ("
							+ VietnameseFormat.date(period.from()) + " - " + VietnameseFormat.date(period.to()) + ")");
			}
			if ((programme.minDaysPerClass() != null && days.size() < programme.minDaysPerClass())
					|| (programme.maxDaysPerClass() != null && days.size() > programme.maxDaysPerClass())) {
				item.get("start")
					.problem("lớp có " + days.size() + " ngày học, ngoài khoảng " + programme.minDaysPerClass() + "-"
							+ programme.maxDaysPerClass() + " ngày/lớp của chương trình " + programme.code());
			}
		}
		return days;
	}

	private List<Allocation> allocations(YamlField field, Map<String, Unit> units, Integer quota) {
		List<Allocation> allocations = new ArrayList<>();
		int total = 0;
		for (Map.Entry<String, YamlField> entry : field.entries().entrySet()) {
			String unitCode = entry.getKey();
			Integer count = nonNegativeInt(entry.getValue());
			if (!units.containsKey(unitCode)) {
				entry.getValue()
					.problem("không có đơn vị mã '" + unitCode + "' trong units (có: "
							+ String.join(", ", units.keySet()) + ")");
			}
			else if (count != null) {
				allocations.add(new Allocation(unitCode, count));
				total += count;
			}
		}
		if (quota != null && total > quota) {
			field.problem("tổng phân bổ cho các đơn vị là " + total + ", vượt chỉ tiêu của lớp (quota: " + quota
					+ "); giảm phân bổ hoặc tăng quota");
		}
		return allocations;
	}

	private List<BudgetLine> budgetLines(YamlField field) {
		List<BudgetLine> lines = new ArrayList<>();
		for (YamlField item : field.items()) {
			item.allowOnly("category", "item", "unit", "quantity", "unitPrice", "amount");
			BudgetCategory category = item.get("category").requiredEnum(BudgetCategory.class);
			String unit = item.get("unit").requiredText();
			BigDecimal quantity = item.get("quantity").decimal();
			if (!item.get("quantity").present()) {
				item.get("quantity").missing();
			}
			else if (quantity != null && quantity.signum() < 0) {
				item.get("quantity").problem("số lượng không được âm");
				quantity = null;
			}
			Long unitPrice = nonNegative(item.get("unitPrice"), true);
			Long amount = nonNegative(item.get("amount"), false);
			if (quantity != null && unitPrice != null) {
				long computed = quantity.multiply(BigDecimal.valueOf(unitPrice))
					.setScale(0, RoundingMode.HALF_UP)
					.longValueExact();
				if (amount != null && amount != computed) {
					item.get("amount")
						.problem("thành tiền " + VietnameseFormat.vnd(amount) + " khác số lượng × đơn giá = "
								+ VietnameseFormat.vnd(computed));
				}
				amount = computed;
			}
			if (category != null && unit != null && quantity != null && unitPrice != null) {
				String label = item.get("item").text();
				lines.add(new BudgetLine(category, (label != null) ? label : category.label(), unit, quantity,
						unitPrice, amount));
			}
		}
		return lines;
	}

	private Integer positive(YamlField field, boolean required) {
		if (!field.present()) {
			if (required) {
				field.missing();
			}
			return null;
		}
		Integer value = field.integer();
		if (value != null && value <= 0) {
			field.problem("phải lớn hơn 0, không phải " + value);
			return null;
		}
		return value;
	}

	private Integer nonNegativeInt(YamlField field) {
		Integer value = field.integer();
		if (value != null && value < 0) {
			field.problem("không được âm: " + value);
			return null;
		}
		return value;
	}

	private Long nonNegative(YamlField field, boolean required) {
		if (!field.present()) {
			if (required) {
				field.missing();
			}
			return null;
		}
		Long value = field.money();
		if (value != null && value < 0) {
			field.problem("số tiền không được âm: " + value);
			return null;
		}
		return value;
	}

}
