package vn.congdoan.taphuan.wardkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.taphuan.plan.Position;

/**
 * The words a template's drop-down lists offer: what a ward picks for position, gender
 * and each day's roll call. The import job's normalisers recognise each of them.
 */
public final class TemplateVocabulary {

	/** Position labels in the drop-down, highest first, with the position each means. */
	public static final Map<Position, String> POSITIONS = positions();

	/** Gender choices. */
	public static final List<String> GENDERS = List.of("Nam", "Nữ");

	/** Roll-call marks with their meaning: present, excused, absent. */
	public static final Map<String, String> MARKS = marks();

	private TemplateVocabulary() {
	}

	private static Map<Position, String> positions() {
		Map<Position, String> labels = new LinkedHashMap<>();
		labels.put(Position.CHU_TICH, "Chủ tịch CĐCS");
		labels.put(Position.PHO_CHU_TICH, "Phó Chủ tịch CĐCS");
		labels.put(Position.UV_BCH, "Ủy viên BCH");
		labels.put(Position.UV_UBKT, "Ủy viên UBKT");
		labels.put(Position.TRUONG_BAN_NU_CONG, "Trưởng/Phó ban nữ công");
		labels.put(Position.TO_TRUONG, "Tổ trưởng công đoàn");
		labels.put(Position.TO_PHO, "Tổ phó công đoàn");
		labels.put(Position.CHUYEN_TRACH, "Cán bộ chuyên trách");
		labels.put(Position.DOAN_VIEN, "Đoàn viên");
		labels.put(Position.OTHER, "Khác");
		return Collections.unmodifiableMap(labels);
	}

	private static Map<String, String> marks() {
		Map<String, String> marks = new LinkedHashMap<>();
		marks.put("x", "có mặt");
		marks.put("P", "vắng có phép");
		marks.put("K", "vắng không phép");
		return Collections.unmodifiableMap(marks);
	}

}
