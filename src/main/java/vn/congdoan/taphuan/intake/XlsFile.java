package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97-2003 workbook read record by record from its OLE2 "Workbook" stream with
 * POI's pull-style {@link RecordFactoryInputStream}: one sheet's rows at a time, never
 * the workbook's cells all in memory.
 */
final class XlsFile implements SpreadsheetFile {

	private final POIFSFileSystem filesystem;

	private final List<SheetInfo> sheets = new ArrayList<>();

	private XlsFile(POIFSFileSystem filesystem) throws IOException, FileRejection {
		this.filesystem = filesystem;
		try (InputStream in = workbookStream()) {
			RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
			int depth = 0;
			for (Record record = records.nextRecord(); record != null; record = records.nextRecord()) {
				if (record instanceof BOFRecord) {
					depth++;
				}
				else if (record instanceof EOFRecord) {
					if (--depth == 0) {
						break;
					}
				}
				else if (record instanceof BoundSheetRecord sheet) {
					this.sheets.add(new SheetInfo(this.sheets.size(), sheet.getSheetname(),
							sheet.isHidden() || sheet.isVeryHidden()));
				}
			}
		}
		catch (EncryptedDocumentException ex) {
			throw new FileRejection(IssueCode.FILE_ENCRYPTED, "Tệp Excel 97-2003 có đặt mật khẩu.", ex);
		}
	}

	static XlsFile open(Path path) throws IOException, FileRejection {
		POIFSFileSystem filesystem;
		try {
			filesystem = new POIFSFileSystem(path.toFile(), true);
		}
		catch (IOException | RuntimeException ex) {
			throw new FileRejection(IssueCode.FILE_UNREADABLE, "Tệp Excel 97-2003 bị hỏng: " + ex.getMessage(), ex);
		}
		try {
			if (filesystem.getRoot().hasEntry("EncryptedPackage") || filesystem.getRoot().hasEntry("EncryptionInfo")) {
				throw new FileRejection(IssueCode.FILE_ENCRYPTED, "Tệp Excel có đặt mật khẩu.");
			}
			if (!filesystem.getRoot().hasEntry("Workbook")) {
				throw new FileRejection(IssueCode.FILE_UNREADABLE,
						filesystem.getRoot().hasEntry("Book")
								? "Tệp Excel 5.0/95 quá cũ: mở bằng Excel và lưu lại dạng .xlsx."
								: "Tệp không phải bảng tính Excel (có thể là tài liệu Word hoặc tệp Office khác).");
			}
			return new XlsFile(filesystem);
		}
		catch (FileRejection | IOException | RuntimeException ex) {
			filesystem.close();
			if (ex instanceof RuntimeException && !(ex instanceof EncryptedDocumentException)) {
				throw new FileRejection(IssueCode.FILE_UNREADABLE, "Tệp Excel 97-2003 bị hỏng: " + ex.getMessage(), ex);
			}
			throw ex;
		}
	}

	@Override
	public String format() {
		return "xls";
	}

	@Override
	public List<SheetInfo> sheets() {
		return List.copyOf(this.sheets);
	}

	@Override
	public SheetCursor rows(int sheet, BitSet columns) throws IOException {
		return new Cursor(workbookStream(), sheet, columns);
	}

	@Override
	public void close() throws IOException {
		this.filesystem.close();
	}

	private InputStream workbookStream() throws IOException {
		return this.filesystem.createDocumentInputStream("Workbook");
	}

	/**
	 * Reads the workbook globals (shared strings, formats, date system), skips to the
	 * wanted sheet's substream and gathers its cells row by row.
	 */
	private static final class Cursor implements SheetCursor {

		private final InputStream in;

		private final RecordFactoryInputStream records;

		private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener((record) -> {
		});

		private final BitSet columns;

		private final List<CellRange> merges = new ArrayList<>();

		private SSTRecord sharedStrings;

		private boolean date1904;

		private boolean inSheet;

		private boolean finished;

		private int depth;

		private List<Cell> cells;

		private int row = -1;

		private Cell pendingFormulaCell;

		private int pendingFormulaColumn = -1;

		private int pendingFormulaRow;

		Cursor(InputStream in, int sheet, BitSet columns) {
			this.in = in;
			this.records = new RecordFactoryInputStream(in, false);
			this.columns = columns;
			skipToSheet(sheet);
		}

		private void skipToSheet(int sheet) {
			int substream = -1;
			for (Record record = this.records.nextRecord(); record != null; record = this.records.nextRecord()) {
				this.formats.processRecordInternally(record);
				if (record instanceof BOFRecord bof) {
					this.depth++;
					if (this.depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
						substream++;
						if (substream == sheet) {
							this.inSheet = true;
							return;
						}
					}
				}
				else if (record instanceof EOFRecord) {
					this.depth--;
				}
				else if (record instanceof SSTRecord sst) {
					this.sharedStrings = sst;
				}
				else if (record instanceof DateWindow1904Record window) {
					this.date1904 = window.getWindowing() == 1;
				}
			}
			this.finished = true;
		}

