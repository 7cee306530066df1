package vn.congdoan.taphuan.reconcile;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.taphuan.common.Databases;
import vn.congdoan.taphuan.common.PostgresCopy;

/**
 * Writes a run's detected findings to {@code reconcile_finding} in batches, each with its
 * deterministic id, facts fingerprint, severity, figures and texts: what publication
 * copies. The facts they are made of stay here. Flush before the transaction ends. A
 * batch goes in as one {@code COPY} on PostgreSQL ({@link PostgresCopy}), as prepared
 * inserts elsewhere.
 */
final class FindingWriter {

	private static final String COLUMNS = """
			run_id, finding_id, code, severity, programme_code, class_code, unit_code, actual_value, reference_value,
			subject, message, figures, fingerprint""";

	private static final String INSERT = "INSERT INTO reconcile_finding (" + COLUMNS
			+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String COPY = "COPY reconcile_finding (" + COLUMNS + ") FROM STDIN";

	private static final int[] INSERT_TYPES = { Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.CHAR };

	private static final int BATCH = 1000;

	private final long runId;

	private final String planCode;

	private final FindingTexts texts;

	private final JdbcTemplate jdbc;

	private final boolean copy;

	private final List<Object[]> batch = new ArrayList<>(BATCH);

	private int written;

	FindingWriter(long runId, String planCode, FindingTexts texts, JdbcTemplate jdbc) {
		this.runId = runId;
		this.planCode = planCode;
		this.texts = texts;
		this.jdbc = jdbc;
		this.copy = Databases.postgresql(jdbc.getDataSource());
	}

	void add(FindingCandidate finding) {
		String id = finding.id(this.planCode);
		FindingTexts.Texts words = this.texts.describe(finding);
		this.batch.add(new Object[] { this.runId, id, finding.code().name(), words.severity().name(),
				finding.programme(), finding.classCode(), finding.ward(), finding.actual(), finding.reference(),
				truncate(words.subject(), 1000), truncate(words.message(), 2000), truncate(words.figures(), 1000),
				finding.fingerprint() });
		this.written++;
		if (this.batch.size() == BATCH) {
			flush();
		}
	}

	/** Findings added so far. */
	int written() {
		return this.written;
	}

	void flush() {
		if (!this.batch.isEmpty()) {
			if (this.copy) {
				PostgresCopy.copyRows(this.jdbc, COPY, this.batch);
			}
			else {
				this.jdbc.batchUpdate(INSERT, this.batch, INSERT_TYPES);
			}
			this.batch.clear();
		}
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length - 1) + "…";
	}

}
