package vn.congdoan.taphuan.wardkit;

import java.util.List;
import java.util.stream.Collectors;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.plan.Allocation;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;

/**
 * The wards a class is allocated to: what everything handed to wards (templates, sign-in
 * sheets) is made for, with the usage errors that list the valid codes.
 */
final class WardAllocations {

	private WardAllocations() {
	}

	/**
	 * The ward, checked to exist in the class's plan and to have an allocation in the
	 * class.
	 * @throws UserInputException listing the plan's units or the class's allocated wards
	 */
	static Unit allocatedUnit(ClassInPlan found, String wardCode) {
		Plan plan = found.plan();
		TrainingClass trainingClass = found.trainingClass();
		Unit unit = plan.unit(wardCode)
			.orElseThrow(() -> new UserInputException(
					"Không có đơn vị '" + wardCode + "' trong kế hoạch " + plan.code() + ". Các mã đơn vị hợp lệ: "
							+ plan.units().stream().map(Unit::code).collect(Collectors.joining(", "))));
		boolean allocated = trainingClass.allocation(wardCode)
			.map((allocation) -> allocation.quota() > 0)
			.orElse(false);
		if (!allocated) {
			List<Allocation> allocations = allocated(trainingClass);
			throw new UserInputException(unit.unionName() + " (" + wardCode + ") không được phân bổ chỉ tiêu ở lớp "
					+ trainingClass.code() + ". Các đơn vị được phân bổ: " + (allocations.isEmpty() ? "(chưa có)"
							: allocations.stream().map(Allocation::unit).collect(Collectors.joining(", "))));
		}
		return unit;
	}

	/** The class's allocations above zero, in plan order. */
	static List<Allocation> allocated(TrainingClass trainingClass) {
		return trainingClass.allocations().stream().filter((allocation) -> allocation.quota() > 0).toList();
	}

	/**
	 * The class's allocations, or a usage error when there are none.
	 * @param what what the caller would write ("mẫu", "danh sách ký tên")
	 */
	static List<Allocation> requireAllocations(TrainingClass trainingClass, String what) {
		List<Allocation> allocations = allocated(trainingClass);
		if (allocations.isEmpty()) {
			throw new UserInputException(
					"Lớp " + trainingClass.code() + " chưa phân bổ chỉ tiêu cho đơn vị nào: không có " + what
							+ " nào để viết. Thêm phân bổ (allocations) cho lớp trong tệp kế hoạch rồi nạp lại.");
		}
		return allocations;
	}

}
