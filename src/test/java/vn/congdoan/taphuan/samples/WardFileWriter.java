package vn.congdoan.taphuan.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.intake.LegacyVietnamese;
import vn.congdoan.taphuan.plan.Position;
import vn.congdoan.taphuan.samples.SamplePeople.Person;
import vn.congdoan.taphuan.samples.WardStyle.Column;
import vn.congdoan.taphuan.samples.WardStyle.DayLabels;
import vn.congdoan.taphuan.wardkit.TemplateVocabulary;

/**
 * Writes one ward's list in the ward's {@link WardStyle}: xlsx and xls with POI (title
 * block, header, rows, totals line, signature block, merges, fonts), CSV as text, a
 * filled-in template, a list without its header, or a PDF under a spreadsheet's name.
 */
final class WardFileWriter {

	/** The template's layout (see README "Fill-in templates for wards"). */
	private static final int TEMPLATE_FIRST_ROW = 10;

	private static final int TEMPLATE_FIRST_DAY_COLUMN = 8;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final WardStyle style;

	private final WardList list;

	private final Random random;

	private WardFileWriter(WardStyle style, WardList list, Random random) {
		this.style = style;
		this.list = list;
		this.random = random;
	}

	static void write(WardStyle style, WardList list, Random random, Path target, SampleWardFiles.Templates templates)
			throws IOException {
		Files.createDirectories(target.getParent());
		WardFileWriter writer = new WardFileWriter(style, list, random);
		switch (style.format) {
			case XLSX, NO_HEADER -> {
				try (Workbook workbook = new XSSFWorkbook()) {
					writer.workbook(workbook, target);
				}
			}
			case XLS -> {
				try (Workbook workbook = new HSSFWorkbook()) {
					writer.workbook(workbook, target);
				}
			}
			case CSV_COMMA -> writer.csv(target, ',', false);
			case CSV_SEMICOLON_BOM -> writer.csv(target, ';', true);
			case TEMPLATE -> writer.template(target, templates);
			case PDF -> Files.write(target,
					pdf("DANH SACH HOC VIEN - " + VietnameseText.fold(list.wardUnion()).toUpperCase(Locale.ROOT)));
		}
	}

	/**
	 * One ward's list for one class.
	 *
	 * @param federation "Liên đoàn Lao động tỉnh An Giang"
	 * @param wardUnion "Công đoàn phường Long Xuyên"
	 * @param place "Long Xuyên", for the date line
	 * @param wardCode "long-xuyen"
	 * @param classCode "AG26-CS-01"
	 * @param classNumber "1", as wards number their classes
	 * @param days the class days
	 * @param lines the table's lines, in order
	 * @param preparer who typed the list
	 * @param chair who signs for the ward union
	 */
	record WardList(String federation, String wardUnion, String place, String wardCode, String classCode,
			String classNumber, List<LocalDate> days, List<Line> lines, String preparer, String chair) {

	}

	/** A line of the table: a trainee, perhaps with a mistake in it. */
	record Line(Person person, Fault fault, String detail) {

		static Line of(Person person) {
			return new Line(person, null, null);
		}

		boolean is(Fault kind) {
			return this.fault == kind;
		}

	}

	/** Mistakes wards make, each caught by the import. */
	enum Fault {

		/** A line with a birth year and a position but no name: NAME_MISSING. */
		NAME_MISSING,

		/** The same trainee a second time: DUPLICATE_ROW. */
		DUPLICATE_ROW,

		/** A year of birth that is not one: BIRTH_YEAR_INVALID. */
		BAD_BIRTH,

		/** A phone number with a digit missing: PHONE_INVALID. */
		BAD_PHONE,

		/** A roll-call mark nobody agreed on: MARK_UNKNOWN. */
		BAD_MARK,

		/** A role that is not a union position: POSITION_UNKNOWN. */
		UNKNOWN_POSITION

	}

	// Workbooks

