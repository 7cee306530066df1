package vn.congdoan.taphuan.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.congdoan.taphuan.intake.FileOutcome;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.samples.SamplePeople.Person;
import vn.congdoan.taphuan.samples.WardFileWriter.Fault;
import vn.congdoan.taphuan.samples.WardFileWriter.Line;
import vn.congdoan.taphuan.samples.WardFileWriter.WardList;
import vn.congdoan.taphuan.testing.Cli;

/**
 * Writes {@code data-samples/attendance/}: the ward files of the sample plans' past
 * classes, as wards really send them, and its README. Deterministic: the same plans give
 * the same files (cell for cell; xlsx/xls bytes carry timestamps). Run {@link #main} to
 * regenerate (the command is in the README it writes);
 * {@code SampleWardFilesIntegrationTests} checks that the committed files are what this
 * writes and that each imports as the README says.
 * <p>
 * Which ward sends what, in which house style, with which mistakes, is the catalogue in
 * {@link #catalogue()}; the people are invented by {@link SamplePeople}.
 */
public final class SampleWardFiles {

	/** The folder of the sample files, in a checkout. */
	public static final Path FOLDER = Path.of("data-samples", "attendance");

	/** The folder of the sample plans. */
	public static final Path PLANS = Path.of("data-samples", "plans");

	private SampleWardFiles() {
	}

	/**
	 * Regenerates {@code data-samples/attendance/} (or the folder given), with the
	 * templates written by the real {@code taphuan template} command.
	 */
	public static void main(String[] args) throws IOException {
		Path root = (args.length > 0) ? Path.of(args[0]) : FOLDER;
		Path work = Files.createTempDirectory("taphuan-samples");
		Cli cli = new Cli(work);
		Cli.Result loaded = cli.run("plan", "load", PLANS.resolve("ag-2026.yaml").toString(),
				PLANS.resolve("lc-2026.yaml").toString());
		if (loaded.exitCode() != 0) {
			throw new IllegalStateException("Cannot load the sample plans: " + loaded.stderr());
		}
		Templates templates = (classCode, ward, target) -> {
			Cli.Result result = cli.run("template", "--class", classCode, "--ward", ward, "-o", target.toString());
			if (result.exitCode() != 0) {
				throw new IllegalStateException("Cannot write the template: " + result.stderr());
			}
		};
		clear(root);
		List<SampleFile> files = write(root, templates);
		System.out.println(files.size() + " sample files written to " + root);
	}

