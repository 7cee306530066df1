package vn.congdoan.taphuan.ops;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * {@code deliverReportsStep}: records one delivery per plan and configured channel for
 * the reports of this run, then attempts every delivery still pending, this run's and any
 * an earlier run could not make (oldest first). Every attempt is recorded. When one of
 * this run's deliveries still fails, the step fails: the reports stay where they were
 * written, and running the same command again (or the next run) retries only what is
 * pending, so nothing is sent twice.
 */
class DeliverReportsTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(DeliverReportsTasklet.class);

	private final ReportDelivery delivery;

	private final OpsStore store;

	DeliverReportsTasklet(ReportDelivery delivery, OpsStore store) {
		this.delivery = delivery;
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		long instanceId = step.getJobExecution().getJobInstance().getInstanceId();
		String jobName = step.getJobExecution().getJobInstance().getJobName();
		List<DeliveryChannel> channels = this.delivery.channels();
		if (channels.isEmpty()) {
			logger.warn("No delivery configured (taphuan.delivery.recipients and taphuan.outbox are empty): "
					+ "the reports stay where they were written");
		}
		String period = period(step);
		for (String plan : this.store.renderedPlans(instanceId)) {
			for (DeliveryChannel channel : channels) {
				this.store.ensureDelivery(jobName, instanceId, plan, period, channel, this.delivery.target(channel));
			}
		}
		List<String> failures = new ArrayList<>();
		for (OpsStore.PendingDelivery pending : this.store.pendingDeliveries()) {
			if (!channels.contains(pending.channel())) {
				this.store.cancel(pending, "Kênh " + pending.channel() + " không còn được cấu hình.");
				continue;
			}
			String target = this.delivery.target(pending.channel());
			contribution.incrementReadCount();
			try {
				this.delivery.deliver(pending);
				this.store.recordAttempt(pending, step.getJobExecutionId(), target, null);
				contribution.incrementWriteCount(1);
			}
			catch (ReportDelivery.DeliveryException ex) {
				this.store.recordAttempt(pending, step.getJobExecutionId(), target, ex.getMessage());
				if (pending.jobInstanceId() == instanceId) {
					failures.add(pending.planCode() + " (" + pending.channel() + "): " + ex.getMessage());
				}
				else {
					logger.warn("Delivery {} of an earlier run ({} {}, {}) failed again: {}", pending.id(),
							pending.planCode(), pending.period(), pending.channel(), ex.getMessage());
				}
			}
		}
		if (!failures.isEmpty()) {
			throw new DeliveryFailedException("Chưa gửi được báo cáo: " + String.join("; ", failures));
		}
		return RepeatStatus.FINISHED;
	}

	private static String period(StepExecution step) {
		JobParameters parameters = step.getJobExecution().getJobParameters();
		String month = parameters.getString(RunParameters.MONTH);
		return (month != null) ? month : String.valueOf(parameters.getLong(RunParameters.YEAR));
	}

	/**
	 * A delivery of this run failed; it is recorded and will be retried.
	 */
	static class DeliveryFailedException extends RuntimeException {

		DeliveryFailedException(String message) {
			super(message);
		}

	}

}
