package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.util.RecordFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.plan.TrainingClass;

/**
 * The first step of an import: reads the whole file once, cheaply, before any trainee row
 * is stored. It enforces the size limits (so a zip bomb or a huge file fails here, in
 * bounded memory), collects merged ranges, detects legacy encodings, finds each sheet's
 * header, decides the class and ward, maps the day columns and stores this layout for the
 * row step. A file that cannot be used is rejected here with its code and nothing else
 * stored; the step then ends the job with exit status {@code REJECTED}.
 */
class WorkbookInspection implements Tasklet {

	static final String REJECTED = "REJECTED";

	private static final Logger logger = LoggerFactory.getLogger(WorkbookInspection.class);

	/** Rows kept from the top of each sheet for header and title detection. */
	private static final int HEAD_ROWS = HeaderDetector.SEARCH_ROWS + 3;

	/** Data rows sampled for legacy-encoding evidence. */
	private static final int EVIDENCE_ROWS = 200;

	private final long submissionId;

	private final SubmissionStore submissions;

	private final ReceivedFiles receivedFiles;

	private final AssignmentResolver resolver;

	private final ImportLimits limits;

	WorkbookInspection(long submissionId, SubmissionStore submissions, ReceivedFiles receivedFiles,
			AssignmentResolver resolver, ImportLimits limits) {
		this.submissionId = submissionId;
		this.submissions = submissions;
		this.receivedFiles = receivedFiles;
		this.resolver = resolver;
		this.limits = limits;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Submission submission = this.submissions.get(this.submissionId);
		Path file = this.receivedFiles.path(submission.sha256());
		String format = null;
		try {
			Inspection inspection = inspect(file, submission);
			format = inspection.format();
			store(submission, inspection);
		}
		catch (FileRejection rejection) {
			reject(contribution, rejection.code(), rejection.getMessage(), format);
		}
		catch (InflationLimit.LimitExceededException ex) {
			reject(contribution, IssueCode.FILE_TOO_LARGE, "Tệp vượt giới hạn khi giải nén (" + ex.getMessage()
					+ "): có thể là tệp hỏng hoặc tệp độc hại. Gửi lại tệp danh sách bình thường.", format);
		}
		catch (EncryptedDocumentException ex) {
			reject(contribution, IssueCode.FILE_ENCRYPTED, "Tệp có đặt mật khẩu: bỏ mật khẩu rồi gửi lại.", format);
		}
		catch (IOException | RecordFormatException | IllegalStateException | IndexOutOfBoundsException ex) {
			logger.info("Submission {}: unreadable", this.submissionId, ex);
			reject(contribution, IssueCode.FILE_UNREADABLE, "Tệp bị hỏng, không đọc hết được ("
					+ ex.getClass().getSimpleName() + "). Mở bằng Excel, lưu lại rồi gửi lại.", format);
		}
		return RepeatStatus.FINISHED;
	}

	private void reject(StepContribution contribution, IssueCode code, String message, String format) {
		this.submissions.reject(this.submissionId, code, format);
		this.submissions.addIssue(this.submissionId, null, ImportIssue.file(code, message));
		contribution.setExitStatus(new ExitStatus(REJECTED, code.name()));
	}

