package vn.congdoan.taphuan.reconcile;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.congdoan.taphuan.plan.Position;

/**
 * Trainee lines of one union position at the level asked for; the fields above that level
 * are {@code null}.
 *
 * @param programme the programme code, or {@code null} at plan level
 * @param classCode the class (JSON "class"), or {@code null} above class level
 * @param ward the unit code, or {@code null} above ward level
 * @param position the position, or {@code null} when the list left it blank
 * ({@link Position#OTHER}: written but not recognised)
 * @param listed lines
 * @param attended present on at least one day
 * @param completed completed
 */
public record PositionCount(String programme, @JsonProperty("class") String classCode, String ward, Position position,
		int listed, int attended, int completed) {

	/** The level position counts are grouped at. */
	public enum Level {

		PLAN, PROGRAMME, CLASS, WARD

	}

}
