package vn.congdoan.taphuan.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.plan.Position;

/**
 * Reads the union position (chức vụ) a ward typed — full titles, abbreviations, old
 * accent placement, any case, unit names after it, several roles in one cell — as a
 * {@link Position} code.
 * <p>
 * Matching works on words folded to lower-case ASCII ({@link VietnameseText#fold}). The
 * text is cut into parts at commas, semicolons, slashes, "+", "&amp;", brackets, a spaced
 * dash and the words "kiêm" and "và". At each place the longest known phrase is taken, so
 * "Phó Chủ tịch" never counts as "Chủ tịch" and "Tổ phó" never as "Tổ trưởng". Whole-word
 * phrases ("chủ tịch", "tổ trưởng") count anywhere; abbreviations that also abbreviate
 * other things ("CT" for công ty, "TT" for trung tâm, "TP" for thành phố, "ĐV" for đơn
 * vị) count only at the start of a part, where the role is written before the unit. When
 * a cell names several roles, the highest in {@link Position} order wins.
 */
public final class PositionMapping {

	private static final List<String> TEMPLATE_LABELS = Stream.of(Position.values())
		.map(PositionMapping::templateLabel)
		.toList();

	private static final Map<String, Phrase> PHRASES = phrases();

	/**
	 * Every beginning of a phrase in whole words ("pho", "pho chu", "pho chu tich"): a
	 * phrase is looked for only as far as some phrase begins that way.
	 */
	private static final Set<String> BEGINNINGS = PHRASES.keySet().stream().flatMap((phrase) -> {
		List<String> words = List.of(phrase.split(" "));
		return IntStream.rangeClosed(1, words.size()).mapToObj((length) -> String.join(" ", words.subList(0, length)));
	}).collect(Collectors.toUnmodifiableSet());

	/**
	 * Words that join two roles ("UV BCH kiêm Tổ trưởng", "Chủ tịch và ..."); folded,
	 * "kiêm" is also the "kiểm" of "kiểm tra", which does not join.
	 */
	private static final Set<String> JOINING_WORDS = Set.of("kiem", "va");

	/** The phrase for "Khác" in the template drop-down: other, on purpose. */
	private static final String OTHER_ON_PURPOSE = "khac";

	private PositionMapping() {
	}

	/**
	 * The position the text names, or {@code null} when the text is blank (no position
	 * given: the caller decides whether that matters). Text naming no known position
	 * gives {@link Position#OTHER}, not recognised.
	 */
	public static PositionMatch map(String raw) {
		if (raw == null) {
			return null;
		}
		String folded = VietnameseText.fold(raw);
		if (folded.isEmpty()) {
			return null;
		}
		Position best = null;
		boolean otherOnPurpose = false;
		for (List<String> part : parts(folded)) {
			int at = 0;
			while (at < part.size()) {
				Phrase phrase = longestPhrase(part, at);
				if (phrase == null) {
					at++;
					continue;
				}
				if (phrase.anywhere() || at == 0) {
					if (phrase.position() == Position.OTHER) {
						otherOnPurpose |= at == 0 && part.size() == 1 && part.get(0).equals(OTHER_ON_PURPOSE);
					}
					else if (best == null || phrase.position().ordinal() < best.ordinal()) {
						best = phrase.position();
					}
				}
				at += phrase.words();
			}
		}
		if (best != null) {
			return new PositionMatch(best, raw, true);
		}
		return new PositionMatch(Position.OTHER, raw, otherOnPurpose);
	}

	/**
	 * One Vietnamese label per position code, highest first, for the drop-down of the
	 * attendance template; {@link #map} reads each back as its code.
	 */
	public static List<String> templateLabels() {
		return TEMPLATE_LABELS;
	}

	/** The label {@link #templateLabels()} shows for a position. */
	public static String templateLabel(Position position) {
		return switch (position) {
			case CHU_TICH -> "Chủ tịch CĐCS";
			case PHO_CHU_TICH -> "Phó Chủ tịch CĐCS";
			case UV_BCH -> "Ủy viên BCH";
			case UV_UBKT -> "Ủy viên UBKT";
			case TRUONG_BAN_NU_CONG -> "Trưởng/Phó ban nữ công";
			case TO_TRUONG -> "Tổ trưởng công đoàn";
			case TO_PHO -> "Tổ phó công đoàn";
			case CHUYEN_TRACH -> "Cán bộ chuyên trách";
			case DOAN_VIEN -> "Đoàn viên";
			case OTHER -> "Khác";
		};
	}

	/** The longest phrase that begins at a word of a part, or {@code null}. */
	private static Phrase longestPhrase(List<String> part, int at) {
		Phrase longest = null;
		String words = part.get(at);
		for (int next = at + 1; BEGINNINGS.contains(words); next++) {
			longest = PHRASES.getOrDefault(words, longest);
			if (next == part.size()) {
				break;
			}
			words = words + " " + part.get(next);
		}
		return longest;
	}