	private Inspection inspect(Path file, Submission submission) throws IOException, FileRejection {
		try (SpreadsheetFile workbook = SpreadsheetFiles.open(file, submission.originalName(), this.limits)) {
			List<SheetInfo> sheets = workbook.sheets();
			if (sheets.size() > this.limits.maxSheets()) {
				throw new FileRejection(IssueCode.FILE_TOO_LARGE, "Tệp có " + sheets.size()
						+ " trang tính, vượt giới hạn " + this.limits.maxSheets() + ": chỉ gửi danh sách của một lớp.");
			}
			Map<String, String> metadata = Map.of();
			List<SheetScan> scans = new ArrayList<>();
			LegacyEvidence evidence = LegacyEvidence.NONE;
			int totalRows = 0;
			for (SheetInfo sheet : sheets) {
				if (sheet.name().equals(AssignmentResolver.METADATA_SHEET)) {
					metadata = metadata(workbook, sheet.index());
					continue;
				}
				SheetScan scan = scan(workbook, sheet);
				totalRows += scan.rowCount();
				if (totalRows > this.limits.maxRows()) {
					throw new FileRejection(IssueCode.FILE_TOO_LARGE,
							"Tệp có hơn " + this.limits.maxRows() + " dòng, vượt giới hạn cho một danh sách lớp.");
				}
				evidence = evidence.plus(scan.evidence());
				scans.add(scan);
			}
			workbook.readRest();
			Optional<LegacyEncoding> legacy = evidence.verdict();
			List<SheetResult> results = new ArrayList<>();
			List<String> titleLines = new ArrayList<>();
			for (SheetScan scan : scans) {
				List<SheetRow> head = legacy.map((encoding) -> decode(scan.head(), encoding)).orElse(scan.head());
				SheetHeader header = HeaderDetector.detect(head, scan.merges());
				results.add(new SheetResult(scan, header));
				if (header != null) {
					titleLines.addAll(header.titleLines());
					titleLines.add(scan.sheet().name());
				}
			}
			if (results.stream().noneMatch((result) -> result.header() != null)) {
				throw new FileRejection(IssueCode.NO_HEADER,
						"Không trang tính nào có dòng tiêu đề danh sách (cột 'Họ và tên', "
								+ "'Năm sinh', 'Chức vụ', ...) trong " + HeaderDetector.SEARCH_ROWS
								+ " dòng đầu. Dùng mẫu danh sách của LĐLĐ tỉnh (taphuan template).");
			}
			Assignment assignment;
			try {
				assignment = this.resolver.resolve(submission.request(), metadata, titleLines,
						submission.originalName());
			}
			catch (UserInputException ex) {
				throw new FileRejection(IssueCode.FILE_UNASSIGNED, ex.getMessage());
			}
			return new Inspection(workbook.format(), legacy.orElse(null), assignment, results);
		}
	}

