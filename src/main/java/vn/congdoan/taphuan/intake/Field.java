package vn.congdoan.taphuan.intake;

/**
 * What a column of a ward's sheet holds.
 */
enum Field {

	/** STT: the row number wards type; read only to tell data rows from others. */
	INDEX,

	FULL_NAME,

	/** "Họ (và tên đệm)" when the name is split over two columns. */
	SURNAME,

	/** "Tên" when the name is split over two columns. */
	GIVEN_NAME,

	/** Năm sinh / Ngày sinh. */
	BIRTH,

	/** The "Nam" column under "Năm sinh": a year here also says the trainee is a man. */
	BIRTH_MALE,

	/** The "Nữ" column under "Năm sinh". */
	BIRTH_FEMALE,

	GENDER,

	POSITION,

	UNIT,

	PHONE,

	CCCD,

	NOTE,

	/** A roll-call column for one class day (or one session of it). */
	DAY,

	/** A column the import does not use. */
	IGNORED

}
