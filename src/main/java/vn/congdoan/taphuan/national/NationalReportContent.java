package vn.congdoan.taphuan.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.national.NationalFigures.Missing;
import vn.congdoan.taphuan.national.NationalFigures.Paired;
import vn.congdoan.taphuan.national.NationalFigures.Ranked;
import vn.congdoan.taphuan.national.NationalFigures.RowTotal;
import vn.congdoan.taphuan.national.NationalFigures.UnitResult;
import vn.congdoan.taphuan.national.NationalFigures.UnitRow;
import vn.congdoan.taphuan.national.NationalFigures.Warning;

/**
 * Everything the national report shows, read from the database, and how the template
 * {@value #TEMPLATE} and the workbook get it. National ratios add up only the units that
 * give both figures (a unit that gave attendance but no plan does not inflate the
 * fulfilment); a column some units left blank says how many gave it.
 *
 * @param year the report year
 * @param number the document number, or {@code null}
 * @param date the document date, or {@code null}
 * @param today the day the report is written
 * @param department the federation's department that writes it
 * @param documentSymbol "BC-BTC"
 * @param provinces provinces expected (34)
 * @param totals every form row summed over the units
 * @param received each unit's current form, TỔNG SỐ row
 * @param details every row of every current form
 * @param missing provinces without a current form, and refused units
 * @param unidentified refused files whose unit was not known
 * @param rankings units by indicator
 * @param ratios each ratio indicator over the units giving both figures, by row
 * @param settled settled against the estimate of the settled classes, by row
 * @param warnings the warnings of the current forms
 * @param units every unit of the list
 */
