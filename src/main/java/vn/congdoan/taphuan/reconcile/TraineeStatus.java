package vn.congdoan.taphuan.reconcile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.congdoan.taphuan.plan.Position;

/**
 * One counted trainee line of a class with what it came to. Carries personal data as
 * received (phone, CCCD): mask before it leaves the province.
 *
 * @param classCode the class (JSON "class")
 * @param ward the sending unit's code
 * @param submission the submission the line came from
 * @param row the line's sheet row in that file
 * @param name full name
 * @param birthYear birth year, or {@code null}
 * @param gender "M", "F" or {@code null}
 * @param position the position, {@code null} when blank
 * @param positionAsWritten the position as the ward wrote it
 * @param unit the trainee's grassroots union (CĐCS), or {@code null}
 * @param phone the phone number, or {@code null}
 * @param cccd the CCCD number, or {@code null}
 * @param marks one letter per class day: P present, E excused, A absent, ? unknown, - no
 * column
 * @param daysPresent days marked present
 * @param requiredDays days needed to complete
 * @param status COMPLETED, PARTIAL (present at least one day) or ABSENT
 * @param findings the ids of the run's findings about this line (position, incomplete
 * attendance, listed twice), most serious first
 */
public record TraineeStatus(@JsonProperty("class") String classCode, String ward, long submission, int row, String name,
		Integer birthYear, String gender, Position position, String positionAsWritten, String unit, String phone,
		String cccd, String marks, int daysPresent, int requiredDays, String status, List<String> findings) {
}
