package vn.congdoan.taphuan.intake;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The trainee rows of one submission as the row step writes them: each row read by
 * {@link TraineeRowReader} and checked by {@link TraineeRowProcessor}. What inspection
 * stored about the submission is loaded when the step opens, so a failure to load it
 * fails the step like any other, and the step can be run again. Restartable through the
 * reader's item count.
 */
final class CheckedTraineeRows implements ItemStreamReader<TraineeRecord> {

	private final long submissionId;

	private final ImportContexts contexts;

	private final ImportLimits limits;

	private TraineeRowReader reader;

	private TraineeRowProcessor processor;

	CheckedTraineeRows(long submissionId, ImportContexts contexts, ImportLimits limits) {
		this.submissionId = submissionId;
		this.contexts = contexts;
		this.limits = limits;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		ImportContext context = this.contexts.load(this.submissionId);
		this.reader = new TraineeRowReader(context, this.limits);
		this.processor = new TraineeRowProcessor(context);
		this.reader.open(executionContext);
	}

	@Override
	public TraineeRecord read() throws Exception {
		RawTraineeRow row = this.reader.read();
		return (row != null) ? this.processor.process(row) : null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		this.reader.update(executionContext);
	}

	@Override
	public void close() {
		if (this.reader != null) {
			this.reader.close();
		}
	}

}
