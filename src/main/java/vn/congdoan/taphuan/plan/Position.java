package vn.congdoan.taphuan.plan;

/**
 * Union positions (chức vụ công đoàn), highest first. The order of the first seven is the
 * rank used by ranges such as "from tổ phó up to chủ tịch CĐCS".
 */
public enum Position {

	CHU_TICH("Chủ tịch CĐCS / nghiệp đoàn"),

	PHO_CHU_TICH("Phó Chủ tịch"),

	UV_BCH("Ủy viên Ban Chấp hành"),

	UV_UBKT("Ủy viên Ủy ban Kiểm tra"),

	TRUONG_BAN_NU_CONG("Trưởng/Phó ban nữ công"),

	TO_TRUONG("Tổ trưởng công đoàn"),

	TO_PHO("Tổ phó công đoàn"),

	CHUYEN_TRACH("Cán bộ công đoàn chuyên trách"),

	DOAN_VIEN("Đoàn viên"),

	OTHER("Khác");

	private final String label;

	Position(String label) {
		this.label = label;
	}

	/** The Vietnamese name used in reports. */
	public String label() {
		return this.label;
	}

	/**
	 * Whether this position has a place in the grassroots cadre ranking (tổ phó … chủ
	 * tịch).
	 */
	public boolean isRanked() {
		return ordinal() <= TO_PHO.ordinal();
	}

}
