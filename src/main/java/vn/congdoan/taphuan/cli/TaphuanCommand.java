package vn.congdoan.taphuan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code taphuan}: the root command.
 */
@Command(name = "taphuan", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
		versionProvider = VersionProvider.class,
		description = {
				"Union-cadre training (tập huấn cán bộ công đoàn): import ward attendance, reconcile it "
						+ "against the plan and budgets, and write the reports.",
				"Exit codes: 0 done; 3 done but some input was rejected; 2 usage or validation error; 1 failure." },
		subcommands = { PlanCommand.class, ImportCommand.class, ExportCommand.class, TemplateCommand.class,
				SignInCommand.class, FeedbackCommand.class, BudgetCommand.class, ReconcileCommand.class,
				FindingsCommand.class, ReportCommand.class, NationalCommand.class, RunCommand.class, RunsCommand.class,
				ServeCommand.class, DemoCommand.class, BenchCommand.class, DbCommand.class })
class TaphuanCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Thiếu lệnh. Xem danh sách lệnh: taphuan --help");
	}

}
