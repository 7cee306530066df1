package vn.congdoan.taphuan.ops;

import java.time.Clock;
import java.time.LocalDate;
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
 * {@code reconcileStep}: reconciles each plan of the run through the
 * {@link Reconciliation} port, one plan per iteration, and records the open findings.
 * Restart: plans reconciled by an earlier attempt of the same run are not done again.
 */
class ReconcileTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(ReconcileTasklet.class);

	private final Reconciliation reconciliation;

	private final OpsStore store;

	private final List<String> plans;

	private final RunPeriod period;

	private final Clock clock;

	ReconcileTasklet(Reconciliation reconciliation, OpsStore store, List<String> plans, RunPeriod period, Clock clock) {
		this.reconciliation = reconciliation;
		this.store = store;
		this.plans = plans;
		this.period = period;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		Set<String> done = this.store.reconciledPlans(step.getJobExecution().getJobInstance().getInstanceId());
		String plan = this.plans.stream().filter((code) -> !done.contains(code)).findFirst().orElse(null);
		if (plan == null) {
			return RepeatStatus.FINISHED;
		}
		LocalDate asOf = this.period.asOf(LocalDate.now(this.clock));
		logger.info("Reconciling {} as of {}", plan, asOf);
		ReconcileOutcome outcome = this.reconciliation.reconcile(plan, asOf);
		if (outcome == null || !plan.equals(outcome.planCode())) {
			throw new IllegalStateException("Reconciliation of " + plan + " returned " + outcome);
		}
		this.store.recordReconcile(step.getJobExecutionId(), outcome, asOf);
		contribution.incrementReadCount();
		contribution.incrementWriteCount(outcome.openFindings());
		logger.info("Reconciled {}: {} open finding(s)", plan, outcome.openFindings());
		return (done.size() + 1 < this.plans.size()) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

}