record NationalReportContent(int year, String number, LocalDate date, LocalDate today, String department,
		String documentSymbol, int provinces, List<RowTotal> totals, List<UnitResult> received, List<UnitRow> details,
		List<Missing> missing, List<Missing> unidentified, Map<Indicator, List<Ranked>> rankings,
		Map<Indicator, Map<FormRow, Paired>> ratios, Map<FormRow, Paired> settled, List<Warning> warnings,
		List<ReportingUnit> units) {

	static final String TEMPLATE = "national";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	int provincesReceived() {
		return (int) this.received.stream().filter((unit) -> unit.unit().kind() == ReportingUnit.Kind.PROVINCE).count();
	}

	int sectoralReceived() {
		return (int) this.received.stream().filter((unit) -> unit.unit().kind() == ReportingUnit.Kind.SECTORAL).count();
	}

	String subject() {
		return "Tổng hợp kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm " + this.year
				+ " của các LĐLĐ tỉnh, thành phố và công đoàn ngành Trung ương";
	}

	String title() {
		return "Báo cáo " + Character.toLowerCase(subject().charAt(0)) + subject().substring(1);
	}

	String author() {
		return this.department + " - Tổng Liên đoàn Lao động Việt Nam";
	}

	/**
	 * The national sums as a form. (16) and (17) add up only the units that give both, so
	 * that settled money is read against the estimate of the same classes.
	 */
	FormFigures nationalForm() {
		List<RowFigures> rows = new ArrayList<>();
		for (RowTotal total : this.totals) {
			Map<FormColumn, Long> values = new java.util.EnumMap<>(FormColumn.class);
			values.putAll(total.sums().values());
			values.remove(FormColumn.ESTIMATE_SETTLED);
			values.remove(FormColumn.SETTLED);
			Paired settled = this.settled.get(total.sums().row());
			if (settled != null && settled.units() > 0) {
				values.put(FormColumn.ESTIMATE_SETTLED, settled.denominator());
				values.put(FormColumn.SETTLED, settled.numerator());
			}
			rows.add(new RowFigures(total.sums().row(), values, null));
		}
		return new FormFigures(null, "Tổng hợp toàn quốc", this.year, this.today, null, rows);
	}

	RowFigures total() {
		return this.totals.get(FormRow.TOTAL.ordinal()).sums();
	}

	/** The template's parameters. */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("parentBody", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
		parameters.put("department", this.department.toUpperCase(VIETNAMESE));
		parameters.put("number", "Số: " + ((this.number != null && !this.number.isBlank()) ? this.number : "        ")
				+ "/" + this.documentSymbol);
		parameters.put("placeDate", "Hà Nội, " + ((this.date != null) ? VietnameseFormat.longDate(this.date)
				: "ngày      tháng      năm " + this.today.getYear()));
		parameters.put("subject", subject());
		parameters.put("addressee", "Kính gửi: Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam");
		parameters.put("intro", "Căn cứ biểu thống kê kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm " + this.year
				+ " (Biểu số TK-ĐTBD) do các Liên đoàn Lao động tỉnh, thành phố và công đoàn ngành Trung ương gửi về, "
				+ this.department + " tổng hợp, báo cáo như sau:");
		parameters.put("receipt", receipt());
		parameters.put("missing", missingRows());
		parameters.put("headline", headline());
		parameters.put("programmes", programmeRows());
		parameters.put("breakdown", breakdownRows());
		parameters.put("planNote", planNote());
		parameters.put("coverage", coverage());
		parameters.put("units", unitRows());
		parameters
			.put("rankingNote", "Đơn vị xếp theo từng chỉ tiêu, cao nhất trước; đơn vị thiếu số liệu của chỉ tiêu "
					+ "nào thì không xếp hạng ở chỉ tiêu đó. Các tỷ lệ tính trên dòng TỔNG SỐ của biểu mỗi đơn vị.");
		parameters.put("rankings", rankingRows());
		List<Indicator> indicators = List.of(Indicator.values());
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			List<Ranked> ranked = this.rankings.get(indicator);
			parameters.put("chart" + (i + 1),
					new NationalJasper.ChartDrawing(() -> NationalCharts.ranking(indicator, ranked)));
			parameters.put("chartTitle" + (i + 1), "Biểu đồ " + (i + 1) + ". " + indicator.label()
					+ (ranked.isEmpty() ? " (chưa có đơn vị nào đủ số liệu)" : ""));
		}
		parameters.put("warnings", warningRows());
		parameters.put("warningNote", this.warnings.isEmpty() ? "Các biểu đã nhận không có cảnh báo về số liệu."
				: "Các biểu sau vẫn được tổng hợp nhưng có số liệu cần đơn vị kiểm tra lại:");
		parameters.put("assessment", "[Phần đánh giá, đề xuất: " + this.department
				+ " bổ sung nhận xét về kết quả, các đơn vị chưa gửi biểu và kiến nghị trước khi trình ký.]");
		parameters.put("recipients", lines(List.of("- Như trên;", "- Thường trực Đoàn Chủ tịch (để b/c);",
				"- Các ban, đơn vị liên quan;", "- Lưu: VT, " + this.department + ".")));
		parameters.put("signerTitle", "TRƯỞNG BAN");
		parameters.put("pageNumbers", Boolean.TRUE);
		return parameters;
	}

	/** The national roll-up of the form, for its landscape appendix. */
	Map<String, Object> appendix() {
		List<String> notes = new ArrayList<>();
		notes.add("Ghi chú: cộng các biểu hiện hành của " + this.received.size() + " đơn vị (" + provincesReceived()
				+ " LĐLĐ tỉnh, thành phố; " + sectoralReceived()
				+ " công đoàn ngành Trung ương). Ô trống: không đơn vị " + "nào có số liệu. " + coverage());
		String subtitle = "(Số liệu theo các biểu đã nhận đến ngày " + VietnameseFormat.date(this.today)
				+ "; đơn vị tính ghi dưới tên cột)";
		return FormPrint.parameters(nationalForm(), "Phụ lục: Biểu tổng hợp toàn quốc", "Tổng hợp toàn quốc", subtitle,
				notes, "NGƯỜI LẬP BIỂU", List.of(this.department.toUpperCase(VIETNAMESE)));
	}

	/** One chart per indicator, in the order of {@link Indicator}. */
	List<Chart> charts() {
		List<Chart> charts = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			List<Ranked> ranked = this.rankings.get(indicator);
			charts.add(new Chart(indicator, () -> NationalCharts.ranking(indicator, ranked),
					NationalCharts.height(ranked.size())));
		}
		return charts;
	}

	private String receipt() {
		long taphuan = this.received.stream().filter((unit) -> "TAPHUAN".equals(unit.source())).count();
		long blank = this.received.stream().filter((unit) -> "BLANK_FORM".equals(unit.source())).count();
		long other = this.received.size() - taphuan - blank;
		long missingProvinces = this.missing.stream()
			.filter((missing) -> missing.unit().kind() == ReportingUnit.Kind.PROVINCE)
			.count();
		long refused = this.missing.stream().filter(Missing::refused).count();
		StringBuilder text = new StringBuilder("Theo các biểu đã nhận đến ngày " + VietnameseFormat.date(this.today)
				+ ", có " + provincesReceived() + "/" + this.provinces + " LĐLĐ tỉnh, thành phố và "
				+ sectoralReceived() + " công đoàn ngành Trung ương gửi biểu hợp lệ (" + taphuan
				+ " biểu lập bằng phần mềm taphuan, " + blank + " biểu điền vào mẫu biểu của Tổng Liên đoàn, " + other
				+ " biểu theo mẫu riêng của đơn vị).");
		if (missingProvinces > 0) {
			text.append(" Còn ").append(missingProvinces).append(" LĐLĐ tỉnh, thành phố chưa có biểu hợp lệ (Bảng 1)");
			text.append((refused > 0) ? "; trong đó " + refused
					+ " đơn vị đã gửi biểu nhưng biểu bị từ chối vì số liệu không khớp hoặc sai quy định, cần gửi lại."
					: ".");
		}
		else {
			text.append(" Tất cả các LĐLĐ tỉnh, thành phố đã gửi biểu.");
		}
		if (!this.unidentified.isEmpty()) {
			text.append(" Ngoài ra có ")
				.append(this.unidentified.size())
				.append(" tệp không xác định được đơn vị gửi nên chưa tổng hợp.");
		}
		text.append(" Các số liệu dưới đây chỉ cộng các biểu hợp lệ.");
		return text.toString();
	}

	private List<Map<String, Object>> missingRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		int index = 1;
		List<Missing> all = new ArrayList<>(this.missing);
		all.addAll(this.unidentified);
		for (Missing missing : all) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("index", Integer.toString(index++));
			row.put("unit", (missing.unit() != null) ? missing.unit().shortName() : "(chưa xác định đơn vị)");
			row.put("status", missing.refused() ? "Biểu bị từ chối" : "Chưa gửi biểu");
			row.put("reason", missing.refused()
					? missing.file() + ((missing.error() != null) ? ": " + missing.error() : "") : "");
			rows.add(row);
		}
		return rows;
	}

	private String headline() {
		RowFigures total = total();
		if (this.received.isEmpty()) {
			return "Chưa có biểu hợp lệ nào của năm " + this.year + ".";
		}
		StringBuilder text = new StringBuilder("Năm " + this.year + ", các đơn vị đã gửi biểu đã tổ chức ");
		text.append(number(total.get(FormColumn.CLASSES_HELD))).append(" lớp bồi dưỡng, tập huấn");
		Double classes = ratio(Indicator.CLASSES, FormRow.TOTAL);
		if (classes != null) {
			text.append(" (").append(percent(classes)).append(" số lớp kế hoạch của các đơn vị có kế hoạch)");
		}
		text.append(", với ").append(number(total.get(FormColumn.ATTENDED))).append(" lượt cán bộ tham dự");
		Double fulfilment = ratio(Indicator.FULFILMENT, FormRow.TOTAL);
		if (fulfilment != null) {
			text.append(" (").append(percent(fulfilment)).append(" kế hoạch)");
		}
		Double women = ratio(Indicator.WOMEN_SHARE, FormRow.TOTAL);
		text.append("; trong đó nữ ")
			.append(number(total.get(FormColumn.WOMEN)))
			.append(" lượt")
			.append((women != null) ? " (" + percent(women) + ")" : "");
		text.append(", chủ tịch, phó chủ tịch công đoàn cơ sở ")
			.append(number(total.get(FormColumn.CHAIRS)))
			.append(" lượt, cán bộ công đoàn chuyên trách ")
			.append(number(total.get(FormColumn.FULL_TIME)))
			.append(" lượt. ");
		Double completion = ratio(Indicator.COMPLETION, FormRow.TOTAL);
		text.append(number(total.get(FormColumn.COMPLETED)))
			.append(" lượt hoàn thành chương trình")
			.append((completion != null) ? " (" + percent(completion) + " số lượt tham dự)" : "")
			.append("; ")
			.append(number(total.get(FormColumn.PEOPLE)))
			.append(" người được đào tạo, bồi dưỡng (không tính trùng trong từng đơn vị). ");
		Paired settled = this.settled.get(FormRow.TOTAL);
		if (settled != null && settled.units() > 0) {
			text.append("Kinh phí: ")
				.append(settled.units())
				.append(" đơn vị có số liệu quyết toán, đã quyết toán ")
				.append(VietnameseFormat.vnd(settled.numerator()))
				.append(" trên dự toán ")
				.append(VietnameseFormat.vnd(settled.denominator()))
				.append(" của các lớp đã quyết toán")
				.append((settled.ratio() != null) ? " (" + percent(settled.ratio()) + ")" : "")
				.append("; tổng dự toán các lớp là ")
				.append(VietnameseFormat.vnd(NationalFigures.nz(total.get(FormColumn.ESTIMATE))))
				.append(".");
		}
		else {
			text.append("Kinh phí: chưa có đơn vị nào có số liệu quyết toán.");
		}
		return text.toString();
	}

	private List<Map<String, Object>> programmeRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RowTotal total : this.totals) {
			RowFigures row = total.sums();
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("label", label(row.row()));
			values.put("strong", !row.row().isLeaf());
			values.put("classesPlanned", row.get(FormColumn.CLASSES_PLANNED));
			values.put("classesHeld", row.get(FormColumn.CLASSES_HELD));
			values.put("traineesPlanned", row.get(FormColumn.TRAINEES_PLANNED));
			values.put("attended", row.get(FormColumn.ATTENDED));
			values.put("fulfilment", ratio(Indicator.FULFILMENT, row.row()));
			values.put("women", row.get(FormColumn.WOMEN));
			values.put("completed", row.get(FormColumn.COMPLETED));
			values.put("people", row.get(FormColumn.PEOPLE));
			rows.add(values);
		}
		return rows;
	}

	private List<Map<String, Object>> breakdownRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RowTotal total : this.totals) {
			RowFigures row = total.sums();
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("label", label(row.row()));
			values.put("strong", !row.row().isLeaf());
			values.put("inPerson", row.get(FormColumn.CLASSES_IN_PERSON));
			values.put("online", row.get(FormColumn.CLASSES_ONLINE));
			values.put("chairs", row.get(FormColumn.CHAIRS));
			values.put("fullTime", row.get(FormColumn.FULL_TIME));
			values.put("ethnic", row.get(FormColumn.ETHNIC_MINORITY));
			values.put("estimate", millions(row.get(FormColumn.ESTIMATE)));
			Paired settled = this.settled.get(row.row());
			values.put("estimateSettled",
					(settled != null && settled.units() > 0) ? millions(settled.denominator()) : null);
			values.put("settled", (settled != null && settled.units() > 0) ? millions(settled.numerator()) : null);
			values.put("settledRatio", (settled != null) ? settled.ratio() : null);
			rows.add(values);
		}
		return rows;
	}

	/**
	 * Which units the planned columns add up: a planned sum over fewer units than the
	 * held one is not to be read against it.
	 */
	String planNote() {
		RowTotal total = this.totals.get(FormRow.TOTAL.ordinal());
		return "(*) Cột kế hoạch chỉ cộng các đơn vị có ghi kế hoạch: số lớp "
				+ total.giving(FormColumn.CLASSES_PLANNED) + "/" + this.received.size() + " đơn vị, lượt học viên "
				+ total.giving(FormColumn.TRAINEES_PLANNED) + "/" + this.received.size()
				+ " đơn vị; cột \"Đạt so với KH\" chỉ tính trên các đơn vị có cả kế hoạch và "
				+ "số thực hiện, nên không lấy cột tổ chức chia cho cột kế hoạch của bảng này.";
	}

	/**
	 * Which columns of TỔNG SỐ not every unit gave: "(12) Dân tộc thiểu số: 9/31 đơn vị".
	 */
	String coverage() {
		RowTotal total = this.totals.get(FormRow.TOTAL.ordinal());
		List<String> partial = new ArrayList<>();
		for (FormColumn column : FormColumn.values()) {
			int giving = total.giving(column);
			if (giving < this.received.size()) {
				partial.add(column.title() + ": " + giving + "/" + this.received.size());
			}
		}
		String settled = " Cột (16) và (17) chỉ cộng các đơn vị ghi cả hai số, để quyết toán so được với dự toán của "
				+ "chính các lớp đó.";
		if (partial.isEmpty() || this.received.isEmpty()) {
			return "Tất cả các đơn vị đã gửi biểu đều có đủ số liệu các cột." + settled;
		}
		return "Số đơn vị có số liệu ở các cột chưa đủ: " + String.join("; ", partial)
				+ ". Tổng của những cột này chỉ gồm các đơn vị có số liệu; các tỷ lệ chỉ tính trên đơn vị có đủ cả hai số."
				+ settled;
	}

	private List<Map<String, Object>> unitRows() {
		Map<String, UnitResult> byUnit = new LinkedHashMap<>();
		this.received.forEach((unit) -> byUnit.put(unit.unit().code(), unit));
		Map<String, Missing> missingByUnit = new LinkedHashMap<>();
		this.missing.forEach((missing) -> missingByUnit.put(missing.unit().code(), missing));
		List<Map<String, Object>> rows = new ArrayList<>();
		int index = 1;
		for (ReportingUnit unit : this.units) {
			UnitResult result = byUnit.get(unit.code());
			Missing missing = missingByUnit.get(unit.code());
			if (result == null && missing == null) {
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("index", Integer.toString(index++));
			row.put("unit", unit.shortName());
			if (result != null) {
				RowFigures total = result.total();
				Long held = total.get(FormColumn.CLASSES_HELD);
				Long planned = total.get(FormColumn.CLASSES_PLANNED);
				row.put("classes", ((held != null) ? VietnameseFormat.number(held) : "—") + "/"
						+ ((planned != null) ? VietnameseFormat.number(planned) : "—"));
				row.put("attended", total.get(FormColumn.ATTENDED));
				row.put("fulfilment", Indicator.FULFILMENT.of(total));
				row.put("completion", Indicator.COMPLETION.of(total));
				row.put("women", Indicator.WOMEN_SHARE.of(total));
				row.put("settled", millions(total.get(FormColumn.SETTLED)));
				Long settled = total.get(FormColumn.SETTLED);
				Long estimate = total.get(FormColumn.ESTIMATE_SETTLED);
				row.put("settledRatio",
						(settled != null && estimate != null && estimate > 0) ? (double) settled / estimate : null);
				row.put("note", sourceLabel(result.source()));
			}
			else {
				row.put("classes", null);
				row.put("note", missing.refused() ? "Biểu bị từ chối" : "Chưa gửi biểu");
			}
			row.put("missing", result == null);
			rows.add(row);
		}
		return rows;
	}

	static String sourceLabel(String source) {
		return switch (source) {
			case "TAPHUAN" -> "Lập bằng taphuan";
			case "BLANK_FORM" -> "Mẫu biểu TLĐ";
			default -> "Mẫu riêng";
		};
	}

	private List<Map<String, Object>> rankingRows() {
		int size = this.rankings.values().stream().mapToInt(List::size).max().orElse(0);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("place", Integer.toString(i + 1));
			for (Indicator indicator : Indicator.values()) {
				List<Ranked> ranked = this.rankings.get(indicator);
				row.put(key(indicator), (i < ranked.size()) ? rankText(indicator, ranked.get(i)) : null);
			}
			rows.add(row);
		}
		return rows;
	}

	static String key(Indicator indicator) {
		return switch (indicator) {
			case ATTENDED -> "attended";
			case FULFILMENT -> "fulfilment";
			case COMPLETION -> "completion";
			case WOMEN_SHARE -> "women";
			case CLASSES -> "classes";
		};
	}

	static String rankText(Indicator indicator, Ranked ranked) {
		String value = indicator.isRatio() ? percent(ranked.value()) : VietnameseFormat.number((long) ranked.value());
		return ranked.place() + ". " + ranked.unit().shortName() + " (" + value + ")";
	}

	private List<Map<String, Object>> warningRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		int index = 1;
		for (Warning warning : this.warnings) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("index", Integer.toString(index++));
			row.put("unit", warning.unit().shortName());
			row.put("place", warning.issue().place().isEmpty() ? warning.file()
					: warning.file() + ", " + warning.issue().place());
			row.put("message", warning.issue().message());
			rows.add(row);
		}
		return rows;
	}

	Double ratio(Indicator indicator, FormRow row) {
		Map<FormRow, Paired> byRow = this.ratios.get(indicator);
		Paired paired = (byRow != null) ? byRow.get(row) : null;
		return (paired != null) ? paired.ratio() : null;
	}

	static String label(FormRow row) {
		return row.number().isEmpty() ? "TỔNG SỐ" : row.number() + ". " + row.label().replaceFirst(" \\(.*\\)$", "");
	}

	static Double millions(Long amount) {
		return (amount != null) ? amount / 1_000_000.0 : null;
	}

	private static String number(Long value) {
		return (value != null) ? VietnameseFormat.number(value) : "0";
	}

	static String percent(double ratio) {
		return String.format(Locale.forLanguageTag("vi-VN"), "%.1f%%", ratio * 100);
	}

	private static List<Map<String, Object>> lines(List<String> texts) {
		return texts.stream().map((text) -> Map.<String, Object>of("text", text)).toList();
	}

	/**
	 * A chart of the report.
	 *
	 * @param indicator what it shows
	 * @param recipe builds a fresh chart for each drawing
	 * @param height its height in points
	 */
	record Chart(Indicator indicator, Supplier<JFreeChart> recipe, int height) {
	}

}
