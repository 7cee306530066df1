package vn.congdoan.taphuan.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Programme;

/**
 * The findings about one counted line: INELIGIBLE_POSITION or POSITION_UNKNOWN (a
 * position outside its programme's rule) and INCOMPLETE_ATTENDANCE (the class ended,
 * fewer days present than required). Found in {@code computePeopleStep}'s one pass over
 * the counted lines, which reads each line once whatever it comes to: the pass adds
 * {@link #columns()} from the line {@code t}, its ward {@code w} and its class's figures
 * {@code r}, and hands each row to {@link #accept}.
 */
final class LineFindings {

	/** The codes found here, for the steps that replace their own findings. */
	static final String CODES = "'INELIGIBLE_POSITION', 'POSITION_UNKNOWN', 'INCOMPLETE_ATTENDANCE'";

	private final String outside;

	LineFindings(Plan plan) {
		String rules = positionsOutside(plan);
		this.outside = (rules != null) ? "(" + rules + ")" : "1 = 0";
	}

	/**
	 * Programme, class, ward, marks, position (code and as written), days required and
	 * held, and the two verdicts (1 or 0): incomplete, outside the programme's positions.
	 */
	String columns() {
		return """
				r.programme_code, r.class_code, w.unit_code, t.marks, t.position_code, t.position_raw,
				r.required_days, r.day_count,
				CASE WHEN r.ended AND t.days_present < r.required_days THEN 1 ELSE 0 END,
				CASE WHEN %s THEN 1 ELSE 0 END""".formatted(this.outside);
	}

	/**
	 * The findings of the current row, whose {@link #columns()} start at {@code first}; a
	 * line may be both incomplete and outside its programme's positions.
	 * @param identity the line's identity key
	 * @param name the trainee's name as written
	 * @param daysPresent the column holding the days present
	 */
	static void accept(ResultSet rs, int first, String identity, String name, int daysPresent,
			Consumer<FindingCandidate> sink) throws SQLException {
		boolean incomplete = rs.getInt(first + 8) == 1;
		boolean outside = rs.getInt(first + 9) == 1;
		if (!incomplete && !outside) {
			return;
		}
		String programme = rs.getString(first);
		String classCode = rs.getString(first + 1);
		String ward = rs.getString(first + 2);
		String position = rs.getString(first + 4);
		if (outside) {
			FindingCode code = (position == null || position.equals("OTHER")) ? FindingCode.POSITION_UNKNOWN
					: FindingCode.INELIGIBLE_POSITION;
			sink.accept(new FindingCandidate(code, programme, classCode, ward, identity, name, null, null, null,
					(position != null) ? position : "", rs.getString(first + 5)));
		}
		if (incomplete) {
			sink.accept(new FindingCandidate(FindingCode.INCOMPLETE_ATTENDANCE, programme, classCode, ward, identity,
					name, rs.getBigDecimal(daysPresent), rs.getBigDecimal(first + 6), rs.getBigDecimal(first + 7),
					rs.getString(first + 3), null));
		}
	}

	/**
	 * {@code (r.programme_code = 'P' AND (t.position_code IS NULL OR t.position_code =
	 * 'OTHER' OR t.position_code NOT IN ('A', 'B'))) OR …} over the programmes with
	 * eligible positions; {@code null} when none has any.
	 */
	private static String positionsOutside(Plan plan) {
		List<String> rules = new ArrayList<>();
		for (Programme programme : plan.programmes()) {
			if (programme.eligiblePositions().isEmpty()) {
				continue;
			}
			String eligible = programme.eligiblePositions()
				.stream()
				.map((position) -> literal(position.name()))
				.sorted()
				.collect(Collectors.joining(", "));
			rules.add("(r.programme_code = " + literal(programme.code())
					+ " AND (t.position_code IS NULL OR t.position_code = 'OTHER' OR t.position_code NOT IN ("
					+ eligible + ")))");
		}
		return rules.isEmpty() ? null : String.join("\n       OR ", rules);
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
