package vn.congdoan.taphuan.budget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.util.RecordFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.FileRejection;
import vn.congdoan.taphuan.intake.ImportLimits;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.ReceivedFiles;
import vn.congdoan.taphuan.intake.SpreadsheetFile;
import vn.congdoan.taphuan.intake.SpreadsheetFiles;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.TrainingClass;

/**
 * Imports finance's settlement workbooks (quyết toán), one class per file, with the
 * guarantees of attendance intake: the bytes are archived first; the same bytes that are
 * already a class's current settlement are UNCHANGED; a new file for a class replaces its
 * earlier settlement atomically; every problem is placed by sheet, row and column with a
 * stable code; a bad line is rejected and the rest of the file still used; a file with
 * nothing usable is REJECTED and the class keeps its earlier settlement.
 * <p>
 * A settlement file holds tens of lines, so each file is read whole and stored in one
 * transaction: there is nothing to resume, and a failure stores nothing (rerun the same
 * command).
 */
@Component
public class SettlementImports {

	private static final Logger logger = LoggerFactory.getLogger(SettlementImports.class);

	private final ReceivedFiles receivedFiles;

	private final SettlementStore store;

	private final Plans plans;

	private final ImportLimits limits;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public SettlementImports(ReceivedFiles receivedFiles, SettlementStore store, Plans plans, ImportLimits limits,
			TransactionTemplate transactions, Clock clock) {
		this.receivedFiles = receivedFiles;
		this.store = store;
		this.plans = plans;
		this.limits = limits;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Checks the request before any file is touched: a class given on the command line
	 * must exist (a usage error lists the valid codes), and a plan must be loaded.
	 */
	public void validate(String classCode) {
		if (this.plans.codes().isEmpty()) {
			throw new UserInputException("Chưa nạp kế hoạch nào: nạp kế hoạch trước (taphuan plan load TỆP.yaml).");
		}
		if (classCode != null) {
			this.plans.findClass(classCode);
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
						.filter((file) -> AttendanceImports.EXTENSIONS.contains(SpreadsheetFiles.extension(file)))
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
	 * Imports files one after another; {@code progress} hears about each as it is done.
	 * @param classCode the class every file is for, or {@code null} to read it from each
	 * file
	 */
	public SettlementImportSummary importFiles(List<Path> files, String classCode,
			Consumer<SettlementOutcome> progress) {
		List<SettlementOutcome> outcomes = new ArrayList<>();
		for (Path file : files) {
			SettlementOutcome outcome = importFile(file, classCode);
			outcomes.add(outcome);
			progress.accept(outcome);
		}
		return SettlementImportSummary.of(outcomes);
	}

	/** Imports one file (see the class description). */
	public SettlementOutcome importFile(Path file, String classCode) {
		ClassInPlan requested = (classCode != null) ? this.plans.findClass(classCode) : null;
		ReceivedFiles.ArchivedFile archived = this.receivedFiles.archive(file);
		Optional<SettlementStore.Stored> current = this.store.currentWithBytes(archived.sha256(), classCode);
		if (current.isPresent()) {
			SettlementStore.Stored same = current.get();
			logger.info("{}: same bytes as settlement {} of {}: unchanged", file, same.id(), same.classCode());
			return new SettlementOutcome(file.toString(), archived.sha256(), same.plan(), same.classCode(),
					SettlementOutcome.Status.UNCHANGED, null, same.linesRead(), same.linesAccepted(),
					same.linesRejected(), same.total(), List.of(), same.id());
		}
		String originalName = file.getFileName().toString();
		Reception reception = read(archived.storedPath(), originalName, requested);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String receivedBy = System.getProperty("user.name", "unknown");
		Long id = this.transactions.execute((tx) -> this.store.save(archived.sha256(), originalName,
				file.toAbsolutePath().normalize().toString(), classCode, receivedBy, reception, now));
		logger.info("{}: settlement {} {} for {} ({} lines, {} rejected)", file, id, reception.status(),
				(reception.found() != null) ? reception.found().trainingClass().code() : "?", reception.lines().size(),
				reception.lines().stream().filter((line) -> !line.accepted()).count());
		return outcome(file.toString(), id);
	}

	/** The outcome of a stored settlement, as {@code budget import} reports it. */
	public SettlementOutcome outcome(String path, long settlementId) {
		SettlementStore.Stored stored = this.store.get(settlementId);
		String replaces = (stored.replacesId() != null) ? this.store.get(stored.replacesId()).originalName() : null;
		SettlementOutcome.Status status = stored.status().equals("REJECTED") ? SettlementOutcome.Status.REJECTED
				: SettlementOutcome.Status.IMPORTED;
		return new SettlementOutcome(path, stored.sha256(), stored.plan(), stored.classCode(), status, replaces,
				stored.linesRead(), stored.linesAccepted(), stored.linesRejected(), stored.total(),
				this.store.issues(settlementId), settlementId);
	}

	private Reception read(Path stored, String originalName, ClassInPlan requested) {
		String format = null;
		ClassAssignment assignment = null;
		SettlementTable table = null;
		try (SpreadsheetFile workbook = SpreadsheetFiles.open(stored, originalName, this.limits)) {
			format = workbook.format();
			table = SettlementSheets.read(workbook, this.limits);
			assignment = ClassAssignment.resolve(requested, table.metadata(), table.titleLines(), originalName,
					this.plans.all());
			return receive(table, assignment);
		}
		catch (FileRejection rejection) {
			return rejected(rejection.code(), rejection.getMessage(), assignment, format, table);
		}
		catch (EncryptedDocumentException ex) {
			return rejected(IssueCode.FILE_ENCRYPTED, "Tệp có đặt mật khẩu: bỏ mật khẩu rồi gửi lại.", assignment,
					format, table);
		}
		catch (IOException | RecordFormatException | IllegalStateException | IndexOutOfBoundsException ex) {
			logger.info("{}: unreadable", originalName, ex);
			// intake's inflation guard (a package-private IOException) means a file that
			// inflates beyond the limits
			if (ex.getClass().getSimpleName().equals("LimitExceededException")) {
				return rejected(IssueCode.FILE_TOO_LARGE,
						"Tệp vượt giới hạn khi giải nén (" + ex.getMessage()
								+ "): có thể là tệp hỏng hoặc tệp độc hại. Gửi lại bảng quyết toán bình thường.",
						assignment, format, table);
			}
			return rejected(IssueCode.FILE_UNREADABLE, "Tệp bị hỏng, không đọc hết được ("
					+ ex.getClass().getSimpleName() + "). Mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại.", assignment,
					format, table);
		}
	}

	private Reception receive(SettlementTable table, ClassAssignment assignment) {
		TrainingClass trainingClass = assignment.found().trainingClass();
		LocalDate today = LocalDate.now(this.clock);
		List<SettlementIssue> issues = new ArrayList<>(table.notes());
		if (trainingClass.start().isAfter(today)) {
			issues.add(SettlementIssue.file(SettlementIssueCode.CLASS_NOT_HELD,
					"Lớp " + trainingClass.code() + " học từ " + VietnameseFormat.date(trainingClass.start())
							+ ", chưa diễn ra: chưa thể quyết toán. Kiểm tra mã lớp; quyết toán sau khi lớp đã học."));
			return Reception.rejected(SettlementIssueCode.CLASS_NOT_HELD.name(), assignment.found(),
					assignment.source(), table.format(), table.sheet(), List.of(), issues);
		}
		List<SettlementLine> lines = SettlementLines.parse(table, trainingClass, assignment.found().plan().norms(),
				today);
		if (lines.isEmpty()) {
			issues.add(SettlementIssue.file(IssueCode.NO_ROWS,
					"Có dòng tiêu đề nhưng không có dòng chi nào (dòng có số lượng, đơn giá, thành tiền) bên dưới. "
							+ "Điền các khoản chi rồi gửi lại."));
			return Reception.rejected(IssueCode.NO_ROWS.name(), assignment.found(), assignment.source(), table.format(),
					table.sheet(), lines, issues);
		}
		if (lines.stream().noneMatch(SettlementLine::accepted)) {
			issues.add(SettlementIssue.file(IssueCode.NO_ROWS, "Không dòng chi nào dùng được: cả " + lines.size()
					+ " dòng đều có lỗi (xem từng dòng). Sửa rồi gửi lại; quyết toán trước đó của lớp (nếu có) vẫn giữ nguyên."));
			return Reception.rejected(IssueCode.NO_ROWS.name(), assignment.found(), assignment.source(), table.format(),
					table.sheet(), lines, issues);
		}
		return new Reception(SettlementOutcome.Status.IMPORTED, null, assignment.found(), assignment.source(),
				table.format(), table.sheet(), lines, issues);
	}

	private static Reception rejected(IssueCode code, String message, ClassAssignment assignment, String format,
			SettlementTable table) {
		return Reception.rejected(code.name(), (assignment != null) ? assignment.found() : null,
				(assignment != null) ? assignment.source() : null, format, (table != null) ? table.sheet() : null,
				List.of(), List.of(SettlementIssue.file(code, message)));
	}

}
