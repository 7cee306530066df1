package vn.congdoan.taphuan.reconcile;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One ward's part in one class: its allocation (0 for a ward that sent a list without
 * one) and its list.
 *
 * @param classCode the class (JSON "class")
 * @param ward the unit code
 * @param wardName the unit as reports write it, "phường Long Xuyên"
 * @param quota its allocation
 * @param allocated whether it has an allocation row in the plan
 * @param submitted whether its list is in
 * @param submission the current submission id, or {@code null}
 * @param submittedOn the day that list was received, or {@code null}
 * @param listed trainee lines
 * @param attended present on at least one day
 * @param completed completed
 * @param distinctAttended different people among {@code attended}
 * @param women women among {@code attended}
 * @param fillRate {@code attended / quota}
 * @param completionRate {@code completed / quota}
 */
public record WardFigures(@JsonProperty("class") String classCode, String ward, String wardName, int quota,
		boolean allocated, boolean submitted, Long submission, LocalDate submittedOn, int listed, int attended,
		int completed, int distinctAttended, int women, Double fillRate, Double completionRate) {
}
