package vn.congdoan.taphuan.ops;

import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of {@code monthlyRunJob} and {@code yearEndRunJob}. Identifying: the
 * plan asked for ({@code *} for every loaded plan of the year), the month or year, and
 * the run number (1, or the next one with {@code --force}); so running the same command
 * again after a failure restarts the same job instance. Not identifying: the plans the
 * run covers, as resolved when it started.
 */
final class RunParameters {

	static final String PLAN = "plan";

	static final String MONTH = "month";

	static final String YEAR = "year";

	static final String RUN = "run";

	static final String PLANS = "plans";

	static final String ALL_PLANS = "*";

	private RunParameters() {
	}

	static JobParameters of(String plan, RunPeriod period, long run, List<String> plans) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(PLAN, (plan != null) ? plan : ALL_PLANS);
		if (period.kind() == RunKind.MONTHLY) {
			builder.addString(MONTH, period.month().toString());
		}
		else {
			builder.addLong(YEAR, (long) period.year());
		}
		return builder.addLong(RUN, run).addString(PLANS, String.join(",", plans), false).toJobParameters();
	}

	static List<String> plans(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter((code) -> !code.isEmpty()).toList();
	}

}
