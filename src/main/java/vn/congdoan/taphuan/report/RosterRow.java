package vn.congdoan.taphuan.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.congdoan.taphuan.reconcile.FindingCode;

/**
 * One listed trainee of a class with each day's mark. Phone and CCCD are carried masked
 * only: build rows with {@link #masking} from clear values, or pass values already masked
 * by {@link Masking}; a clear number is refused.
 *
 * @param wardCode the sending unit's code
 * @param name full name, "Nguyễn Thị Hoa"
 * @param birthYear year of birth, or {@code null} when the list gives none
 * @param gender gender, or {@code null} when the list gives none
 * @param position the union position as reports write it, "Ủy viên Ban Chấp hành"
 * @param unit the trainee's grassroots union (CĐCS), or {@code null}
 * @param maskedPhone the phone masked ("091****678"), or empty
 * @param maskedCccd the CCCD masked ("079*******34"), or empty
 * @param marks one mark per class day, in day order
 * @param status what the attendance came to
 * @param findings the findings about this line, by id (listed twice, position outside the
 * programme's, incomplete attendance), most serious first: the roster marks them instead
 * of a row each
 */
public record RosterRow(String wardCode, String name, Integer birthYear, Gender gender, String position, String unit,
		String maskedPhone, String maskedCccd, List<Mark> marks, AttendanceStatus status, List<String> findings) {

	public RosterRow {
		Require.text(wardCode, "wardCode");
		Require.text(name, "name");
		if (birthYear != null && (birthYear < 1900 || birthYear > 2100)) {
			throw new IllegalArgumentException(name + ": birth year out of range: " + birthYear);
		}
		Require.text(position, "position");
		maskedPhone = Objects.requireNonNullElse(maskedPhone, "");
		maskedCccd = Objects.requireNonNullElse(maskedCccd, "");
		if (!Masking.isMasked(maskedPhone) || !Masking.isMasked(maskedCccd)) {
			throw new IllegalArgumentException(name + ": phone and CCCD must be masked (see Masking)");
		}
		marks = Require.list(marks, "marks");
		Objects.requireNonNull(status, "status");
		findings = Require.list(findings, "findings");
		boolean present = marks.contains(Mark.PRESENT);
		if (present == (status == AttendanceStatus.ABSENT)) {
			throw new IllegalArgumentException(name + ": status " + status + " does not fit the marks " + marks);
		}
	}

	/** A row from clear phone and CCCD values, masked here. */
	public static RosterRow masking(String wardCode, String name, Integer birthYear, Gender gender, String position,
			String unit, String phone, String cccd, List<Mark> marks, AttendanceStatus status, List<String> findings) {
		return new RosterRow(wardCode, name, birthYear, gender, position, unit, Masking.phone(phone),
				Masking.cccd(cccd), marks, status, findings);
	}

	/**
	 * The kinds of its findings in words, "Học viên trùng trong lớp; Chức vụ không thuộc
	 * đối tượng", leaving out incomplete attendance (the status says it); empty when
	 * none.
	 */
	public String notes() {
		return this.findings.stream()
			.map(FindingCode::ofId)
			.filter((code) -> code != FindingCode.INCOMPLETE_ATTENDANCE)
			.distinct()
			.map(FindingCode::label)
			.collect(Collectors.joining("; "));
	}

	/** Days marked present. */
	public int presentDays() {
		return (int) this.marks.stream().filter(Mark.PRESENT::equals).count();
	}

}
