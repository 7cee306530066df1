package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operations tables ({@code ops_*}): what the steps of a run record for each other
 * and for the operator. Every write commits on its own (the steps run outside a
 * transaction).
 */
@Component
class OpsStore {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OpsStore(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	// inbox

	long recordInboxFile(long executionId, InboxEntry entry, InboxOutcome outcome, Long submissionId, String sha256,
			String message) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					INSERT INTO ops_inbox_file (job_execution_id, inbox_path, size_bytes, modified_at, outcome, submission_id,
					                            sha256, message, processed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(executionId, entry.relativePath(), entry.size(), entry.modifiedAt(), outcome.name(), submissionId,
					sha256, truncate(message, 4000), now())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void markMoved(long inboxFileId, Path movedTo) {
		this.jdbc.sql("UPDATE ops_inbox_file SET moved_to = ? WHERE id = ?")
			.params(movedTo.toString(), inboxFileId)
			.update();
	}

	/**
	 * An outcome recorded for this very file (same path, size and modification time) by a
	 * run that died before moving it.
	 */
	Optional<PendingMove> pendingMove(InboxEntry entry) {
		return this.jdbc.sql("""
				SELECT id, outcome, submission_id, sha256, message FROM ops_inbox_file
				WHERE inbox_path = ? AND size_bytes = ? AND modified_at = ? AND moved_to IS NULL
				  AND outcome IN ('IMPORTED', 'UNCHANGED', 'REJECTED', 'NOT_SPREADSHEET')
				ORDER BY id DESC
				""")
			.params(entry.relativePath(), entry.size(), entry.modifiedAt())
			.query((rs, row) -> new PendingMove(rs.getLong("id"), InboxOutcome.valueOf(rs.getString("outcome")),
					rs.getObject("submission_id", Long.class), rs.getString("sha256"), rs.getString("message")))
			.list()
			.stream()
			.findFirst();
	}

	List<RunOutcome.InboxFile> inboxFiles(Collection<Long> executionIds) {
		if (executionIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT inbox_path, outcome, moved_to, message FROM ops_inbox_file
				WHERE job_execution_id IN (:ids) ORDER BY id
				""").param("ids", executionIds).query((rs, row) -> {
			InboxOutcome outcome = InboxOutcome.valueOf(rs.getString("outcome"));
			String movedTo = rs.getString("moved_to");
			String note = (outcome.rejected() && movedTo != null) ? RejectionNote.pathFor(Path.of(movedTo)).toString()
					: null;
			return new RunOutcome.InboxFile(rs.getString("inbox_path"), outcome, movedTo, note,
					rs.getString("message"));
		}).list();
	}

	// reconciliation

	Set<String> reconciledPlans(long jobInstanceId) {
		return new TreeSet<>(this.jdbc.sql("""
				SELECT r.plan_code FROM ops_reconcile r
				JOIN batch_job_execution e ON e.job_execution_id = r.job_execution_id
				WHERE e.job_instance_id = ?
				""").param(jobInstanceId).query(String.class).list());
	}

	void recordReconcile(long executionId, ReconcileOutcome outcome, LocalDate asOf) {
		this.jdbc.sql("""
				INSERT INTO ops_reconcile (job_execution_id, plan_code, as_of, open_findings, reconciled_at)
				VALUES (?, ?, ?, ?, ?)
				""").params(executionId, outcome.planCode(), asOf, outcome.openFindings(), now()).update();
	}

	/** The open findings reconciliation reported for a plan in a job instance. */
	Optional<Integer> findings(long jobInstanceId, String planCode) {
		return this.jdbc.sql("""
				SELECT r.open_findings FROM ops_reconcile r
				JOIN batch_job_execution e ON e.job_execution_id = r.job_execution_id
				WHERE e.job_instance_id = ? AND r.plan_code = ?
				ORDER BY r.job_execution_id DESC
				""").params(jobInstanceId, planCode).query(Integer.class).list().stream().findFirst();
	}

	// reports

	Set<String> renderedPlans(long jobInstanceId) {
		return new TreeSet<>(this.jdbc.sql("SELECT DISTINCT plan_code FROM ops_report WHERE job_instance_id = ?")
			.param(jobInstanceId)
			.query(String.class)
			.list());
	}

	void recordReports(String jobName, long jobInstanceId, long executionId, String planCode, String period,
			List<Path> files) {
		this.transactions.executeWithoutResult((status) -> {
			for (Path file : files) {
				this.jdbc
					.sql("""
							INSERT INTO ops_report (job_name, job_instance_id, job_execution_id, plan_code, period, file_path,
							                        size_bytes, written_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?)
							""")
					.params(jobName, jobInstanceId, executionId, planCode, period,
							file.toAbsolutePath().normalize().toString(), size(file), now())
					.update();
			}
		});
	}

	List<Path> reports(long jobInstanceId, String planCode) {
		return this.jdbc.sql("SELECT file_path FROM ops_report WHERE job_instance_id = ? AND plan_code = ? ORDER BY id")
			.params(jobInstanceId, planCode)
			.query((rs, row) -> Path.of(rs.getString(1)))
			.list();
	}

	List<String> reportFiles(long jobInstanceId) {
		return this.jdbc.sql("SELECT file_path FROM ops_report WHERE job_instance_id = ? ORDER BY id")
			.param(jobInstanceId)
			.query(String.class)
			.list();
	}

	// deliveries

	void ensureDelivery(String jobName, long jobInstanceId, String planCode, String period, DeliveryChannel channel,
			String target) {
		this.jdbc
			.sql("""
					INSERT INTO ops_delivery (job_name, job_instance_id, plan_code, period, channel, target, status, created_at)
					SELECT :job, :instance, :plan, :period, :channel, :target, 'PENDING', :now
					WHERE NOT EXISTS (SELECT 1 FROM ops_delivery
					                  WHERE job_instance_id = :instance AND plan_code = :plan AND channel = :channel)
					""")
			.param("job", jobName)
			.param("instance", jobInstanceId)
			.param("plan", planCode)
			.param("period", period)
			.param("channel", channel.name())
			.param("target", truncate(target, 2000))
			.param("now", now())
			.update();
	}

	/** Deliveries not done yet, of every run, oldest first. */
	List<PendingDelivery> pendingDeliveries() {
		return this.jdbc.sql("""
				SELECT id, job_name, job_instance_id, plan_code, period, channel FROM ops_delivery
				WHERE status = 'PENDING' ORDER BY id
				""")
			.query((rs, row) -> new PendingDelivery(rs.getLong("id"), rs.getString("job_name"),
					rs.getLong("job_instance_id"), rs.getString("plan_code"), rs.getString("period"),
					DeliveryChannel.valueOf(rs.getString("channel"))))
			.list();
	}

	void recordAttempt(PendingDelivery delivery, long executionId, String target, String error) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					INSERT INTO ops_delivery_attempt (delivery_id, job_execution_id, attempted_at, succeeded, error)
					VALUES (?, ?, ?, ?, ?)
					""").params(delivery.id(), executionId, now(), error == null, truncate(error, 2000)).update();
			this.jdbc.sql("""
					UPDATE ops_delivery SET attempts = attempts + 1, target = ?, last_error = ?,
					       status = CASE WHEN ? THEN 'DELIVERED' ELSE status END,
					       delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END
					WHERE id = ?
					""")
				.params(truncate(target, 2000), truncate(error, 2000), error == null, error == null, now(),
						delivery.id())
				.update();
		});
	}

