package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.util.RecordFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.intake.FileRejection;
import vn.congdoan.taphuan.intake.ImportLimits;
import vn.congdoan.taphuan.intake.ReceivedFiles;
import vn.congdoan.taphuan.intake.SpreadsheetFile;
import vn.congdoan.taphuan.intake.SpreadsheetFiles;
import vn.congdoan.taphuan.national.FormGrid.GridCell;
import vn.congdoan.taphuan.national.FormLayouts.HeaderCell;
import vn.congdoan.taphuan.national.NationalStore.Reception;

/**
 * Imports the statistical forms provinces and sectoral unions send the national
 * federation, written by taphuan or filled in by hand (.xlsx, .xls), with the guarantees
 * of attendance intake: the bytes are archived first; the same bytes that are already a
 * unit's current form are UNCHANGED; the unit and year come from the form's hidden
 * metadata, else its title block, else its file name; the form's arithmetic and totals
 * are checked and any error refuses the whole form with its sheet, row and column
 * (nothing of it is stored but the archived bytes and the reason); a form with columns of
 * personal data is refused; a later form of the same unit and year replaces the earlier
 * one atomically.
 * <p>
 * A form is a few dozen cells, so each file is read whole and stored in one transaction:
 * a failure stores nothing (run the same command again).
 */
@Component
public class NationalImports {

	/** File extensions a folder is searched for. */
	public static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

	private static final Logger logger = LoggerFactory.getLogger(NationalImports.class);

	private final ReceivedFiles receivedFiles;

	private final NationalStore store;

	private final ReportingUnits units;

