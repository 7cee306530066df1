package vn.congdoan.taphuan.wardkit;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.plan.Allocation;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;
import vn.congdoan.taphuan.report.ReportHeader;
import vn.congdoan.taphuan.report.Reports;
import vn.congdoan.taphuan.report.SignInLine;
import vn.congdoan.taphuan.report.SignInSheetData;

/**
 * Printable sign-in sheets (danh sách ký tên) for a class, one PDF per ward: the trainees
 * of the ward's current list, with a few blank lines for substitutes, or — before any
 * list has come — blank numbered lines up to the ward's allocation. The class secretary
 * prints them and passes them round.
 */
@Component
public class SignInSheets {

	/** Blank lines after the named trainees, for substitutes. */
	static final int SPARE_LINES = 5;

	private final Plans plans;

	private final JdbcClient jdbc;

	private final Reports reports;

	public SignInSheets(Plans plans, JdbcClient jdbc, Reports reports) {
		this.plans = plans;
		this.jdbc = jdbc;
		this.reports = reports;
	}

	/** The default file name of a ward's sheet. */
	public static String fileName(String classCode, String wardCode) {
		return "danh-sach-ky-ten-" + classCode + "-" + wardCode + ".pdf";
	}

	/** The default folder for every ward's sheet of a class. */
	public static String folderName(String classCode) {
		return "danh-sach-ky-ten-" + classCode;
	}

	/**
	 * Writes one ward's sheet.
	 * @throws UserInputException for an unknown class or ward, or a ward without an
	 * allocation, listing the valid codes
	 */
	public SignInResult write(String classCode, String wardCode, Path target) {
		ClassInPlan found = this.plans.findClass(classCode);
		return write(found, WardAllocations.allocatedUnit(found, wardCode), target);
	}

	/** Writes one sheet per allocated ward into {@code folder}. */
	public List<SignInResult> writeAll(String classCode, Path folder) {
		ClassInPlan found = this.plans.findClass(classCode);
		List<SignInResult> results = new ArrayList<>();
		for (Allocation allocation : WardAllocations.requireAllocations(found.trainingClass(), "danh sách ký tên")) {
			Unit unit = found.plan().unit(allocation.unit()).orElseThrow();
			results.add(write(found, unit, folder.resolve(fileName(classCode, unit.code()))));
		}
		return results;
	}

	private SignInResult write(ClassInPlan found, Unit unit, Path target) {
		TrainingClass trainingClass = found.trainingClass();
		if (trainingClass.dayCount() > SignInSheetData.MAX_DAYS) {
			throw new UserInputException("Lớp " + trainingClass.code() + " có " + trainingClass.dayCount()
					+ " ngày; danh sách ký tên in được tối đa " + SignInSheetData.MAX_DAYS + " ngày một tờ.");
		}
		int allocation = trainingClass.allocation(unit.code()).orElseThrow().quota();
		Optional<CurrentList> current = currentList(trainingClass.code(), unit.code());
		List<SignInLine> lines = new ArrayList<>();
		String source;
		if (current.isPresent()) {
			this.jdbc.sql("""
					SELECT t.full_name, t.position_raw, t.unit_name FROM trainee_row t
					WHERE t.submission_id = ? AND t.accepted ORDER BY t.sheet_no, t.row_no
					""").param(current.get().submission()).query((rs) -> {
				lines.add(new SignInLine(lines.size() + 1, rs.getString(1), rs.getString(2), rs.getString(3)));
			});
			source = "Tên theo danh sách đơn vị gửi (tệp " + current.get().fileName() + ", nhận ngày "
					+ VietnameseFormat.date(current.get().receivedAt().toLocalDate())
					+ "); học viên thay thế ghi thêm vào dòng trống.";
		}
		else {
			source = "Đơn vị chưa gửi danh sách: học viên ghi họ tên, chức vụ, đơn vị vào các dòng trống rồi ký.";
		}
		int named = lines.size();
		int total = current.isPresent() ? named + SPARE_LINES : allocation;
		while (lines.size() < total) {
			lines.add(SignInLine.blank(lines.size() + 1));
		}
		SignInSheetData data = new SignInSheetData(ReportHeader.of(found.plan()), trainingClass.code(),
				trainingClass.title(), trainingClass.venue(), trainingClass.days(), unit.code(), unit.unionName(),
				allocation, source, lines);
		Path pdf = this.reports.renderSignIn(data, target);
		return new SignInResult(trainingClass.code(), unit.code(), unit.unionName(), pdf, named, lines.size());
	}

	private Optional<CurrentList> currentList(String classCode, String wardCode) {
		return this.jdbc.sql("""
				SELECT id, original_name, received_at FROM submission
				WHERE class_code = ? AND unit_code = ? AND status = 'IMPORTED'
				""")
			.params(classCode, wardCode)
			.query((rs, row) -> new CurrentList(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
			.optional();
	}

	private record CurrentList(long submission, String fileName, OffsetDateTime receivedAt) {
	}

	/**
	 * A sign-in sheet written.
	 *
	 * @param classCode the class (JSON "class")
	 * @param ward the ward code
	 * @param wardName the ward union's name
	 * @param file the PDF
	 * @param named lines with a trainee's name from the ward's current list
	 * @param lines all lines, blank ones included
	 */
	public record SignInResult(@JsonProperty("class") String classCode, String ward, String wardName, Path file,
			int named, int lines) {
	}

}
