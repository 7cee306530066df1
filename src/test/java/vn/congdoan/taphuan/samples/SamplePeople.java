package vn.congdoan.taphuan.samples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.plan.Position;

/**
 * Invented trainees that look like a province's grassroots union cadres: Vietnamese names
 * with realistic family names (Khmer names in An Giang, Thái, Mông and Dao names in Lai
 * Châu), more women than men, birth years 1965-2000, the positions wards send (mostly
 * team leaders and committee members, a few ordinary members), their grassroots unions,
 * phones, sometimes a CCCD, and roll calls where most are present every day. Nobody here
 * is a real person; the phone and CCCD numbers are random.
 */
final class SamplePeople {

	/**
	 * An Giang family names, weighted roughly as Vietnamese family names are spread (a
	 * third Nguyễn), with the Hoa names of the Mekong delta; Khmer names come apart.
	 */
	private static final List<String> FAMILIES_AG = weighted("Nguyễn", 30, "Trần", 10, "Lê", 9, "Phạm", 6, "Huỳnh", 6,
			"Võ", 5, "Phan", 4, "Trương", 2, "Đặng", 2, "Bùi", 2, "Đỗ", 2, "Ngô", 2, "Hồ", 2, "Dương", 1, "Lý", 1,
			"Châu", 1, "Lâm", 1, "Tô", 1, "Mai", 1, "Quách", 1, "Thái", 1, "Đoàn", 1, "Cao", 1, "La", 1);

	/** Lai Châu: Kinh names and those of the Thái, Giáy, Mông and Dao. */
	private static final List<String> FAMILIES_LC = weighted("Nguyễn", 8, "Trần", 3, "Lê", 3, "Phạm", 2, "Hoàng", 3,
			"Vũ", 2, "Đỗ", 1, "Lò", 4, "Lường", 2, "Tòng", 2, "Điêu", 1, "Quàng", 1, "Giàng", 2, "Sùng", 2, "Vàng", 2,
			"Thào", 1, "Tẩn", 1, "Chảo", 1, "Hà", 1, "Đinh", 1);

	/**
	 * Mông and Dao family names, whose men are "A" and women "Thị" or "Mý" in the middle.
	 */
	private static final Set<String> HIGHLAND_FAMILIES = Set.of("Giàng", "Sùng", "Vàng", "Thào", "Tẩn", "Chảo");

	private static final List<String> MIDDLE_MEN = List.of("Văn", "Văn", "Văn", "Hữu", "Minh", "Quốc", "Thanh", "Hoàng",
			"Công", "Đức", "Ngọc", "Tấn", "Thành", "Văn Minh", "Trung");

	private static final List<String> MIDDLE_WOMEN = List.of("Thị", "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Thu",
			"Mỹ", "Thùy", "Hồng", "Bích", "Phương", "Thị Kim", "Thị Ngọc", "Thị Mỹ", "Thị Thu");

