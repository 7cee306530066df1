package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * {@code renderMonthlyReportStep} / {@code renderYearEndReportStep}: writes each plan's
 * report through the {@link ReportRendering} port into
 * {@code ${taphuan.data-dir}/reports/<period>/run-<n>/<plan>/}, one plan per iteration,
 * and records the files for the delivery step. Restart: plans whose reports an earlier
 * attempt of the same run recorded are not rendered again.
 */
class RenderReportsTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(RenderReportsTasklet.class);

	private final ReportRendering rendering;

	private final OpsStore store;

	private final List<String> plans;

	private final RunPeriod period;

	private final Path reportsDir;

	RenderReportsTasklet(ReportRendering rendering, OpsStore store, List<String> plans, RunPeriod period,
			Path reportsDir) {
		this.rendering = rendering;
		this.store = store;
		this.plans = plans;
		this.period = period;
		this.reportsDir = reportsDir;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		long instanceId = step.getJobExecution().getJobInstance().getInstanceId();
		Set<String> done = this.store.renderedPlans(instanceId);
		String plan = this.plans.stream().filter((code) -> !done.contains(code)).findFirst().orElse(null);
		if (plan == null) {
			return RepeatStatus.FINISHED;
		}
		long run = step.getJobExecution().getJobParameters().getLong(RunParameters.RUN);
		Path outDir = this.reportsDir.resolve(this.period.label()).resolve("run-" + run).resolve(plan);
		Files.createDirectories(outDir);
		logger.info("Rendering the {} report of {} into {}", this.period.label(), plan, outDir);
		List<Path> files = (this.period.kind() == RunKind.MONTHLY)
				? this.rendering.renderMonthly(plan, this.period.month(), outDir)
				: this.rendering.renderYearEnd(plan, outDir);
		if (files == null || files.isEmpty()) {
			throw new IllegalStateException(
					"Report rendering wrote no file for plan " + plan + " (" + this.period.label() + ")");
		}
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new IllegalStateException("Report rendering returned " + file + ", which is not a file");
			}
		}
		this.store.recordReports(step.getJobExecution().getJobInstance().getJobName(), instanceId,
				step.getJobExecutionId(), plan, this.period.label(), files);
		contribution.incrementReadCount();
		contribution.incrementWriteCount(files.size());
		logger.info("Rendered {} file(s) for {}: {}", files.size(), plan, files);
		return (done.size() + 1 < this.plans.size()) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

}
