package vn.congdoan.taphuan.plan;

import java.util.List;

import vn.congdoan.taphuan.common.UserInputException;

/**
 * A plan file that cannot be loaded. Nothing of it was stored; the previous version of
 * the plan stays in force.
 */
public class PlanLoadException extends UserInputException {

	private final List<PlanProblem> problems;

	public PlanLoadException(String file, List<PlanProblem> problems) {
		super("Kế hoạch " + file + " có " + problems.size()
				+ " lỗi, chưa được nạp (phiên bản trước, nếu có, vẫn giữ nguyên). Sửa các dòng sau rồi chạy lại:",
				problems.stream().map(PlanProblem::toString).toList());
		this.problems = List.copyOf(problems);
	}

	public List<PlanProblem> problems() {
		return this.problems;
	}

}
