package vn.congdoan.taphuan.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.congdoan.taphuan.budget.SettlementImports;
import vn.congdoan.taphuan.budget.SettlementOutcome;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.FileOutcome;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.Spreadsheet;

/**
 * A small known dataset for plan RC-2026 ({@code reconcile/rc-2026.yaml}), imported for
 * real: ward workbooks through attendance import and settlement workbooks through budget
 * import. As of 21/11/2026 (the test clock) it comes to these figures:
 * <ul>
 * <li>RC26-CS-01 (3 days, quota 10: long-xuyen 4, binh-duc 3, my-thoi 3): long-xuyen
 * lists 5 (An x x x, Bình x P x, Cường "Đoàn viên" x x x, Dung no position K K K, Em x x
 * x), binh-duc lists 2 (An again with the same CCCD, Giang), my-thoi sends nothing.
 * Listed 7, attended 6, completed 5, 5 people, 2 women, 17 days present; present per day
 * 6, 5, 6. Settlement 9.760.000 đ against 11.400.000 đ: documents at 55.000 đ/bộ (norm
 * 50.000, estimate 300.000 đ), meals for 7 on day 2 (5 present), water for 18
 * trainee-days (17 present).</li>
 * <li>RC26-CS-02 (2 days, quota 6: long-xuyen 3, chau-doc 3): long-xuyen 2 (An again,
 * Đặng Văn Hùng), chau-doc 4 (Dang Van Hung, Lan, Bình of another unit x K, Khoa),
 * binh-duc 1 without allocation (Long). Listed 7, attended 7, completed 6, 2 women, 13
 * days present. Settlement 7.100.000 đ against 5.800.000 đ: lecturers 5.000.000 đ
 * (estimate 4.000.000 đ), meals 14 trainee-days undated (13 present).</li>
 * <li>RC26-CS-03 starts 07/12/2026: not counted.</li>
 * <li>RC26-CT-01 (2 days, ldld 4): 4 full-time cadres, all complete; no settlement (ended
 * 10/04/2026).</li>
 * </ul>
 */
public final class ReconcileDataset {

	/** The plan file. */
	public static final Path PLAN = Path.of("src/test/resources/reconcile/rc-2026.yaml");

	/** An's CCCD: he is listed by two wards in RC26-CS-01 and attends RC26-CS-02 too. */
	public static final String AN_CCCD = "079080000001";

	private ReconcileDataset() {
	}

	/** A ward workbook and the class and ward it is for. */
	public record WardFile(Path file, String classCode, String ward) {
	}

	/** Loads the plan and imports every workbook of the dataset. */
	public static void load(Plans plans, AttendanceImports attendance, SettlementImports settlements, Path dir)
			throws IOException {
		plans.load(PLAN);
		for (WardFile ward : wardFiles(dir)) {
			FileOutcome outcome = attendance.importFile(ward.file(),
					ImportRequest.of(null, ward.classCode(), ward.ward()));
			if (outcome.status() != FileOutcome.Status.IMPORTED || outcome.rowsRejected() > 0) {
				throw new IllegalStateException("Dataset file not imported cleanly: " + outcome);
			}
		}
		for (Path file : settlementFiles(dir)) {
			SettlementOutcome outcome = settlements.importFile(file, null);
			if (outcome.status() != SettlementOutcome.Status.IMPORTED || outcome.linesRejected() > 0) {
				throw new IllegalStateException("Dataset settlement not imported cleanly: " + outcome);
			}
		}
	}

