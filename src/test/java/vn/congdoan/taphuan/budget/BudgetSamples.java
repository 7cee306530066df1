package vn.congdoan.taphuan.budget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.congdoan.taphuan.testing.Spreadsheet;

/**
 * Writes the sample settlement workbooks of {@code data-samples/budget/} for four sample
 * classes, in the shapes finance sends, with a few deliberate problems (see that folder's
 * README). The amounts are illustrative, like the sample plans' estimates.
 * <p>
 * Regenerate: {@code mvn -q test -Dtest=BudgetSamplesTests -Dbudget.samples.write=true};
 * {@link BudgetSamplesTests} otherwise checks that the committed files hold what this
 * writes.
 */
final class BudgetSamples {

	static final Path FOLDER = Path.of("data-samples/budget");

	private BudgetSamples() {
	}

	/** Writes every sample into {@code folder} and returns the files. */
	static List<Path> write(Path folder) throws IOException {
		Files.createDirectories(folder);
		return List.of(anGiangFirst(folder.resolve("quyet-toan-AG26-CS-01.xlsx")),
				anGiangSecond(folder.resolve("AG26-CS-02_quyet-toan.xlsx")),
				laiChauFirst(folder.resolve("quyet-toan-LC26-CS-01.xlsx")),
				laiChauSecond(folder.resolve("quyet-toan-LC26-CS-02.xlsx")));
	}

	/**
	 * AG26-CS-01 in the settlement template's shape, with its hidden metadata: meals paid
	 * for all 500 of the quota on the last day, and the lecturers' rooms above the norm.
	 */
	private static Path anGiangFirst(Path file) throws IOException {
		return Spreadsheet.create()
			.sheet("Quyết toán")
			.row("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG", null, null, "Độc lập - Tự do - Hạnh phúc")
			.blankRow()
			.row("BẢNG QUYẾT TOÁN KINH PHÍ LỚP TẬP HUẤN")
			.row("Lớp tập huấn nghiệp vụ công tác công đoàn cho cán bộ công đoàn cơ sở năm 2026 (lớp 1)")
			.row("Thời gian: 16/03/2026 - 18/03/2026 (3 ngày) — Địa điểm: Hội trường LĐLĐ tỉnh An Giang, phường Rạch Giá")
			.row("Mã lớp: AG26-CS-01 — Chỉ tiêu: 500 học viên — Dự toán: 295.000.000 đ")
			.blankRow()
			.row("STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)", "Ngày",
					"Ghi chú")
			.row(1, "Thù lao báo cáo viên", "buổi", 6, 1_000_000, 6_000_000)
			.row(2, "Tài liệu học viên", "bộ", 480, 30_000, 14_400_000)
			.row(3, "Thuê hội trường, máy chiếu", "ngày", 3, 5_000_000, 15_000_000)
			.row(4, "Hỗ trợ tiền ăn học viên", "người/ngày", 470, 150_000, 70_500_000, LocalDate.of(2026, 3, 16))
			.row(5, "Hỗ trợ tiền ăn học viên", "người/ngày", 455, 150_000, 68_250_000, LocalDate.of(2026, 3, 17))
			.row(6, "Hỗ trợ tiền ăn học viên", "người/ngày", 500, 150_000, 75_000_000, LocalDate.of(2026, 3, 18),
					"chi theo chỉ tiêu")
			.row(7, "Nước uống", "người/ngày", 1_425, 20_000, 28_500_000)
			.row(8, "Phòng nghỉ báo cáo viên", "phòng/đêm", 2, 750_000, 1_500_000)
			.row(9, "Đi lại báo cáo viên", "lượt", 2, 1_500_000, 3_000_000)
			.row(null, "Tổng cộng", null, null, null, 282_150_000)
			.blankRow()
			.row(null, "Người lập biểu", null, "Kế toán", null, "Thủ trưởng đơn vị")
			.sheet("taphuan-meta")
			.veryHidden()
			.row("template", "taphuan-settlement")
			.row("version", "1")
			.row("plan", "AG-2026")
			.row("class", "AG26-CS-01")
			.writeXlsx(file);
	}

