package vn.congdoan.taphuan.cli;

import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.reconcile.Finding;
import vn.congdoan.taphuan.reconcile.Findings;

/**
 * {@code taphuan findings ack ID --note "…"}.
 */
@Command(name = "ack",
		description = { "Record a person's decision on a finding (e.g. \"hai người khác nhau\"). It stays acknowledged "
				+ "across later reconciliations while the facts behind it are unchanged, and opens again when they "
				+ "change.", "Exit 0: recorded; 2: unknown or closed finding, or no note." })
class FindingsAckCommand extends ResultCommand {

	@Parameters(paramLabel = "ID", description = "The finding's id, as 'findings' lists it.")
	String id;

	@Option(names = "--note", paramLabel = "TEXT", required = true, description = "The decision, in words.")
	String note;

	@Option(names = "--by", paramLabel = "NAME", description = "Who decided (default: the user running the command).")
	String by;

	private final Findings findings;

	FindingsAckCommand(Findings findings, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.findings = findings;
	}

	@Override
	public Integer call() {
		String who = (this.by != null && !this.by.isBlank()) ? this.by : System.getProperty("user.name", "unknown");
		Finding finding = this.findings.acknowledge(this.id, this.note, who);
		err().println("Đã xác nhận:");
		FindingsCommand.print(finding, err());
		err().flush();
		if (this.json) {
			printJson(Map.of("finding", finding));
		}
		return ExitCodes.OK;
	}

}
