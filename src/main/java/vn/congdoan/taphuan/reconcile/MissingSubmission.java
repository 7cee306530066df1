package vn.congdoan.taphuan.reconcile;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ward with an allocation for a class that ended at least the submission grace before
 * as-of and sent no list ("chưa gửi danh sách").
 *
 * @param classCode the class (JSON "class")
 * @param classEnd its last day
 * @param ward the unit code
 * @param wardName the unit as reports write it
 * @param allocation trainees it was asked to send
 * @param daysSinceEnd days from the class's end to as-of
 */
public record MissingSubmission(@JsonProperty("class") String classCode, LocalDate classEnd, String ward,
		String wardName, int allocation, int daysSinceEnd) {
}
