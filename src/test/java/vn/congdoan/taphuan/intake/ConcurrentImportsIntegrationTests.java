package vn.congdoan.taphuan.intake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.congdoan.taphuan.TaphuanApplication;
import vn.congdoan.taphuan.cli.CommandLineApplication;
import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.Cli;
import vn.congdoan.taphuan.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports at the same time, in one process and in several sharing one database: every job
 * is created, runs and completes, whatever the engine (on PostgreSQL Spring Batch's
 * default SERIALIZABLE creation of job executions failed here, and left a job instance
 * without an execution).
 */
class ConcurrentImportsIntegrationTests {

	private static final Path SAMPLES = Path.of("data-samples/attendance");

	@TempDir
	Path work;

	private Cli loadedPlans() {
		Cli cli = new Cli(this.work);
		assertThat(cli.run("plan", "load", "data-samples/plans/ag-2026.yaml", "data-samples/plans/lc-2026.yaml")
			.exitCode()).isZero();
		return cli;
	}

	@Test
	void theSamplesImportTwoAtATimeWithOnlyTheTwoBadFilesRejected() {
		Cli cli = loadedPlans();

		Cli.Result result = cli.run("import", "--taphuan.import.parallelism=2", SAMPLES.toString(), "--json");

		assertThat(result.exitCode()).isEqualTo(ExitCodes.PARTIAL);
		JsonNode totals = result.json().get("totals");
		assertThat(totals.get("files").asInt()).isEqualTo(61);
		assertThat(totals.get("rejected").asInt()).isEqualTo(2);
		assertThat(totals.get("imported").asInt()).isEqualTo(59);
		assertThat(statuses(result)).doesNotContain("FAILED");
		assertThat(cli.run("runs", "--failed").stderr()).contains("Không có lần chạy nào cần xử lý.");
	}

	@Test
	void twoProcessesImportingIntoOneDatabaseAtOnceCompleteEveryJob() throws Exception {
		// given two processes, each importing two files at a time, on one database
		Cli cli = loadedPlans();
		CyclicBarrier start = new CyclicBarrier(2);

		// when
		CompletableFuture<Integer> first = CompletableFuture
			.supplyAsync(() -> importInOwnProcess(cli, start, SAMPLES.resolve("AG-2026")));
		CompletableFuture<Integer> second = CompletableFuture
			.supplyAsync(() -> importInOwnProcess(cli, start, SAMPLES.resolve("LC-2026")));

		// then every file was taken in (the two bad ones rejected), and every job
		// instance has an execution that completed
		assertThat(List.of(first.get(5, TimeUnit.MINUTES), second.get(5, TimeUnit.MINUTES)))
			.allMatch((code) -> code == ExitCodes.OK || code == ExitCodes.PARTIAL);
		Cli.Result again = cli.run("import", SAMPLES.toString(), "--json");
		assertThat(statuses(again)).containsOnly("UNCHANGED", "REJECTED");
		assertThat(query(cli, "SELECT COUNT(*) FROM submission WHERE status = 'IMPORTING'")).containsExactly("0");
		assertThat(query(cli, """
				SELECT COUNT(*) FROM batch_job_instance i
				WHERE NOT EXISTS (SELECT 1 FROM batch_job_execution e
				                  WHERE e.job_instance_id = i.job_instance_id AND e.status = 'COMPLETED')
				""")).containsExactly("0");
	}

	/**
	 * {@code taphuan import FOLDER} in an application of its own (its own pool, job
	 * repository and imports), as another process would run it, two files at a time.
	 */
	private static int importInOwnProcess(Cli cli, CyclicBarrier start, Path folder) {
		List<String> args = new ArrayList<>(cli.configuration());
		args.addAll(List.of("--taphuan.import.parallelism=2", "import", folder.toString()));
		try {
			start.await(1, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return CommandLineApplication.run(TaphuanApplication.class, args.toArray(String[]::new));
	}

	private static List<String> statuses(Cli.Result result) {
		List<String> statuses = new ArrayList<>();
		result.json().get("files").forEach((file) -> statuses.add(file.get("status").asString()));
		return statuses;
	}

	private static List<String> query(Cli cli, String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(cli.databaseUrl(), TestDatabase.USER, "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}

}
