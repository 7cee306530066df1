package vn.congdoan.taphuan.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;
import vn.congdoan.taphuan.testing.TestDatabase;
import vn.congdoan.taphuan.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run monthly}, {@code run year-end} and {@code runs} on the real command line (a
 * new application per command, as in production): kill-and-restart of a run, the run
 * history, and exit codes.
 */
class OpsCommandLineIntegrationTests {

	@TempDir
	Path work;

	Cli cli;

	Path inbox;

	@BeforeEach
	void setUp() throws Exception {
		FakePorts.reset();
		this.cli = new Cli(this.work);
		this.inbox = this.work.resolve("inbox");
		Files.createDirectories(this.inbox);
		assertThat(this.cli.run("plan", "load", "data-samples/plans/ag-2026.yaml").exitCode()).isZero();
	}

	private List<String> folders(String... more) {
		List<String> args = new ArrayList<>(List.of("--taphuan.test.fake-ports=true", "--taphuan.inbox=" + this.inbox,
				"--taphuan.archive=" + this.work.resolve("archive"),
				"--taphuan.rejected=" + this.work.resolve("rejected"),
				"--taphuan.outbox=" + this.work.resolve("outbox")));
		args.addAll(List.of(more));
		return args;
	}

	private Cli.Result run(String... command) {
		return this.cli.run(folders(command).toArray(String[]::new));
	}

	private void dropTwoWardFiles() throws Exception {
		TestClock clock = new TestClock();
		OpsFixtures.drop(OpsFixtures.wardList("LONG XUYÊN", 4), this.inbox, "long-xuyen.xlsx", clock);
		OpsFixtures.drop(OpsFixtures.anonymousList(3), this.inbox, "AG26-CS-01/chau-doc/ds.xlsx", clock);
	}