	/** Writes the ward workbooks into {@code dir}. */
	public static List<WardFile> wardFiles(Path dir) throws IOException {
		List<WardFile> files = new ArrayList<>();
		files.add(ward(dir, "RC26-CS-01", "long-xuyen", "CÔNG ĐOÀN PHƯỜNG LONG XUYÊN", 3,
				new Object[] { "Nguyễn Văn An", 1980, "Nam", "Chủ tịch CĐCS", "Công ty A", AN_CCCD, "x", "x", "x" },
				new Object[] { "Trần Thị Bình", 1985, "Nữ", "Tổ phó", "Công ty A", null, "x", "P", "x" },
				new Object[] { "Lê Văn Cường", 1979, "Nam", "Đoàn viên", "Công ty B", null, "x", "x", "x" },
				new Object[] { "Phạm Thị Dung", 1990, "Nữ", null, "Công ty B", null, "K", "K", "K" },
				new Object[] { "Hoàng Văn Em", 1982, "Nam", "Tổ trưởng", "Công ty C", null, "x", "x", "x" }));
		files.add(ward(dir, "RC26-CS-01", "binh-duc", "CÔNG ĐOÀN PHƯỜNG BÌNH ĐỨC", 3,
				new Object[] { "Nguyễn Văn An", 1980, "Nam", "Chủ tịch", "Công ty A", AN_CCCD, "x", "x", "x" },
				new Object[] { "Võ Thị Giang", 1988, "Nữ", "Phó Chủ tịch", "Công ty D", null, "x", "x", "x" }));
		files.add(ward(dir, "RC26-CS-02", "long-xuyen", "CÔNG ĐOÀN PHƯỜNG LONG XUYÊN", 2,
				new Object[] { "Nguyễn Văn An", 1980, "Nam", "Chủ tịch", "Công ty A", AN_CCCD, "x", "x" },
				new Object[] { "Đặng Văn Hùng", 1975, "Nam", "UV BCH", "Công ty E", null, "x", "x" }));
		files.add(ward(dir, "RC26-CS-02", "chau-doc", "CÔNG ĐOÀN PHƯỜNG CHÂU ĐỐC", 2,
				new Object[] { "Dang Van Hung", 1975, "Nam", "Tổ trưởng", "Cong ty E", null, "x", "x" },
				new Object[] { "Bùi Thị Lan", 1992, "Nữ", "Tổ phó", "Công ty F", null, "x", "x" },
				new Object[] { "Trần Thị Bình", 1985, "Nữ", "Tổ phó", "Công ty G", null, "x", "K" },
				new Object[] { "Mai Văn Khoa", 1970, "Nam", "UV UBKT", "Công ty F", null, "x", "x" }));
		files.add(ward(dir, "RC26-CS-02", "binh-duc", "CÔNG ĐOÀN PHƯỜNG BÌNH ĐỨC", 2,
				new Object[] { "Đinh Văn Long", 1983, "Nam", "Tổ trưởng", "Công ty H", null, "x", "x" }));
		files.add(ward(dir, "RC26-CT-01", "ldld", "CƠ QUAN LĐLĐ TỈNH", 2,
				new Object[] { "Trương Văn Một", 1981, "Nam", "Cán bộ chuyên trách", "LĐLĐ tỉnh", null, "x", "x" },
				new Object[] { "Trương Thị Hai", 1984, "Nữ", "Cán bộ chuyên trách", "LĐLĐ tỉnh", null, "x", "x" },
				new Object[] { "Trương Văn Ba", 1986, "Nam", "Cán bộ chuyên trách", "LĐLĐ tỉnh", null, "x", "x" },
				new Object[] { "Trương Thị Bốn", 1991, "Nữ", "Cán bộ chuyên trách", "LĐLĐ tỉnh", null, "x", "x" }));
		return files;
	}

	/** Writes the settlement workbooks of RC26-CS-01 and RC26-CS-02 into {@code dir}. */
	public static List<Path> settlementFiles(Path dir) throws IOException {
		Files.createDirectories(dir);
		Path first = Spreadsheet.create()
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH THỬ NGHIỆM")
			.row("BẢNG QUYẾT TOÁN KINH PHÍ LỚP TẬP HUẤN RC26-CS-01")
			.blankRow()
			.row("STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền", "Ngày")
			.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(4)x(5)", "(7)")
			.row(1, "Thù lao báo cáo viên", "buổi", 6, 1000000, 6000000)
			.row(2, "Tài liệu học viên", "Bộ", 10, "55.000", "550.000 đ")
			.row(3, "Hỗ trợ tiền ăn học viên", "người/ngày", 6, 150000, 900000, LocalDate.of(2026, 3, 16))
			.row(4, "Tiền ăn học viên", "người/ngày", 7, 150000, 1050000, "17/03/2026")
			.row(5, "Hỗ trợ tiền ăn", "người / ngày", 6, 150000, 900000, "Ngày 3")
			.row(6, "Nước uống", "người/ngày", 18, 20000, 360000)
			.row(null, "Tổng cộng", null, null, null, 9760000)
			.blankRow()
			.row(null, "Người lập biểu", null, null, "Kế toán")
			.writeXlsx(dir.resolve("quyet-toan-lop-1.xlsx"));
		Path second = Spreadsheet.create()
			.row("BẢNG QUYẾT TOÁN")
			.row("STT", "Nội dung", "ĐVT", "SL", "Đơn giá (đồng)", "Thành tiền (đồng)")
			.row(1, "Bồi dưỡng giảng viên", "buổi", 5, "1.000.000", "5.000.000")
			.row(2, "Hỗ trợ tiền ăn học viên", "người/ngày", 14, "150.000", "2.100.000")
			.row(null, "Cộng", null, null, null, "7.100.000")
			.writeXlsx(dir.resolve("RC26-CS-02 quyet toan.xlsx"));
		return List.of(first, second);
	}

	/**
	 * A ward's list for a class: title, header with one roll-call column per day, rows.
	 */
	static WardFile ward(Path dir, String classCode, String ward, String union, int days, Object[]... trainees)
			throws IOException {
		List<Object> header = new ArrayList<>(
				List.of("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị", "Số CCCD"));
		for (int day = 1; day <= days; day++) {
			header.add("Ngày " + day);
		}
		Spreadsheet sheet = Spreadsheet.create()
			.row(union)
			.row("DANH SÁCH HỌC VIÊN THAM DỰ LỚP " + classCode)
			.row(header.toArray());
		int index = 0;
		for (Object[] trainee : trainees) {
			Object[] row = new Object[trainee.length + 1];
			row[0] = ++index;
			System.arraycopy(trainee, 0, row, 1, trainee.length);
			sheet.row(row);
		}
		Path file = sheet.writeXlsx(Files.createDirectories(dir).resolve(classCode + "-" + ward + ".xlsx"));
		return new WardFile(file, classCode, ward);
	}

}
