package vn.congdoan.taphuan.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

import vn.congdoan.taphuan.common.ExitCodes;

/**
 * Boots Spring, runs one picocli command and returns its exit code. Arguments of the form
 * {@code --spring.x=…}, {@code --taphuan.x=…} or {@code --logging.x=…} are configuration
 * for Spring; everything else is the command.
 */
public final class CommandLineApplication {

	private static final List<String> CONFIGURATION_PREFIXES = List.of("--spring.", "--taphuan.", "--logging.");

	private CommandLineApplication() {
	}

	public static int run(Class<?> source, String... args) {
		System.setProperty("java.awt.headless", "true");
		// H2 interns every value it creates in a soft cache; for a bulk import of mostly
		// distinct names that costs a third of the insert time and saves nothing
		// (measured with taphuan bench)
		System.setProperty("h2.objectCache", "false");
		List<String> springArgs = new ArrayList<>();
		List<String> commandArgs = new ArrayList<>();
		for (String arg : args) {
			boolean configuration = arg.contains("=") && CONFIGURATION_PREFIXES.stream().anyMatch(arg::startsWith);
			(configuration ? springArgs : commandArgs).add(arg);
		}
		String command = commandArgs.isEmpty() ? "" : commandArgs.get(0);
		Path scratch = null;
		if (command.equals("demo")) {
			IsolatedRun.replace(springArgs, IsolatedRun.arguments(demoFolder(DemoCommand.outDirectory(commandArgs))));
		}
		else if (command.equals("bench") && !commandArgs.contains("--help") && !commandArgs.contains("-h")) {
			try {
				scratch = Files.createTempDirectory("taphuan-bench-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			IsolatedRun.replace(springArgs, IsolatedRun.arguments(scratch));
		}
		SpringApplication application = new SpringApplication(source);
		application.setBannerMode(Banner.Mode.OFF);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("taphuan.command", String.join(" ", commandArgs)));
		ConfigurableApplicationContext context;
		try {
			context = application.run(springArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			new PrintStream(System.err, true, StandardCharsets.UTF_8).println(StartupFailure.explain(ex));
			return ExitCodes.FAILURE;
		}
		int exitCode;
		try {
			CommandLine commandLine = context.getBean(CommandLines.class).create();
			exitCode = commandLine.execute(commandArgs.toArray(String[]::new));
		}
		finally {
			context.close();
			if (scratch != null) {
				IsolatedRun.delete(scratch);
			}
		}
		return exitCode;
	}

	/**
	 * Where {@code demo} keeps its database and data: inside its output folder, never the
	 * operator's.
	 */
	static Path demoFolder(Path out) {
		return out.toAbsolutePath().normalize().resolve("demo-data");
	}

}
