package vn.congdoan.taphuan.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congdoan.taphuan.TaphuanApplication;
import vn.congdoan.taphuan.cli.CommandLineApplication;

/**
 * Runs the real command line in this JVM, as {@code java -jar taphuan.jar ARGS} would,
 * against a database of its own (in {@code workDir} on H2; on the test PostgreSQL server
 * when the tests run there) and a data folder and output folder inside {@code workDir},
 * capturing stdout, stderr and the exit code.
 */
public final class Cli {

	private final Path workDir;

	private final String databaseUrl;

	public Cli(Path workDir) {
		this(workDir, null);
	}

	/**
	 * A command line on the database at {@code databaseUrl} (opened as
	 * {@link TestDatabase#USER}, no password), with the data and output folders of
	 * {@code workDir}.
	 */
	public Cli(Path workDir, String databaseUrl) {
		this.workDir = workDir;
		this.databaseUrl = databaseUrl;
	}

	public Path workDir() {
		return this.workDir;
	}

	/**
	 * The Spring arguments that point a run at this work folder: its database first (an
	 * H2 file in {@code db/}, or a PostgreSQL database of its own when the tests run on
	 * PostgreSQL, see {@link TestDatabase}), then its data and output folders.
	 */
	public List<String> configuration() {
		List<String> configuration = new ArrayList<>((this.databaseUrl != null)
				? List.of("--spring.datasource.url=" + this.databaseUrl,
						"--spring.datasource.username=" + TestDatabase.USER, "--spring.datasource.password=")
				: TestDatabase.arguments(this.workDir));
		configuration.add("--taphuan.data-dir=" + this.workDir.toAbsolutePath().resolve("var"));
		configuration.add("--taphuan.output-dir=" + this.workDir.toAbsolutePath().resolve("out"));
		return List.copyOf(configuration);
	}

	/** The URL of this work folder's database. */
	public String databaseUrl() {
		return (this.databaseUrl != null) ? this.databaseUrl : TestDatabase.urlFor(this.workDir);
	}

	public synchronized Result run(String... args) {
		List<String> all = new ArrayList<>(configuration());
		all.addAll(List.of(args));
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			exitCode = CommandLineApplication.run(TaphuanApplication.class, all.toArray(String[]::new));
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
		Result result = new Result(exitCode, out.toString(StandardCharsets.UTF_8),
				err.toString(StandardCharsets.UTF_8));
		originalErr.print(result.stderr());
		return result;
	}

	public record Result(int exitCode, String stdout, String stderr) {

		private static final JsonMapper MAPPER = JsonMapper.builder().build();

		public JsonNode json() {
			return MAPPER.readTree(this.stdout);
		}

	}

}