	private void workbook(Workbook workbook, Path target) throws IOException {
		Styles styles = new Styles(workbook, this.style);
		Sheet sheet = workbook.createSheet(this.style.sheetName);
		List<Column> columns = expandedColumns();
		int width = columns.size();
		int row = title(sheet, styles, width);
		if (this.style.format == WardStyle.Format.NO_HEADER) {
			row++;
		}
		else {
			row = header(sheet, styles, columns, row);
		}
		row = body(sheet, styles, columns, row);
		footer(sheet, styles, columns, row);
		widths(sheet, columns);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
		if (this.style.sttFormula) {
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		}
		try (OutputStream out = Files.newOutputStream(target)) {
			workbook.write(out);
		}
	}

	/** The columns with one entry per day (two per day for sessions). */
	private List<Column> expandedColumns() {
		List<Column> columns = new ArrayList<>();
		for (Column column : this.style.columns) {
			if (column == Column.DAYS) {
				int count = this.list.days().size() * ((this.style.dayLabels == DayLabels.SESSIONS) ? 2 : 1);
				for (int i = 0; i < count; i++) {
					columns.add(Column.DAYS);
				}
			}
			else if (column == Column.BIRTH_MALE_FEMALE) {
				columns.add(Column.BIRTH_MALE_FEMALE);
				columns.add(Column.BIRTH_MALE_FEMALE);
			}
			else {
				columns.add(column);
			}
		}
		return columns;
	}

	private int title(Sheet sheet, Styles styles, int width) {
		String dates = dateLine();
		if (!this.style.fullTitle) {
			text(sheet, 0, 0, upper(this.list.wardUnion()), styles.bold);
			text(sheet, 1, 0, "DANH SÁCH HỌC VIÊN LỚP " + this.list.classNumber() + " TẬP HUẤN NGHIỆP VỤ CÔNG ĐOÀN NĂM "
					+ this.list.days().get(0).getYear() + " (" + dates + ")", styles.bold);
			return 3;
		}
		int half = Math.max(2, width / 2 - 1);
		text(sheet, 0, 0, upper(this.list.federation()), styles.centred);
		merge(sheet, 0, 0, 0, half);
		text(sheet, 0, half + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.boldCentred);
		merge(sheet, 0, 0, half + 1, width - 1);
		text(sheet, 1, 0, upper(this.list.wardUnion()), styles.boldCentred);
		merge(sheet, 1, 1, 0, half);
		text(sheet, 1, half + 1, "Độc lập - Tự do - Hạnh phúc", styles.boldCentred);
		merge(sheet, 1, 1, half + 1, width - 1);
		text(sheet, 3, 0, "DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN NGHIỆP VỤ CÔNG TÁC CÔNG ĐOÀN", styles.heading);
		merge(sheet, 3, 3, 0, width - 1);
		text(sheet, 4, 0, "Lớp " + this.list.classNumber() + " - Năm " + this.list.days().get(0).getYear(),
				styles.boldCentred);
		merge(sheet, 4, 4, 0, width - 1);
		text(sheet, 5, 0, dates, styles.italicCentred);
		merge(sheet, 5, 5, 0, width - 1);
		return 7;
	}

	private String dateLine() {
		List<LocalDate> days = this.list.days();
		LocalDate first = days.get(0);
		LocalDate last = days.get(days.size() - 1);
		if (days.size() == 1) {
			return "Ngày " + first.getDayOfMonth() + "/" + first.getMonthValue() + "/" + first.getYear();
		}
		return "Từ ngày " + first.getDayOfMonth() + "/" + first.getMonthValue() + "/" + first.getYear() + " đến ngày "
				+ last.getDayOfMonth() + "/" + last.getMonthValue() + "/" + last.getYear();
	}

