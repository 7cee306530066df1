package vn.congdoan.taphuan.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.taphuan.common.UserInputException;

/**
 * The findings of reconciliation and people's decisions on them. An acknowledgement
 * records who decided what about the facts they saw (the finding's fingerprint): the
 * finding stays ACKNOWLEDGED across later runs while its facts are unchanged, and opens
 * again when they change.
 */
@Component
public class Findings {

	/**
	 * A finding not closed was found by its plan's latest run: publication does not
	 * rewrite an unchanged finding's row each run, so its last run and last seen are that
	 * run's. A closed finding keeps the last run that found it.
	 */
	private static final String SELECT = """
			SELECT f.id, f.code, f.severity, f.status, f.plan_code, f.programme_code, f.class_code, f.unit_code,
			       f.subject, f.message, f.figures, f.actual_value, f.reference_value, f.fingerprint, f.first_seen_at,
			       CASE WHEN f.status = 'CLOSED' OR lr.id IS NULL THEN f.last_seen_at ELSE lr.completed_at END AS last_seen_at,
			       CASE WHEN f.status = 'CLOSED' OR lr.id IS NULL THEN f.last_run_id ELSE lr.id END AS last_run_id,
			       f.closed_at, a.note, a.acknowledged_by, a.acknowledged_at, a.fingerprint AS ack_fingerprint
			FROM finding f
			LEFT JOIN reconcile_run lr ON lr.id = (SELECT MAX(x.id) FROM reconcile_run x
			                                       WHERE x.plan_code = f.plan_code AND x.status = 'COMPLETED')
			LEFT JOIN finding_ack a ON a.finding_id = f.id
			  AND a.id = (SELECT MAX(x.id) FROM finding_ack x WHERE x.finding_id = f.id)
			""";

	private static final String ORDER = """
			 CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, f.code, f.class_code, f.unit_code,
			   f.subject, f.id
			""";