	private static List<List<String>> parts(String folded) {
		List<List<String>> parts = new ArrayList<>();
		List<String> part = new ArrayList<>();
		int i = 0;
		int length = folded.length();
		while (i < length) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				int end = i;
				while (end < length && Character.isLetterOrDigit(folded.charAt(end))) {
					end++;
				}
				String word = folded.substring(i, end);
				if (JOINING_WORDS.contains(word) && !folded.startsWith(" tra", end)) {
					part = nextPart(parts, part);
				}
				else {
					part.add(word);
				}
				i = end;
				continue;
			}
			boolean spacedDash = c == '-' && i > 0 && folded.charAt(i - 1) == ' ' && i + 1 < length
					&& folded.charAt(i + 1) == ' ';
			if (spacedDash || ",;/+&()[]|\n".indexOf(c) >= 0) {
				part = nextPart(parts, part);
			}
			i++;
		}
		nextPart(parts, part);
		return parts;
	}

	private static List<String> nextPart(List<List<String>> parts, List<String> part) {
		if (part.isEmpty()) {
			return part;
		}
		parts.add(part);
		return new ArrayList<>();
	}

	/**
	 * What wards write for each position, folded. {@code anywhere}: whole words that name
	 * the role wherever they stand; {@code atStart}: abbreviations trusted only where a
	 * part begins.
	 */
	private static Map<String, Phrase> phrases() {
		Map<String, Phrase> phrases = new HashMap<>();
		anywhere(phrases, Position.CHU_TICH, "chu tich");
		atStart(phrases, Position.CHU_TICH, "ct", "ctcd", "ct cd", "ct cdcs");
		anywhere(phrases, Position.PHO_CHU_TICH, "pho chu tich");
		atStart(phrases, Position.PHO_CHU_TICH, "pct", "p ct", "pho ct", "p chu tich", "pctcd");
		anywhere(phrases, Position.UV_BCH, "uy vien", "uy vien bch", "uy vien ban chap hanh");
		atStart(phrases, Position.UV_BCH, "uv", "uvbch", "uv bch", "bch");
		anywhere(phrases, Position.UV_UBKT, "uy vien ubkt", "uy vien uy ban kiem tra", "chu nhiem ubkt",
				"chu nhiem uy ban kiem tra", "pho chu nhiem ubkt", "pho chu nhiem uy ban kiem tra", "uy ban kiem tra");
		atStart(phrases, Position.UV_UBKT, "uv ubkt", "uvubkt", "ubkt", "cn ubkt", "pcn ubkt");
		anywhere(phrases, Position.TRUONG_BAN_NU_CONG, "truong ban nu cong", "pho ban nu cong", "truong ban nc",
				"pho ban nc");
		atStart(phrases, Position.TRUONG_BAN_NU_CONG, "tb nu cong", "tb nc", "tbnc", "pb nu cong", "pb nc", "pbnc");
		anywhere(phrases, Position.TO_TRUONG, "to truong");
		atStart(phrases, Position.TO_TRUONG, "tt cd", "ttcd", "tt cong doan", "tt to cd");
		anywhere(phrases, Position.TO_PHO, "to pho");
		atStart(phrases, Position.TO_PHO, "tp cd", "tpcd", "tp cong doan", "tp to cd");
		anywhere(phrases, Position.CHUYEN_TRACH, "chuyen trach", "can bo chuyen trach", "chuyen vien ldld",
				"chuyen vien lien doan lao dong", "chuyen vien lien doan", "chuyen vien cong doan");
		atStart(phrases, Position.CHUYEN_TRACH, "cbct", "cb chuyen trach", "cv ldld");
		anywhere(phrases, Position.DOAN_VIEN, "doan vien", "cong nhan", "nguoi lao dong");
		atStart(phrases, Position.DOAN_VIEN, "dv", "dvcd", "dv cd", "nld");
		// Taken as a whole so that their words do not count as another role.
		anywhere(phrases, Position.OTHER, "uy vien ban nu cong", "uy vien ban thanh tra nhan dan");
		atStart(phrases, Position.OTHER, OTHER_ON_PURPOSE);
		return Map.copyOf(phrases);
	}

	private static void anywhere(Map<String, Phrase> phrases, Position position, String... texts) {
		for (String text : texts) {
			phrases.put(text, new Phrase(position, true, text.split(" ").length));
		}
	}

	private static void atStart(Map<String, Phrase> phrases, Position position, String... texts) {
		for (String text : texts) {
			phrases.put(text, new Phrase(position, false, text.split(" ").length));
		}
	}

	private record Phrase(Position position, boolean anywhere, int words) {
	}

}