	private static final List<String> GIVEN_MEN = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long",
			"Minh", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Toàn", "Trung", "Tuấn", "Vinh", "Hiếu", "Lộc",
			"Phong", "Tài", "Thiện", "Nhân", "Hậu", "Đạt", "Khang", "Trí", "Nghĩa", "Kiệt", "Lợi", "Thịnh", "Duy");

	private static final List<String> GIVEN_WOMEN = List.of("Anh", "Bích", "Châu", "Diễm", "Dung", "Duyên", "Giang",
			"Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Ngân", "Nga", "Ngọc",
			"Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thúy", "Trang", "Trinh", "Tuyết", "Vân", "Xuân", "Yến", "Hồng",
			"Nhi", "Thu", "Lệ", "Kiều", "Tiên");

	private static final List<String> GIVEN_HIGHLAND_MEN = List.of("Páo", "Dế", "Chứ", "Sử", "Lử", "Tả", "Sình", "Chơ",
			"Pó", "Dình");

	private static final List<String> GIVEN_HIGHLAND_WOMEN = List.of("Mỷ", "Dợ", "Sua", "Chi", "Dua", "Xì", "Mai",
			"Chiêu", "Dở");

	/** Khmer names written the Vietnamese way in An Giang. */
	private static final List<String> KHMER = List.of("Chau Sóc Khăm", "Chau Sơ Rây", "Néang Sa Ri", "Néang Sóc Phi",
			"Danh Sà Vin", "Thạch Thị Sa Rương", "Chau Thanh Tùng", "Néang Kim Thy", "Chau Ty", "Néang Sóc Khiêm",
			"Danh Hùng", "Thạch Thị Chanh Na", "Chau Pết", "Néang Sa Phone", "Kim Thị Sa Vy", "Chau Sóc Thon");

	/** Positions by weight: mostly team leaders and committee members. */
	private static final List<Position> POSITIONS = weighted();

	private final Random random;

	private final boolean laiChau;

	/** Identities already used, so nobody is invented twice by chance. */
	private final Set<String> taken;

	/** Names used in this ward's list: two people of one list never share a name. */
	private final Set<String> names = new HashSet<>();

	SamplePeople(Random random, boolean laiChau, Set<String> taken) {
		this.random = random;
		this.laiChau = laiChau;
		this.taken = taken;
	}

	/**
	 * {@code count} new people of a ward, from its grassroots unions, for a class of
	 * {@code days} days.
	 */
	List<Person> generate(int count, List<String> units, int days) {
		List<Person> people = new ArrayList<>();
		while (people.size() < count) {
			Person person = person(units, days, Position.TO_PHO);
			if (this.names.add(person.name()) && this.taken.add(person.identity())) {
				people.add(person);
			}
		}
		return people;
	}

	/** New full-time cadres (CHUYEN_TRACH) from the given units. */
	List<Person> fullTime(int count, List<String> units, int days) {
		List<Person> people = new ArrayList<>();
		while (people.size() < count) {
			Person person = person(units, days, Position.CHUYEN_TRACH);
			Person cadre = new Person(person.family(), person.middle(), person.given(), person.male(),
					person.birthYear(), Position.CHUYEN_TRACH, person.unit(), person.phone(), person.cccd(),
					person.ethnicity(), person.marks(), person.note());
			if (this.names.add(cadre.name()) && this.taken.add(cadre.identity())) {
				people.add(cadre);
			}
		}
		return people;
	}

	private Person person(List<String> units, int days, Position floor) {
		boolean male = this.random.nextInt(100) < 40;
		String family;
		String middle;
		String given;
		String ethnicity = "Kinh";
		if (!this.laiChau && this.random.nextInt(100) < 3) {
			String[] khmer = pick(KHMER).split(" ");
			family = khmer[0];
			middle = String.join(" ", List.of(khmer).subList(1, khmer.length - 1));
			given = khmer[khmer.length - 1];
			male = family.equals("Chau") || family.equals("Danh");
			ethnicity = "Khmer";
		}
		else {
			family = pick(this.laiChau ? FAMILIES_LC : FAMILIES_AG);
			if (HIGHLAND_FAMILIES.contains(family)) {
				boolean dao = family.equals("Tẩn") || family.equals("Chảo");
				middle = male ? (dao ? "Láo" : "A") : (dao ? "Mý" : "Thị");
				given = pick(male ? GIVEN_HIGHLAND_MEN : GIVEN_HIGHLAND_WOMEN);
				ethnicity = dao ? "Dao" : "Mông";
			}
			else {
				middle = pick(male ? MIDDLE_MEN : MIDDLE_WOMEN);
				given = pick(male ? GIVEN_MEN : GIVEN_WOMEN);
				if (this.laiChau && List.of("Lò", "Lường", "Tòng", "Điêu", "Quàng").contains(family)) {
					ethnicity = (this.random.nextInt(4) == 0) ? "Giáy" : "Thái";
				}
			}
		}
		int birthYear = birthYear();
		Position position = (floor == Position.CHUYEN_TRACH) ? floor : pick(POSITIONS);
		String unit = units
			.get(Math.min(units.size() - 1, (int) Math.floor(Math.pow(this.random.nextDouble(), 1.6) * units.size())));
		String phone = phone();
		String cccd = (this.random.nextInt(100) < 35) ? null : cccd(male, birthYear);
		return new Person(family, middle, given, male, birthYear, position, unit, phone, cccd, ethnicity, marks(days),
				null);
	}

	private int birthYear() {
		// most between 1975 and 1995, a few older and younger
		int roll = this.random.nextInt(100);
		if (roll < 10) {
			return 1965 + this.random.nextInt(10);
		}
		if (roll < 92) {
			return 1975 + this.random.nextInt(21);
		}
		return 1996 + this.random.nextInt(5);
	}

	private String phone() {
		String[] prefixes = { "090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "033", "034", "035",
				"036", "037", "038", "039", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "056",
				"058", "059" };
		StringBuilder phone = new StringBuilder(pick(List.of(prefixes)));
		while (phone.length() < 10) {
			phone.append(this.random.nextInt(10));
		}
		return phone.toString();
	}

	/** A CCCD number as issued: province, century and sex, birth year, six digits. */
	private String cccd(boolean male, int birthYear) {
		String province = this.laiChau ? "012" : (this.random.nextInt(3) == 0) ? "091" : "089";
		StringBuilder cccd = new StringBuilder(province).append(male ? '0' : '1')
			.append(String.format(Locale.ROOT, "%02d", birthYear % 100));
		while (cccd.length() < 12) {
			cccd.append(this.random.nextInt(10));
		}
		return cccd.toString();
	}

	/**
	 * One mark per class day: P present, E excused, A absent. Most are present every day;
	 * some miss a day, a few with leave.
	 */
	private String marks(int days) {
		char[] marks = new char[days];
		java.util.Arrays.fill(marks, 'P');
		int roll = this.random.nextInt(100);
		if (days > 1 && roll < 9) {
			marks[this.random.nextInt(days)] = 'A';
		}
		else if (days > 1 && roll < 14) {
			marks[this.random.nextInt(days)] = 'E';
		}
		else if (roll < 16) {
			java.util.Arrays.fill(marks, 'A');
			marks[0] = (days > 1) ? 'P' : 'A';
		}
		return new String(marks);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static List<String> weighted(Object... namesAndWeights) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < namesAndWeights.length; i += 2) {
			for (int n = 0; n < (Integer) namesAndWeights[i + 1]; n++) {
				names.add((String) namesAndWeights[i]);
			}
		}
		return List.copyOf(names);
	}

	private static List<Position> weighted() {
		List<Position> positions = new ArrayList<>();
		add(positions, Position.TO_TRUONG, 30);
		add(positions, Position.TO_PHO, 20);
		add(positions, Position.UV_BCH, 20);
		add(positions, Position.CHU_TICH, 11);
		add(positions, Position.PHO_CHU_TICH, 9);
		add(positions, Position.UV_UBKT, 5);
		add(positions, Position.TRUONG_BAN_NU_CONG, 5);
		return positions;
	}

	private static void add(List<Position> positions, Position position, int weight) {
		for (int i = 0; i < weight; i++) {
			positions.add(position);
		}
	}

	/** Identities of people generated for one run of the generator. */
	static Set<String> registry() {
		return new HashSet<>();
	}

	/**
	 * One trainee as a ward lists them.
	 *
	 * @param marks one letter per class day: P present, E excused, A absent
	 * @param note what the ward writes under "Ghi chú", or {@code null}
	 */
	record Person(String family, String middle, String given, boolean male, int birthYear, Position position,
			String unit, String phone, String cccd, String ethnicity, String marks, String note) {

		String name() {
			return (this.middle.isEmpty()) ? this.family + " " + this.given
					: this.family + " " + this.middle + " " + this.given;
		}

		String surname() {
			return (this.middle.isEmpty()) ? this.family : this.family + " " + this.middle;
		}

		/** The import's identity without CCCD: name, birth year and unit. */
		String identity() {
			return VietnameseText.nameKey(name()) + "|" + this.birthYear + "|" + VietnameseText.fold(this.unit);
		}

		Person withPosition(Position newPosition) {
			return new Person(this.family, this.middle, this.given, this.male, this.birthYear, newPosition, this.unit,
					this.phone, this.cccd, this.ethnicity, this.marks, this.note);
		}

		Person withMarks(String newMarks, String newNote) {
			return new Person(this.family, this.middle, this.given, this.male, this.birthYear, this.position, this.unit,
					this.phone, this.cccd, this.ethnicity, newMarks, newNote);
		}

		Person withoutCccd() {
			return new Person(this.family, this.middle, this.given, this.male, this.birthYear, this.position, this.unit,
					this.phone, null, this.ethnicity, this.marks, this.note);
		}

		int daysPresent() {
			return (int) this.marks.chars().filter((c) -> c == 'P').count();
		}

	}

}
