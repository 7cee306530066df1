package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that produces results: human text on stderr, and with {@code --json} one JSON
 * document on stdout.
 */
abstract class ResultCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--json",
			description = "Print the result as one JSON document on stdout (human text stays on stderr).")
	boolean json;

	private final JsonOutput jsonOutput;

	ResultCommand(JsonOutput jsonOutput) {
		this.jsonOutput = jsonOutput;
	}

	PrintWriter err() {
		return this.spec.commandLine().getErr();
	}

	JsonOutput jsonOutput() {
		return this.jsonOutput;
	}

	void printJson(Object document) {
		this.jsonOutput.print(this.spec.commandLine(), document);
	}

}