	/**
	 * A finding's id without its code: the 10 hex digits the PDFs print (a page names a
	 * kind of finding by its Vietnamese label, never by its English code).
	 */
	private static final Pattern SHORT_ID = Pattern.compile("[0-9a-fA-F]{10}");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public Findings(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The findings a filter selects, most serious first. */
	public List<Finding> list(FindingFilter filter) {
		return query(filter).query(Findings::map).list();
	}

	/**
	 * The findings a filter selects, most serious first, one at a time: for a report,
	 * which must not hold every finding at once. Close the stream.
	 */
	public Stream<Finding> stream(FindingFilter filter) {
		return query(filter).query(Findings::map).stream();
	}

	/**
	 * Only the conditions the filter sets, so that the database can use an index for them
	 * (a condition "parameter is null or column equals it" uses none).
	 */
	private StatementSpec query(FindingFilter filter) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.plan() != null) {
			where.append(" AND f.plan_code = :plan");
			params.put("plan", filter.plan());
		}
		if (filter.classCode() != null) {
			where.append(" AND f.class_code = :class");
			params.put("class", filter.classCode());
		}
		if (filter.code() != null) {
			where.append(" AND f.code = :code");
			params.put("code", filter.code().name());
		}
		where.append(filter.openOnly() ? " AND f.status = 'OPEN'"
				: filter.includeClosed() ? "" : " AND f.status <> 'CLOSED'");
		// by plan only when listing several: H2 takes "ORDER BY plan_code" under a plan
		// condition as a reason to read the plan's every finding through its plan_code
		// index
		String order = (filter.plan() != null) ? " ORDER BY" : " ORDER BY f.plan_code,";
		return this.jdbc.sql(SELECT + where + order + ORDER).params(params);
	}

	/**
	 * The findings a snapshot run staged (see {@code FindingPublication}), about a class
	 * or all, most serious first, each with the status the latest acknowledgement gives
	 * it, its first sighting when the plan has it, and the run as its last. Only while
	 * the run's staged findings are kept (until the plan's next run starts). Close the
	 * stream.
	 */
	Stream<Finding> staged(ReconcileRun run, String classCode) {
		return this.jdbc.sql("""
				SELECT r.finding_id AS id, r.code, r.severity,
				       CASE WHEN r.fingerprint = a.fingerprint THEN 'ACKNOWLEDGED' ELSE 'OPEN' END AS status,
				       CAST(:plan AS VARCHAR(40)) AS plan_code, r.programme_code, r.class_code, r.unit_code, r.subject,
				       r.message, r.figures, r.actual_value, r.reference_value, r.fingerprint,
				       COALESCE(f.first_seen_at, CAST(:completed AS TIMESTAMP WITH TIME ZONE)) AS first_seen_at,
				       CAST(:completed AS TIMESTAMP WITH TIME ZONE) AS last_seen_at, r.run_id AS last_run_id,
				       CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS closed_at, a.note, a.acknowledged_by,
				       a.acknowledged_at, a.fingerprint AS ack_fingerprint
				FROM reconcile_finding r
				LEFT JOIN finding f ON f.id = r.finding_id
				LEFT JOIN finding_ack a ON a.finding_id = r.finding_id
				  AND a.id = (SELECT MAX(x.id) FROM finding_ack x WHERE x.finding_id = r.finding_id)
				WHERE r.run_id = :run AND (CAST(:class AS VARCHAR(40)) IS NULL OR r.class_code = :class)
				ORDER BY CASE r.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, r.code, r.class_code,
				  r.unit_code, r.subject, r.finding_id
				""")
			.param("plan", run.plan())
			.param("completed", run.completedAt())
			.param("run", run.id())
			.param("class", classCode)
			.query(Findings::map)
			.stream();
	}

	public Optional<Finding> find(String id) {
		if (SHORT_ID.matcher(id).matches()) {
			List<Finding> found = this.jdbc.sql(SELECT + " WHERE f.id LIKE ?")
				.param("%-" + id.toLowerCase(Locale.ROOT))
				.query(Findings::map)
				.list();
			if (found.size() > 1) {
				throw new UserInputException("Có " + found.size() + " phát hiện kết thúc bằng '" + id + "': "
						+ found.stream().map(Finding::id).toList() + ". Ghi đủ mã phát hiện.");
			}
			return found.stream().findFirst();
		}
		return this.jdbc.sql(SELECT + " WHERE f.id = ?").param(id).query(Findings::map).optional();
	}

	/**
	 * The finding, or a usage error that lists open finding ids.
	 */
	public Finding get(String id) {
		return find(id).orElseThrow(() -> {
			List<String> open = this.jdbc.sql("SELECT id FROM finding WHERE status = 'OPEN' ORDER BY id")
				.query(String.class)
				.list();
			String hint = open.isEmpty() ? "Không có phát hiện nào đang mở."
					: "Các mã đang mở: " + String.join(", ", open.subList(0, Math.min(20, open.size())))
							+ ((open.size() > 20) ? " … (và " + (open.size() - 20) + " mã khác)" : "") + ".";
			return new UserInputException("Không có phát hiện '" + id + "'. " + hint
					+ " Xem danh sách: taphuan findings --open (mã ở cột đầu).");
		});
	}

	/**
	 * Records a person's decision on a current finding; it is ACKNOWLEDGED until its
	 * facts change.
	 * @throws UserInputException for an unknown or closed finding, or an empty note
	 */
	public Finding acknowledge(String id, String note, String by) {
		if (note == null || note.isBlank()) {
			throw new UserInputException(
					"Thiếu --note: ghi quyết định của người xác nhận, ví dụ --note \"hai người " + "khác nhau\".");
		}
		Finding finding = get(id);
		if (finding.status() == FindingStatus.CLOSED) {
			throw new UserInputException(
					"Phát hiện " + id + " đã đóng (lần đối soát gần nhất không còn thấy): " + "không cần xác nhận.");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.sql("""
					INSERT INTO finding_ack (finding_id, fingerprint, note, acknowledged_by, acknowledged_at)
					VALUES (?, ?, ?, ?, ?)
					""")
				.params(id, finding.fingerprint(), truncate(note.strip(), 2000), truncate(by, 200), now)
				.update();
			this.jdbc.sql("UPDATE finding SET status = 'ACKNOWLEDGED' WHERE id = ? AND status = 'OPEN'")
				.param(id)
				.update();
		});
		return get(id);
	}

	private static Finding map(ResultSet rs, int row) throws SQLException {
		String fingerprint = rs.getString("fingerprint");
		String ackFingerprint = rs.getString("ack_fingerprint");
		Finding.Acknowledgement acknowledgement = (ackFingerprint != null)
				? new Finding.Acknowledgement(rs.getString("note"), rs.getString("acknowledged_by"),
						rs.getObject("acknowledged_at", OffsetDateTime.class), ackFingerprint,
						ackFingerprint.equals(fingerprint))
				: null;
		return new Finding(rs.getString("id"), FindingCode.valueOf(rs.getString("code")),
				FindingSeverity.valueOf(rs.getString("severity")), FindingStatus.valueOf(rs.getString("status")),
				rs.getString("plan_code"), rs.getString("programme_code"), rs.getString("class_code"),
				rs.getString("unit_code"), rs.getString("subject"), rs.getString("message"), rs.getString("figures"),
				tidy(rs.getBigDecimal("actual_value")), tidy(rs.getBigDecimal("reference_value")), fingerprint,
				rs.getObject("first_seen_at", OffsetDateTime.class), rs.getObject("last_seen_at", OffsetDateTime.class),
				rs.getLong("last_run_id"), rs.getObject("closed_at", OffsetDateTime.class), acknowledgement);
	}

	/** 320.00 → 320, 2.50 → 2.5 (never in exponent form). */
	static BigDecimal tidy(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length - 1) + "…";
	}

}
