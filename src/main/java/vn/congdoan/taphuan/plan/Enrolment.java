package vn.congdoan.taphuan.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person sent to a programme that has no classes of its own: a post-graduate place or
 * another body's course.
 *
 * @param person the person's name
 * @param position their union position, or {@code null}
 * @param institution the school or organising body
 * @param course the course or degree
 * @param start when it starts, or {@code null}
 * @param end when it ends, or {@code null}
 * @param status where it stands
 */
public record Enrolment(String person, Position position, String institution, String course, LocalDate start,
		LocalDate end, EnrolmentStatus status) {

	public Enrolment {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(institution, "institution");
		Objects.requireNonNull(course, "course");
		Objects.requireNonNull(status, "status");
	}

}