	/**
	 * AG26-CS-02 as finance types it: amounts as text with "đ", days as "Ngày 1", the
	 * class code only in the file name; lecturers' travel over the estimate.
	 */
	private static Path anGiangSecond(Path file) throws IOException {
		return Spreadsheet.create()
			.sheet("QT lop 2")
			.row("LĐLĐ TỈNH AN GIANG")
			.row("BỘ PHẬN VĂN PHÒNG - TÀI CHÍNH")
			.row("QUYẾT TOÁN LỚP TẬP HUẤN CÁN BỘ CÔNG ĐOÀN CƠ SỞ (LỚP 2), NGÀY 22-23/6/2026")
			.blankRow()
			.row("TT", "Nội dung", "ĐVT", "SL", "Đơn giá", "Thành tiền", "Ngày chi")
			.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(4)x(5)", "(7)")
			.row("I", "CHI CHO BÁO CÁO VIÊN")
			.row(1, "Bồi dưỡng giảng viên", "buổi", 4, "1.000.000 đ", "4.000.000 đ")
			.row(2, "Phòng nghỉ báo cáo viên", "phòng/đêm", 1, "500.000 đ", "500.000 đ")
			.row(3, "Tàu xe báo cáo viên", "lượt", 3, "1.500.000 đ", "4.500.000 đ")
			.row("II", "CHI CHO HỌC VIÊN")
			.row(4, "In ấn tài liệu", "bộ", 430, "30.000 đ", "12.900.000 đ")
			.row(5, "Tiền ăn học viên", "người/ngày", 420, "150.000 đ", "63.000.000 đ", "Ngày 1")
			.row(6, "Tiền ăn học viên", "người/ngày", 410, "150.000 đ", "61.500.000 đ", "Ngày 2")
			.row(7, "Nước uống", "người/ngày", 830, "20.000 đ", "16.600.000 đ")
			.row("III", "CHI KHÁC")
			.row(8, "Thuê hội trường", "ngày", 2, "5.000.000 đ", "10.000.000 đ")
			.row(null, "Cộng", null, null, null, "173.000.000 đ")
			.row(null, "Bằng chữ: Một trăm bảy mươi ba triệu đồng chẵn")
			.writeXlsx(file);
	}

	/** LC26-CS-01: a clean settlement within the estimate and the norms. */
	private static Path laiChauFirst(Path file) throws IOException {
		return Spreadsheet.create()
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU")
			.row("BẢNG QUYẾT TOÁN KINH PHÍ LỚP TẬP HUẤN NGHIỆP VỤ CÔNG TÁC CÔNG ĐOÀN NĂM 2026 (LỚP 1) - LC26-CS-01")
			.blankRow()
			.row("STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền", "Ngày")
			.row(1, "Thù lao báo cáo viên", "buổi", 4, 800_000, 3_200_000)
			.row(2, "Tài liệu học viên", "bộ", 80, 25_000, 2_000_000)
			.row(3, "Thuê hội trường, máy chiếu", "ngày", 2, 3_000_000, 6_000_000)
			.row(4, "Hỗ trợ tiền ăn học viên", "người/ngày", 76, 100_000, 7_600_000, LocalDate.of(2026, 4, 9))
			.row(5, "Hỗ trợ tiền ăn học viên", "người/ngày", 74, 100_000, 7_400_000, LocalDate.of(2026, 4, 10))
			.row(6, "Nước uống", "người/ngày", 150, 15_000, 2_250_000)
			.row(7, "Đi lại báo cáo viên", "lượt", 2, 1_000_000, 2_000_000)
			.row(null, "Tổng cộng", null, null, null, 30_450_000)
			.writeXlsx(file);
	}

	/**
	 * LC26-CS-02: the lecturer's room above the norm (and not in the estimate), meals for
	 * all 80 of the quota on the second day, and a water line whose Thành tiền is not Số
	 * lượng × Đơn giá (rejected on import).
	 */
	private static Path laiChauSecond(Path file) throws IOException {
		return Spreadsheet.create()
			.row("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU")
			.row("QUYẾT TOÁN LỚP LC26-CS-02 (14-15/05/2026)")
			.blankRow()
			.row("STT", "Nội dung chi", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền", "Ngày", "Ghi chú")
			.row(1, "Thù lao báo cáo viên", "buổi", 4, 800_000, 3_200_000)
			.row(2, "Tài liệu học viên", "bộ", 80, 25_000, 2_000_000)
			.row(3, "Thuê hội trường, máy chiếu", "ngày", 2, 3_000_000, 6_000_000)
			.row(4, "Hỗ trợ tiền ăn học viên", "người/ngày", 78, 100_000, 7_800_000, "14/05/2026")
			.row(5, "Hỗ trợ tiền ăn học viên", "người/ngày", 80, 100_000, 8_000_000, "15/05/2026")
			.row(6, "Nước uống", "người/ngày", 158, 15_000, 2_730_000, null, "gõ nhầm thành tiền")
			.row(7, "Thuê phòng báo cáo viên", "phòng/đêm", 1, 600_000, 600_000)
			.row(8, "Đi lại báo cáo viên", "lượt", 2, 1_000_000, 2_000_000)
			.row(null, "Tổng cộng", null, null, null, 32_330_000)
			.writeXlsx(file);
	}

	public static void main(String[] args) throws IOException {
		for (Path file : write((args.length > 0) ? Path.of(args[0]) : FOLDER)) {
			System.out.println(file);
		}
	}

}
