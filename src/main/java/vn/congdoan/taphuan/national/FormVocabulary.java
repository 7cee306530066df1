package vn.congdoan.taphuan.national;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words of a form mean, as provinces write them: which {@link FormRow} a row
 * label names ("Bồi dưỡng cán bộ công đoàn cơ sở", "II. Lý luận chính trị", "Tổng cộng"),
 * which {@link FormColumn} a column header names ("Lượt học viên tham dự", "Trong đó:
 * nữ", "Kinh phí (triệu đồng) / Quyết toán"), and which headers are personal data. Texts
 * are matched as accent-free lower-case words ({@link ReportingUnits#words}).
 */
final class FormVocabulary {

	private static final Pattern LEADING_NUMBER = Pattern
		.compile("^((i{1,3}|iv|vi{0,3}|ix|x|\\d{1,2}|[a-h])\\s+)+(?=\\p{L})");

	private static final Pattern NUMBERING = Pattern.compile("^\\(?\\s*\\d{1,2}\\s*\\)?([\\s=+≤<>\\-().\\d]*)$");

	private static final Set<String> UNIT_WORDS = Set.of("lop", "luot", "luot nguoi", "nguoi", "dong", "trieu dong",
			"nghin dong", "ngan dong", "1000 dong", "1 000 dong", "1000d", "tr dong", "trd", "trieu", "vnd",
			"don vi tinh", "dvt", "luot hoc vien", "hoc vien", "nguoi luot", "luot cb");

	private FormVocabulary() {
	}

	/** The role of a column header, when it is not one of the form's figures. */
	enum Role {

		FIGURE, NOTES, ROW_NUMBER, LABEL, UNIT, PERSONAL

	}

	/**
	 * A header's meaning.
	 *
	 * @param role what the column is
	 * @param column the figure column, for {@link Role#FIGURE}
	 */
	record Meaning(Role role, FormColumn column) {

		static Meaning figure(FormColumn column) {
			return new Meaning(Role.FIGURE, column);
		}

		static Meaning of(Role role) {
			return new Meaning(role, null);
		}

	}

	/**
	 * The form row a label names, or {@code null}. Leading numbering ("II.", "1.", "a)")
	 * is ignored; "Tổng số", "Tổng cộng", "Cộng" are the total.
	 */
	static FormRow row(String words) {
		String w = LEADING_NUMBER.matcher(words.strip()).replaceFirst("");
		if (w.isEmpty() || containsAny(w, "noi dung", "loai hinh", "chi tieu", "don vi tinh")) {
			// the label column's own header ("Loại hình đào tạo, bồi dưỡng"), not a row
			return null;
		}
		if (w.startsWith("tong") || w.equals("cong") || (w.startsWith("cong ") && !w.startsWith("cong doan"))) {
			return FormRow.TOTAL;
		}
		if (containsAny(w, "sau dai hoc", "thac si", "tien si", "cao hoc")) {
			return FormRow.POSTGRADUATE;
		}
		if (containsAny(w, "ly luan chinh tri", "llct", "mttq", "mat tran to quoc", "quoc phong")) {
			return FormRow.EXTERNAL;
		}
		if (containsAny(w, "chuyen trach")) {
			return FormRow.FULLTIME_COURSES;
		}
		if (containsAny(w, "co so", "cdcs", "nghiep doan")) {
			return FormRow.GRASSROOTS_CLASSES;
		}
		if (containsAny(w, "nghiep vu", "boi duong", "tap huan")) {
			return FormRow.SKILLS;
		}
		return null;
	}

	/**
	 * The words of a label without those that name its row ("số lớp ... cơ sở" → "số
	 * lớp").
	 */
	static String withoutRowWords(String words) {
		String w = " " + LEADING_NUMBER.matcher(words.strip()).replaceFirst("") + " ";
		for (String phrase : List.of("sau dai hoc", "thac si", "tien si", "cao hoc", "ly luan chinh tri", "llct",
				"mttq", "mat tran to quoc", "quoc phong", "chuyen trach", "cong doan co so", "co so", "cdcs",
				"nghiep doan", "nghiep vu cong tac cong doan", "nghiep vu", "tong so", "tong cong")) {
			w = w.replace(" " + phrase + " ", " ");
		}
		return w.replaceAll("\\s+", " ").strip();
	}

	/** What a column header (its levels joined) means, or {@code null} when unknown. */
	static Meaning column(String words) {
		String w = " " + words.strip() + " ";
		if (w.isBlank()) {
			return null;
		}
		if (containsAny(w, " ghi chu ")) {
			return Meaning.of(Role.NOTES);
		}
		String bare = w.strip();
		if (Set.of("tt", "stt", "so tt", "so thu tu").contains(bare)) {
			return Meaning.of(Role.ROW_NUMBER);
		}
		if (isPersonal(bare)) {
			return Meaning.of(Role.PERSONAL);
		}
		if (containsAny(w, " noi dung ", " loai hinh ", " chuong trinh dao tao ") || bare.equals("chi tieu")) {
			return Meaning.of(Role.LABEL);
		}
		if (containsAny(w, " don vi tinh ", " dvt ")) {
			return Meaning.of(Role.UNIT);
		}
		if (containsAny(w, " dan toc ")) {
			return Meaning.figure(FormColumn.ETHNIC_MINORITY);
		}
		if (containsAny(w, " truc tuyen ", " online ", " e learning ", " elearning ", " tu xa ")) {
			return Meaning.figure(FormColumn.CLASSES_ONLINE);
		}
		if (containsAny(w, " truc tiep ", " tap trung ")) {
			return Meaning.figure(FormColumn.CLASSES_IN_PERSON);
		}
		if (containsAny(w, " chu tich ")) {
			return Meaning.figure(FormColumn.CHAIRS);
		}
		if (containsAny(w, " chuyen trach ")) {
			return Meaning.figure(FormColumn.FULL_TIME);
		}
		if (containsAny(w, " nu ")) {
			return Meaning.figure(FormColumn.WOMEN);
		}
		if (containsAny(w, " khong trung ", " khong tinh trung ", " so nguoi thuc te ")) {
			return Meaning.figure(FormColumn.PEOPLE);
		}
		if (containsAny(w, " hoan thanh ", " dat yeu cau ", " chung chi ", " chung nhan ", " tot nghiep ")) {
			return Meaning.figure(FormColumn.COMPLETED);
		}
		if (containsAny(w, " quyet toan ", " thuc chi ", " da chi ")) {
			return Meaning.figure(containsAny(w, " du toan ") ? FormColumn.ESTIMATE_SETTLED : FormColumn.SETTLED);
		}
		if (containsAny(w, " du toan ", " kinh phi ke hoach ")) {
			return Meaning.figure(FormColumn.ESTIMATE);
		}
		boolean planned = containsAny(w, " ke hoach ", " chi tieu ", " du kien ");
		if (containsAny(w, " lop ")) {
			return Meaning.figure(planned ? FormColumn.CLASSES_PLANNED : FormColumn.CLASSES_HELD);
		}
		if (containsAny(w, " hoc vien ", " luot ", " nguoi ", " can bo ", " tham du ", " boi duong ", " dao tao ")) {
			return Meaning.figure(planned ? FormColumn.TRAINEES_PLANNED : FormColumn.ATTENDED);
		}
		return null;
	}

	/**
	 * Whether a header is a column of personal data: a name, phone, citizen ID, birth
	 * date or year, or a person's ethnicity ("Dân tộc"; "dân tộc thiểu số" is the form's
	 * own count).
	 */
	static boolean isPersonal(String words) {
		String w = " " + words + " ";
		if (containsAny(w, " ghi ro ", " ky ten ", " ky va ") || w.startsWith(" ky ")) {
			// a signature block ("ký, ghi rõ họ tên"), not a column
			return false;
		}
		if (containsAny(w, " ho va ten ", " ho ten ", " ten hoc vien ", " so dien thoai ", " dien thoai ", " sdt ",
				" cccd ", " can cuoc ", " cmnd ", " chung minh nhan dan ", " ngay sinh ", " nam sinh ",
				" dia chi email ", " email ")) {
			return true;
		}
		return containsAny(w, " dan toc ") && !containsAny(w, " thieu so ");
	}

	/**
	 * Whether a short cell reads as a personal-data column header ("Họ và tên", "Số
	 * CCCD"): a header, not a sentence that mentions one ("ký, ghi rõ họ tên").
	 */
	static boolean isPersonalHeader(String words) {
		return words.length() <= 30 && isPersonal(words);
	}

	/** Whether a header row is the column numbering: "(1)", "(4) = (5) + (6)", "9". */
	static boolean isNumbering(String text) {
		return NUMBERING.matcher(text.strip()).matches();
	}

	/**
	 * Whether a header cell only states a unit of measure ("Lớp", "Lượt người", "Đồng").
	 */
	static boolean isUnit(String words) {
		return UNIT_WORDS.contains(words.strip().replaceAll("^\\(|\\)$", "").strip());
	}

	/**
	 * How many đồng one unit of money in this header is: 1.000.000 for "triệu đồng",
	 * 1.000 for "nghìn đồng", else 1.
	 */
	static long moneyScale(String words) {
		String w = " " + words + " ";
		if (containsAny(w, " trieu dong ", " trieu ", " tr dong ", " trd ")) {
			return 1_000_000;
		}
		if (containsAny(w, " nghin dong ", " ngan dong ", " 1000 dong ", " 1 000 dong ", " 1000d ", " nghin ")) {
			return 1_000;
		}
		return 1;
	}

	/** Whether a label starts the notes or signature part below a table. */
	static boolean endsTable(String words) {
		return words.startsWith("ghi chu") || words.startsWith("nguoi lap") || words.startsWith("luu y")
				|| words.startsWith("noi nhan") || words.contains("nguoi lap bieu");
	}

	static boolean containsAny(String text, String... phrases) {
		for (String phrase : phrases) {
			if (text.contains(phrase)) {
				return true;
			}
		}
		return false;
	}

}
