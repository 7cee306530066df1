package vn.congdoan.taphuan.wardkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.CellKind;
import vn.congdoan.taphuan.intake.FileRejection;
import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.ImportLimits;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.LegacyEncoding;
import vn.congdoan.taphuan.intake.LegacyVietnamese;
import vn.congdoan.taphuan.intake.ReceivedFiles;
import vn.congdoan.taphuan.intake.SpreadsheetFile;
import vn.congdoan.taphuan.intake.SpreadsheetFiles;
import vn.congdoan.taphuan.intake.Submission;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Department;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.Unit;

/**
 * Feedback workbooks for wards: for a received file with rejections or warnings, a
 * workbook that tells the ward what to fix. A summary sheet first (class, ward, file,
 * rows read, accepted and rejected, each problem by code with its advice, what to send
 * back), then the ward's own rows as the import read them (legacy encodings repaired) at
 * their original rows and columns, each problem cell filled red (row rejected) or yellow
 * (warning) with a comment saying what is wrong and how to fix it. Written to
 * {@code <out>/feedback/<CLASS>/<ward>/<original name>-phan-hoi.xlsx}; a file that could
 * not be assigned to a class or ward goes under {@value #UNASSIGNED} instead.
 */
@Component
public class FeedbackWorkbooks {

	/** The folder under the output folder that holds feedback workbooks. */
	public static final String FOLDER = "feedback";

	/** Stands for the class or ward of a file that could not be assigned. */
	public static final String UNASSIGNED = "chua-xac-dinh";

	/** Appended to the original name, without its extension. */
	public static final String SUFFIX = "-phan-hoi.xlsx";

	private static final Logger logger = LoggerFactory.getLogger(FeedbackWorkbooks.class);

	/** Rejections after which the bytes are not worth reading again. */
	private static final Set<IssueCode> UNREADABLE = Set.of(IssueCode.FILE_UNREADABLE, IssueCode.FILE_ENCRYPTED,
			IssueCode.FILE_TOO_LARGE);

	private static final String FEDERATION = "Liên đoàn Lao động tỉnh";

	private final SubmissionRecords records;

	private final Plans plans;

	private final ReceivedFiles receivedFiles;

	private final ImportLimits limits;

	private final Path outputDir;

	private final Clock clock;

	FeedbackWorkbooks(SubmissionRecords records, Plans plans, ReceivedFiles receivedFiles, ImportLimits limits,
			@Value("${taphuan.output-dir:out}") Path outputDir, Clock clock) {
		this.records = records;
		this.plans = plans;
		this.receivedFiles = receivedFiles;
		this.limits = limits;
		this.outputDir = outputDir;
		this.clock = clock;
	}

	/** The output folder configured by {@code taphuan.output-dir}. */
	public Path outputDir() {
		return this.outputDir;
	}

	/**
	 * Where the feedback for a file goes:
	 * {@code <out>/feedback/<CLASS>/<ward>/<name without extension>-phan-hoi.xlsx}.
	 * @param classCode the class, or {@code null} when unknown
	 * @param wardCode the ward, or {@code null} when unknown
	 */
	public static Path target(Path outputDir, String classCode, String wardCode, String originalName) {
		return outputDir.resolve(FOLDER)
			.resolve(folderName(classCode))
			.resolve(folderName(wardCode))
			.resolve(fileName(originalName));
	}

