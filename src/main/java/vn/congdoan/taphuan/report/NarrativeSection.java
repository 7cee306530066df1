package vn.congdoan.taphuan.report;

import java.util.List;

/**
 * One headed part of the year-end report's narrative: "Ưu điểm" with its paragraphs.
 *
 * @param heading the sub-heading, or {@code null} for paragraphs directly under the
 * section
 * @param paragraphs the paragraphs, at least one
 */
public record NarrativeSection(String heading, List<String> paragraphs) {

	public NarrativeSection {
		if (heading != null && heading.isBlank()) {
			heading = null;
		}
		paragraphs = Require.list(paragraphs, "paragraphs");
		if (paragraphs.isEmpty()) {
			throw new IllegalArgumentException("narrative section " + heading + " has no paragraph");
		}
		paragraphs.forEach((paragraph) -> Require.text(paragraph, "paragraph"));
	}

}