		@Override
		public SheetRow next() {
			if (this.finished) {
				return flush();
			}
			for (Record record = this.records.nextRecord(); record != null; record = this.records.nextRecord()) {
				this.formats.processRecordInternally(record);
				if (record instanceof BOFRecord) {
					this.depth++;
					continue;
				}
				if (record instanceof EOFRecord) {
					if (--this.depth == 0) {
						this.finished = true;
						return flush();
					}
					continue;
				}
				if (this.depth != 1) {
					continue; // an embedded chart's substream
				}
				if (record instanceof MergeCellsRecord merged) {
					for (int i = 0; i < merged.getNumAreas(); i++) {
						CellRangeAddress area = merged.getAreaAt(i);
						this.merges.add(new CellRange(area.getFirstRow() + 1, area.getLastRow() + 1,
								area.getFirstColumn(), area.getLastColumn()));
					}
					continue;
				}
				if (record instanceof StringRecord text && this.pendingFormulaColumn >= 0) {
					SheetRow completed = add(this.pendingFormulaRow,
							Cell.text(this.pendingFormulaColumn, text.getString()));
					this.pendingFormulaColumn = -1;
					if (completed != null) {
						return completed;
					}
					continue;
				}
				if (record instanceof MulRKRecord multiple) {
					// usually already split into NumberRecords by the record factory
					SheetRow completed = null;
					for (NumberRecord number : RecordFactory.convertRKRecords(multiple)) {
						Cell cell = cell(number);
						SheetRow done = (cell != null) ? add(number.getRow(), cell) : null;
						completed = (completed != null) ? completed : done;
					}
					if (completed != null) {
						return completed;
					}
					continue;
				}
				if (record instanceof CellValueRecordInterface value) {
					Cell cell = cell(value);
					if (cell != null) {
						SheetRow completed = add(value.getRow(), cell);
						if (completed != null) {
							return completed;
						}
					}
				}
			}
			this.finished = true;
			return flush();
		}

		private Cell cell(CellValueRecordInterface record) {
			int column = record.getColumn();
			if (this.columns != null && !this.columns.get(column)) {
				return null;
			}
			if (record instanceof LabelSSTRecord label) {
				String text = (this.sharedStrings != null)
						? this.sharedStrings.getString(label.getSSTIndex()).getString() : "";
				return text.isEmpty() ? null : Cell.text(column, text);
			}
			if (record instanceof LabelRecord label) {
				return label.getValue().isEmpty() ? null : Cell.text(column, label.getValue());
			}
			if (record instanceof NumberRecord number) {
				return number(column, number.getValue(), this.formats.getFormatIndex(number),
						this.formats.getFormatString(number));
			}
			if (record instanceof RKRecord rk) {
				return number(column, rk.getRKNumber(), this.formats.getFormatIndex(rk),
						this.formats.getFormatString(rk));
			}
			if (record instanceof BoolErrRecord boolErr) {
				return boolErr.isBoolean() ? Cell.bool(column, boolErr.getBooleanValue())
						: Cell.error(column, FormulaError.forInt(boolErr.getErrorValue()).getString());
			}
			if (record instanceof FormulaRecord formula) {
				CellType type = formula.getCachedResultTypeEnum();
				return switch (type) {
					case STRING -> {
						this.pendingFormulaColumn = column;
						this.pendingFormulaRow = formula.getRow();
						yield null;
					}
					case NUMERIC -> number(column, formula.getValue(), this.formats.getFormatIndex(formula),
							this.formats.getFormatString(formula));
					case BOOLEAN -> Cell.bool(column, formula.getCachedBooleanValue());
					case ERROR -> Cell.error(column, FormulaError.forInt(formula.getCachedErrorValue()).getString());
					default -> null;
				};
			}
			return null;
		}

		private Cell number(int column, double value, int formatIndex, String format) {
			if (this.columns != null && !this.columns.get(column)) {
				return null;
			}
			if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
				return Cell.date(column, value, DateUtil.getLocalDateTime(value, this.date1904).toLocalDate());
			}
			return Cell.number(column, value);
		}

		/** Adds a cell; when it starts a new row, returns the row just completed. */
		private SheetRow add(int recordRow, Cell cell) {
			SheetRow completed = null;
			if (recordRow != this.row) {
				completed = flush();
				this.row = recordRow;
			}
			if (this.cells == null) {
				this.cells = new ArrayList<>();
			}
			this.cells.add(cell);
			return completed;
		}

		private SheetRow flush() {
			if (this.cells == null || this.cells.isEmpty()) {
				return null;
			}
			List<Cell> sorted = new ArrayList<>(this.cells);
			sorted.sort((a, b) -> Integer.compare(a.column(), b.column()));
			this.cells = null;
			return new SheetRow(this.row + 1, sorted);
		}

		@Override
		public List<CellRange> merges() {
			return List.copyOf(this.merges);
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
