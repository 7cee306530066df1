package vn.congdoan.taphuan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes ward attendance workbooks that look like the ones wards send (title block, a
 * two-row header with "Năm sinh" over Nam / Nữ and "Điểm danh" over the class dates,
 * Vietnamese names with diacritics, phone numbers stored as numbers, a totals line and a
 * signature block) and carry a few problems each, with a streaming writer. Deterministic
 * for a given seed.
 */
final class SyntheticWardFiles {

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai" };

	private static final String[] MIDDLE_MALE = { "Văn", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Hoàng", "Công", "Ngọc",
			"Xuân" };

	private static final String[] MIDDLE_FEMALE = { "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Thị Ngọc", "Hồng",
			"Bích", "Thùy" };

	private static final String[] GIVEN_MALE = { "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khoa",
			"Long", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Tuấn", "Việt", "Vinh", "Lộc", "Khải", "Tiến", "Bảo",
			"Chiến", "Duy", "Giang", "Hiếu", "Hòa", "Hoàng", "Kiên", "Lâm", "Lực", "Mạnh", "Nghĩa", "Nhân", "Phong",
			"Quân", "Tài", "Thành", "Thịnh", "Toàn", "Trung", "Tú", "Tùng", "Vũ", "Sang", "Khánh", "Đông" };

	private static final String[] GIVEN_FEMALE = { "Anh", "Ánh", "Châu", "Diệp", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
			"Linh", "Loan", "Mai", "Ngân", "Nhung", "Oanh", "Phương", "Thảo", "Trang", "Uyên", "Vy", "Yến", "Nguyệt",
			"Bích", "Cúc", "Dung", "Duyên", "Giang", "Hằng", "Hiền", "Huyền", "Lệ", "Liên", "Ly", "My", "Nga", "Ngọc",
			"Nhi", "Nhàn", "Quyên", "Sương", "Tâm", "Thủy", "Thư", "Tiên", "Trinh", "Tuyết", "Vân", "Xuân" };

	private static final String[] POSITIONS = { "Tổ trưởng", "Tổ phó", "Ủy viên BCH", "Chủ tịch CĐCS", "Phó Chủ tịch",
			"UV UBKT", "Tổ trưởng CĐ", "TP CĐ", "Trưởng ban nữ công", "CT" };

	private static final String[] UNITS = { "CĐCS Công ty TNHH May Việt Tiến", "CĐCS Công ty CP Thủy sản Sao Mai",
			"Nghiệp đoàn Xe ôm", "CĐCS Trường THCS Nguyễn Trãi", "CĐCS UBND phường", "CĐCS Công ty Điện lực",
			"CĐCS Bệnh viện Đa khoa", "Nghiệp đoàn Nghề cá", "CĐCS Công ty Xây dựng Số 5",
			"CĐCS Ngân hàng Nông nghiệp" };

	private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private SyntheticWardFiles() {
	}

	/** One file's specification. */
	record Spec(String classCode, String classTitle, List<LocalDate> days, String wardName, int rows, long seed) {
	}

	/** Writes one ward workbook and returns the number of trainee rows in it. */
	static int write(Spec spec, Path file) throws IOException {
		SplittableRandom random = new SplittableRandom(spec.seed());
		int dayCount = spec.days().size();
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "taphuan-bench", "1.0");
			Worksheet sheet = workbook.newWorksheet("Danh sách");
			sheet.value(0, 0, "LIÊN ĐOÀN LAO ĐỘNG TỈNH");
			sheet.value(1, 0, "CÔNG ĐOÀN PHƯỜNG " + spec.wardName().toUpperCase(java.util.Locale.forLanguageTag("vi")));
			sheet.value(3, 0, "DANH SÁCH HỌC VIÊN THAM DỰ LỚP TẬP HUẤN NGHIỆP VỤ CÔNG TÁC CÔNG ĐOÀN");
			sheet.value(4, 0, spec.classTitle() + " — mã lớp " + spec.classCode());
			int header = 6;
			int dayColumn = 7;
			String[] labels = { "STT", "Họ và tên", "Năm sinh", null, "Chức vụ công đoàn", "Đơn vị (CĐCS)",
					"Số điện thoại" };
			for (int c = 0; c < labels.length; c++) {
				if (labels[c] != null) {
					sheet.value(header, c, labels[c]);
				}
			}
			sheet.value(header + 1, 2, "Nam");
			sheet.value(header + 1, 3, "Nữ");
			sheet.value(header, dayColumn, "Điểm danh");
			for (int d = 0; d < dayCount; d++) {
				sheet.value(header + 1, dayColumn + d, HEADER_DATE.format(spec.days().get(d)));
			}
			sheet.value(header, dayColumn + dayCount, "Ghi chú");
			sheet.range(header, 2, header, 3).merge();
			sheet.range(header, dayColumn, header, dayColumn + dayCount - 1).merge();
			for (int c : new int[] { 0, 1, 4, 5, 6 }) {
				sheet.range(header, c, header + 1, c).merge();
			}
			sheet.range(header, dayColumn + dayCount, header + 1, dayColumn + dayCount).merge();
			int first = header + 2;
			for (int i = 0; i < spec.rows(); i++) {
				int r = first + i;
				boolean female = random.nextInt(100) < 55;
				sheet.value(r, 0, i + 1);
				sheet.value(r, 1, name(random, female, i));
				sheet.value(r, female ? 3 : 2, 1965 + random.nextInt(36));
				sheet.value(r, 4, (i % 997 == 13) ? "Thư ký tổ" : POSITIONS[random.nextInt(POSITIONS.length)]);
				// each ward has its own grassroots unions
				sheet.value(r, 5, UNITS[random.nextInt(UNITS.length)] + " " + spec.wardName());
				long phone = 900_000_000L + random.nextInt(99_999_999);
				if (i % 1009 == 7) {
					sheet.value(r, 6, "09123");
				}
				else {
					sheet.value(r, 6, phone);
				}
				for (int d = 0; d < dayCount; d++) {
					int roll = random.nextInt(100);
					String mark = (roll < 97) ? "x" : (roll < 98) ? "P" : (roll < 99) ? "K" : "";
					if (i % 1013 == 11 && d == 0) {
						mark = "có?";
					}
					if (!mark.isEmpty()) {
						sheet.value(r, dayColumn + d, mark);
					}
				}
			}
			int footer = first + spec.rows();
			sheet.value(footer, 0, "Tổng cộng: " + spec.rows() + " người");
			sheet.value(footer + 2, 1, "Người lập biểu");
			sheet.value(footer + 2, 5, "TM. BAN CHẤP HÀNH");
			workbook.finish();
		}
		return spec.rows();
	}

	/**
	 * A random family, middle and given name: about 9,600 names per gender, so at a
	 * million rows most people share name and birth year with someone, as real Vietnamese
	 * names do at that scale; a repeat within a file is a realistic duplicate.
	 */
	private static String name(SplittableRandom random, boolean female, int index) {
		String family = FAMILY[random.nextInt(FAMILY.length)];
		String middle = female ? MIDDLE_FEMALE[random.nextInt(MIDDLE_FEMALE.length)]
				: MIDDLE_MALE[random.nextInt(MIDDLE_MALE.length)];
		String given = female ? GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)]
				: GIVEN_MALE[random.nextInt(GIVEN_MALE.length)];
		return family + " " + middle + " " + given;
	}

	static List<LocalDate> days(LocalDate start, int count) {
		List<LocalDate> days = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			days.add(start.plusDays(i));
		}
		return days;
	}

}
