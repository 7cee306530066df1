package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.national.FormSheetWriter.FormSheet;

/**
 * Writes the sample forms of {@code data-samples/national/2026/}: the statistical forms
 * of the provinces other than the two whose plans are in {@code data-samples/plans/} (An
 * Giang and Lai Châu, whose forms {@code demo} writes from their reconciled data), and of
 * two sectoral unions. Figures are invented, of plausible size for each province, from a
 * fixed seed: running it again writes the same cells.
 * <p>
 * What the folder shows: most units filled in taphuan's blank form (one saved as .xls,
 * two whose totals a tool left uncalculated); others typed the figures in layouts of
 * their own — a row per programme with fewer columns, budget in triệu đồng and the total
 * at the bottom (.xlsx and .xls); the table turned round, a row per figure; a list of
 * figures in the union's Mẫu 2-HĐCĐ style. Quảng Ninh's total does not add up (refused
 * with its cell); Điện Biên, Lạng Sơn and Cà Mau sent nothing. {@code README.md} in the
 * folder, written with the forms, lists every file and its expected outcome.
 * <p>
 * Run: {@code mvn -q -o test-compile exec:java} is not set up; run the {@code main} from
 * the IDE, or {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * vn.congdoan.taphuan.national.NationalSamples data-samples/national/2026} after
 * {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class NationalSamples {

	/** The year of the samples. */
	public static final int YEAR = 2026;

	/** Where the samples live in the project. */
	public static final Path FOLDER = Path.of("data-samples/national/" + YEAR);

	/** Units that sent nothing. */
	public static final List<String> MISSING = List.of("dien-bien", "lang-son", "ca-mau");

	/** The unit whose form does not add up. */
	public static final String WRONG_TOTAL = "quang-ninh";

	/** Units the demo writes from its own plans, not in the folder. */
	public static final List<String> FROM_DEMO = List.of("an-giang", "lai-chau");

	private static final Pattern UNIT = Pattern
		.compile("\\('([a-z0-9-]+)', '(PROVINCE|SECTORAL)', '([^']+)', '([^']+)', (\\d+),\\s*'([^']+)'\\)");

	/** Relative size (members, cadres) of each province, for plausible figures. */
	private static final Map<String, Double> SIZE = Map.ofEntries(Map.entry("ha-noi", 3.2),
			Map.entry("ho-chi-minh", 4.0), Map.entry("hai-phong", 1.8), Map.entry("dong-nai", 2.0),
			Map.entry("bac-ninh", 1.9), Map.entry("thanh-hoa", 1.7), Map.entry("nghe-an", 1.6),
			Map.entry("da-nang", 1.2), Map.entry("can-tho", 1.1), Map.entry("hung-yen", 1.3),
			Map.entry("thai-nguyen", 1.2), Map.entry("quang-ninh", 1.3), Map.entry("ninh-binh", 1.2),
			Map.entry("phu-tho", 1.2), Map.entry("tay-ninh", 1.3), Map.entry("dak-lak", 1.0), Map.entry("gia-lai", 1.0),
			Map.entry("khanh-hoa", 1.0), Map.entry("lam-dong", 1.0), Map.entry("quang-ngai", 0.9),
			Map.entry("vinh-long", 1.0), Map.entry("dong-thap", 1.0), Map.entry("hue", 0.8),
			Map.entry("quang-tri", 0.7), Map.entry("ha-tinh", 0.8), Map.entry("tuyen-quang", 0.7),
			Map.entry("lao-cai", 0.7), Map.entry("son-la", 0.6), Map.entry("cao-bang", 0.5),
			Map.entry("cd-giao-duc", 0.9), Map.entry("cd-y-te", 0.6));

	/** Provinces with large ethnic-minority populations: their lists say so. */
	private static final List<String> ETHNIC = List.of("son-la", "cao-bang", "lao-cai", "tuyen-quang", "gia-lai",
			"dak-lak", "lam-dong");

	/** How each unit sent its form (the rest: taphuan's blank form, .xlsx). */
	private static final Map<String, Shape> SHAPES = Map.ofEntries(Map.entry("nghe-an", Shape.OWN_ROWS),
			Map.entry(WRONG_TOTAL, Shape.OWN_ROWS), Map.entry("thanh-hoa", Shape.OWN_ROWS_XLS),
			Map.entry("ha-tinh", Shape.OWN_ROWS_XLS), Map.entry("bac-ninh", Shape.OWN_ROWS),
			Map.entry("da-nang", Shape.TURNED), Map.entry("quang-ngai", Shape.TURNED_XLS),
			Map.entry("khanh-hoa", Shape.TURNED), Map.entry("phu-tho", Shape.LIST),
			Map.entry("tay-ninh", Shape.LIST_XLS), Map.entry("vinh-long", Shape.LIST), Map.entry("cd-y-te", Shape.LIST),
			Map.entry("hue", Shape.BLANK_XLS), Map.entry("cao-bang", Shape.BLANK_UNCALCULATED),
			Map.entry("can-tho", Shape.BLANK_UNCALCULATED));

	private NationalSamples() {
	}

	/** How a unit sent its form. */
	public enum Shape {

		BLANK("mẫu biểu trống của taphuan, điền tay (.xlsx)"),
		BLANK_XLS("mẫu biểu trống, điền tay rồi lưu dạng Excel 97-2003 (.xls)"),
		BLANK_UNCALCULATED("mẫu biểu trống, điền bằng công cụ không tính lại công thức: ô tổng để trống"),
		OWN_ROWS("biểu tự lập: dòng theo chương trình, ít cột hơn, kinh phí triệu đồng, dòng Tổng cộng ở cuối (.xlsx)"),
		OWN_ROWS_XLS("biểu tự lập như trên, dạng .xls"),
		TURNED("biểu tự lập xoay ngang: mỗi dòng một chỉ tiêu, mỗi cột một loại chương trình (.xlsx)"),
		TURNED_XLS("biểu xoay ngang, dạng .xls"),
		LIST("danh sách chỉ tiêu kiểu Mẫu 2-HĐCĐ (TT, Nội dung, Đơn vị tính, Số lượng), .xlsx"),
		LIST_XLS("danh sách chỉ tiêu kiểu Mẫu 2-HĐCĐ, dạng .xls");

		final String description;

		Shape(String description) {
			this.description = description;
		}

	}

	public static void main(String[] args) throws IOException {
		Path folder = (args.length > 0) ? Path.of(args[0]) : FOLDER;
		List<Path> written = write(folder);
		System.out.println(written.size() + " files in " + folder);
	}

	/**
	 * The sample forms: each unit's invented figures and how it sends them, in the
	 * federation's order of units. The same every time (fixed seed).
	 */
	public static List<Sample> samples() throws IOException {
		List<ReportingUnit> units = units();
		Random random = new Random(YEAR);
		List<Sample> samples = new ArrayList<>();
		for (ReportingUnit unit : units) {
			if (MISSING.contains(unit.code()) || FROM_DEMO.contains(unit.code()) || !SIZE.containsKey(unit.code())) {
				continue;
			}
			Map<FormRow, RowFigures> leaves = figures(unit, random);
			FormFigures figures = FormFigures.fromLeaves(unit, unit.name(), YEAR, LocalDate.of(YEAR, 11, 30), null,
					leaves, Map.of());
			Shape shape = SHAPES.getOrDefault(unit.code(), Shape.BLANK);
			String extension = switch (shape) {
				case BLANK_XLS, OWN_ROWS_XLS, TURNED_XLS, LIST_XLS -> ".xls";
				default -> ".xlsx";
			};
			samples.add(new Sample(unit, shape, figures, fileStem(unit) + extension));
		}
		return samples;
	}

	/** Writes every sample form and the folder's README; returns the forms written. */
	public static List<Path> write(Path folder) throws IOException {
		Files.createDirectories(folder);
		List<ReportingUnit> units = units();
		List<Path> written = new ArrayList<>();
		StringBuilder readme = new StringBuilder();
		readme.append("# Biểu thống kê mẫu năm ").append(YEAR).append("\n\n");
		readme
			.append("Sample statistical forms (biểu thống kê kết quả đào tạo, bồi dưỡng cán bộ công đoàn) for `taphuan "
					+ "national import`: invented figures of plausible size, written by `NationalSamples` in the test tree "
					+ "(fixed seed: running it again writes the same cells). An Giang and Lai Châu are not here: `demo` "
					+ "writes their forms from the reconciled sample plans. " + String.join(", ", MISSING)
					+ " sent nothing, so the national report lists them as missing.\n\n");
		readme.append("| file | unit | how it was sent | expected |\n|---|---|---|---|\n");
		for (Sample sample : samples()) {
			ReportingUnit unit = sample.unit();
			FormFigures figures = sample.figures();
			Shape shape = sample.shape();
			Path file = switch (shape) {
				case BLANK, BLANK_XLS, BLANK_UNCALCULATED -> blankFilled(folder, unit, units, figures, shape);
				case OWN_ROWS, OWN_ROWS_XLS -> ownRows(folder, unit, figures, shape);
				case TURNED, TURNED_XLS -> turned(folder, unit, figures, shape);
				case LIST, LIST_XLS -> list(folder, unit, figures, shape);
			};
			written.add(file);
			readme.append("| `")
				.append(file.getFileName())
				.append("` | ")
				.append(unit.shortName())
				.append(" | ")
				.append(shape.description)
				.append(" | ")
				.append(sample.expected())
				.append(" |\n");
		}
		Files.writeString(folder.resolve("README.md"), readme.toString(), StandardCharsets.UTF_8);
		return written;
	}

	/**
	 * One sample form.
	 *
	 * @param unit who sends it
	 * @param shape how
	 * @param figures what it says (the arithmetic holds, except Quảng Ninh's mistyped
	 * total)
	 * @param fileName its file's name
	 */
	public record Sample(ReportingUnit unit, Shape shape, FormFigures figures, String fileName) {

		/** What {@code national import} should make of it. */
		public String expected() {
			if (this.unit.code().equals(WRONG_TOTAL)) {
				return "REJECTED: TOTAL_MISMATCH (ô D13, cột (8))";
			}
			return (this.shape == Shape.OWN_ROWS || this.shape == Shape.OWN_ROWS_XLS)
					? "IMPORTED, warning SETTLED_WITHOUT_ESTIMATE (no column (16))" : "IMPORTED";
		}

	}

	/** The units of the national list, read from the migration that creates it. */
	static List<ReportingUnit> units() throws IOException {
		String sql = Files.readString(Path.of("src/main/resources/db/migration/common/V60__national.sql"));
		List<ReportingUnit> units = new ArrayList<>();
		Matcher matcher = UNIT.matcher(sql.replaceAll("\\s*\\n\\s*", " "));
		while (matcher.find()) {
			units.add(new ReportingUnit(matcher.group(1), ReportingUnit.Kind.valueOf(matcher.group(2)),
					matcher.group(3), matcher.group(4), Integer.parseInt(matcher.group(5)),
					Arrays.asList(matcher.group(6).split("\\|"))));
		}
		return units;
	}

	/** Invented leaf rows for a unit, consistent with the form's arithmetic. */
	static Map<FormRow, RowFigures> figures(ReportingUnit unit, Random random) {
		double size = SIZE.get(unit.code());
		boolean ethnic = ETHNIC.contains(unit.code());
		Map<FormRow, RowFigures> rows = new EnumMap<>(FormRow.class);
		// post-graduate places: a handful of full-time cadres
		long postgraduatePlanned = 1 + random.nextInt(3 + (int) size);
		long postgraduate = Math.max(0, postgraduatePlanned - random.nextInt(2));
		Map<FormColumn, Long> pg = new EnumMap<>(FormColumn.class);
		pg.put(FormColumn.TRAINEES_PLANNED, postgraduatePlanned);
		pg.put(FormColumn.ATTENDED, postgraduate);
		pg.put(FormColumn.WOMEN, Math.round(postgraduate * (0.3 + 0.4 * random.nextDouble())));
		pg.put(FormColumn.CHAIRS, 0L);
		pg.put(FormColumn.FULL_TIME, postgraduate);
		pg.put(FormColumn.COMPLETED, (long) random.nextInt((int) postgraduate + 1) / 2);
		pg.put(FormColumn.PEOPLE, postgraduate);
		rows.put(FormRow.POSTGRADUATE, new RowFigures(FormRow.POSTGRADUATE, pg, null));
		// political theory and other bodies' courses
		long externalPlanned = Math.round((15 + random.nextInt(30)) * size);
		long external = Math.round(externalPlanned * (0.8 + 0.3 * random.nextDouble()));
		Map<FormColumn, Long> ex = new EnumMap<>(FormColumn.class);
		ex.put(FormColumn.TRAINEES_PLANNED, externalPlanned);
		ex.put(FormColumn.ATTENDED, external);
		ex.put(FormColumn.WOMEN, Math.round(external * (0.35 + 0.2 * random.nextDouble())));
		ex.put(FormColumn.CHAIRS, Math.round(external * (0.1 + 0.15 * random.nextDouble())));
		ex.put(FormColumn.FULL_TIME, Math.round(external * (0.5 + 0.3 * random.nextDouble())));
		ex.put(FormColumn.COMPLETED, Math.round(external * (0.9 + 0.1 * random.nextDouble())));
		ex.put(FormColumn.PEOPLE, external);
		if (ethnic) {
			ex.put(FormColumn.ETHNIC_MINORITY, Math.round(external * (0.2 + 0.3 * random.nextDouble())));
		}
		rows.put(FormRow.EXTERNAL, new RowFigures(FormRow.EXTERNAL, ex, null));
		rows.put(FormRow.FULLTIME_COURSES, classes(FormRow.FULLTIME_COURSES, 2 + random.nextInt(4),
				(int) Math.round((40 + random.nextInt(40)) * size), ethnic, random));
		rows.put(FormRow.GRASSROOTS_CLASSES, classes(FormRow.GRASSROOTS_CLASSES,
				(int) Math.round((4 + random.nextInt(6)) * size), 80 + random.nextInt(60), ethnic, random));
		return rows;
	}

	private static RowFigures classes(FormRow row, int plannedClasses, int perClass, boolean ethnic, Random random) {
		boolean fullTime = row == FormRow.FULLTIME_COURSES;
		int held = Math.max(1, plannedClasses - ((random.nextInt(4) == 0) ? 1 : 0));
		int online = (random.nextInt(3) == 0) ? 1 + random.nextInt(Math.max(1, held / 3)) : 0;
		long planned = (long) plannedClasses * perClass;
		long attended = Math.round(held * perClass * (0.82 + 0.25 * random.nextDouble()));
		Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
		values.put(FormColumn.CLASSES_PLANNED, (long) plannedClasses);
		values.put(FormColumn.CLASSES_HELD, (long) held);
		values.put(FormColumn.CLASSES_IN_PERSON, (long) (held - online));
		values.put(FormColumn.CLASSES_ONLINE, (long) online);
		values.put(FormColumn.TRAINEES_PLANNED, planned);
		values.put(FormColumn.ATTENDED, attended);
		values.put(FormColumn.WOMEN, Math.round(attended * (0.38 + 0.25 * random.nextDouble())));
		long chairs = fullTime ? Math.round(attended * 0.02 * random.nextDouble())
				: Math.round(attended * (0.22 + 0.18 * random.nextDouble()));
		values.put(FormColumn.CHAIRS, chairs);
		values.put(FormColumn.FULL_TIME,
				fullTime ? Math.min(attended - chairs, Math.round(attended * (0.93 + 0.07 * random.nextDouble())))
						: (long) random.nextInt(8));
		if (ethnic) {
			values.put(FormColumn.ETHNIC_MINORITY, Math.round(attended * (0.25 + 0.45 * random.nextDouble())));
		}
		values.put(FormColumn.COMPLETED, Math.round(attended * (0.86 + 0.12 * random.nextDouble())));
		values.put(FormColumn.PEOPLE,
				Math.round(attended * (fullTime ? 0.6 + 0.2 * random.nextDouble() : 0.9 + 0.08 * random.nextDouble())));
		// about 450.000 đ per trainee-turn (meals, documents, hall, lecturers), whole
		// thousands
		long estimate = Math.round(attended * (400 + random.nextInt(120)) * 1.08) * 1000;
		int settledClasses = held - random.nextInt(Math.min(3, held) + 1);
		long estimateSettled = Math.round((double) estimate * settledClasses / held / 1000) * 1000;
		long settled = Math.round(estimateSettled * (0.86 + 0.155 * random.nextDouble()) / 1000) * 1000;
		values.put(FormColumn.ESTIMATE, estimate);
		values.put(FormColumn.ESTIMATE_SETTLED, estimateSettled);
		values.put(FormColumn.SETTLED, settled);
		return new RowFigures(row, values, null);
	}

	private static String fileStem(ReportingUnit unit) {
		return "bieu-thong-ke-" + YEAR + "-" + unit.code();
	}

	/** Taphuan's blank form, filled in as a province would: input cells only. */
	private static Path blankFilled(Path folder, ReportingUnit unit, List<ReportingUnit> units, FormFigures figures,
			Shape shape) throws IOException {
		boolean xls = shape == Shape.BLANK_XLS;
		try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
			Sheet sheet = FormSheetWriter.write(workbook, new FormSheet(FormSheet.Kind.BLANK,
					FormSheetWriter.SHEET_NAME, YEAR, null, null, null, units, null, null, null));
			sheet.getRow(FormSheetWriter.INFO_ROW).getCell(FormSheetWriter.UNIT_CELL_COLUMN).setCellValue(unit.name());
			sheet.getRow(FormSheetWriter.INFO_ROW)
				.getCell(FormSheetWriter.DATE_CELL_COLUMN)
				.setCellValue(figures.asOf());
			for (FormRow row : FormRow.leaves()) {
				Row sheetRow = sheet.getRow(FormSheetWriter.sheetRow(row));
				for (FormColumn column : FormColumn.values()) {
					Long value = figures.get(row, column);
					if (value != null && column.sumOf().isEmpty()) {
						sheetRow.getCell(FormSheetWriter.sheetColumn(column)).setCellValue(value);
					}
				}
			}
			if (shape != Shape.BLANK_UNCALCULATED) {
				// as Excel does when it saves
				FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
				evaluator.evaluateAll();
			}
			return save(workbook, folder.resolve(fileStem(unit) + (xls ? ".xls" : ".xlsx")));
		}
	}

	/**
	 * A province's own layout: a row per programme, fewer columns, two header rows,
	 * budget in triệu đồng, the total at the bottom. Quảng Ninh's total of (8) is
	 * mistyped.
	 */
	private static Path ownRows(Path folder, ReportingUnit unit, FormFigures figures, Shape shape) throws IOException {
		boolean xls = shape == Shape.OWN_ROWS_XLS;
		try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Bao cao");
			Styles styles = new Styles(workbook);
			text(sheet, 0, 0, unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi")), styles.bold);
			text(sheet, 0, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.bold);
			text(sheet, 1, 0, "BAN TỔ CHỨC", styles.bold);
			text(sheet, 1, 6, "Độc lập - Tự do - Hạnh phúc", styles.bold);
			text(sheet, 3, 0, "BÁO CÁO SỐ LIỆU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM " + YEAR, styles.bold);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 10));
			text(sheet, 4, 0, "(Số liệu tính đến ngày 30/11/" + YEAR + ")", styles.plain);
			sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 10));
			String[] top = { "STT", "Loại hình đào tạo, bồi dưỡng", "Số lớp đã mở", "Số lượt cán bộ được bồi dưỡng",
					null, null, null, "Số lượt hoàn thành", "Kinh phí (triệu đồng)", null, "Ghi chú" };
			String[] bottom = { null, null, null, "Tổng số", "Nữ", "Chủ tịch, PCT CĐCS", "Cán bộ chuyên trách", null,
					"Dự toán", "Quyết toán", null };
			for (int c = 0; c < top.length; c++) {
				text(sheet, 6, c, top[c], styles.header);
				text(sheet, 7, c, bottom[c], styles.header);
			}
			for (int c : new int[] { 0, 1, 2, 7, 10 }) {
				sheet.addMergedRegion(new CellRangeAddress(6, 7, c, c));
			}
			sheet.addMergedRegion(new CellRangeAddress(6, 6, 3, 6));
			sheet.addMergedRegion(new CellRangeAddress(6, 6, 8, 9));
			FormColumn[] columns = { FormColumn.CLASSES_HELD, FormColumn.ATTENDED, FormColumn.WOMEN, FormColumn.CHAIRS,
					FormColumn.FULL_TIME, FormColumn.COMPLETED, FormColumn.ESTIMATE, FormColumn.SETTLED };
			String[][] labels = { { "1", "Đào tạo sau đại học" }, { "2", "Lý luận chính trị, quản lý nhà nước" },
					{ "3", "Bồi dưỡng cán bộ công đoàn chuyên trách" }, { "4", "Tập huấn cán bộ công đoàn cơ sở" },
					{ null, "Tổng cộng" } };
			FormRow[] rows = { FormRow.POSTGRADUATE, FormRow.EXTERNAL, FormRow.FULLTIME_COURSES,
					FormRow.GRASSROOTS_CLASSES, FormRow.TOTAL };
			for (int i = 0; i < rows.length; i++) {
				int r = 8 + i;
				CellStyle style = (rows[i] == FormRow.TOTAL) ? styles.header : styles.plain;
				text(sheet, r, 0, labels[i][0], style);
				text(sheet, r, 1, labels[i][1], style);
				for (int c = 0; c < columns.length; c++) {
					Long value = figures.get(rows[i], columns[c]);
					if (value == null) {
						text(sheet, r, 2 + c, null, style);
						continue;
					}
					if (columns[c].isMoney()) {
						number(sheet, r, 2 + c, value / 1_000_000.0, style);
					}
					else if (rows[i] == FormRow.TOTAL && columns[c] == FormColumn.ATTENDED
							&& unit.code().equals(WRONG_TOTAL)) {
						// two digits swapped when the total was typed
						number(sheet, r, 2 + c, swapped(value), style);
					}
					else {
						number(sheet, r, 2 + c, value, style);
					}
				}
				text(sheet, r, 10, null, style);
			}
			text(sheet, 14, 1, "NGƯỜI LẬP BIỂU", styles.bold);
			text(sheet, 14, 7, "TM. BAN THƯỜNG VỤ", styles.bold);
			text(sheet, 15, 1, "(Ký, ghi rõ họ tên)", styles.plain);
			text(sheet, 15, 7, "CHỦ TỊCH", styles.bold);
			sheet.setColumnWidth(1, 40 * 256);
			return save(workbook, folder.resolve(fileStem(unit) + (xls ? ".xls" : ".xlsx")));
		}
	}

	/** 1205 → 1250: the last two digits swapped (or +10 when they are equal). */
	static long swapped(long value) {
		String digits = Long.toString(value);
		if (digits.length() < 2 || digits.charAt(digits.length() - 1) == digits.charAt(digits.length() - 2)) {
			return value + 10;
		}
		char[] chars = digits.toCharArray();
		char last = chars[chars.length - 1];
		chars[chars.length - 1] = chars[chars.length - 2];
		chars[chars.length - 2] = last;
		return Long.parseLong(new String(chars));
	}

	/** The table turned round: a row per figure, a column per programme type. */
	private static Path turned(Path folder, ReportingUnit unit, FormFigures figures, Shape shape) throws IOException {
		boolean xls = shape == Shape.TURNED_XLS;
		try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("KQ dao tao " + YEAR);
			Styles styles = new Styles(workbook);
			text(sheet, 0, 0, "LĐLĐ " + unit.shortName().toUpperCase(java.util.Locale.forLanguageTag("vi")),
					styles.bold);
			text(sheet, 2, 0, "KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM " + YEAR, styles.bold);
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 7));
			String[] header = { "TT", "Chỉ tiêu", "Đơn vị tính", "Sau đại học", "Lý luận chính trị",
					"Bồi dưỡng CB chuyên trách", "Bồi dưỡng CB CĐCS", "Tổng số" };
			for (int c = 0; c < header.length; c++) {
				text(sheet, 4, c, header[c], styles.header);
			}
			FormRow[] rows = { FormRow.POSTGRADUATE, FormRow.EXTERNAL, FormRow.FULLTIME_COURSES,
					FormRow.GRASSROOTS_CLASSES, FormRow.TOTAL };
			Object[][] lines = { { "1", "Số lớp kế hoạch", "Lớp", FormColumn.CLASSES_PLANNED },
					{ "2", "Số lớp đã tổ chức", "Lớp", FormColumn.CLASSES_HELD },
					{ "3", "Số lượt học viên tham dự", "Lượt người", FormColumn.ATTENDED },
					{ null, "Trong đó: nữ", "Lượt người", FormColumn.WOMEN },
					{ null, "Trong đó: chủ tịch, phó chủ tịch CĐCS", "Lượt người", FormColumn.CHAIRS },
					{ null, "Trong đó: cán bộ chuyên trách", "Lượt người", FormColumn.FULL_TIME },
					{ null, "Trong đó: dân tộc thiểu số", "Lượt người", FormColumn.ETHNIC_MINORITY },
					{ "4", "Số lượt hoàn thành khóa học", "Lượt người", FormColumn.COMPLETED },
					{ "5", "Số người (không trùng)", "Người", FormColumn.PEOPLE },
					{ "6", "Kinh phí dự toán", "Đồng", FormColumn.ESTIMATE },
					{ "7", "Dự toán của các lớp đã quyết toán", "Đồng", FormColumn.ESTIMATE_SETTLED },
					{ "8", "Kinh phí quyết toán", "Đồng", FormColumn.SETTLED } };
			for (int i = 0; i < lines.length; i++) {
				int r = 5 + i;
				text(sheet, r, 0, (String) lines[i][0], styles.plain);
				text(sheet, r, 1, (String) lines[i][1], styles.plain);
				text(sheet, r, 2, (String) lines[i][2], styles.plain);
				FormColumn column = (FormColumn) lines[i][3];
				for (int c = 0; c < rows.length; c++) {
					Long value = figures.get(rows[c], column);
					if (value != null) {
						number(sheet, r, 3 + c, value, styles.plain);
					}
					else {
						text(sheet, r, 3 + c, "-", styles.plain);
					}
				}
			}
			text(sheet, 18, 1, "Người lập biểu", styles.bold);
			text(sheet, 18, 5, "TM. BAN THƯỜNG VỤ", styles.bold);
			sheet.setColumnWidth(1, 38 * 256);
			return save(workbook, folder.resolve(fileStem(unit) + (xls ? ".xls" : ".xlsx")));
		}
	}

	/** One figure per row, under headings per programme type (Mẫu 2-HĐCĐ style). */
	private static Path list(Path folder, ReportingUnit unit, FormFigures figures, Shape shape) throws IOException {
		boolean xls = shape == Shape.LIST_XLS;
		try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Mau 2");
			Styles styles = new Styles(workbook);
			text(sheet, 0, 0, unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi")), styles.bold);
			text(sheet, 2, 0, "BÁO CÁO KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM " + YEAR, styles.bold);
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 4));
			text(sheet, 3, 0, "(Số liệu tính đến ngày 30/11/" + YEAR + ")", styles.plain);
			String[] header = { "TT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú" };
			for (int c = 0; c < header.length; c++) {
				text(sheet, 5, c, header[c], styles.header);
			}
			List<Object[]> lines = new ArrayList<>();
			lines.add(new Object[] { "I", "Đào tạo sau đại học", null, null });
			lines.add(new Object[] { "1", "Số cán bộ được cử đi học", "Người",
					figures.get(FormRow.POSTGRADUATE, FormColumn.ATTENDED) });
			lines.add(new Object[] { "2", "Số người đã tốt nghiệp", "Người",
					figures.get(FormRow.POSTGRADUATE, FormColumn.COMPLETED) });
			lines.add(new Object[] { "II", "Lý luận chính trị và các lớp do cơ quan khác tổ chức", null, null });
			lines.add(new Object[] { "1", "Số lượt cán bộ được cử học", "Lượt người",
					figures.get(FormRow.EXTERNAL, FormColumn.ATTENDED) });
			lines.add(new Object[] { null, "Trong đó: nữ", "Lượt người",
					figures.get(FormRow.EXTERNAL, FormColumn.WOMEN) });
			lines.add(new Object[] { "2", "Số lượt hoàn thành", "Lượt người",
					figures.get(FormRow.EXTERNAL, FormColumn.COMPLETED) });
			for (FormRow row : List.of(FormRow.FULLTIME_COURSES, FormRow.GRASSROOTS_CLASSES)) {
				lines.add(new Object[] { (row == FormRow.FULLTIME_COURSES) ? "III" : "IV",
						(row == FormRow.FULLTIME_COURSES) ? "Bồi dưỡng cán bộ công đoàn chuyên trách"
								: "Bồi dưỡng cán bộ công đoàn cơ sở, nghiệp đoàn",
						null, null });
				lines.add(new Object[] { "1", "Số lớp kế hoạch", "Lớp", figures.get(row, FormColumn.CLASSES_PLANNED) });
				lines.add(new Object[] { "2", "Số lớp đã tổ chức", "Lớp", figures.get(row, FormColumn.CLASSES_HELD) });
				lines.add(new Object[] { null, "Trong đó: trực tuyến", "Lớp",
						figures.get(row, FormColumn.CLASSES_ONLINE) });
				lines.add(new Object[] { "3", "Số lượt học viên tham dự", "Lượt người",
						figures.get(row, FormColumn.ATTENDED) });
				lines.add(new Object[] { null, "Trong đó: nữ", "Lượt người", figures.get(row, FormColumn.WOMEN) });
				lines.add(new Object[] { null, "Trong đó: chủ tịch, phó chủ tịch CĐCS", "Lượt người",
						figures.get(row, FormColumn.CHAIRS) });
				lines.add(new Object[] { "4", "Số lượt hoàn thành", "Lượt người",
						figures.get(row, FormColumn.COMPLETED) });
				lines.add(new Object[] { "5", "Kinh phí dự toán", "Đồng", figures.get(row, FormColumn.ESTIMATE) });
				lines.add(new Object[] { "6", "Dự toán của các lớp đã quyết toán", "Đồng",
						figures.get(row, FormColumn.ESTIMATE_SETTLED) });
				lines.add(new Object[] { "7", "Kinh phí quyết toán", "Đồng", figures.get(row, FormColumn.SETTLED) });
			}
			lines.add(new Object[] { "V", "Tổng số lượt cán bộ được đào tạo, bồi dưỡng", "Lượt người",
					figures.get(FormRow.TOTAL, FormColumn.ATTENDED) });
			for (int i = 0; i < lines.size(); i++) {
				Object[] line = lines.get(i);
				int r = 6 + i;
				boolean heading = line[2] == null;
				text(sheet, r, 0, (String) line[0], heading ? styles.bold : styles.plain);
				text(sheet, r, 1, (String) line[1], heading ? styles.bold : styles.plain);
				text(sheet, r, 2, (String) line[2], styles.plain);
				if (line[3] != null) {
					// typed as text the way Vietnamese offices write numbers
					text(sheet, r, 3, VietnameseFormat.number((Long) line[3]), styles.plain);
				}
			}
			int end = 6 + lines.size() + 1;
			text(sheet, end, 1, "Người lập biểu", styles.bold);
			text(sheet, end, 3, "TM. BAN THƯỜNG VỤ", styles.bold);
			sheet.setColumnWidth(1, 48 * 256);
			return save(workbook, folder.resolve(fileStem(unit) + (xls ? ".xls" : ".xlsx")));
		}
	}

	private static Path save(Workbook workbook, Path file) throws IOException {
		if (workbook instanceof XSSFWorkbook xssf) {
			// a fixed creation date, so that writing again gives the same metadata
			try {
				PackageProperties properties = xssf.getPackage().getPackageProperties();
				properties.setCreatedProperty(Optional.of(Date.from(Instant.parse(YEAR + "-11-30T08:00:00Z"))));
				properties.setCreatorProperty(Optional.of("taphuan NationalSamples"));
			}
			catch (InvalidFormatException ex) {
				throw new IOException(ex);
			}
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	private static void text(Sheet sheet, int row, int column, String value, CellStyle style) {
		Row r = (sheet.getRow(row) != null) ? sheet.getRow(row) : sheet.createRow(row);
		Cell cell = r.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		cell.setCellStyle(style);
	}

	private static void number(Sheet sheet, int row, int column, double value, CellStyle style) {
		Row r = (sheet.getRow(row) != null) ? sheet.getRow(row) : sheet.createRow(row);
		Cell cell = r.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	/** The few styles of a hand-made sheet. */
	private static final class Styles {

		final CellStyle plain;

		final CellStyle bold;

		final CellStyle header;

		Styles(Workbook workbook) {
			Font regular = workbook.createFont();
			regular.setFontName("Times New Roman");
			Font strong = workbook.createFont();
			strong.setFontName("Times New Roman");
			strong.setBold(true);
			this.plain = workbook.createCellStyle();
			this.plain.setFont(regular);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(strong);
			this.header = workbook.createCellStyle();
			this.header.setFont(strong);
			this.header.setWrapText(true);
		}

	}

}
