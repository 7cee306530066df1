package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.Databases;
import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;

/**
 * Imports ward attendance files: archives the bytes, recognises files already imported
 * (UNCHANGED), resumes an interrupted import of the same file, and otherwise runs
 * {@code attendanceImportJob} for a new submission.
 */
@Component
public class AttendanceImports {

	/** File extensions picked up when a folder is imported. */
	public static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "csv");

	private static final Logger logger = LoggerFactory.getLogger(AttendanceImports.class);

	private final ReceivedFiles receivedFiles;

	private final SubmissionStore submissions;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final Plans plans;

	private final ImportSettings settings;

	private final DataSource dataSource;

	private Boolean singleProcessDatabase;

	public AttendanceImports(ReceivedFiles receivedFiles, SubmissionStore submissions, JobOperator jobOperator,
			JobRepository jobRepository, @Qualifier("attendanceImportJob") Job job, Plans plans,
			ImportSettings settings, DataSource dataSource) {
		this.receivedFiles = receivedFiles;
		this.submissions = submissions;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.plans = plans;
		this.settings = settings;
		this.dataSource = dataSource;
	}

	/**
	 * Checks what a request names before any file is touched: an unknown plan, class or
	 * ward given on the command line is a usage error that lists the valid codes.
	 */
	public void validate(ImportRequest request) {
		Plan plan = (request.planCode() != null) ? this.plans.get(request.planCode()) : null;
		if (request.classCode() != null) {
			plan = this.plans.findClass(request.classCode()).plan();
			if (request.planCode() != null && !plan.code().equals(request.planCode())) {
				throw new UserInputException("Lớp " + request.classCode() + " thuộc kế hoạch " + plan.code()
						+ ", không phải " + request.planCode() + ".");
			}
		}
		if (request.wardCode() != null) {
			List<Plan> scope = (plan != null) ? List.of(plan) : this.plans.all();
			boolean known = scope.stream().anyMatch((candidate) -> candidate.unit(request.wardCode()).isPresent());
			if (!known) {
				throw new UserInputException("Không có đơn vị '" + request.wardCode() + "'. Các mã đơn vị: "
						+ String.join(", ",
								scope.stream()
									.flatMap((candidate) -> candidate.units().stream().map((unit) -> unit.code()))
									.toList()));
			}
		}
		if (this.plans.codes().isEmpty()) {
			throw new UserInputException("Chưa nạp kế hoạch nào: nạp kế hoạch trước (taphuan plan load TỆP.yaml).");
		}
	}

	/**
	 * The files to import under the given paths: files as given, folders searched
	 * recursively for spreadsheets.
	 */
	public List<Path> collect(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile)
						.filter((file) -> EXTENSIONS.contains(SpreadsheetFiles.extension(file)))
						.filter((file) -> !file.getFileName().toString().startsWith("~$"))
						.sorted(Comparator.comparing(Path::toString))
						.forEach(files::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else {
				throw new UserInputException("Không tìm thấy tệp hoặc thư mục: " + path);
			}
		}
		return files;
	}

	/**
	 * Imports files, {@code taphuan.import.parallelism} at a time; {@code progress} hears
	 * about each as it is done. Files are archived and given their submission in the
	 * order given, so the one given last is the one received last and stays current for
	 * its class and ward whichever import finishes first. A file whose import fails (a
	 * fault, not a rejection) is reported as FAILED and the others still go ahead.
	 * Outcomes come back in the order of {@code files}.
	 */
	public ImportSummary importFiles(List<Path> files, ImportRequest request, Consumer<FileOutcome> progress) {
		List<Supplier<FileOutcome>> work = new ArrayList<>();
		for (Path file : files) {
			work.add(prepare(file, request));
		}
		Consumer<FileOutcome> report = (outcome) -> {
			synchronized (progress) {
				progress.accept(outcome);
			}
		};
		int threads = Math.min(this.settings.parallelism(), files.size());
		List<FileOutcome> outcomes = new ArrayList<>();
		if (threads <= 1) {
			for (Supplier<FileOutcome> task : work) {
				FileOutcome outcome = task.get();
				report.accept(outcome);
				outcomes.add(outcome);
			}
			return ImportSummary.of(outcomes);
		}
		AtomicInteger number = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, (runnable) -> {
			Thread thread = new Thread(runnable, "import-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<FileOutcome>> futures = new ArrayList<>();
			for (Supplier<FileOutcome> task : work) {
				futures.add(pool.submit(() -> {
					FileOutcome outcome = task.get();
					report.accept(outcome);
					return outcome;
				}));
			}
			for (Future<FileOutcome> future : futures) {
				outcomes.add(future.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Import interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		return ImportSummary.of(outcomes);
	}

	/** Imports one file (see the class description). */
	public FileOutcome importFile(Path file, ImportRequest request) {
		FileOutcome outcome = prepare(file, request).get();
		if (outcome.status() == FileOutcome.Status.FAILED) {
			throw new ImportFailedException(outcome.issues().get(0).message(), null).of(outcome.sha256(),
					outcome.submission());
		}
		return outcome;
	}

	/**
	 * Archives the file and decides what to do with it: nothing (the same bytes are
	 * current), resume an interrupted import, or start one for a new submission. The
	 * returned task runs the import job.
	 */
	private Supplier<FileOutcome> prepare(Path file, ImportRequest request) {
		ReceivedFiles.ArchivedFile archived = this.receivedFiles.archive(file);
		Optional<Submission> current = this.submissions.currentWithBytes(archived.sha256(), request.classCode(),
				request.wardCode());
		if (current.isPresent()) {
			Submission same = current.get();
			logger.info("{}: same bytes as submission {} of {}/{}: unchanged", file, same.id(), same.classCode(),
					same.unitCode());
			FileOutcome unchanged = new FileOutcome(file.toString(), archived.sha256(), same.planCode(),
					same.classCode(), same.unitCode(), FileOutcome.Status.UNCHANGED, null, same.rowsRead(),
					same.rowsAccepted(), same.rowsRejected(), same.warnings(), List.of(), same.id(), List.of());
			return () -> unchanged;
		}
		Optional<Submission> interrupted = this.submissions.interrupted(archived.sha256(), request);
		long submissionId = interrupted.map(Submission::id)
			.orElseGet(() -> this.submissions.create(archived.sha256(), file.getFileName().toString(),
					file.toAbsolutePath().normalize().toString(), request));
		boolean resuming = interrupted.isPresent();
		return () -> {
			try {
				run(submissionId, resuming);
				return outcome(file.toString(), submissionId);
			}
			catch (ImportFailedException ex) {
				logger.error("Import of {} failed", file, ex);
				return FileOutcome.failed(file.toString(), archived.sha256(), submissionId, ex.getMessage());
			}
		};
	}

	/** Where the bytes with this SHA-256 are archived. */
	public Path archivePath(String sha256) {
		return this.receivedFiles.path(sha256);
	}

	/** The outcome of a submission, as {@code import} reports it. */
	public FileOutcome outcome(String path, long submissionId) {
		Submission submission = this.submissions.get(submissionId);
		String replaces = (submission.replacesId() != null)
				? this.submissions.get(submission.replacesId()).originalName() : null;
		FileOutcome.Status status = switch (submission.status()) {
			case IMPORTED, REPLACED -> FileOutcome.Status.IMPORTED;
			case REJECTED -> FileOutcome.Status.REJECTED;
			case IMPORTING -> throw new IllegalStateException("Submission " + submissionId + " did not complete");
		};
		return new FileOutcome(path, submission.sha256(), submission.planCode(), submission.classCode(),
				submission.unitCode(), status, replaces, submission.rowsRead(), submission.rowsAccepted(),
				submission.rowsRejected(), submission.warnings(), this.submissions.issues(submissionId), submissionId,
				List.of());
	}

	private void run(long submissionId, boolean resuming) {
		JobParameters parameters = new JobParametersBuilder()
			.addLong(AttendanceImportJobConfiguration.SUBMISSION_ID, submissionId)
			.toJobParameters();
		if (resuming) {
			JobExecution last = this.jobRepository.getLastJobExecution(AttendanceImportJobConfiguration.JOB_NAME,
					parameters);
			if (last != null && last.isRunning()) {
				if (!isStale(last)) {
					throw new UserInputException("Tệp đang được một tiến trình khác nhập (lần nhập " + submissionId
							+ "); chờ tiến trình đó xong rồi chạy lại.");
				}
				logger.info("Submission {}: taking over interrupted execution {}", submissionId, last.getId());
				this.jobOperator.recover(last);
			}
			logger.info("Submission {}: resuming an interrupted import", submissionId);
		}
		try {
			JobExecution execution = this.jobOperator.start(this.job, parameters);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
				logger.error("Submission {}: job execution {} ended {} ({})", submissionId, execution.getId(),
						execution.getStatus(), execution.getExitStatus(), cause);
				throw new ImportFailedException("Nhập tệp (lần nhập " + submissionId + ") dừng với trạng thái "
						+ execution.getStatus() + ((cause != null) ? ": " + cause.getMessage() : "")
						+ ". Chạy lại cùng lệnh để tiếp tục từ chỗ dừng.", cause);
			}
		}
		catch (ImportFailedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ImportFailedException("Không chạy được việc nhập tệp (lần nhập " + submissionId + "): "
					+ ex.getMessage() + ". Chạy lại cùng lệnh để tiếp tục.", ex);
		}
	}

	private boolean isStale(JobExecution execution) {
		if (singleProcessDatabase()) {
			return true; // an embedded H2 file is open in one process only: this one
		}
		LocalDateTime lastUpdated = execution.getStepExecutions()
			.stream()
			.map((step) -> step.getLastUpdated())
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(execution.getLastUpdated());
		// Spring Batch writes last_updated as LocalDateTime.now(): the JVM's own zone,
		// not
		// taphuan.time-zone's. Compared with the application clock, a server running in
		// UTC
		// would see every running import as seven hours old and take over live imports.
		return lastUpdated == null
				|| Duration.between(lastUpdated, LocalDateTime.now()).compareTo(this.settings.staleAfter()) > 0;
	}

	private boolean singleProcessDatabase() {
		if (this.singleProcessDatabase == null) {
			this.singleProcessDatabase = Databases.embeddedH2(this.dataSource);
		}
		return this.singleProcessDatabase;
	}

	/**
	 * An import that could not finish; running the same import again resumes it.
	 */
	public static class ImportFailedException extends RuntimeException {

		private final String sha256;

		private final long submissionId;

		ImportFailedException(String message, Throwable cause) {
			this(message, cause, null, 0);
		}

		private ImportFailedException(String message, Throwable cause, String sha256, long submissionId) {
			super(message, cause);
			this.sha256 = sha256;
			this.submissionId = submissionId;
		}

		ImportFailedException of(String sha256, long submissionId) {
			return new ImportFailedException(getMessage(), getCause(), sha256, submissionId);
		}

		public String sha256() {
			return this.sha256;
		}

		public long submissionId() {
			return this.submissionId;
		}

	}

}