	private int header(Sheet sheet, Styles styles, List<Column> columns, int row) {
		if (!this.style.twoRowHeader) {
			int day = 0;
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				if (column == Column.DAYS) {
					dayLabel(sheet, row, c, day++, styles);
				}
				else {
					text(sheet, row, c, this.style.label(column), styles.header);
				}
			}
			height(sheet, row, 30);
			return row + 1;
		}
		int day = 0;
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			if (column == Column.DAYS) {
				boolean first = c == 0 || columns.get(c - 1) != Column.DAYS;
				text(sheet, row, c, first ? this.style.label(column) : null, styles.header);
				dayLabel(sheet, row + 1, c, day++, styles);
				if (first) {
					int last = c;
					while (last + 1 < columns.size() && columns.get(last + 1) == Column.DAYS) {
						last++;
					}
					merge(sheet, row, row, c, last);
				}
			}
			else if (column == Column.BIRTH_MALE_FEMALE) {
				boolean first = columns.get(c - 1) != Column.BIRTH_MALE_FEMALE;
				text(sheet, row, c, first ? this.style.label(column) : null, styles.header);
				text(sheet, row + 1, c, first ? "Nam" : "Nữ", styles.header);
				if (first) {
					merge(sheet, row, row, c, c + 1);
				}
			}
			else {
				text(sheet, row, c, this.style.label(column), styles.header);
				text(sheet, row + 1, c, null, styles.header);
				merge(sheet, row, row + 1, c, c);
			}
		}
		height(sheet, row, 22);
		height(sheet, row + 1, 22);
		return row + 2;
	}

	private void dayLabel(Sheet sheet, int row, int column, int index, Styles styles) {
		LocalDate date = this.list.days().get(Math.min(index, this.list.days().size() - 1));
		switch (this.style.dayLabels) {
			case ORDINAL -> text(sheet, row, column, "Ngày " + (index + 1), styles.header);
			case SHORT -> text(sheet, row, column, "N" + (index + 1), styles.header);
			case DAY_MONTH ->
				text(sheet, row, column, date.getDayOfMonth() + "/" + date.getMonthValue(), styles.header);
			case SESSIONS -> text(sheet, row, column, "Buổi " + (index + 1), styles.header);
			case DATE_CELLS -> {
				Cell cell = cell(sheet, row, column);
				cell.setCellValue(date);
				cell.setCellStyle(styles.headerDate);
			}
		}
	}

	private int body(Sheet sheet, Styles styles, List<Column> columns, int firstRow) {
		int row = firstRow;
		int number = 0;
		int sttColumn = columns.indexOf(Column.STT);
		int unitColumn = columns.indexOf(Column.UNIT);
		int unitStart = -1;
		String previousUnit = null;
		List<Line> lines = this.list.lines();
		for (int index = 0; index < lines.size(); index++) {
			Line line = lines.get(index);
			Person person = line.person();
			if (this.style.messy && index > 0 && index % 9 == 4) {
				row++; // a blank row left in the table
			}
			number += (this.style.messy && index % 13 == 7) ? 2 : 1; // STT gaps
			int day = 0;
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				switch (column) {
					case STT -> {
						if (this.style.sttFormula && row > firstRow) {
							String previous = new CellReference(row - 1, sttColumn).formatAsString();
							Cell cell = cell(sheet, row, c);
							cell.setCellFormula(previous.replace("$", "") + "+1");
							cell.setCellStyle(styles.centredCell);
						}
						else {
							number(sheet, row, c, number, styles.centredCell);
						}
					}
					case NAME ->
						text(sheet, row, c, line.is(Fault.NAME_MISSING) ? null : name(person, index), styles.cell);
					case SURNAME ->
						text(sheet, row, c, line.is(Fault.NAME_MISSING) ? null : person.surname(), styles.cell);
					case GIVEN_NAME ->
						text(sheet, row, c, line.is(Fault.NAME_MISSING) ? null : person.given(), styles.cell);
					case BIRTH_YEAR -> birthYear(sheet, row, c, line, styles);
					case BIRTH_DATE -> birthDate(sheet, row, c, line, styles);
					case BIRTH_MALE_FEMALE -> {
						boolean maleColumn = columns.get(c - 1) != Column.BIRTH_MALE_FEMALE;
						if (maleColumn == person.male()) {
							birthYear(sheet, row, c, line, styles);
						}
						else {
							text(sheet, row, c, null, styles.cell);
						}
					}
					case GENDER -> text(sheet, row, c, person.male() ? "Nam" : "Nữ", styles.centredCell);
					case POSITION -> text(sheet, row, c, position(line), styles.cell);
					case UNIT -> {
						if (this.style.unitMerged && person.unit().equals(previousUnit)) {
							text(sheet, row, c, null, styles.cell);
						}
						else {
							if (this.style.unitMerged && unitStart >= 0 && row - 1 > unitStart) {
								merge(sheet, unitStart, row - 1, unitColumn, unitColumn);
							}
							unitStart = row;
							previousUnit = person.unit();
							text(sheet, row, c, messy(person.unit(), index),
									this.style.unitMerged ? styles.wrappedCell : styles.cell);
						}
					}
					case PHONE -> phone(sheet, row, c, line, index, styles);
					case CCCD -> text(sheet, row, c, person.cccd(), styles.textCell);
					case ETHNICITY -> text(sheet, row, c, person.ethnicity(), styles.cell);
					case DAYS -> text(sheet, row, c, mark(line, day++), styles.centredCell);
					case NOTE -> text(sheet, row, c, note(person), styles.cell);
					default -> throw new IllegalStateException(column.name());
				}
			}
			row++;
		}
		if (this.style.unitMerged && unitStart >= 0 && row - 1 > unitStart) {
			merge(sheet, unitStart, row - 1, unitColumn, unitColumn);
		}
		return row;
	}

	private void footer(Sheet sheet, Styles styles, List<Column> columns, int row) {
		if (this.style.format == WardStyle.Format.NO_HEADER) {
			return;
		}
		int people = this.list.lines().size();
		text(sheet, row, 0, switch (this.style.format) {
			case XLS -> "Tổng số: " + people + " học viên";
			default -> this.style.messy ? "Danh sách có " + people + " người" : "Tổng cộng: " + people + " người";
		}, styles.bold);
		int right = Math.max(4, columns.size() - 4);
		LocalDate signed = this.list.days().get(this.list.days().size() - 1).plusDays(2);
		text(sheet, row + 2, right, this.list.place() + ", ngày " + signed.getDayOfMonth() + " tháng "
				+ signed.getMonthValue() + " năm " + signed.getYear(), styles.italicCentred);
		text(sheet, row + 3, 1, "Người lập biểu", styles.boldCentred);
		text(sheet, row + 3, right, "TM. BAN CHẤP HÀNH", styles.boldCentred);
		text(sheet, row + 4, right, "CHỦ TỊCH", styles.boldCentred);
		text(sheet, row + 8, 1, this.list.preparer(), styles.boldCentred);
		text(sheet, row + 8, right, this.list.chair(), styles.boldCentred);
	}

	private void widths(Sheet sheet, List<Column> columns) {
		for (int c = 0; c < columns.size(); c++) {
			int width = switch (columns.get(c)) {
				case STT -> 5;
				case NAME -> 24;
				case SURNAME -> 18;
				case GIVEN_NAME -> 8;
				case BIRTH_YEAR, BIRTH_MALE_FEMALE, GENDER -> 7;
				case BIRTH_DATE -> 11;
				case POSITION -> 17;
				case UNIT -> this.style.unitMerged ? 30 : 42;
				case PHONE -> 13;
				case CCCD -> 14;
				case ETHNICITY -> 8;
				case DAYS -> (this.style.dayLabels == DayLabels.DATE_CELLS) ? 11 : 7;
				case NOTE -> 18;
			};
			sheet.setColumnWidth(c, width * 256);
		}
	}

	// Values

	private String name(Person person, int index) {
		String name = person.name();
		if (this.style.messy) {
			if (index % 3 == 0) {
				name = name.toUpperCase(VIETNAMESE);
			}
			if (index % 4 == 1) {
				name = name.replaceFirst(" ", "  ");
			}
			if (index % 5 == 2) {
				name = " " + name + " ";
			}
		}
		return messy(name, index);
	}

	/** Some cells of a messy list were pasted from a program that writes NFD. */
	private String messy(String text, int index) {
		return (this.style.messy && index % 2 == 1) ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
	}

	private String position(Line line) {
		if (line.is(Fault.UNKNOWN_POSITION)) {
			return line.detail();
		}
		Position position = line.person().position();
		List<String> spellings = this.style.positions.get(position);
		return spellings.get(Math.abs(line.person().name().hashCode()) % spellings.size());
	}

	private void birthYear(Sheet sheet, int row, int column, Line line, Styles styles) {
		if (line.is(Fault.BAD_BIRTH)) {
			text(sheet, row, column, line.detail(), styles.centredCell);
		}
		else {
			number(sheet, row, column, line.person().birthYear(), styles.yearCell);
		}
	}

	private void birthDate(Sheet sheet, int row, int column, Line line, Styles styles) {
		if (line.is(Fault.BAD_BIRTH)) {
			text(sheet, row, column, line.detail(), styles.centredCell);
			return;
		}
		Person person = line.person();
		int dayOfYear = 1 + Math.abs((person.name() + person.birthYear()).hashCode()) % 360;
		LocalDate birth = LocalDate.ofYearDay(person.birthYear(), dayOfYear);
		if (Math.abs(person.phone().hashCode()) % 6 == 0) {
			// typed as text, as dd/mm/yyyy
			text(sheet, row, column, String.format(Locale.ROOT, "%02d/%02d/%d", birth.getDayOfMonth(),
					birth.getMonthValue(), birth.getYear()), styles.centredCell);
		}
		else {
			Cell cell = cell(sheet, row, column);
			cell.setCellValue(birth);
			cell.setCellStyle(styles.dateCell);
		}
	}

	private void phone(Sheet sheet, int row, int column, Line line, int index, Styles styles) {
		String phone = line.person().phone();
		if (line.is(Fault.BAD_PHONE)) {
			text(sheet, row, column, line.detail(), styles.textCell);
		}
		else if (this.style.phoneAsNumber && !(this.style.messy && index % 3 == 2)) {
			number(sheet, row, column, Long.parseLong(phone), styles.phoneNumberCell);
		}
		else if (this.style.messy) {
			text(sheet, row, column, phone.substring(0, 4) + "." + phone.substring(4, 7) + "." + phone.substring(7),
					styles.textCell);
		}
		else {
			text(sheet, row, column, phone, styles.textCell);
		}
	}

	/** The mark for a roll-call column (a day, or a session of it). */
	private String mark(Line line, int column) {
		boolean sessions = this.style.dayLabels == DayLabels.SESSIONS;
		int day = sessions ? column / 2 : column;
		if (line.is(Fault.BAD_MARK) && day == 1 && (!sessions || column % 2 == 0)) {
			return line.detail();
		}
		WardStyle.Marks marks = this.style.marks;
		char mark = line.person().marks().charAt(day);
		return switch (mark) {
			case 'P' -> {
				if (sessions && column % 2 == 1 && Math.abs(line.person().name().hashCode()) % 17 == day) {
					yield marks.absent(); // left after the morning: present that day all
											// the same
				}
				yield marks.present().get(this.random.nextInt(marks.present().size()));
			}
			case 'E' -> marks.excused();
			default -> marks.absent();
		};
	}

	private String note(Person person) {
		if (person.note() != null) {
			return person.note();
		}
		int excused = person.marks().indexOf('E');
		if (excused >= 0) {
			return List.of("Có phép ngày " + (excused + 1), "- Đi công tác ngày " + (excused + 1), "Ốm, có giấy phép")
				.get(Math.abs(person.name().hashCode()) % 3);
		}
		int absent = person.marks().indexOf('A');
		if (absent >= 0 && person.daysPresent() > 0 && Math.abs(person.name().hashCode()) % 2 == 0) {
			return "Vắng ngày " + (absent + 1);
		}
		return null;
	}

	// CSV

	private void csv(Path target, char delimiter, boolean bom) throws IOException {
		List<Column> columns = expandedColumns();
		try (OutputStream out = Files.newOutputStream(target)) {
			if (bom) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
			List<String> header = new ArrayList<>();
			int day = 0;
			for (Column column : columns) {
				header.add((column == Column.DAYS) ? dayText(day++) : this.style.label(column));
			}
			writer.write(csvLine(header, delimiter));
			int number = 0;
			for (Line line : this.list.lines()) {
				Person person = line.person();
				number++;
				List<String> fields = new ArrayList<>();
				day = 0;
				for (Column column : columns) {
					fields.add(switch (column) {
						case STT -> String.valueOf(number);
						case NAME -> line.is(Fault.NAME_MISSING) ? "" : person.name();
						case BIRTH_YEAR ->
							line.is(Fault.BAD_BIRTH) ? line.detail() : String.valueOf(person.birthYear());
						case GENDER -> person.male() ? "Nam" : "Nữ";
						case POSITION -> position(line);
						case UNIT -> person.unit();
						case PHONE -> line.is(Fault.BAD_PHONE) ? line.detail() : person.phone();
						case CCCD -> (person.cccd() != null) ? person.cccd() : "";
						case DAYS -> mark(line, day++);
						case NOTE -> (note(person) != null) ? note(person) : "";
						default -> throw new IllegalStateException(column.name());
					});
				}
				writer.write(csvLine(fields, delimiter));
			}
			writer.flush();
		}
	}

	private String dayText(int index) {
		LocalDate date = this.list.days().get(index);
		return switch (this.style.dayLabels) {
			case SHORT -> "N" + (index + 1);
			case DAY_MONTH -> date.getDayOfMonth() + "/" + date.getMonthValue();
			default -> "Ngày " + (index + 1);
		};
	}

	private static String csvLine(List<String> fields, char delimiter) {
		List<String> quoted = new ArrayList<>();
		for (String field : fields) {
			boolean quote = field.indexOf(delimiter) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0;
			quoted.add(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
		}
		return String.join(String.valueOf(delimiter), quoted) + "\r\n";
	}

	// Template

	private void template(Path target, SampleWardFiles.Templates templates) throws IOException {
		Path blank = Files.createTempFile(target.getParent(), ".mau-", ".xlsx");
		try {
			templates.write(this.list.classCode(), this.list.wardCode(), blank);
			try (InputStream in = Files.newInputStream(blank); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				XSSFSheet sheet = workbook.getSheetAt(0);
				int days = this.list.days().size();
				for (int index = 0; index < this.list.lines().size(); index++) {
					Line line = this.list.lines().get(index);
					Person person = line.person();
					Row row = sheet.getRow(TEMPLATE_FIRST_ROW + index);
					row.getCell(1).setCellValue(person.name());
					row.getCell(2).setCellValue(person.birthYear());
					row.getCell(3).setCellValue(person.male() ? "Nam" : "Nữ");
					row.getCell(4).setCellValue(TemplateVocabulary.POSITIONS.get(person.position()));
					row.getCell(5).setCellValue(person.unit());
					row.getCell(6).setCellValue(person.phone());
					if (person.cccd() != null) {
						row.getCell(7).setCellValue(person.cccd());
					}
					for (int day = 0; day < days; day++) {
						String mark = switch (person.marks().charAt(day)) {
							case 'P' -> "x";
							case 'E' -> "P";
							default -> "K";
						};
						row.getCell(TEMPLATE_FIRST_DAY_COLUMN + day).setCellValue(mark);
					}
					String note = note(person);
					if (note != null) {
						row.getCell(TEMPLATE_FIRST_DAY_COLUMN + days).setCellValue(note);
					}
				}
				try (OutputStream out = Files.newOutputStream(target)) {
					workbook.write(out);
				}
			}
		}
		finally {
			Files.deleteIfExists(blank);
		}
	}

	// PDF

	/** A one-page PDF with a line of text: what a ward sends when it prints to PDF. */
	static byte[] pdf(String text) {
		String stream = "BT /F1 14 Tf 60 780 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	// Cells

	private Cell cell(Sheet sheet, int row, int column) {
		Row target = (sheet.getRow(row) != null) ? sheet.getRow(row) : sheet.createRow(row);
		return target.createCell(column);
	}

	private void text(Sheet sheet, int row, int column, String text, CellStyle style) {
		Cell cell = cell(sheet, row, column);
		if (text != null && !text.isEmpty()) {
			cell.setCellValue(
					(this.style.encoding != null) ? LegacyVietnamese.encode(text, this.style.encoding) : text);
		}
		cell.setCellStyle(style);
	}

	private void number(Sheet sheet, int row, int column, double value, CellStyle style) {
		Cell cell = cell(sheet, row, column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
	}

	private static void height(Sheet sheet, int row, float points) {
		sheet.getRow(row).setHeightInPoints(points);
	}

	private String upper(String text) {
		return text.toUpperCase(VIETNAMESE);
	}

	/** The cell styles of one workbook. */
	private static final class Styles {

		final CellStyle bold;

		final CellStyle boldCentred;

		final CellStyle centred;

		final CellStyle italicCentred;

		final CellStyle heading;

		final CellStyle header;

		final CellStyle headerDate;

		final CellStyle cell;

		final CellStyle wrappedCell;

		final CellStyle centredCell;

		final CellStyle textCell;

		final CellStyle yearCell;

		final CellStyle dateCell;

		final CellStyle phoneNumberCell;

		private final Workbook workbook;

		private final Map<String, Font> fonts = new HashMap<>();

		Styles(Workbook workbook, WardStyle style) {
			this.workbook = workbook;
			String font = style.font;
			// offices typing TCVN3 set capitals in the upper-case font of the family
			String capitals = font.equals(".VnTime") ? ".VnTimeH" : font;
			this.bold = style(font(capitals, 12, true, false), HorizontalAlignment.LEFT, false);
			this.boldCentred = style(font(capitals, 12, true, false), HorizontalAlignment.CENTER, false);
			this.centred = style(font(capitals, 12, false, false), HorizontalAlignment.CENTER, false);
			this.italicCentred = style(font(font, 12, false, true), HorizontalAlignment.CENTER, false);
			this.heading = style(font(capitals, 14, true, false), HorizontalAlignment.CENTER, false);
			this.header = style(font(font, 11, true, false), HorizontalAlignment.CENTER, true);
			this.header.setWrapText(true);
			this.headerDate = style(font(font, 11, true, false), HorizontalAlignment.CENTER, true);
			this.headerDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Font regular = font(font, 12, false, false);
			this.cell = style(regular, HorizontalAlignment.LEFT, true);
			this.wrappedCell = style(regular, HorizontalAlignment.LEFT, true);
			this.wrappedCell.setWrapText(true);
			this.centredCell = style(regular, HorizontalAlignment.CENTER, true);
			this.textCell = style(regular, HorizontalAlignment.LEFT, true);
			this.textCell.setDataFormat(workbook.createDataFormat().getFormat("@"));
			this.yearCell = style(regular, HorizontalAlignment.CENTER, true);
			this.yearCell.setDataFormat(workbook.createDataFormat().getFormat("0"));
			this.dateCell = style(regular, HorizontalAlignment.CENTER, true);
			this.dateCell.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			this.phoneNumberCell = style(regular, HorizontalAlignment.RIGHT, true);
			this.phoneNumberCell.setDataFormat(workbook.createDataFormat().getFormat("0"));
		}

		private Font font(String name, int points, boolean bold, boolean italic) {
			return this.fonts.computeIfAbsent(name + points + bold + italic, (key) -> {
				Font font = this.workbook.createFont();
				font.setFontName(name);
				font.setFontHeightInPoints((short) points);
				font.setBold(bold);
				font.setItalic(italic);
				return font;
			});
		}

		private CellStyle style(Font font, HorizontalAlignment alignment, boolean bordered) {
			CellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			if (bordered) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		}

	}

}
