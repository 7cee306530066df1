package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A ward-level unit that had an allocation for a class that ended some days ago and sent
 * no list ("chưa gửi danh sách").
 *
 * @param classCode the class
 * @param classEnd its last day
 * @param wardCode the unit's code
 * @param wardName the unit's name, "xã An Phú"
 * @param allocation trainees it was asked to send
 * @param daysSinceEnd days from the class's end to the report date
 */
public record MissingSubmissionRow(String classCode, LocalDate classEnd, String wardCode, String wardName,
		int allocation, int daysSinceEnd) {

	public MissingSubmissionRow {
		Require.text(classCode, "classCode");
		Objects.requireNonNull(classEnd, "classEnd");
		Require.text(wardCode, "wardCode");
		Require.text(wardName, "wardName");
		Require.nonNegative(allocation, "allocation");
		Require.nonNegative(daysSinceEnd, "daysSinceEnd");
	}

}