	/** SQL against the command line's database while no command runs. */
	private List<String> query(String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					values.add(rs.getString(i));
				}
				rows.add(String.join(" ", values));
			}
		}
		return rows;
	}

	private void update(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement statement = connection.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	private String url() {
		return this.cli.configuration().get(0).substring("--spring.datasource.url=".length());
	}

	@Test
	void aRunThatCrashedIsResumedBySameCommandWithoutImportingOrDeliveringTwice() throws Exception {
		dropTwoWardFiles();
		FakePorts.renderFailures.set(1);

		Cli.Result crashed = run("run", "monthly", "--month", "2026-10");

		assertThat(crashed.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(crashed.stderr())
			.contains("Chạy báo cáo tháng 10/2026 (monthlyRunJob, lần chạy 1, kế hoạch: AG-2026)")
			.contains("THẤT BẠI")
			.contains("Dừng ở bước renderMonthlyReportStep")
			.contains("Chạy lại cùng lệnh để tiếp tục từ chỗ dừng: taphuan run monthly --month 2026-10");
		assertThat(OpsFixtures.filesUnder(this.inbox)).isEmpty();
		JsonNode attention = run("runs", "--failed", "--json").json().get("runs");
		assertThat(attention).hasSize(1);
		assertThat(attention.get(0).get("job").asString()).isEqualTo("monthlyRunJob");
		assertThat(attention.get(0).get("status").asString()).isEqualTo("FAILED");
		assertThat(attention.get(0).get("rerun").asString()).isEqualTo("taphuan run monthly --month 2026-10");

		Cli.Result resumed = run("run", "monthly", "--month", "2026-10", "--json");

		assertThat(resumed.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(resumed.stderr()).contains("HOÀN THÀNH").contains("2 đã nhập");
		JsonNode outcome = resumed.json();
		assertThat(outcome.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(outcome.get("counts").get("imported").asInt()).isEqualTo(2);
		assertThat(outcome.get("counts").get("findings").asInt()).isEqualTo(7);
		assertThat(FakePorts.count("reconcile")).isEqualTo(1);
		assertThat(FakePorts.count("monthly")).isEqualTo(2);
		assertThat(query("SELECT job_instance_id, status FROM batch_job_execution e WHERE job_instance_id IN "
				+ "(SELECT job_instance_id FROM batch_job_instance WHERE job_name = 'monthlyRunJob') "
				+ "ORDER BY job_execution_id"))
			.containsExactly(outcome.get("instance").asString() + " FAILED",
					outcome.get("instance").asString() + " COMPLETED");
		assertThat(query("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'attendanceImportJob'"))
			.containsExactly("2");
		assertThat(OpsFixtures.filesUnder(this.work.resolve("outbox"))).hasSize(2);

		JsonNode history = run("runs", "--json").json().get("runs");
		List<JsonNode> monthly = new ArrayList<>();
		List<JsonNode> imports = new ArrayList<>();
		history.forEach((run) -> (run.get("job").asString().equals("monthlyRunJob") ? monthly : imports).add(run));
		assertThat(monthly).hasSize(2);
		assertThat(monthly.get(0).get("parameters").get("month").asString()).isEqualTo("2026-10");
		assertThat(monthly.get(0).get("parameters").get("plan").asString()).isEqualTo("*");
		assertThat(monthly.get(0).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(monthly.get(0).get("counts").get("reports").asInt()).isEqualTo(3);
		assertThat(monthly.get(1).get("status").asString()).isEqualTo("FAILED");
		assertThat(monthly.get(1).get("needsAttention").asBoolean()).isFalse();
		assertThat(monthly.get(1).get("counts").get("files").asInt()).isEqualTo(2);
		assertThat(monthly.get(1).get("counts").get("rowsAccepted").asInt()).isEqualTo(7);
		assertThat(imports).hasSize(2).allSatisfy((run) -> {
			assertThat(run.get("job").asString()).isEqualTo("attendanceImportJob");
			assertThat(run.get("counts").get("files").asInt()).isEqualTo(1);
			assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
		});
		Cli.Result failedNow = run("runs", "--failed");
		assertThat(failedNow.exitCode()).isZero();
		assertThat(failedNow.stderr()).contains("Không có lần chạy nào cần xử lý.");

		Cli.Result again = run("run", "monthly", "--month", "2026-10");
		assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(again.stderr()).contains("ĐÃ CHẠY XONG TRƯỚC ĐÂY").contains("Dùng --force để chạy lần mới.");
		assertThat(FakePorts.count("monthly")).isEqualTo(2);

		Cli.Result forced = run("run", "monthly", "--month", "2026-10", "--force", "--json");
		assertThat(forced.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(forced.json().get("run").asInt()).isEqualTo(2);
		assertThat(FakePorts.count("reconcile")).isEqualTo(2);
	}

	@Test
	void aRunKilledMidwayIsRecoveredAndResumedBySameCommand() throws Exception {
		dropTwoWardFiles();
		FakePorts.renderFailures.set(1);
		assertThat(run("run", "monthly", "--month", "2026-10").exitCode()).isEqualTo(ExitCodes.FAILURE);
		// what a process killed in the render step leaves: its execution marked as
		// running,
		// and the job lock still held by it
		update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL "
				+ "WHERE job_instance_id IN (SELECT job_instance_id FROM batch_job_instance "
				+ "WHERE job_name = 'monthlyRunJob')");
		update("UPDATE batch_step_execution SET status = 'STARTED', end_time = NULL "
				+ "WHERE step_name = 'renderMonthlyReportStep'");
		// (on an embedded H2 file a lock left by another process is known to be dead even
		// before its lease ends; on a shared database, PostgreSQL, only once it has)
		String expires = TestDatabase.postgresql() ? "2026-11-21 08:00:00+07" : "2099-01-01 00:00:00+07";
		update("UPDATE ops_job_lock SET owner = 'deadbeef#1 old-host/4242', acquired_at = CURRENT_TIMESTAMP, "
				+ "expires_at = TIMESTAMP WITH TIME ZONE '" + expires + "' WHERE lock_name = 'monthlyRunJob'");

		Cli.Result interrupted = run("runs", "--failed");
		assertThat(interrupted.stderr()).contains("monthlyRunJob").contains("INTERRUPTED");

		Cli.Result resumed = run("run", "monthly", "--month", "2026-10");

		assertThat(resumed.exitCode()).isEqualTo(ExitCodes.OK);
		assertThat(query("SELECT status FROM batch_job_execution WHERE job_instance_id IN "
				+ "(SELECT job_instance_id FROM batch_job_instance WHERE job_name = 'monthlyRunJob') "
				+ "ORDER BY job_execution_id"))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(query("SELECT owner FROM ops_job_lock WHERE lock_name = 'monthlyRunJob'")).containsExactly("null");
		assertThat(FakePorts.count("reconcile")).isEqualTo(1);
		assertThat(query("SELECT COUNT(*) FROM submission")).containsExactly("2");
		assertThat(OpsFixtures.filesUnder(this.work.resolve("archive"))).hasSize(2);
	}

	@Test
	void theYearEndRunReportsTheYearsPlans() throws Exception {
		Cli.Result result = run("--taphuan.test.now=2026-12-20T10:00", "run", "year-end", "--json");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
		JsonNode outcome = result.json();
		assertThat(outcome.get("job").asString()).isEqualTo("yearEndRunJob");
		assertThat(outcome.get("period").asString()).isEqualTo("2026");
		assertThat(outcome.get("reports")).hasSize(3);
		assertThat(FakePorts.calls).containsExactly("reconcile AG-2026 2026-12-20", "year-end AG-2026");
		assertThat(FakePorts.prepared).hasValue(1);
		assertThat(OpsFixtures.filesUnder(this.work.resolve("outbox")))
			.containsExactly("2026/AG-2026/bao-cao-nam-AG-2026.pdf", "2026/AG-2026/bao-cao-nam-AG-2026.xlsx");
	}

	@Test
	void badInputExitsWithTwoAndDeliveryWithoutAMailServerWithOne() throws Exception {
		Cli.Result badMonth = run("run", "monthly", "--month", "2026-13");
		Cli.Result future = run("run", "monthly", "--month", "2027-01");
		Cli.Result unknownPlan = run("run", "monthly", "--plan", "XX-2026");
		Cli.Result noPlanThatYear = run("run", "monthly", "--month", "2025-12");
		Cli.Result noMailServer = run("--taphuan.delivery.recipients=lanhdao@ldld-angiang.vn", "run", "monthly",
				"--json");

		assertThat(badMonth.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(badMonth.stderr()).contains("Tháng không hợp lệ: '2026-13'");
		assertThat(future.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(future.stderr()).contains("kỳ này chưa bắt đầu");
		assertThat(unknownPlan.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknownPlan.stderr()).contains("Không có kế hoạch 'XX-2026'");
		assertThat(noPlanThatYear.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(noPlanThatYear.stderr()).contains("Chưa nạp kế hoạch nào của năm 2025");
		assertThat(noMailServer.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(noMailServer.stderr()).contains("chưa đặt máy chủ gửi thư");
		assertThat(noMailServer.json().get("error").get("code").asString()).isEqualTo("NOT_READY");
		assertThat(query("SELECT COUNT(*) FROM batch_job_instance WHERE job_name LIKE '%RunJob'")).containsExactly("0");
		assertThat(this.cli.run("serve", "--help").exitCode()).isZero();
	}

}