	private SheetScan scan(SpreadsheetFile workbook, SheetInfo sheet) throws IOException {
		List<SheetRow> head = new ArrayList<>();
		LegacyEvidence evidence = LegacyEvidence.NONE;
		int rows = 0;
		List<CellRange> merges;
		try (SheetCursor cursor = workbook.rows(sheet.index(), null)) {
			for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
				rows++;
				if (row.rowNumber() <= HEAD_ROWS) {
					head.add(row);
				}
				for (Cell cell : row.cells()) {
					if (cell.kind() == CellKind.TEXT) {
						evidence = evidence.plus(LegacyVietnamese.score(cell.text()));
					}
				}
				if (rows >= HEAD_ROWS + EVIDENCE_ROWS) {
					// the rest only needs counting (for the row limit) and its merged
					// ranges
					rows += cursor.skipRest();
					break;
				}
			}
			merges = cursor.merges();
		}
		return new SheetScan(sheet, head, merges, rows, evidence);
	}

	private static Map<String, String> metadata(SpreadsheetFile workbook, int sheet) throws IOException {
		Map<String, String> metadata = new LinkedHashMap<>();
		try (SheetCursor cursor = workbook.rows(sheet, null)) {
			for (SheetRow row = cursor.next(); row != null && row.rowNumber() <= 20; row = cursor.next()) {
				String key = row.text(0);
				String value = row.text(1);
				if (key != null && value != null) {
					metadata.put(key.strip().toLowerCase(Locale.ROOT), value.strip());
				}
			}
		}
		return metadata;
	}

	static List<SheetRow> decode(List<SheetRow> rows, LegacyEncoding encoding) {
		List<SheetRow> decoded = new ArrayList<>(rows.size());
		for (SheetRow row : rows) {
			List<Cell> cells = new ArrayList<>(row.cells().size());
			for (Cell cell : row.cells()) {
				cells.add(LegacyText.decode(cell, encoding));
			}
			decoded.add(new SheetRow(row.rowNumber(), cells));
		}
		return decoded;
	}

	private void store(Submission submission, Inspection inspection) {
		Assignment assignment = inspection.assignment();
		TrainingClass trainingClass = assignment.trainingClass();
		this.submissions.assign(this.submissionId, assignment.plan().code(), trainingClass.code(),
				assignment.unit().code(), assignment.source(), inspection.format(),
				(inspection.legacy() != null) ? inspection.legacy().name() : null);
		if (inspection.legacy() != null) {
			this.submissions.addIssue(this.submissionId, null,
					ImportIssue.file(IssueCode.LEGACY_ENCODING_CONVERTED,
							"Tệp gõ bằng bảng mã " + inspection.legacy()
									+ " (phông chữ cũ), đã được chuyển sang Unicode. "
									+ "Lần sau hãy gõ bằng Unicode (Unikey: bảng mã Unicode)."));
		}
		if (trainingClass.allocation(assignment.unit().code()).isEmpty()) {
			this.submissions.addIssue(this.submissionId, null,
					ImportIssue.file(IssueCode.WARD_NOT_ALLOCATED,
							assignment.unit().unionName() + " không được phân bổ chỉ tiêu cho lớp "
									+ trainingClass.code() + ". Danh sách vẫn được nhập; kiểm tra lại lớp."));
		}
		for (SheetResult result : inspection.sheets()) {
			SheetScan scan = result.scan();
			SheetHeader header = result.header();
			int sheetNo = scan.sheet().index();
			String sheetName = scan.sheet().name();
			if (header == null) {
				this.submissions.saveSheet(this.submissionId, sheetNo, sheetName, null, null, false);
				if (!scan.sheet().hidden() && scan.rowCount() > 0) {
					this.submissions
						.addIssue(this.submissionId, null,
								new ImportIssue(sheetName, null, null, IssueCode.SHEET_SKIPPED, null,
										"Trang '" + sheetName
												+ "' không có dòng tiêu đề danh sách (cột 'Họ và tên'), đã bỏ qua.",
										null));
				}
				continue;
			}
			this.submissions.saveSheet(this.submissionId, sheetNo, sheetName, header.headerRow(), header.firstDataRow(),
					true);
			DayMapping days = DayMapping.map(header.dayColumns(), trainingClass.days());
			BitSet used = new BitSet();
			for (HeaderColumn column : header.columns()) {
				Integer day = (column.field() == Field.DAY) ? days.dayOfColumn().get(column.column()) : null;
				Field field = (column.field() == Field.DAY && day == null) ? Field.IGNORED : column.field();
				this.submissions.saveColumn(this.submissionId, sheetNo, column.column(), field, day, column.label());
				if (field != Field.IGNORED && field != Field.INDEX) {
					used.set(column.column());
				}
				if (column.field() == Field.IGNORED) {
					this.submissions.addIssue(this.submissionId, null, new ImportIssue(sheetName, header.headerRow(),
							Cell.columnLetters(column.column()), IssueCode.COLUMN_IGNORED, null,
							"Cột '" + column.label()
									+ "' không thuộc mẫu danh sách, đã bỏ qua (dữ liệu cột này không được dùng).",
							column.label()));
				}
			}
			for (String note : days.notes()) {
				this.submissions.addIssue(this.submissionId, null, new ImportIssue(sheetName, header.headerRow(), null,
						IssueCode.DAY_COLUMNS_MISMATCH, null, note, null));
			}
			for (CellRange merge : scan.merges()) {
				if (merge.lastRow() >= header.firstDataRow() && merge.lastRow() > merge.firstRow()
						&& used.get(merge.firstColumn())) {
					this.submissions.saveMerge(this.submissionId, sheetNo,
							new CellRange(Math.max(merge.firstRow(), header.firstDataRow()), merge.lastRow(),
									merge.firstColumn(), merge.lastColumn()));
				}
			}
		}
	}

	private record SheetScan(SheetInfo sheet, List<SheetRow> head, List<CellRange> merges, int rowCount,
			LegacyEvidence evidence) {
	}

	private record SheetResult(SheetScan scan, SheetHeader header) {
	}

	private record Inspection(String format, LegacyEncoding legacy, Assignment assignment, List<SheetResult> sheets) {
	}

}
