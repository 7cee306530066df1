package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a ward's sign-in sheet for a class shows (danh sách ký tên): the class, the ward
 * and its allocation, and the lines to sign — the trainees of the ward's latest list, or
 * blank numbered lines up to the allocation.
 *
 * @param header the plan's issuer
 * @param classCode the class code
 * @param classTitle the class title
 * @param venue where, or {@code null}
 * @param days the class days (at most 8)
 * @param wardCode the ward (unit) code
 * @param wardUnionName "Công đoàn phường Long Xuyên"
 * @param allocation the ward's allocation for the class
 * @param source where the names come from, in Vietnamese
 * @param lines the lines, numbered from 1
 */
public record SignInSheetData(ReportHeader header, String classCode, String classTitle, String venue,
		List<LocalDate> days, String wardCode, String wardUnionName, int allocation, String source,
		List<SignInLine> lines) {

	/** The most day columns the sheet has room for. */
	public static final int MAX_DAYS = 8;

	public SignInSheetData {
		Require.text(classCode, "classCode");
		Require.text(classTitle, "classTitle");
		Require.text(wardCode, "wardCode");
		Require.text(wardUnionName, "wardUnionName");
		days = List.copyOf(days);
		lines = List.copyOf(lines);
		if (days.isEmpty() || days.size() > MAX_DAYS) {
			throw new IllegalArgumentException("A sign-in sheet has 1 to " + MAX_DAYS + " days, not " + days.size());
		}
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).number() != i + 1) {
				throw new IllegalArgumentException("Lines must be numbered 1.." + lines.size());
			}
		}
	}

}
