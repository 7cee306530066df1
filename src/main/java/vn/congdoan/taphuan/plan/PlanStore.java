package vn.congdoan.taphuan.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores a plan in its tables, updating in place. Classes and units are updated, not
 * deleted and re-inserted, so attendance imported against them stays attached; removing
 * one that attendance refers to fails on the database's foreign keys, which {@link Plans}
 * turns into a message. Runs inside the caller's transaction.
 */
final class PlanStore {

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> sourceSha256(String planCode) {
		return this.jdbc.sql("SELECT source_sha256 FROM plan WHERE code = ?")
			.param(planCode)
			.query(String.class)
			.optional();
	}

	Optional<String> sourceYaml(String planCode) {
		return this.jdbc.sql("SELECT source_yaml FROM plan WHERE code = ?")
			.param(planCode)
			.query(String.class)
			.optional();
	}

	/** Codes of the given classes that belong to another plan. */
	List<String> classCodesOwnedElsewhere(String planCode, Set<String> classCodes) {
		if (classCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(
				"SELECT code || ' (' || plan_code || ')' FROM training_class WHERE code IN (:codes) AND plan_code <> :plan ORDER BY code")
			.param("codes", classCodes)
			.param("plan", planCode)
			.query(String.class)
			.list();
	}

	List<PlanSummary> summaries() {
		return this.jdbc.sql("""
				SELECT p.code, p.plan_year, p.issuer_short_name, p.title, p.source_path, p.loaded_at,
				       (SELECT COUNT(*) FROM programme g WHERE g.plan_code = p.code) AS programmes,
				       (SELECT COUNT(*) FROM training_class c WHERE c.plan_code = p.code) AS classes,
				       (SELECT COUNT(*) FROM unit u WHERE u.plan_code = p.code AND u.kind <> 'LDLD') AS wards,
				       (SELECT COALESCE(SUM(g.planned_participants), 0) FROM programme g WHERE g.plan_code = p.code)
				         AS planned_participants
				FROM plan p ORDER BY p.code
				""")
			.query((rs, row) -> new PlanSummary(rs.getString("code"), rs.getInt("plan_year"),
					rs.getString("issuer_short_name"), rs.getString("title"), rs.getInt("programmes"),
					rs.getInt("classes"), rs.getInt("wards"), rs.getInt("planned_participants"),
					rs.getString("source_path"), rs.getObject("loaded_at", OffsetDateTime.class)))
			.list();
	}

	Optional<String> planOfClass(String classCode) {
		return this.jdbc.sql("SELECT plan_code FROM training_class WHERE code = ?")
			.param(classCode)
			.query(String.class)
			.optional();
	}

	void save(Plan plan, String sourcePath, String sha256, String yaml, OffsetDateTime now) {
		String code = plan.code();
		int updated = this.jdbc.sql("""
				UPDATE plan SET plan_year = ?, title = ?, issuer_name = ?, issuer_short_name = ?, place = ?,
				  doc_number = ?, doc_date = ?, signer_name = ?, source_path = ?, source_sha256 = ?, source_yaml = ?,
				  loaded_at = ?
				WHERE code = ?
				""")
			.params(plan.year(), plan.title(), plan.issuer().name(), plan.issuer().shortName(), plan.issuer().place(),
					plan.documentNumber(), plan.documentDate(), plan.signer().name(), sourcePath, sha256, yaml, now,
					code)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO plan (plan_year, title, issuer_name, issuer_short_name, place, doc_number, doc_date,
					  signer_name, source_path, source_sha256, source_yaml, loaded_at, code)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(plan.year(), plan.title(), plan.issuer().name(), plan.issuer().shortName(),
						plan.issuer().place(), plan.documentNumber(), plan.documentDate(), plan.signer().name(),
						sourcePath, sha256, yaml, now, code)
				.update();
		}
		deleteReplaceableRows(code);
		saveProgrammes(plan);
		saveUnits(plan);
		saveClasses(plan);
		saveNorms(plan);
	}

	/** Rows nothing outside the plan refers to: replaced wholesale on every load. */
	private void deleteReplaceableRows(String code) {
		this.jdbc.sql("DELETE FROM class_day WHERE class_code IN (SELECT code FROM training_class WHERE plan_code = ?)")
			.param(code)
			.update();
		this.jdbc.sql("DELETE FROM allocation WHERE plan_code = ?").param(code).update();
		this.jdbc.sql(
				"DELETE FROM budget_estimate WHERE class_code IN (SELECT code FROM training_class WHERE plan_code = ?)")
			.param(code)
			.update();
		this.jdbc.sql("DELETE FROM spending_norm WHERE plan_code = ?").param(code).update();
		this.jdbc.sql("DELETE FROM enrolment WHERE plan_code = ?").param(code).update();
		this.jdbc.sql("DELETE FROM programme_position WHERE plan_code = ?").param(code).update();
		this.jdbc.sql("DELETE FROM programme WHERE plan_code = ?").param(code).update();
	}

