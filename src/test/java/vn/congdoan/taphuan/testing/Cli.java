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
 * against a database, data folder and output folder inside {@code workDir}, capturing
 * stdout, stderr and the exit code.
 */
public final class Cli {

	private final Path workDir;

	public Cli(Path workDir) {
		this.workDir = workDir;
	}

	public Path workDir() {
		return this.workDir;
	}

	/** The Spring arguments that point a run at this work folder. */
	public List<String> configuration() {
		return List.of("--spring.datasource.url=jdbc:h2:file:" + this.workDir.toAbsolutePath().resolve("db/taphuan")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64;CACHE_SIZE=1024",
				"--taphuan.data-dir=" + this.workDir.toAbsolutePath().resolve("var"),
				"--taphuan.output-dir=" + this.workDir.toAbsolutePath().resolve("out"));
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