	/** Deletes what an earlier run wrote. */
	static void clear(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(root)) {
					Files.delete(path);
				}
			}
		}
	}

	/** Writes every sample file and the README under {@code root}. */
	public static List<SampleFile> write(Path root, Templates templates) throws IOException {
		Map<String, SamplePlan> plans = new LinkedHashMap<>();
		for (String file : List.of("ag-2026.yaml", "lc-2026.yaml")) {
			SamplePlan plan = SamplePlan.read(PLANS.resolve(file));
			plans.put(plan.code(), plan);
		}
		Set<String> taken = SamplePeople.registry();
		Map<String, List<Person>> listed = new HashMap<>();
		List<SampleFile> files = new ArrayList<>();
		for (Entry entry : catalogue()) {
			SamplePlan plan = plans.values()
				.stream()
				.filter((candidate) -> candidate.classes().containsKey(entry.classCode))
				.findFirst()
				.orElseThrow();
			files.add(entry.write(root, plan, taken, listed, templates));
		}
		Files.writeString(root.resolve("README.md"), readme(files, plans), StandardCharsets.UTF_8);
		return files;
	}

	/**
	 * Writes a blank fill-in template for a ward and class (the real
	 * {@code AttendanceTemplates}).
	 */
	@FunctionalInterface
	public interface Templates {

		void write(String classCode, String wardCode, Path target) throws IOException;

	}

	/**
	 * What importing a sample file without flags gives.
	 *
	 * @param status IMPORTED or REJECTED
	 * @param rowsRead trainee lines read
	 * @param rowsAccepted lines accepted
	 * @param codes every issue code reported (rejections, warnings and notes)
	 */
	public record Expected(FileOutcome.Status status, int rowsRead, int rowsAccepted, Set<IssueCode> codes) {

		public Expected {
			codes = Set.copyOf(codes);
		}

		String describe() {
			String list = this.codes.stream().sorted().map(IssueCode::name).collect(Collectors.joining(", "));
			if (this.status == FileOutcome.Status.REJECTED) {
				return "**rejected**: " + list;
			}
			String result = "imported: " + this.rowsRead + " rows read, " + this.rowsAccepted + " accepted";
			return list.isEmpty() ? result : result + "; " + list;
		}

	}

	/**
	 * One sample file.
	 *
	 * @param path its path under the sample folder, with forward slashes
	 * @param classCode the class it is for
	 * @param ward the ward (unit) code that sent it
	 * @param variant what it shows, in a line
	 * @param mistakes the mistakes and findings put in it, or empty
	 * @param expected what importing it gives
	 */
	public record SampleFile(String path, String classCode, String ward, String variant, List<String> mistakes,
			Expected expected) {

	}

	// The catalogue

	private static List<Entry> catalogue() {
		List<Entry> entries = new ArrayList<>();
		// An Giang, grassroots class 1: 16-18/03/2026
		entries.add(new Entry("AG26-CS-01", "long-xuyen", "DS hoc vien lop 1 - Long Xuyen.xlsx", WardStyle.classic())
			.nameMissing()
			.duplicateRow());
		entries.add(new Entry("AG26-CS-01", "binh-duc", "Binh Duc - DS tap huan dot 1.xlsx", WardStyle.birthDates()));
		entries.add(new Entry("AG26-CS-01", "my-thoi", "my-thoi_AG26-CS-01.xlsx", WardStyle.reordered()));
		entries.add(new Entry("AG26-CS-01", "chau-doc", "Chau Doc lop 1.xlsx", WardStyle.classic()).ineligible(7));
		entries.add(new Entry("AG26-CS-01", "vinh-te", "DANH SACH VINH TE LOP 1.xlsx", WardStyle.messyStyle())
			.fault(Fault.BAD_PHONE, 6, "0918 234 56"));
		entries.add(new Entry("AG26-CS-01", "tan-chau", "Tan Chau - hoc vien lop CS 1.xlsx", WardStyle.mergedUnits()));
		entries.add(new Entry("AG26-CS-01", "tinh-bien", "Danh sach Tinh Bien lop 1.xls", WardStyle.sessionsXls()));
		entries.add(new Entry("AG26-CS-01", "rach-gia", "Rach Gia_lop1_2026.xlsx", WardStyle.dateCells())
			.fault(Fault.UNKNOWN_POSITION, 11, "Thủ quỹ"));
		entries.add(new Entry("AG26-CS-01", "ha-tien", "HaTien_DSHV_lop1.xlsx", WardStyle.tcvn3()));
		entries.add(new Entry("AG26-CS-01", "kien-hai", "kien-hai_AG26-CS-01.csv", WardStyle.csvComma()));
		entries.add(new Entry("AG26-CS-01", "an-phu", "An Phu - danh sach lop 1.xlsx", WardStyle.vni()));
		entries.add(new Entry("AG26-CS-01", "chau-phu", "chau-phu_AG26-CS-01.csv", WardStyle.csvSemicolon()));
		// class 2: 22-23/06/2026
		entries.add(new Entry("AG26-CS-02", "long-xuyen", "long-xuyen_AG26-CS-02.xlsx", WardStyle.classic())
			.repeat("AG26-CS-01", "long-xuyen", 3));
		entries.add(new Entry("AG26-CS-02", "binh-duc", "Binh Duc - DS tap huan dot 2.xlsx", WardStyle.birthDates())
			.fault(Fault.BAD_BIRTH, 9, "31/02/1987"));
		entries.add(new Entry("AG26-CS-02", "my-thoi", "my-thoi_AG26-CS-02.xlsx", WardStyle.reordered())
			.listedTwice("AG26-CS-02", "long-xuyen", 2));
		entries.add(new Entry("AG26-CS-02", "chau-doc", "Chau Doc lop 2.xlsx", WardStyle.classic())
			.fault(Fault.BAD_MARK, 12, "muộn"));
		entries.add(new Entry("AG26-CS-02", "vinh-te", "DANH SACH VINH TE LOP 2.xlsx", WardStyle.messyStyle()));
		entries.add(new Entry("AG26-CS-02", "tan-chau", "Tan Chau - hoc vien lop CS 2.xlsx", WardStyle.mergedUnits()));
		entries.add(new Entry("AG26-CS-02", "tinh-bien", "Danh sach Tinh Bien lop 2.xls", WardStyle.sessionsXls()));
		entries
			.add(new Entry("AG26-CS-02", "rach-gia", "Rach Gia_lop2_2026.xlsx", WardStyle.dateCells()).ineligible(15));
		entries
			.add(new Entry("AG26-CS-02", "phu-quoc", "mau-diem-danh-AG26-CS-02-phu-quoc.xlsx", WardStyle.template()));
		entries.add(new Entry("AG26-CS-02", "kien-hai", "kien-hai_AG26-CS-02.csv", WardStyle.csvComma()));
		entries.add(new Entry("AG26-CS-02", "chau-phu", "chau-phu_AG26-CS-02.csv", WardStyle.csvSemicolon()));
		entries.add(new Entry("AG26-CS-02", "my-hoa-hung", "My Hoa Hung lop 2.xlsx", WardStyle.splitName()));
		// class 3: 19-21/10/2026
		entries.add(new Entry("AG26-CS-03", "long-xuyen", "DS hoc vien lop 3 - Long Xuyen.xlsx", WardStyle.classic()));
		entries.add(new Entry("AG26-CS-03", "binh-duc", "Binh Duc - DS tap huan dot 3.xlsx", WardStyle.birthDates()));
		entries.add(new Entry("AG26-CS-03", "my-thoi", "my-thoi_AG26-CS-03.xlsx", WardStyle.reordered())
			.fault(Fault.UNKNOWN_POSITION, 4, "Kế toán CĐ"));
		entries.add(new Entry("AG26-CS-03", "chau-doc", "Chau Doc lop 3.xlsx", WardStyle.classic()).repeat("AG26-CS-01",
				"chau-doc", 5));
		entries.add(new Entry("AG26-CS-03", "tan-chau", "Tan Chau - hoc vien lop CS 3.xlsx", WardStyle.mergedUnits()));
		entries.add(new Entry("AG26-CS-03", "tinh-bien", "Danh sach Tinh Bien lop 3.xls", WardStyle.sessionsXls()));
		entries.add(new Entry("AG26-CS-03", "rach-gia", "Rach Gia_lop3_2026.xlsx", WardStyle.noHeader()));
		entries
			.add(new Entry("AG26-CS-03", "phu-quoc", "mau-diem-danh-AG26-CS-03-phu-quoc.xlsx", WardStyle.template()));
		entries.add(new Entry("AG26-CS-03", "kien-hai", "kien-hai_AG26-CS-03.csv", WardStyle.csvComma()));
		entries.add(new Entry("AG26-CS-03", "an-phu", "An Phu - danh sach lop 3.xlsx", WardStyle.pdf()));
		entries.add(new Entry("AG26-CS-03", "chau-phu", "chau-phu_AG26-CS-03.csv", WardStyle.csvSemicolon()));
		entries.add(new Entry("AG26-CS-03", "my-hoa-hung", "mau-diem-danh-AG26-CS-03-my-hoa-hung.xlsx",
				WardStyle.template()));
		// the federation's office fills its full-time cadres' courses in the template
		entries.add(new Entry("AG26-CT-01", "ldld", "DS can bo chuyen trach - AG26-CT-01.xlsx", WardStyle.template())
			.fullTime());
		entries.add(new Entry("AG26-CT-02", "ldld", "DS can bo chuyen trach - AG26-CT-02.xlsx", WardStyle.template())
			.fullTime());
		entries.add(new Entry("AG26-CT-03", "ldld", "DS can bo chuyen trach - AG26-CT-03.xlsx", WardStyle.template())
			.fullTime());
		// Lai Châu: five classes of 80, two days each
		entries
			.add(new Entry("LC26-CS-01", "tan-phong", "DS hoc vien lop 1 - Tan Phong.xlsx", WardStyle.withEthnicity()));
		entries.add(new Entry("LC26-CS-01", "doan-ket", "Doan Ket lop 1.xlsx", WardStyle.simple()));
		entries.add(new Entry("LC26-CS-01", "than-uyen", "than-uyen_LC26-CS-01.xlsx", WardStyle.reordered()));
		entries.add(new Entry("LC26-CS-01", "phong-tho", "PHONG THO - LOP 1.xlsx", WardStyle.messyStyle()));
		entries.add(new Entry("LC26-CS-01", "nam-nhun", "Nam Nhun_lop1.xlsx", WardStyle.simple()));
		entries.add(new Entry("LC26-CS-01", "binh-lu", "Binh Lu lop 1.xlsx", WardStyle.mergedUnits()));
		entries
			.add(new Entry("LC26-CS-02", "tan-phong", "DS hoc vien lop 2 - Tan Phong.xlsx", WardStyle.withEthnicity()));
		entries.add(new Entry("LC26-CS-02", "doan-ket", "Doan Ket lop 2.xlsx", WardStyle.simple())
			.fault(Fault.UNKNOWN_POSITION, 3, "Chuyên viên"));
		entries
			.add(new Entry("LC26-CS-02", "tam-duong", "mau-diem-danh-LC26-CS-02-tam-duong.xlsx", WardStyle.template()));
		entries.add(new Entry("LC26-CS-02", "tan-uyen", "Danh sach Tan Uyen lop 2.xls", WardStyle.plainXls()));
		entries.add(new Entry("LC26-CS-02", "sin-ho", "Danh sách Sìn Hồ lớp 2.xlsx", WardStyle.withEthnicity()));
		entries
			.add(new Entry("LC26-CS-03", "tan-phong", "DS hoc vien lop 3 - Tan Phong.xlsx", WardStyle.withEthnicity())
				.repeat("LC26-CS-01", "tan-phong", 2));
		entries.add(new Entry("LC26-CS-03", "than-uyen", "than-uyen_LC26-CS-03.xlsx", WardStyle.reordered()));
		entries.add(new Entry("LC26-CS-03", "phong-tho", "PHONG THO - LOP 3.xlsx", WardStyle.messyStyle())
			.fault(Fault.BAD_BIRTH, 2, "1899"));
		entries.add(new Entry("LC26-CS-03", "binh-lu", "Binh Lu lop 3.xlsx", WardStyle.mergedUnits()));
		entries
			.add(new Entry("LC26-CS-04", "tam-duong", "mau-diem-danh-LC26-CS-04-tam-duong.xlsx", WardStyle.template()));
		entries.add(new Entry("LC26-CS-04", "muong-te", "muong-te_LC26-CS-04.csv", WardStyle.csvSemicolon()));
		entries.add(new Entry("LC26-CS-04", "nam-nhun", "Nam Nhun_lop4.xlsx", WardStyle.simple()));
		entries.add(new Entry("LC26-CS-04", "tan-uyen", "Danh sach Tan Uyen lop 4.xls", WardStyle.plainXls()));
		entries
			.add(new Entry("LC26-CS-05", "tan-phong", "DS hoc vien lop 5 - Tan Phong.xlsx", WardStyle.withEthnicity()));
		entries.add(new Entry("LC26-CS-05", "doan-ket", "Doan Ket lop 5.xlsx", WardStyle.simple()).ineligible(4));
		entries.add(new Entry("LC26-CS-05", "sin-ho", "Danh sách Sìn Hồ lớp 5.xlsx", WardStyle.withEthnicity())
			.nameMissing());
		return entries;
	}

	/** One ward's file for one class: its style, its mistakes, the people it repeats. */
	private static final class Entry {

		final String classCode;

		final String ward;

		final String fileName;

		final WardStyle style;

		final List<Mistake> mistakes = new ArrayList<>();

		final List<Carried> carried = new ArrayList<>();

		boolean nameMissing;

		boolean duplicateRow;

		boolean fullTime;

		Integer ineligible;

		Entry(String classCode, String ward, String fileName, WardStyle style) {
			this.classCode = classCode;
			this.ward = ward;
			this.fileName = fileName;
			this.style = style;
		}

		Entry nameMissing() {
			this.nameMissing = true;
			return this;
		}

		Entry duplicateRow() {
			this.duplicateRow = true;
			return this;
		}

		Entry fullTime() {
			this.fullTime = true;
			return this;
		}

		Entry ineligible(int index) {
			this.ineligible = index;
			return this;
		}

		Entry fault(Fault fault, int index, String detail) {
			this.mistakes.add(new Mistake(fault, index, detail));
			return this;
		}

		/** A trainee of an earlier class of the same ward comes again. */
		Entry repeat(String fromClass, String fromWard, int index) {
			this.carried.add(new Carried(fromClass, fromWard, index, false));
			return this;
		}

		/** A trainee another ward lists for the same class is listed here too. */
		Entry listedTwice(String fromClass, String fromWard, int index) {
			this.carried.add(new Carried(fromClass, fromWard, index, true));
			return this;
		}

		SampleFile write(Path root, SamplePlan plan, Set<String> taken, Map<String, List<Person>> listed,
				Templates templates) throws IOException {
			SamplePlan.ClassInfo info = plan.classes().get(this.classCode);
			SamplePlan.UnitInfo unit = plan.units().get(this.ward);
			Random random = new Random((this.classCode + "/" + this.ward).hashCode());
			boolean laiChau = plan.code().startsWith("LC");
			SamplePeople people = new SamplePeople(random, laiChau, taken);
			int quota = info.allocations().get(this.ward);
			int count = (int) Math.round(quota * (0.80 + 0.25 * random.nextDouble()));
			List<Person> trainees = new ArrayList<>(this.fullTime
					? people.fullTime(count - this.carried.size(), fullTimeUnits(plan), info.days().size())
					: people.generate(count - this.carried.size(), units(unit, laiChau, random), info.days().size()));
			List<String> notes = new ArrayList<>();
			for (Carried carry : this.carried) {
				Person earlier = listed.get(carry.fromClass() + "/" + carry.fromWard()).get(carry.index());
				Person again = earlier
					.withMarks(people.generate(1, List.of(earlier.unit()), info.days().size()).get(0).marks(), null);
				if (carry.otherWard()) {
					again = again.withoutCccd();
					notes.add(again.name() + " (" + again.birthYear() + ") is also on " + carry.fromWard()
							+ "'s list for this class: DUPLICATE_TRAINEE when reconciled");
				}
				else {
					notes.add(again.name() + " (" + again.birthYear() + ") attended " + carry.fromClass()
							+ " already: REPEAT_TRAINEE when reconciled");
				}
				trainees.add(Math.min(trainees.size(), 5 + this.carried.indexOf(carry)), again);
			}
			if (this.ineligible != null) {
				Person member = trainees.get(this.ineligible).withPosition(Position.DOAN_VIEN);
				trainees.set(this.ineligible, member);
				notes.add(member.name() + " is an ordinary member (Đoàn viên), outside the programme's positions: "
						+ "ineligible when reconciled");
			}
			if (this.style.unitMerged) {
				List<String> order = trainees.stream().map(Person::unit).distinct().toList();
				trainees.sort(Comparator.comparing((Person person) -> order.indexOf(person.unit())));
			}
			listed.put(this.classCode + "/" + this.ward, trainees);

			List<Line> lines = new ArrayList<>(trainees.stream().map(Line::of).toList());
			Set<IssueCode> codes = EnumSet.noneOf(IssueCode.class);
			for (Mistake mistake : this.mistakes) {
				Line line = lines.get(mistake.index());
				lines.set(mistake.index(), new Line(line.person(), mistake.fault(), mistake.detail()));
				codes.add(code(mistake.fault()));
				notes.add(0, describe(mistake));
			}
			int extra = 0;
			if (this.nameMissing) {
				Person nameless = people.generate(1, List.of(trainees.get(0).unit()), info.days().size()).get(0);
				lines.add(lines.size() * 2 / 3, new Line(nameless, Fault.NAME_MISSING, null));
				codes.add(IssueCode.NAME_MISSING);
				notes.add(0, "a line with a year of birth, a position and marks but no name (NAME_MISSING)");
				extra++;
			}
			if (this.duplicateRow) {
				lines.add(lines.size() * 4 / 5, new Line(trainees.get(1), Fault.DUPLICATE_ROW, null));
				codes.add(IssueCode.DUPLICATE_ROW);
				notes.add(0, trainees.get(1).name() + " listed twice (DUPLICATE_ROW)");
				extra++;
			}
			if (this.style.has(WardStyle.Column.ETHNICITY)) {
				codes.add(IssueCode.COLUMN_IGNORED);
			}
			if (this.style.encoding != null) {
				codes.add(IssueCode.LEGACY_ENCODING_CONVERTED);
			}
			if (this.style.format == WardStyle.Format.TEMPLATE) {
				codes.add(IssueCode.SHEET_SKIPPED);
			}
			Expected expected = switch (this.style.format) {
				case NO_HEADER -> new Expected(FileOutcome.Status.REJECTED, 0, 0, Set.of(IssueCode.NO_HEADER));
				case PDF -> new Expected(FileOutcome.Status.REJECTED, 0, 0, Set.of(IssueCode.FILE_UNREADABLE));
				default -> new Expected(FileOutcome.Status.IMPORTED, lines.size(), lines.size() - extra, codes);
			};

			String[] signers = people.generate(2, List.of("-"), 1).stream().map(Person::name).toArray(String[]::new);
			WardList list = new WardList(plan.federation(), unit.unionName(), unit.name(), this.ward, this.classCode,
					String.valueOf(info.number()), info.days(), lines, signers[0], signers[1]);
			String path = plan.folder() + "/" + this.classCode + "/" + this.fileName;
			WardFileWriter.write(this.style, list, random, root.resolve(path), templates);
			return new SampleFile(path, this.classCode, this.ward, this.style.description, notes, expected);
		}

		private static IssueCode code(Fault fault) {
			return switch (fault) {
				case NAME_MISSING -> IssueCode.NAME_MISSING;
				case DUPLICATE_ROW -> IssueCode.DUPLICATE_ROW;
				case BAD_BIRTH -> IssueCode.BIRTH_YEAR_INVALID;
				case BAD_PHONE -> IssueCode.PHONE_INVALID;
				case BAD_MARK -> IssueCode.MARK_UNKNOWN;
				case UNKNOWN_POSITION -> IssueCode.POSITION_UNKNOWN;
			};
		}

		private static String describe(Mistake mistake) {
			return switch (mistake.fault()) {
				case BAD_BIRTH -> "a year of birth written '" + mistake.detail() + "' (BIRTH_YEAR_INVALID)";
				case BAD_PHONE -> "a phone number with a digit missing, '" + mistake.detail() + "' (PHONE_INVALID)";
				case BAD_MARK -> "a roll-call mark '" + mistake.detail() + "' (MARK_UNKNOWN)";
				case UNKNOWN_POSITION -> "a position written '" + mistake.detail() + "' (POSITION_UNKNOWN)";
				default -> mistake.fault().name();
			};
		}

	}

	private record Mistake(Fault fault, int index, String detail) {

	}

	private record Carried(String fromClass, String fromWard, int index, boolean otherWard) {

	}

	// Units

	private static final List<String> UNITS_AG = List.of("CĐCS Công ty TNHH May mặc %s",
			"CĐCS Công ty CP Chế biến Thủy sản %s", "CĐCS Trường THCS %s", "CĐCS Trường Tiểu học %s",
			"CĐCS Trường Mầm non Hoa Sen %s", "CĐCS UBND %k %s", "CĐCS Trạm Y tế %k %s",
			"Nghiệp đoàn Tiểu thương chợ %s", "Nghiệp đoàn Xe ôm %s", "CĐCS Công ty CP Lương thực %s",
			"CĐCS Bưu điện %s", "CĐCS Công ty TNHH Giày da %s");

	private static final List<String> UNITS_LC = List.of("CĐCS Trường PTDTBT THCS %s", "CĐCS Trường Mầm non %s",
			"CĐCS Trường Tiểu học %s", "CĐCS UBND %k %s", "CĐCS Trạm Y tế %k %s", "CĐCS Công ty CP Chè %s",
			"CĐCS Ban Quản lý rừng phòng hộ %s", "Nghiệp đoàn Hợp tác xã Nông nghiệp %s");

	/** Six or seven grassroots unions of a ward, the first ones sending the most. */
	private static List<String> units(SamplePlan.UnitInfo unit, boolean laiChau, Random random) {
		List<String> patterns = new ArrayList<>(laiChau ? UNITS_LC : UNITS_AG);
		java.util.Collections.shuffle(patterns, random);
		return patterns.subList(0, 6 + random.nextInt(2))
			.stream()
			.map((pattern) -> pattern.replace("%k", unit.kindPrefix()).replace("%s", unit.name()))
			.toList();
	}

	/** Where the province's full-time cadres work: the federation and the ward unions. */
	private static List<String> fullTimeUnits(SamplePlan plan) {
		List<String> units = new ArrayList<>();
		units.add("Cơ quan LĐLĐ tỉnh An Giang");
		units.add("Cơ quan LĐLĐ tỉnh An Giang");
		plan.units()
			.values()
			.stream()
			.filter((unit) -> !unit.kindPrefix().isEmpty())
			.forEach((unit) -> units.add(unit.unionName()));
		return units;
	}

	// README

	static String readme(List<SampleFile> files, Map<String, SamplePlan> plans) {
		StringBuilder md = new StringBuilder();
		md.append("# Sample ward attendance files\n\n");
		md.append("Ward attendance lists for the past classes of the two sample plans (`../plans/`), as wards send "
				+ "them: title blocks, two-row headers, columns in any order, dates or ordinals over the roll-call "
				+ "columns, merged units, messy typing, legacy encodings, .xls, CSV, filled templates; a few "
				+ "files with mistakes, two files rejected whole. "
				+ "`taphuan demo` imports this folder without flags; each file finds its class and ward by its title "
				+ "block, its file name or a template's hidden metadata.\n\n");
		md.append("**Everything here is invented** (generated by `src/test/java/vn/congdoan/taphuan/samples/"
				+ "SampleWardFiles.java`): names, years of birth, units, phone and CCCD numbers belong to nobody. "
				+ "Do not edit the files by hand: change the generator, run it from the project folder, then "
				+ "`mvn verify` (`SampleWardFilesIntegrationTests` checks that the files are what the generator "
				+ "writes and that they import as listed below):\n\n");
		md.append("```sh\nmvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test "
				+ "-Dmdep.outputFile=target/test-classpath.txt\n"
				+ "java -cp \"target/test-classes:target/classes:$(cat target/test-classpath.txt)\" "
				+ "vn.congdoan.taphuan.samples.SampleWardFiles\n```\n\n");
		int rows = files.stream().mapToInt((file) -> file.expected().rowsRead()).sum();
		md.append(files.size() + " files, " + rows + " trainee lines.\n");
		for (SamplePlan plan : plans.values()) {
			md.append("\n## ").append(plan.code()).append(" — ").append(plan.federation()).append("\n");
			for (Map.Entry<String, SamplePlan.ClassInfo> entry : plan.classes().entrySet()) {
				String classCode = entry.getKey();
				List<SampleFile> ofClass = files.stream().filter((file) -> file.classCode().equals(classCode)).toList();
				if (ofClass.isEmpty()) {
					continue;
				}
				SamplePlan.ClassInfo info = entry.getValue();
				md.append("\n### ").append(classCode).append(" (").append(dates(info.days())).append(")\n\n");
				md.append("| file | ward | what it shows | expected outcome |\n|---|---|---|---|\n");
				for (SampleFile file : ofClass) {
					md.append("| `")
						.append(file.path().substring(file.path().lastIndexOf('/') + 1))
						.append("` | ")
						.append(file.ward())
						.append(" | ")
						.append(file.variant().replace("|", "/"));
					if (!file.mistakes().isEmpty()) {
						md.append("; ").append(String.join("; ", file.mistakes()).replace("|", "/"));
					}
					md.append(" | ").append(file.expected().describe()).append(" |\n");
				}
				Set<String> sent = ofClass.stream().map(SampleFile::ward).collect(Collectors.toSet());
				List<String> silent = info.allocations()
					.keySet()
					.stream()
					.filter((ward) -> !sent.contains(ward))
					.toList();
				if (!silent.isEmpty()) {
					md.append("\nNo file from: ")
						.append(String.join(", ", silent))
						.append(" (SUBMISSION_MISSING when reconciled).\n");
				}
			}
		}
		md.append("\n## Notes\n\n");
		md.append("- Rows read count every trainee line, rejected ones included; totals lines, signature blocks and "
				+ "blank rows are not trainee lines.\n");
		md.append("- Codes are those of `IssueCode`: rejections (NAME_MISSING, DUPLICATE_ROW, NO_HEADER, "
				+ "FILE_UNREADABLE), warnings (BIRTH_YEAR_INVALID, PHONE_INVALID, MARK_UNKNOWN, POSITION_UNKNOWN) and "
				+ "notes (COLUMN_IGNORED, LEGACY_ENCODING_CONVERTED, SHEET_SKIPPED for a template's instructions "
				+ "sheet). Every file with a rejection or a warning gets a feedback workbook under "
				+ "`out/feedback/`.\n");
		md.append("- Findings for reconciliation (not import issues): the repeated trainees, the trainee listed by two "
				+ "wards and the ordinary members named in the tables above, and the wards that sent nothing.\n");
		return md.toString();
	}

	private static String dates(List<LocalDate> days) {
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
		return (days.size() == 1) ? format.format(days.get(0)) : format.format(days.get(0)) + " - "
				+ format.format(days.get(days.size() - 1)) + ", " + days.size() + " days";
	}

	/**
	 * What the generator needs of a sample plan, read from its YAML.
	 *
	 * @param folder the subfolder of the plan's files
	 */
	record SamplePlan(String code, String folder, String federation, Map<String, UnitInfo> units,
			Map<String, ClassInfo> classes) {

		record UnitInfo(String code, String kind, String name) {

			String kindPrefix() {
				return switch (this.kind) {
					case "PHUONG" -> "phường";
					case "XA" -> "xã";
					case "DAC_KHU" -> "đặc khu";
					default -> "";
				};
			}

			String unionName() {
				return this.kindPrefix().isEmpty() ? this.name : "Công đoàn " + kindPrefix() + " " + this.name;
			}

		}

		/**
		 * @param number the class's number within its programme ("1" of "lớp 1")
		 */
		record ClassInfo(String code, int number, List<LocalDate> days, Map<String, Integer> allocations) {

		}

		@SuppressWarnings("unchecked")
		static SamplePlan read(Path file) throws IOException {
			Map<String, Object> yaml;
			try (InputStream in = Files.newInputStream(file)) {
				yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			}
			String code = (String) yaml.get("code");
			String federation = (String) ((Map<String, Object>) yaml.get("issuer")).get("name");
			Map<String, UnitInfo> units = new LinkedHashMap<>();
			for (Map<String, Object> unit : (List<Map<String, Object>>) yaml.get("units")) {
				units.put((String) unit.get("code"),
						new UnitInfo((String) unit.get("code"), (String) unit.get("kind"), (String) unit.get("name")));
			}
			Map<String, ClassInfo> classes = new LinkedHashMap<>();
			for (Map<String, Object> trainingClass : (List<Map<String, Object>>) yaml.get("classes")) {
				String classCode = (String) trainingClass.get("code");
				List<LocalDate> days = new ArrayList<>();
				LocalDate start = date(trainingClass.get("start"));
				LocalDate end = date(trainingClass.get("end"));
				for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
					days.add(day);
				}
				Map<String, Integer> allocations = new LinkedHashMap<>();
				((Map<String, Object>) trainingClass.get("allocations"))
					.forEach((ward, quota) -> allocations.put(ward, ((Number) quota).intValue()));
				classes.put(classCode, new ClassInfo(classCode,
						Integer.parseInt(classCode.substring(classCode.length() - 2)), days, allocations));
			}
			return new SamplePlan(code, code, federation, units, classes);
		}

		private static LocalDate date(Object value) {
			if (value instanceof Date date) {
				return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
			}
			return LocalDate.parse(value.toString());
		}

	}

}
