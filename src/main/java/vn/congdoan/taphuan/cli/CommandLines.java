package vn.congdoan.taphuan.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.UserInputException;

/**
 * Builds the picocli command line: commands are created by Spring so they get their
 * collaborators through their constructors; user errors end with exit code 2, anything
 * else with 1 and the details in the log.
 */
@Component
class CommandLines {

	private static final Logger logger = LoggerFactory.getLogger(CommandLines.class);

	private final AutowireCapableBeanFactory beans;

	private final JsonOutput json;

	CommandLines(AutowireCapableBeanFactory beans, JsonOutput json) {
		this.beans = beans;
		this.json = json;
	}

	CommandLine create() {
		CommandLine commandLine = new CommandLine(TaphuanCommand.class, new SpringFactory(this.beans));
		commandLine.setExecutionExceptionHandler(this::handleExecutionException);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setUsageHelpAutoWidth(true);
		// Vietnamese text on any platform default: the terminal gets UTF-8 (Java 17 still
		// defaults to the locale's).
		commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
		commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
		return commandLine;
	}

	private int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		boolean wantsJson = parseResult.subcommands().isEmpty() ? parseResult.hasMatchedOption("--json")
				: lastOf(parseResult).hasMatchedOption("--json");
		if (ex instanceof UserInputException input) {
			err.println("Lỗi: " + input.getMessage());
			input.details().forEach((detail) -> err.println("  - " + detail));
			err.flush();
			if (wantsJson) {
				this.json.print(commandLine, JsonOutput.error("USAGE", input.getMessage(), input.details()));
			}
			return ExitCodes.USAGE;
		}
		logger.error("Command failed: {}", String.join(" ", parseResult.originalArgs()), ex);
		err.println(
				"Lỗi không mong đợi: " + ex + ". Chi tiết trong var/log/taphuan.log; chạy lại cùng lệnh để tiếp tục.");
		err.flush();
		if (wantsJson) {
			this.json.print(commandLine,
					JsonOutput.error("FAILURE", String.valueOf(ex.getMessage()), java.util.List.of()));
		}
		return ExitCodes.FAILURE;
	}

	private static ParseResult lastOf(ParseResult parseResult) {
		ParseResult last = parseResult;
		while (last.subcommand() != null) {
			last = last.subcommand();
		}
		return last;
	}

	/** Our commands are built by Spring; picocli's own helper classes by picocli. */
	private record SpringFactory(AutowireCapableBeanFactory beans) implements CommandLine.IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			if (type.getName().startsWith("vn.congdoan.taphuan.")) {
				return this.beans.createBean(type);
			}
			return CommandLine.defaultFactory().create(type);
		}

	}

}
