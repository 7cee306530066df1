package vn.congdoan.taphuan.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;
import vn.congdoan.taphuan.testing.Spreadsheet;
import vn.congdoan.taphuan.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code taphuan db copy}: a database with a province's year in it — plans, imported
 * lists, settlements, reconcile runs, an acknowledged finding, a monthly run with its
 * report and delivery — copied into an empty database of the other engine (from H2 into
 * PostgreSQL when the tests run on H2, the other way round on PostgreSQL), and used
 * there.
 */
class DatabaseCopyIntegrationTests {

	@TempDir
	Path work;

	private List<String> folders(String... command) {
		List<String> args = new ArrayList<>(List.of("--taphuan.inbox=" + this.work.resolve("inbox"),
				"--taphuan.archive=" + this.work.resolve("archive"),
				"--taphuan.rejected=" + this.work.resolve("rejected"),
				"--taphuan.outbox=" + this.work.resolve("outbox")));
		args.addAll(List.of(command));
		return args;
	}

	private Cli demoLike() throws Exception {
		Cli cli = new Cli(this.work);
		Files.createDirectories(this.work.resolve("inbox"));
		assertThat(cli.run("plan", "load", "data-samples/plans/ag-2026.yaml").exitCode()).isZero();
		assertThat(cli.run("import", "data-samples/attendance/AG-2026").exitCode()).isEqualTo(ExitCodes.PARTIAL);
		// a ward sends its list again: the new submission replaces the first (a row that
		// refers to a later row of its own table)
		Path again = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG CHÂU ĐỐC")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Ngày 1", "Ngày 2", "Ngày 3")
			.row(1, "Lê Thị Thu", 1982, "Nữ", "Tổ trưởng", "x", "x", "x")
			.writeXlsx(this.work.resolve("chau-doc-lop-1-gui-lai.xlsx"));
		assertThat(cli.run("import", "--class", "AG26-CS-01", again.toString()).exitCode()).isZero();
		assertThat(cli
			.run("budget", "import", "data-samples/budget/quyet-toan-AG26-CS-01.xlsx",
					"data-samples/budget/AG26-CS-02_quyet-toan.xlsx")
			.exitCode()).isIn(ExitCodes.OK, ExitCodes.PARTIAL);
		assertThat(cli.run("reconcile").exitCode()).isZero();
		String finding = cli.run("findings", "--json").json().get("findings").get(0).get("id").asString();
		assertThat(
				cli.run("findings", "ack", finding, "--note", "Đã xác minh với phường", "--by", "Tổ chức").exitCode())
			.isZero();
		assertThat(cli.run(folders("run", "monthly", "--plan", "AG-2026", "--month", "2026-10").toArray(String[]::new))
			.exitCode()).isZero();
		return cli;
	}

	@Test
	void aDatabaseCopiedToTheOtherEngineKeepsItsRunsFindingsAndAcknowledgements() throws Exception {
		// given
		Cli source = demoLike();
		String target = TestDatabase.postgresql() ? TestDatabase.h2Url(this.work.resolve("copy/taphuan"))
				: TestDatabase.emptyPostgresql();

		// when
		Cli.Result copied = source.run("db", "copy", "--to", target, "--user", TestDatabase.USER, "--json");

		// then every table holds what the source holds
		assertThat(copied.exitCode()).as(copied.stderr()).isZero();
		assertThat(copied.stderr()).contains("số dòng từng bảng khớp");
		Map<String, Long> tables = new TreeMap<>();
		copied.json().get("copy").get("tables").forEach((table) -> {
			assertThat(table.get("target").asLong()).as(table.get("table").asString())
				.isEqualTo(table.get("source").asLong());
			tables.put(table.get("table").asString(), table.get("target").asLong());
		});
		assertThat(tables).containsOnlyKeys(tables(source.databaseUrl()));
		for (String table : List.of("plan", "submission", "received_file", "trainee_row", "settlement", "finding",
				"finding_ack", "reconcile_run", "batch_job_instance", "batch_job_execution", "batch_step_execution",
				"ops_delivery")) {
			assertThat(tables.get(table)).as(table).isPositive();
		}
		assertThat(query(target, "SELECT COUNT(*) FROM submission WHERE replaced_by_id IS NOT NULL"))
			.isEqualTo(query(source.databaseUrl(), "SELECT COUNT(*) FROM submission WHERE replaced_by_id IS NOT NULL"))
			.isPositive();
		assertThat(copied.json().get("copy").get("rows").asLong())
			.isEqualTo(tables.values().stream().mapToLong(Long::longValue).sum());

		// and the copy answers as the source did
		Cli copy = new Cli(this.work, target);
		assertThat(runs(copy)).isEqualTo(runs(source));
		JsonNode findings = copy.run("findings", "--all", "--json").json().get("findings");
		assertThat(instants(findings))
			.isEqualTo(instants(source.run("findings", "--all", "--json").json().get("findings")));
		assertThat(findings.findValues("acknowledgement").stream().filter((ack) -> !ack.isNull())).singleElement()
			.satisfies((ack) -> assertThat(ack.toString()).contains("Đã xác minh với phường"));
		Cli.Result report = copy.run("report", "monthly", "--plan", "AG-2026", "--month", "2026-10", "--json");
		assertThat(report.exitCode()).as(report.stderr()).isZero();
		assertThat(Path.of(report.json().get("pdf").asString())).isRegularFile();

		// and new rows continue after the copied ones
		long lastSubmission = maxId(copy.databaseUrl(), "submission");
		Path newList = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG PHÚ QUỐC")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Ngày 1", "Ngày 2", "Ngày 3")
			.row(1, "Võ Thị Mai", 1985, "Nữ", "Tổ trưởng", "x", "x", "x")
			.writeXlsx(this.work.resolve("phu-quoc-lop-1.xlsx"));
		JsonNode imported = copy.run("import", "--class", "AG26-CS-01", newList.toString(), "--json")
			.json()
			.get("files")
			.get(0);
		assertThat(imported.get("status").asString()).isEqualTo("IMPORTED");
		assertThat(imported.get("submission").asLong()).isGreaterThan(lastSubmission);
	}

	@Test
	void aTargetThatIsNotEmptyIsRefusedAndKeptAsItWas() throws Exception {
		// given a target with data in it
		Cli source = new Cli(this.work);
		assertThat(source.run("plan", "load", "data-samples/plans/ag-2026.yaml").exitCode()).isZero();
		Path other = this.work.resolve("other");
		Cli used = new Cli(other);
		assertThat(used.run("plan", "load", "data-samples/plans/lc-2026.yaml").exitCode()).isZero();

		// when
		Cli.Result refused = source.run("db", "copy", "--to", used.databaseUrl(), "--user", TestDatabase.USER,
				"--json");

		// then
		assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(refused.stderr()).contains("không trống").contains("bảng plan đã có dữ liệu");
		assertThat(refused.json().get("error").get("code").asString()).isEqualTo("USAGE");
		assertThat(used.run("plan", "list", "--json").json().get("plans")).singleElement()
			.satisfies((plan) -> assertThat(plan.get("code").asString()).isEqualTo("LC-2026"));
	}

	@Test
	void onlyPostgresqlOrH2CanBeATarget() {
		Cli.Result refused = new Cli(this.work).run("db", "copy", "--to", "jdbc:mysql://localhost/taphuan");

		assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(refused.stderr()).contains("PostgreSQL").contains("jdbc:mysql://localhost/taphuan");
	}

	/**
	 * Each run's job, execution, status and counts (times lose digits between engines).
	 */
	private static List<String> runs(Cli cli) {
		List<String> runs = new ArrayList<>();
		cli.run("runs", "--limit", "1000", "--json")
			.json()
			.get("runs")
			.forEach((run) -> runs.add(run.get("job").asString() + " " + run.get("instance") + " "
					+ run.get("execution") + " " + run.get("status").asString() + " " + run.get("parameters") + " "
					+ run.get("counts") + " " + run.get("rerun")));
		return runs;
	}

	/**
	 * Findings with their times as instants: PostgreSQL keeps the instant of a time with
	 * a zone, not the offset it was written with, and hands it back in the session's
	 * zone.
	 */
	private static JsonNode instants(JsonNode findings) {
		JsonNode copy = findings.deepCopy();
		for (JsonNode finding : copy) {
			for (String field : List.of("firstSeen", "lastSeen", "closedAt")) {
				instant((ObjectNode) finding, field);
			}
			if (finding.get("acknowledgement").isObject()) {
				instant((ObjectNode) finding.get("acknowledgement"), "at");
			}
		}
		return copy;
	}

	private static void instant(ObjectNode node, String field) {
		if (node.hasNonNull(field)) {
			node.put(field, OffsetDateTime.parse(node.get(field).asString()).toInstant().toString());
		}
	}

	private static List<String> tables(String url) throws Exception {
		List<String> tables = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
						+ "WHERE table_schema = current_schema() AND table_type IN ('BASE TABLE', 'TABLE') "
						+ "AND table_name <> 'flyway_schema_history'")) {
			while (rs.next()) {
				tables.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
			}
		}
		return tables;
	}

	private static long maxId(String url, String table) throws Exception {
		return query(url, "SELECT MAX(id) FROM " + table);
	}

	private static long query(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
