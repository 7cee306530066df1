package vn.congdoan.taphuan.report;

import java.util.List;

/**
 * The operator's words in the year-end report, read from the narrative file
 * ({@link NarrativeFile}). A part left empty is printed as a visibly marked placeholder.
 *
 * @param situation section I, "Đặc điểm tình hình"
 * @param assessment section III, "Đánh giá": results, strengths, shortcomings and causes
 * @param recommendations section IV, "Phương hướng, kiến nghị"
 * @param recipients the distribution list ("Nơi nhận") when the operator gives one; empty
 * for the default
 * @param source the file it was read from, for messages; {@code null} when there is none
 */
public record Narrative(List<NarrativeSection> situation, List<NarrativeSection> assessment,
		List<NarrativeSection> recommendations, List<String> recipients, String source) {

	/** No narrative file: every part is a placeholder. */
	public static final Narrative NONE = new Narrative(List.of(), List.of(), List.of(), List.of(), null);

	public Narrative {
		situation = Require.list(situation, "situation");
		assessment = Require.list(assessment, "assessment");
		recommendations = Require.list(recommendations, "recommendations");
		recipients = Require.list(recipients, "recipients");
		recipients.forEach((recipient) -> Require.text(recipient, "recipient"));
	}

}