	private final ImportLimits limits;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public NationalImports(ReceivedFiles receivedFiles, NationalStore store, ReportingUnits units, ImportLimits limits,
			TransactionTemplate transactions, Clock clock) {
		this.receivedFiles = receivedFiles;
		this.store = store;
		this.units = units;
		this.limits = limits;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Checks the request before any file is touched: a year in range, a unit that is in
	 * the list.
	 */
	public void validate(Integer year, String unit) {
		if (year != null && (year < 2000 || year > 2100)) {
			throw new UserInputException("Năm không hợp lệ: " + year + ". Ghi năm 4 chữ số, ví dụ --year 2026.");
		}
		if (unit != null) {
			this.units.get(unit);
		}
	}

	/** The files under the given paths: files as given, folders searched recursively. */
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
	 * Imports files one after another; {@code progress} hears about each as it is done. A
	 * file that fails for a reason that is not its content is FAILED (and logged); the
	 * others go on.
	 * @param year the year being compiled, or {@code null} to take each form's own
	 * @param unit the unit every file is from, or {@code null} to read it from each file
	 */
	public NationalImportSummary importFiles(List<Path> files, Integer year, String unit,
			Consumer<NationalFormOutcome> progress) {
		List<NationalFormOutcome> outcomes = new ArrayList<>();
		for (Path file : files) {
			NationalFormOutcome outcome;
			try {
				outcome = importFile(file, year, unit);
			}
			catch (RuntimeException ex) {
				logger.error("{}: national form import failed", file, ex);
				outcome = new NationalFormOutcome(file.toString(), null, null, null, null,
						NationalFormOutcome.Status.FAILED, null, null, null, null, null, List.of(
								NationalIssue
									.file(NationalIssueCode.FILE_UNREADABLE,
											"Lỗi không mong đợi khi nhập tệp (" + ex.getClass().getSimpleName()
													+ "): chi tiết trong var/log/taphuan.log; chạy lại cùng lệnh.")),
						0);
			}
			outcomes.add(outcome);
			progress.accept(outcome);
		}
		return NationalImportSummary.of(outcomes);
	}

	/** Imports one file (see the class description). */
	public NationalFormOutcome importFile(Path file, Integer year, String unit) {
		ReceivedFiles.ArchivedFile archived = this.receivedFiles.archive(file);
		Optional<NationalStore.Stored> current = this.store.currentWithBytes(archived.sha256(), year);
		if (current.isPresent() && (unit == null || unit.equals(current.get().unit()))) {
			NationalStore.Stored same = current.get();
			logger.info("{}: same bytes as national form {} of {} {}: unchanged", file, same.id(), same.unit(),
					same.year());
			return new NationalFormOutcome(file.toString(), archived.sha256(), same.unit(), same.unitName(),
					same.year(), NationalFormOutcome.Status.UNCHANGED, null, same.source(), same.identifiedBy(),
					same.formVersion(), same.asOf(), List.of(), same.id());
		}
		String originalName = file.getFileName().toString();
		Reception reception = read(archived.storedPath(), originalName, year, unit);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		String receivedBy = System.getProperty("user.name", "unknown");
		Long id = this.transactions.execute((tx) -> this.store.save(archived.sha256(), originalName,
				file.toAbsolutePath().normalize().toString(), year, unit, receivedBy, reception, now));
		logger.info("{}: national form {} {} for {} {} ({} issues)", file, id, reception.status(), reception.unit(),
				reception.year(), reception.issues().size());
		return outcome(file.toString(), id);
	}

	/** The outcome of a stored form, as {@code national import} reports it. */
	public NationalFormOutcome outcome(String path, long formId) {
		NationalStore.Stored stored = this.store.get(formId);
		String replaces = (stored.replacesId() != null) ? this.store.get(stored.replacesId()).originalName() : null;
		NationalFormOutcome.Status status = stored.status().equals("REJECTED") ? NationalFormOutcome.Status.REJECTED
				: NationalFormOutcome.Status.IMPORTED;
		return new NationalFormOutcome(path, stored.sha256(), stored.unit(), stored.unitName(), stored.year(), status,
				replaces, stored.source(), stored.identifiedBy(), stored.formVersion(), stored.asOf(),
				this.store.issues(formId), formId);
	}

	private Reception read(Path stored, String originalName, Integer year, String unit) {
		FormReader.Reading reading;
		String format = null;
		try (SpreadsheetFile workbook = SpreadsheetFiles.open(stored, originalName, this.limits)) {
			format = workbook.format();
			reading = FormReader.read(workbook, this.limits);
		}
		catch (FormRejection rejection) {
			return rejected(rejection.code(), rejection.getMessage(), format);
		}
		catch (FileRejection rejection) {
			return rejected(switch (rejection.code()) {
				case FILE_ENCRYPTED -> NationalIssueCode.FILE_ENCRYPTED;
				case FILE_TOO_LARGE -> NationalIssueCode.FILE_TOO_LARGE;
				default -> NationalIssueCode.FILE_UNREADABLE;
			}, rejection.getMessage().replace("danh sách", "biểu"), format);
		}
		catch (FormReader.TooManyRows ex) {
			return rejected(NationalIssueCode.FILE_TOO_LARGE,
					"Tệp có hơn " + this.limits.maxRows() + " dòng, vượt giới hạn: biểu thống kê chỉ có vài chục dòng.",
					format);
		}
		catch (EncryptedDocumentException ex) {
			return rejected(NationalIssueCode.FILE_ENCRYPTED, "Tệp có đặt mật khẩu: bỏ mật khẩu rồi gửi lại.", format);
		}
		catch (IOException | RecordFormatException | IllegalStateException | IndexOutOfBoundsException ex) {
			logger.info("{}: unreadable", originalName, ex);
			if (ex.getClass().getSimpleName().equals("LimitExceededException")) {
				return rejected(NationalIssueCode.FILE_TOO_LARGE, "Tệp vượt giới hạn khi giải nén (" + ex.getMessage()
						+ "): có thể là tệp hỏng hoặc tệp độc hại. Gửi lại biểu bình thường.", format);
			}
			return rejected(
					NationalIssueCode.FILE_UNREADABLE, "Tệp bị hỏng, không đọc hết được ("
							+ ex.getClass().getSimpleName() + "). Mở bằng Excel, lưu lại dạng .xlsx rồi gửi lại.",
					format);
		}
		return receive(reading, originalName, year, unit);
	}

	private Reception receive(FormReader.Reading reading, String originalName, Integer requestedYear,
			String requestedUnit) {
		FormMetadata metadata = reading.metadata();
		String source = (metadata == null) ? "OTHER" : FormMetadata.FILLED.equals(metadata.kind()) ? "TAPHUAN"
				: FormMetadata.BLANK.equals(metadata.kind()) ? "BLANK_FORM" : "OTHER";
		String version = (metadata != null) ? metadata.version() : null;
		String plan = (metadata != null) ? metadata.plan() : null;
		FormTable table = reading.table();
		String sheet = (table != null) ? table.sheet() : null;
		List<NationalIssue> issues = new ArrayList<>(reading.notes());
		if (!reading.personal().isEmpty()) {
			issues.add(0, NationalIssue.file(NationalIssueCode.PERSONAL_DATA, "Tệp có dữ liệu cá nhân ("
					+ reading.personal().get(0).place() + "): biểu gửi Tổng Liên đoàn chỉ "
					+ "ghi số liệu tổng hợp, không kèm danh sách họ tên, số điện thoại, CCCD, ngày sinh, dân tộc "
					+ "của từng người. Xóa các cột, trang đó rồi gửi lại; số liệu của tệp này không được lưu."));
			issues.addAll(1, reading.personal());
			return new Reception(NationalFormOutcome.Status.REJECTED, NationalIssueCode.PERSONAL_DATA, null,
					requestedYear, null, source, version, plan, null, reading.format(), sheet, null, issues);
		}
		if (metadata != null && !metadata.versionKnown()) {
			issues.add(NationalIssue.file(NationalIssueCode.FORM_VERSION_UNSUPPORTED,
					"Biểu theo mẫu phiên bản " + metadata.version() + ", bản taphuan này đọc đến phiên bản "
							+ FormMetadata.VERSION + ": cập nhật taphuan, hoặc điền vào mẫu phiên bản "
							+ FormMetadata.VERSION + "."));
			return new Reception(NationalFormOutcome.Status.REJECTED, NationalIssueCode.FORM_VERSION_UNSUPPORTED, null,
					requestedYear, null, source, version, plan, null, reading.format(), sheet, null, issues);
		}
		if (table == null) {
			issues.add(NationalIssue.file(NationalIssueCode.NO_FORM, "Không tìm thấy bảng số liệu của biểu thống kê: "
					+ "cần các dòng theo loại chương trình (sau đại học, lý luận chính trị, cán bộ chuyên trách, cán bộ "
					+ "công đoàn cơ sở, tổng số) và các cột số liệu, trong đó có cột lượt học viên tham dự. Dùng mẫu biểu "
					+ "(taphuan template --national-form)."));
			return new Reception(NationalFormOutcome.Status.REJECTED, NationalIssueCode.NO_FORM, null, requestedYear,
					null, source, version, plan, reading.asOf(), reading.format(), null, null, issues);
		}
		notes(table, source, issues);
		Identified unit = identify(reading, originalName, requestedUnit, issues);
		Integer year = year(reading, requestedYear, issues, table);
		LocalDate asOf = (metadata != null && metadata.asOf() != null) ? metadata.asOf() : reading.asOf();
		String unitCode = (unit != null) ? unit.unit().code() : null;
		String identifiedBy = (unit != null) ? unit.by() : null;
		NationalIssueCode early = firstError(issues);
		if (early != null) {
			return new Reception(NationalFormOutcome.Status.REJECTED, early, unitCode, year, identifiedBy, source,
					version, plan, asOf, reading.format(), sheet, null, issues);
		}
		FormChecks.Checked checked = FormChecks.check(table);
		issues.addAll(checked.issues());
		NationalIssueCode error = firstError(issues);
		if (error != null) {
			return new Reception(NationalFormOutcome.Status.REJECTED, error, unitCode, year, identifiedBy, source,
					version, plan, asOf, reading.format(), sheet, null, issues);
		}
		return new Reception(NationalFormOutcome.Status.IMPORTED, null, unitCode, year, identifiedBy, source, version,
				plan, asOf, reading.format(), sheet, checked.figures(), issues);
	}

	private void notes(FormTable table, String source, List<NationalIssue> issues) {
		for (HeaderCell column : table.ignoredColumns()) {
			GridCell cell = column.cell();
			issues.add(NationalIssue.at(table.sheet(), (cell != null) ? cell.sheetRow() : null,
					(cell != null) ? cell.columnLetters() : null, NationalIssueCode.COLUMN_IGNORED,
					"Cột \"" + ((cell != null) ? cell.text() : column.words())
							+ "\" không thuộc biểu hoặc lặp lại một cột đã đọc: số liệu của cột này không được dùng.",
					(cell != null) ? cell.text() : null));
		}
		for (GridCell row : table.ignoredRows()) {
			issues.add(NationalIssue
				.at(table.sheet(), row.sheetRow(), row.columnLetters(), NationalIssueCode.ROW_IGNORED, "Dòng \""
						+ row.text()
						+ "\" có số liệu nhưng không thuộc loại chương trình nào của biểu (hoặc lặp lại): không được cộng.",
						row.text()));
		}
		Set<FormColumn> missing = EnumSet.allOf(FormColumn.class);
		missing.removeAll(table.columns());
		// (4) is computed from (5) + (6) when those are there
		if (table.columns().containsAll(FormColumn.CLASSES_HELD.sumOf())) {
			missing.remove(FormColumn.CLASSES_HELD);
		}
		if (!missing.isEmpty() && !"TAPHUAN".equals(source)) {
			issues.add(NationalIssue.at(table.sheet(), null, null, NationalIssueCode.COLUMN_MISSING,
					"Biểu không có cột " + missing.stream().map(FormColumn::title).collect(Collectors.joining(", "))
							+ ": coi là không có số liệu.",
					null));
		}
	}

	/**
	 * The unit: the one given on the command line (checked against what the form names),
	 * else the metadata's, else the one the title block names, else the file name's.
	 */
	private Identified identify(FormReader.Reading reading, String originalName, String requested,
			List<NationalIssue> issues) {
		FormMetadata metadata = reading.metadata();
		Optional<ReportingUnit> fromMetadata = (metadata != null && metadata.unit() != null)
				? this.units.find(metadata.unit()) : Optional.empty();
		Set<ReportingUnit> fromTitle = new LinkedHashSet<>();
		for (String line : reading.title()) {
			fromTitle.addAll(this.units.named(line));
		}
		if (fromTitle.size() > 1) {
			// a title that names two units: the reporting-body line decides
			Set<ReportingUnit> reporting = new LinkedHashSet<>();
			for (String line : reading.title()) {
				if (ReportingUnits.words(line).contains("don vi bao cao")) {
					reporting.addAll(this.units.named(line));
				}
			}
			if (reporting.size() == 1) {
				fromTitle = reporting;
			}
		}
		List<ReportingUnit> fromFile = this.units.named(originalName.replaceFirst("\\.[^.]+$", ""));
		ReportingUnit stated = fromMetadata.orElse((fromTitle.size() == 1) ? fromTitle.iterator().next() : null);
		if (requested != null) {
			ReportingUnit unit = this.units.get(requested);
			if (stated != null && !stated.code().equals(unit.code())) {
				issues.add(NationalIssue.file(NationalIssueCode.UNIT_MISMATCH,
						"Đã chỉ định --unit " + unit.code() + " (" + unit.shortName() + ") nhưng biểu ghi đơn vị "
								+ stated.name() + ". Kiểm tra lại tệp hoặc mã đơn vị."));
			}
			return new Identified(unit, "FLAG");
		}
		if (fromMetadata.isPresent()) {
			return new Identified(fromMetadata.get(), "METADATA");
		}
		if (fromTitle.size() == 1) {
			return new Identified(fromTitle.iterator().next(), "TITLE");
		}
		if (fromTitle.isEmpty() && fromFile.size() == 1) {
			return new Identified(fromFile.get(0), "FILE_NAME");
		}
		String found = fromTitle.isEmpty() ? "phần tiêu đề và tên tệp không ghi tên đơn vị nào trong danh sách"
				: "phần tiêu đề ghi nhiều đơn vị ("
						+ fromTitle.stream().map(ReportingUnit::shortName).collect(Collectors.joining(", ")) + ")";
		issues.add(NationalIssue.file(NationalIssueCode.UNIT_UNKNOWN,
				"Không xác định được đơn vị gửi biểu: " + found + ". Ghi \"Đơn vị báo cáo: LĐLĐ tỉnh …\" ở đầu biểu, "
						+ "hoặc nhập lại với --unit MÃ (ví dụ --unit nghe-an)."));
		return null;
	}

	private static Integer year(FormReader.Reading reading, Integer requested, List<NationalIssue> issues,
			FormTable table) {
		Integer stated = FormReader.yearIn(reading.title());
		if (reading.metadata() != null && reading.metadata().year() > 0) {
			stated = reading.metadata().year();
		}
		if (stated == null) {
			if (requested != null) {
				issues.add(NationalIssue.at(table.sheet(), null, null, NationalIssueCode.YEAR_ASSUMED,
						"Biểu không ghi năm báo cáo ở phần tiêu đề: lấy năm " + requested + " đang tổng hợp.", null));
				return requested;
			}
			issues.add(NationalIssue.file(NationalIssueCode.YEAR_UNKNOWN,
					"Biểu không ghi năm báo cáo (\"… NĂM 2026\" ở tiêu đề): ghi năm vào tiêu đề, hoặc nhập với --year."));
			return null;
		}
		if (requested != null && !requested.equals(stated)) {
			issues.add(NationalIssue.file(NationalIssueCode.YEAR_MISMATCH,
					"Biểu là số liệu năm " + stated + ", không phải năm " + requested
							+ " đang tổng hợp. Kiểm tra lại tệp (có thể gửi nhầm biểu năm trước)."));
		}
		return stated;
	}

	private static NationalIssueCode firstError(List<NationalIssue> issues) {
		return issues.stream()
			.filter((issue) -> issue.severity() == NationalIssueCode.Severity.ERROR)
			.map(NationalIssue::code)
			.findFirst()
			.orElse(null);
	}

	private static Reception rejected(NationalIssueCode code, String message, String format) {
		return new Reception(NationalFormOutcome.Status.REJECTED, code, null, null, null, null, null, null, null,
				format, null, null, List.of(NationalIssue.file(code, message)));
	}

	private record Identified(ReportingUnit unit, String by) {
	}

}
