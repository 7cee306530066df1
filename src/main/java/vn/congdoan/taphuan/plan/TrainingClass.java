package vn.congdoan.taphuan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A class (lớp tập huấn) with its days, quota, per-ward allocations and budget estimate.
 *
 * @param code e.g. {@code AG26-CS-01}
 * @param programme the programme code
 * @param title the class title
 * @param topics topics taught, if narrower than the programme's
 * @param days the class days in order; day 1 is the first
 * @param venue where
 * @param quota trainees planned (chỉ tiêu)
 * @param allocations quota per submitting unit; they sum to at most {@link #quota()}
 * @param budget the estimate (dự toán), line by line
 * @param illustrative whether dates, allocations and amounts are invented sample values
 */
public record TrainingClass(String code, String programme, String title, List<String> topics, List<LocalDate> days,
		String venue, int quota, List<Allocation> allocations, List<BudgetLine> budget, boolean illustrative) {

	public TrainingClass {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(programme, "programme");
		Objects.requireNonNull(title, "title");
		topics = List.copyOf(topics);
		days = List.copyOf(days);
		allocations = List.copyOf(allocations);
		budget = List.copyOf(budget);
		if (days.isEmpty()) {
			throw new IllegalArgumentException("A class has at least one day: " + code);
		}
	}

	public LocalDate start() {
		return this.days.get(0);
	}

	public LocalDate end() {
		return this.days.get(this.days.size() - 1);
	}

	public int dayCount() {
		return this.days.size();
	}

	public Optional<Allocation> allocation(String unitCode) {
		return this.allocations.stream().filter((allocation) -> allocation.unit().equals(unitCode)).findFirst();
	}

	public long budgetTotal() {
		return this.budget.stream().mapToLong(BudgetLine::amount).sum();
	}

}
