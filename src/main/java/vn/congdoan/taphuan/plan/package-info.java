/**
 * The yearly training plan of a provincial federation: its programmes (post-graduate
 * places, courses run by another body, full-time cadre courses, grassroots classes),
 * classes with per-ward quota allocations and budget estimates, the submitting units,
 * spending norms and enrolments. {@link vn.congdoan.taphuan.plan.Plans} loads a plan file
 * (YAML), validates it with file, line and field in every message, and stores it in
 * place; the records here are what every other feature reads.
 */
package vn.congdoan.taphuan.plan;
