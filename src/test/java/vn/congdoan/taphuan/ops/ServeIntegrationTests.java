package vn.congdoan.taphuan.ops;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.taphuan.TaphuanApplication;
import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.testing.H2Only;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code serve} processes on one H2 file: the second cannot open the database and
 * says so, in a real second JVM (H2 locks the file against other processes, not against
 * this one).
 */
@TaphuanIntegrationTest
@H2Only("H2's lock on its file against a second process: PostgreSQL serves several (JobLocksIntegrationTests)")
class ServeIntegrationTests {

	@Autowired
	DataSource dataSource;

	@TempDir
	Path work;

	@Test
	void aSecondServeOnTheSameDatabaseFileExitsSayingTheDatabaseIsInUse() throws Exception {
		String url;
		try (Connection connection = this.dataSource.getConnection()) { // this process
																		// holds the file
			url = connection.getMetaData().getURL();
		}
		String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
				"-Djava.awt.headless=true", "-Xmx256m", TaphuanApplication.class.getName(),
				"--spring.datasource.url=" + url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--taphuan.data-dir=" + this.work.resolve("var"), "serve")
			.redirectOutput(this.work.resolve("stdout.txt").toFile())
			.redirectError(this.work.resolve("stderr.txt").toFile());
		Process second = builder.start();
		boolean ended = second.waitFor(120, TimeUnit.SECONDS);
		if (!ended) {
			second.destroyForcibly();
		}
		String stderr = Files.readString(this.work.resolve("stderr.txt"), StandardCharsets.UTF_8);

		assertThat(ended).as("the second serve gives up instead of waiting: " + stderr).isTrue();
		assertThat(second.exitValue()).isEqualTo(ExitCodes.FAILURE);
		assertThat(stderr).contains("cơ sở dữ liệu đang được một tiến trình taphuan khác dùng (ví dụ 'taphuan serve')")
			.contains("PostgreSQL");
	}

}
