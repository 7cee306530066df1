package vn.congdoan.taphuan.plan;

import java.time.OffsetDateTime;

/**
 * One line of {@code plan list}.
 */
public record PlanSummary(String code, int year, String issuer, String title, int programmes, int classes, int wards,
		int plannedParticipants, String sourcePath, OffsetDateTime loadedAt) {
}