	/**
	 * The feedback file's name: the original name without its extension, characters no
	 * file system accepts replaced, and {@value #SUFFIX}.
	 */
	public static String fileName(String originalName) {
		String base = (originalName.lastIndexOf('.') > 0) ? originalName.substring(0, originalName.lastIndexOf('.'))
				: originalName;
		StringBuilder safe = new StringBuilder(base.length());
		base.codePoints().forEach((c) -> safe.appendCodePoint((c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0) ? '_' : c));
		String name = safe.toString().strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > 150) {
			name = name.substring(0, 150).strip();
		}
		return (name.isEmpty() ? "tep" : name) + SUFFIX;
	}

	/**
	 * Writes the feedback workbook of one submission into the configured output folder,
	 * if the file has rejections or warnings.
	 */
	public Optional<FeedbackFile> write(long submissionId) {
		return write(submissionId, this.outputDir);
	}

	/**
	 * Writes the feedback workbook of one submission, if the file has rejections or
	 * warnings (a file with notes only needs none), replacing an earlier one.
	 * @param outputDir the output folder; the workbook goes under its {@value #FOLDER}
	 * folder
	 * @return the workbook written, or empty when the file has nothing to fix
	 */
	public Optional<FeedbackFile> write(long submissionId, Path outputDir) {
		Submission submission = this.records.find(submissionId)
			.orElseThrow(() -> new IllegalArgumentException("No submission " + submissionId));
		List<ImportIssue> issues = this.records.issues(submissionId);
		if (issues.stream().noneMatch(Feedback::isProblem)) {
			return Optional.empty();
		}
		Feedback feedback = feedback(submission, issues);
		String classCode = (feedback.metadata() != null) ? feedback.metadata().classCode()
				: firstNonNull(submission.classCode(), submission.request().classCode());
		String wardCode = (feedback.metadata() != null) ? feedback.metadata().ward()
				: firstNonNull(submission.unitCode(), submission.request().wardCode());
		Path target = target(outputDir, classCode, wardCode, submission.originalName());
		writeAtomically(feedback, target);
		logger.info("Feedback for submission {} ({}, {} problems) -> {}", submissionId, submission.originalName(),
				feedback.problems(), target);
		return Optional.of(new FeedbackFile(classCode, wardCode, submissionId, target, submission.rowsRead(),
				feedback.problems()));
	}

	/**
	 * Writes the feedback workbooks of the current file of each ward in a class (or of
	 * one ward) that has rejections or warnings.
	 * @param wardCode one ward, or {@code null} for every ward of the class
	 * @throws UserInputException for an unknown class or ward, listing the valid codes
	 */
	public List<FeedbackFile> writeCurrent(String classCode, String wardCode, Path outputDir) {
		ClassInPlan found = this.plans.findClass(classCode);
		if (wardCode != null && found.plan().unit(wardCode).isEmpty()) {
			throw new UserInputException(
					"Không có đơn vị '" + wardCode + "' trong kế hoạch " + found.plan().code() + ". Các mã đơn vị: "
							+ found.plan().units().stream().map(Unit::code).collect(Collectors.joining(", ")));
		}
		List<FeedbackFile> written = new ArrayList<>();
		for (long submissionId : this.records.current(found.trainingClass().code(), wardCode)) {
			write(submissionId, outputDir).ifPresent(written::add);
		}
		return written;
	}

	private Feedback feedback(Submission submission, List<ImportIssue> issues) {
		String classCode = firstNonNull(submission.classCode(), submission.request().classCode());
		String wardCode = firstNonNull(submission.unitCode(), submission.request().wardCode());
		ClassInPlan found = null;
		if (classCode != null) {
			try {
				found = this.plans.findClass(classCode);
			}
			catch (UserInputException ex) {
				logger.info("Submission {}: class {} is no longer in a loaded plan", submission.id(), classCode);
			}
		}
		Plan plan = (found != null) ? found.plan() : plan(submission);
		Unit unit = (plan != null && wardCode != null) ? plan.unit(wardCode).orElse(null) : null;
		TemplateMetadata metadata = (found != null && unit != null)
				? new TemplateMetadata(plan.code(), found.trainingClass().code(), unit.code()) : null;
		return new Feedback(submission, (plan != null) ? plan.issuer().name() : null,
				(unit != null) ? unit.unionName() : null, (found != null) ? found.trainingClass().title() : null,
				(found != null) ? found.trainingClass().days() : List.of(),
				(plan != null) ? plan.year() - AttendanceTemplate.MIN_AGE : null, metadata, returnTo(plan, found),
				(plan != null) ? plan.contact() : null, issues, this.records.readableSheets(submission.id()),
				LocalDateTime.now(this.clock));
	}

	private Plan plan(Submission submission) {
		String code = firstNonNull(submission.planCode(), submission.request().planCode());
		if (code != null) {
			return this.plans.find(code).orElse(null);
		}
		List<Plan> all = this.plans.all();
		return (all.size() == 1) ? all.get(0) : null;
	}

	private static String returnTo(Plan plan, ClassInPlan found) {
		if (plan == null) {
			return FEDERATION;
		}
		String department = (found != null) ? found.programme().responsibleDepartment() : null;
		return plan.departments()
			.stream()
			.filter((candidate) -> candidate.code().equals(department))
			.findFirst()
			.map(Department::name)
			.map((name) -> name + ", " + plan.issuer().name())
			.orElse(plan.issuer().name());
	}

	private void writeAtomically(Feedback feedback, Path target) {
		Path absolute = target.toAbsolutePath().normalize();
		Path temporary = null;
		try {
			Files.createDirectories(absolute.getParent());
			temporary = Files.createTempFile(absolute.getParent(), ".phan-hoi-", ".tmp");
			try (SpreadsheetFile file = open(feedback.submission());
					OutputStream out = Files.newOutputStream(temporary)) {
				FeedbackWorkbook.write(feedback, file, repair(feedback.submission()), this.limits.maxRows(), out);
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("Không ghi được tệp phản hồi " + target + " (" + ex.getMessage()
					+ "). Kiểm tra thư mục, quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.", ex);
		}
	}

	/**
	 * The received file opened again through the import's reading seam, or {@code null}
	 * when it cannot be read (the summary sheet then stands alone).
	 */
	private SpreadsheetFile open(Submission submission) {
		if (submission.rejectCode() != null && UNREADABLE.contains(IssueCode.valueOf(submission.rejectCode()))) {
			return null;
		}
		Path archived = this.receivedFiles.path(submission.sha256());
		try {
			return SpreadsheetFiles.open(archived, submission.originalName(), this.limits);
		}
		catch (IOException | FileRejection | RuntimeException ex) {
			logger.info("Submission {}: rows not shown in its feedback, the file cannot be read again ({})",
					submission.id(), ex.toString());
			return null;
		}
	}

	/**
	 * Repairs text cells typed in a legacy encoding, as the import did: a cell that
	 * already reads as Unicode Vietnamese is left alone.
	 */
	private static CellRepair repair(Submission submission) {
		if (submission.legacyEncoding() == null) {
			return (cell) -> cell;
		}
		LegacyEncoding encoding = LegacyEncoding.valueOf(submission.legacyEncoding());
		return (cell) -> {
			if (cell.kind() != CellKind.TEXT || isAscii(cell.text())
					|| LegacyVietnamese.score(cell.text()).unicode() > 0) {
				return cell;
			}
			return new Cell(cell.column(), cell.kind(), LegacyVietnamese.decode(cell.text(), encoding), cell.number(),
					cell.date());
		};
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7F) {
				return false;
			}
		}
		return true;
	}

	private static String folderName(String code) {
		return (code != null && !code.isBlank()) ? FeedbackWorkbooks.fileSafe(code) : UNASSIGNED;
	}

	private static String fileSafe(String code) {
		return code.replaceAll("[^A-Za-z0-9._-]", "_");
	}

	private static String firstNonNull(String first, String second) {
		return (first != null) ? first : second;
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete temporary file {}", file, ex);
		}
	}

	/**
	 * A cell as the ward meant it: text typed in a legacy encoding made Unicode.
	 */
	@FunctionalInterface
	interface CellRepair {

		Cell apply(Cell cell);

	}

}