	private void saveProgrammes(Plan plan) {
		int ordinal = 0;
		for (Programme programme : plan.programmes()) {
			this.jdbc.sql("""
					INSERT INTO programme (plan_code, code, ordinal, section, kind, title, period_from, period_to,
					  planned_classes, min_days_per_class, max_days_per_class, planned_participants)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(plan.code(), programme.code(), ++ordinal, programme.section(), programme.kind().name(),
						programme.title(), programme.period().from(), programme.period().to(),
						programme.plannedClasses(), programme.minDaysPerClass(), programme.maxDaysPerClass(),
						programme.plannedParticipants())
				.update();
			for (Position position : programme.eligiblePositions()) {
				this.jdbc
					.sql("INSERT INTO programme_position (plan_code, programme_code, position_code) VALUES (?, ?, ?)")
					.params(plan.code(), programme.code(), position.name())
					.update();
			}
			int seq = 0;
			for (Enrolment enrolment : programme.enrolments()) {
				this.jdbc.sql("""
						INSERT INTO enrolment (plan_code, programme_code, seq, person, position_code, institution,
						  course, start_date, end_date, status)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
					.params(plan.code(), programme.code(), ++seq, enrolment.person(),
							(enrolment.position() != null) ? enrolment.position().name() : null,
							enrolment.institution(), enrolment.course(), enrolment.start(), enrolment.end(),
							enrolment.status().name())
					.update();
			}
		}
	}

	private void saveUnits(Plan plan) {
		for (Unit unit : plan.units()) {
			int updated = this.jdbc.sql("UPDATE unit SET kind = ?, name = ? WHERE plan_code = ? AND code = ?")
				.params(unit.kind().name(), unit.name(), plan.code(), unit.code())
				.update();
			if (updated == 0) {
				this.jdbc.sql("INSERT INTO unit (kind, name, plan_code, code) VALUES (?, ?, ?, ?)")
					.params(unit.kind().name(), unit.name(), plan.code(), unit.code())
					.update();
			}
		}
		Set<String> kept = plan.units().stream().map(Unit::code).collect(Collectors.toSet());
		deleteMissing("unit", "plan_code = :plan", plan.code(), kept);
	}

	private void saveClasses(Plan plan) {
		for (TrainingClass trainingClass : plan.classes()) {
			Object[] values = { plan.code(), trainingClass.programme(), trainingClass.title(), trainingClass.start(),
					trainingClass.end(), trainingClass.dayCount(), trainingClass.venue(), trainingClass.quota(),
					trainingClass.illustrative(), trainingClass.code() };
			int updated = this.jdbc.sql("""
					UPDATE training_class SET plan_code = ?, programme_code = ?, title = ?, start_date = ?,
					  end_date = ?, day_count = ?, venue = ?, quota = ?, illustrative = ?
					WHERE code = ?
					""").params(values).update();
			if (updated == 0) {
				this.jdbc.sql("""
						INSERT INTO training_class (plan_code, programme_code, title, start_date, end_date, day_count,
						  venue, quota, illustrative, code)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""").params(values).update();
			}
			int dayNo = 0;
			for (var day : trainingClass.days()) {
				this.jdbc.sql("INSERT INTO class_day (class_code, day_no, class_date) VALUES (?, ?, ?)")
					.params(trainingClass.code(), ++dayNo, day)
					.update();
			}
			for (Allocation allocation : trainingClass.allocations()) {
				this.jdbc.sql("INSERT INTO allocation (class_code, plan_code, unit_code, quota) VALUES (?, ?, ?, ?)")
					.params(trainingClass.code(), plan.code(), allocation.unit(), allocation.quota())
					.update();
			}
			int lineNo = 0;
			for (BudgetLine line : trainingClass.budget()) {
				this.jdbc.sql("""
						INSERT INTO budget_estimate (class_code, line_no, category, item, unit_label, quantity,
						  unit_price, amount)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)
						""")
					.params(trainingClass.code(), ++lineNo, line.category().name(), line.item(), line.unit(),
							line.quantity(), line.unitPrice(), line.amount())
					.update();
			}
		}
		Set<String> kept = plan.classes().stream().map(TrainingClass::code).collect(Collectors.toSet());
		deleteMissing("training_class", "plan_code = :plan", plan.code(), kept);
	}

	private void saveNorms(Plan plan) {
		for (SpendingNorm norm : plan.norms()) {
			this.jdbc.sql("""
					INSERT INTO spending_norm (plan_code, category, unit_label, max_unit_price, note)
					VALUES (?, ?, ?, ?, ?)
					""")
				.params(plan.code(), norm.category().name(), norm.unit(), norm.maxUnitPrice(), norm.note())
				.update();
		}
	}

	private void deleteMissing(String table, String scope, String planCode, Set<String> kept) {
		String keep = kept.isEmpty() ? "" : " AND code NOT IN (:kept)";
		var statement = this.jdbc.sql("DELETE FROM " + table + " WHERE " + scope + keep).param("plan", planCode);
		if (!kept.isEmpty()) {
			statement = statement.param("kept", kept);
		}
		statement.update();
	}

}
