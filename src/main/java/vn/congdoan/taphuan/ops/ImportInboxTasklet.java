package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseText;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.FileOutcome;
import vn.congdoan.taphuan.intake.ImportRequest;

/**
 * {@code importInboxStep}: imports every file in the inbox, one file per iteration (so a
 * stop request takes effect between files), and moves each away once its outcome is
 * recorded: to {@code archive/<yyyy-MM>/...} when imported or unchanged, to
 * {@code rejected/<yyyy-MM>/...} with a Vietnamese {@code .txt} when rejected. Files
 * still being written, locked or unreadable are recorded and left. A file under
 * {@code <CLASS>/<ward>/} is assigned to that class and ward by its folder; elsewhere the
 * import's own rules apply.
 * <p>
 * Restart: the inbox itself is the state. A file whose outcome was recorded by a run that
 * died before moving it is moved without being imported again; an import that failed
 * part-way is resumed by the import itself.
 */
class ImportInboxTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(ImportInboxTasklet.class);

	private final AttendanceImports imports;

	private final InboxFiles inbox;

	private final OpsStore store;

	private final OpsFolders folders;

	private final Clock clock;

	private List<InboxEntry> seen;

	private int next;

	ImportInboxTasklet(AttendanceImports imports, InboxFiles inbox, OpsStore store, OpsFolders folders, Clock clock) {
		this.imports = imports;
		this.inbox = inbox;
		this.store = store;
		this.folders = folders;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		if (this.seen == null) {
			this.seen = this.inbox.scan();
			logger.info("Inbox {}: {} file(s)", this.inbox.inbox(), this.seen.size());
		}
		if (this.next >= this.seen.size()) {
			return RepeatStatus.FINISHED;
		}
		InboxEntry entry = this.seen.get(this.next++);
		long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		contribution.incrementReadCount();
		if (process(entry, executionId)) {
			contribution.incrementWriteCount(1);
		}
		return (this.next < this.seen.size()) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

	/** Handles one file; true when it left the inbox. */
	private boolean process(InboxEntry entry, long executionId) throws IOException {
		var pending = this.store.pendingMove(entry);
		if (pending.isPresent()) {
			logger.info("{}: outcome {} recorded by an earlier run, moving it", entry.relativePath(),
					pending.get().outcome());
			FileOutcome earlier = (pending.get().submissionId() != null)
					? this.imports.outcome(entry.relativePath(), pending.get().submissionId()) : null;
			moveAway(entry, pending.get().id(), pending.get().outcome(), earlier);
			return true;
		}
		InboxFiles.Check check = this.inbox.check(entry);
		if (check.gone()) {
			logger.info("{}: gone before it was taken", entry.relativePath());
			return false;
		}
		if (check.leave() != null) {
			logger.info("{}: left in the inbox ({}): {}", entry.relativePath(), check.leave(), check.reason());
			this.store.recordInboxFile(executionId, entry, check.leave(), null, null, check.reason());
			return false;
		}
		if (!InboxFiles.isSpreadsheet(entry.file())) {
			long id = this.store.recordInboxFile(executionId, entry, InboxOutcome.NOT_SPREADSHEET, null, null,
					"Không phải tệp bảng tính (.xlsx, .xlsm, .xls, .csv).");
			moveAway(entry, id, InboxOutcome.NOT_SPREADSHEET, null);
			return true;
		}
		FileOutcome outcome;
		try {
			outcome = this.imports.importFile(entry.file(), request(entry));
		}
		catch (UncheckedIOException ex) {
			String reason = "Không đọc được tệp: " + ex.getCause().getMessage()
					+ ". Kiểm tra tệp và quyền đọc; tệp được để nguyên, lần chạy sau sẽ thử lại.";
			logger.warn("{}: unreadable: {}", entry.relativePath(), ex.toString());
			this.store.recordInboxFile(executionId, entry, InboxOutcome.LEFT_UNREADABLE, null, null, reason);
			return false;
		}
		catch (UserInputException ex) {
			// e.g. another process is importing the same file right now
			this.store.recordInboxFile(executionId, entry, InboxOutcome.LEFT_LOCKED, null, null, ex.getMessage());
			return false;
		}
		InboxEntry after = this.inbox.look(entry.file());
		if (after.size() != entry.size() || !after.modifiedAt().equals(entry.modifiedAt())) {
			this.store.recordInboxFile(executionId, entry, InboxOutcome.LEFT_BUSY, outcome.submission(),
					outcome.sha256(), "Tệp thay đổi trong lúc đang đọc; lần chạy sau sẽ nhập bản cuối cùng.");
			return false;
		}
		InboxOutcome result = switch (outcome.status()) {
			case IMPORTED -> InboxOutcome.IMPORTED;
			case UNCHANGED -> InboxOutcome.UNCHANGED;
			case REJECTED -> InboxOutcome.REJECTED;
			case FAILED -> throw new IllegalStateException("Import of " + entry.relativePath() + " did not finish");
		};
		long id = this.store.recordInboxFile(executionId, entry, result, outcome.submission(), outcome.sha256(),
				(result == InboxOutcome.REJECTED) ? reasons(outcome) : null);
		moveAway(entry, id, result, outcome);
		return true;
	}

	/**
	 * The request for a file: class and ward from its folder, when it is under
	 * {@code <CLASS>/<ward>/}. Folder names are taken leniently: the class code in
	 * capitals, the ward as its slug ("Long Xuyên" → long-xuyen).
	 */
	private static ImportRequest request(InboxEntry entry) {
		InboxEntry.FolderAssignment folder = entry.folder();
		if (folder == null) {
			return new ImportRequest(null, null, null, ImportRequest.Source.FOLDER, "inbox");
		}
		return new ImportRequest(null, folder.classFolder().strip().toUpperCase(Locale.ROOT),
				VietnameseText.slug(folder.wardFolder()), ImportRequest.Source.FOLDER, "inbox");
	}

	private void moveAway(InboxEntry entry, long inboxFileId, InboxOutcome outcome, FileOutcome importOutcome)
			throws IOException {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		String month = YearMonth.from(now).toString();
		Path root = outcome.rejected() ? this.folders.rejectedPath() : this.folders.archivePath();
		Path target = root.resolve(month).resolve(entry.relativePath());
		Path moved;
		if (outcome.rejected()) {
			String note = (importOutcome != null) ? RejectionNote.forImport(entry, now, importOutcome.issues(),
					importOutcome.submission(), importOutcome.sha256()) : RejectionNote.forNonSpreadsheet(entry, now);
			Path reserved = SafeFiles.reserve(target, RejectionNote.SUFFIX);
			Files.writeString(RejectionNote.pathFor(reserved), note, StandardCharsets.UTF_8);
			moved = SafeFiles.moveOnto(entry.file(), reserved);
		}
		else {
			moved = SafeFiles.move(entry.file(), target, null);
		}
		this.store.markMoved(inboxFileId, moved);
		logger.info("{}: {} → {}", entry.relativePath(), outcome, moved);
	}

	private static String reasons(FileOutcome outcome) {
		return String.join(" ", outcome.issues().stream().map((issue) -> issue.message()).toList());
	}

}