	void cancel(PendingDelivery delivery, String reason) {
		this.jdbc.sql("UPDATE ops_delivery SET status = 'CANCELLED', last_error = ? WHERE id = ?")
			.params(truncate(reason, 2000), delivery.id())
			.update();
	}

	List<RunOutcome.Delivery> deliveries(long jobInstanceId) {
		return this.jdbc.sql("""
				SELECT plan_code, period, channel, target, status, attempts, last_error FROM ops_delivery
				WHERE job_instance_id = ? ORDER BY id
				""")
			.param(jobInstanceId)
			.query((rs, row) -> new RunOutcome.Delivery(rs.getString("plan_code"), rs.getString("period"),
					rs.getString("channel"), rs.getString("target"), rs.getString("status"), rs.getInt("attempts"),
					rs.getString("last_error")))
			.list();
	}

	// counts

	/** The counts over several job executions together (ops jobs only). */
	RunCounts count(Collection<Long> executionIds) {
		if (executionIds.isEmpty()) {
			return new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		}
		Map<String, Object> files = this.jdbc
			.sql("""
					SELECT COUNT(*) AS files,
					       COALESCE(SUM(CASE WHEN f.outcome = 'IMPORTED' THEN 1 ELSE 0 END), 0) AS imported,
					       COALESCE(SUM(CASE WHEN f.outcome = 'UNCHANGED' THEN 1 ELSE 0 END), 0) AS unchanged,
					       COALESCE(SUM(CASE WHEN f.outcome IN ('REJECTED', 'NOT_SPREADSHEET') THEN 1 ELSE 0 END), 0) AS rejected,
					       COALESCE(SUM(CASE WHEN f.outcome LIKE 'LEFT%' THEN 1 ELSE 0 END), 0) AS left_in_inbox,
					       COALESCE(SUM(CASE WHEN f.outcome = 'IMPORTED' THEN s.rows_accepted ELSE 0 END), 0) AS rows_accepted,
					       COALESCE(SUM(CASE WHEN f.outcome = 'IMPORTED' THEN s.rows_rejected ELSE 0 END), 0) AS rows_rejected
					FROM ops_inbox_file f LEFT JOIN submission s ON s.id = f.submission_id
					WHERE f.job_execution_id IN (:ids)
					""")
			.param("ids", executionIds)
			.query()
			.singleRow();
		int findings = this.jdbc
			.sql("SELECT COALESCE(SUM(open_findings), 0) FROM ops_reconcile WHERE job_execution_id IN (:ids)")
			.param("ids", executionIds)
			.query(Integer.class)
			.single();
		int reports = this.jdbc.sql("SELECT COUNT(*) FROM ops_report WHERE job_execution_id IN (:ids)")
			.param("ids", executionIds)
			.query(Integer.class)
			.single();
		int pending = this.jdbc.sql("""
				SELECT COUNT(*) FROM ops_delivery d
				WHERE d.status = 'PENDING' AND d.job_instance_id IN
				      (SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id IN (:ids))
				""").param("ids", executionIds).query(Integer.class).single();
		return new RunCounts(number(files.get("files")), number(files.get("imported")), number(files.get("unchanged")),
				number(files.get("rejected")), number(files.get("left_in_inbox")), number(files.get("rows_accepted")),
				number(files.get("rows_rejected")), findings, reports, pending);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static int number(Object value) {
		return (value != null) ? ((Number) value).intValue() : 0;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Report file not readable: " + file, ex);
		}
	}

	static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	/**
	 * An outcome recorded for a file that is still in the inbox.
	 */
	record PendingMove(long id, InboxOutcome outcome, Long submissionId, String sha256, String message) {
	}

	/**
	 * A delivery to attempt.
	 */
	record PendingDelivery(long id, String jobName, long jobInstanceId, String planCode, String period,
			DeliveryChannel channel) {
	}

}
