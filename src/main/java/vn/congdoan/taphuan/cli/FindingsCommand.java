package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.Finding;
import vn.congdoan.taphuan.reconcile.FindingCode;
import vn.congdoan.taphuan.reconcile.FindingFilter;
import vn.congdoan.taphuan.reconcile.FindingStatus;
import vn.congdoan.taphuan.reconcile.Findings;

/**
 * {@code taphuan findings [--plan P] [--class C] [--code X] [--open] [--all] [--json]},
 * and {@code findings ack ID --note "…"}.
 */
@Command(name = "findings",
		description = {
				"List the findings of the latest reconciliation: by default those still found (open and "
						+ "acknowledged), most serious first; the id in the first column is what 'findings ack' takes.",
				"Exit 0: listed; 2: usage error." },
		subcommands = { FindingsAckCommand.class })
class FindingsCommand extends ResultCommand {

	@Option(names = "--plan", paramLabel = "P", description = "Only this plan's findings.")
	String plan;

	@Option(names = "--class", paramLabel = "C", description = "Only findings about this class.")
	String classCode;

	@Option(names = "--code", paramLabel = "X", description = "Only findings with this code, e.g. SUBMISSION_MISSING.")
	String code;

	@Option(names = "--open", description = "Only open findings (not acknowledged).")
	boolean open;

	@Option(names = "--all", description = "Closed findings too (no longer found), as history.")
	boolean all;

	private final Findings findings;

	private final Plans plans;

	FindingsCommand(Findings findings, Plans plans, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.findings = findings;
		this.plans = plans;
	}

	@Override
	public Integer call() {
		if (this.plan != null) {
			this.plans.get(this.plan);
		}
		if (this.classCode != null) {
			this.plans.findClass(this.classCode);
		}
		List<Finding> found = this.findings
			.list(new FindingFilter(this.plan, this.classCode, code(this.code), this.open, this.all));
		PrintWriter err = err();
		for (Finding finding : found) {
			print(finding, err);
		}
		err.printf("%d phát hiện.%s%n", found.size(),
				found.isEmpty() ? "" : " Xác nhận một phát hiện: taphuan findings ack MÃ --note \"…\"");
		err.flush();
		if (this.json) {
			printJson(Map.of("findings", found));
		}
		return ExitCodes.OK;
	}

	static void print(Finding finding, PrintWriter out) {
		out.printf("%s  [%s] %s%s%n", finding.id(), finding.severity().label(), finding.subject(),
				(finding.status() == FindingStatus.OPEN) ? ""
						: "  (" + finding.status().label().toLowerCase(Locale.forLanguageTag("vi")) + ")");
		out.printf("    %s%n", finding.message());
		if (finding.acknowledgement() != null) {
			Finding.Acknowledgement ack = finding.acknowledgement();
			out.printf("    Xác nhận: \"%s\" — %s%s%n", ack.note(), ack.by(),
					ack.current() ? "" : " (số liệu đã thay đổi sau khi xác nhận)");
		}
	}

	private static FindingCode code(String text) {
		if (text == null) {
			return null;
		}
		try {
			return FindingCode.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UserInputException("Không có mã phát hiện '" + text + "'. Các mã: "
					+ Arrays.stream(FindingCode.values()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

}
