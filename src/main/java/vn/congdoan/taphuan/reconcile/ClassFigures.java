package vn.congdoan.taphuan.reconcile;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One class as of the run's date.
 *
 * @param plan the plan code
 * @param programme the programme code
 * @param classCode the class code (JSON "class")
 * @param title the class title
 * @param start first class day
 * @param end last class day
 * @param days class days
 * @param requiredDays days present needed to complete
 * @param started started on or before as-of (only then is attendance counted)
 * @param ended ended before as-of
 * @param quota trainees planned
 * @param allocated sum of the ward allocations
 * @param wardsAllocated wards with an allocation above 0
 * @param wardsSubmitted of those, wards whose list is in
 * @param submissions lists in (wards without an allocation included)
 * @param listed trainee lines
 * @param attended present on at least one day
 * @param completed present on at least {@code requiredDays}
 * @param distinctAttended different people among {@code attended}
 * @param women women among {@code attended}
 * @param traineeDays days present, summed
 * @param fillRate {@code attended / quota}
 * @param completionRate {@code completed / quota}
 * @param estimate the estimate, in đồng
 * @param settled the current settlement's accepted total, {@code null} without one
 * @param variance {@code settled - estimate}, {@code null} without a settlement
 * @param costPerCompleted {@code settled / completed}, {@code null} without either
 */
public record ClassFigures(String plan, String programme, @JsonProperty("class") String classCode, String title,
		LocalDate start, LocalDate end, int days, int requiredDays, boolean started, boolean ended, int quota,
		int allocated, int wardsAllocated, int wardsSubmitted, int submissions, int listed, int attended, int completed,
		int distinctAttended, int women, int traineeDays, Double fillRate, Double completionRate, long estimate,
		Long settled, Long variance, Long costPerCompleted) {
}
