package vn.congdoan.taphuan.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * An xlsx/xlsm workbook read part by part from its zip package with {@link XmlTokens}:
 * never the whole workbook in memory, only the shared strings table and the style table
 * (both bounded by the inflation limits).
 */
final class XlsxFile implements SpreadsheetFile {

	private static final byte[] RELATIONSHIP = bytes("Relationship");

	private static final byte[] ID = bytes("Id");

	private static final byte[] LOWER_ID = bytes("id");

	private static final byte[] TYPE = bytes("Type");

	private static final byte[] TARGET = bytes("Target");

	private static final byte[] SHEET = bytes("sheet");

	private static final byte[] NAME = bytes("name");

	private static final byte[] STATE = bytes("state");

	private static final byte[] WORKBOOK_PR = bytes("workbookPr");

	private static final byte[] DATE1904 = bytes("date1904");

	private static final byte[] NUM_FMT = bytes("numFmt");

	private static final byte[] NUM_FMT_ID = bytes("numFmtId");

	private static final byte[] FORMAT_CODE = bytes("formatCode");

	private static final byte[] CELL_XFS = bytes("cellXfs");

	private static final byte[] XF = bytes("xf");

	private static final byte[] SI = bytes("si");

	private static final byte[] T = bytes("t");

	private static final byte[] R_PH = bytes("rPh");

	private final ZipFile zip;

	private final ImportLimits limits;

	private final long[] inflated = { 0 };

	private final List<SheetInfo> sheets = new ArrayList<>();

	private final List<String> sheetParts = new ArrayList<>();

	private final boolean date1904;

	private final String sharedStringsPart;

	private final String stylesPart;

	/** The shared strings read so far, read further as cells ask for them. */
	private SharedStrings sharedStrings;

	private boolean[] dateStyles;

	private XlsxFile(ZipFile zip, ImportLimits limits) throws IOException {
		this.zip = zip;
		this.limits = limits;
		String workbookPart = officeDocumentPart();
		String folder = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
		Map<String, String[]> relationships = relationships(
				folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels", folder);
		String sharedStrings = null;
		String styles = null;
		for (String[] relationship : relationships.values()) {
			if (relationship[0].endsWith("/sharedStrings")) {
				sharedStrings = relationship[1];
			}
			else if (relationship[0].endsWith("/styles")) {
				styles = relationship[1];
			}
		}
		this.sharedStringsPart = sharedStrings;
		this.stylesPart = styles;
		boolean use1904 = false;
		try (InputStream in = part(workbookPart)) {
			XmlTokens xml = new XmlTokens(in);
			for (int event = xml.next(); event != XmlTokens.EOF; event = xml.next()) {
				if (event != XmlTokens.START) {
					continue;
				}
				if (xml.is(WORKBOOK_PR)) {
					String value = xml.attribute(DATE1904);
					use1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
				}
				else if (xml.is(SHEET)) {
					String[] relationship = relationships.get(xml.attribute(LOWER_ID));
					boolean worksheet = relationship != null && relationship[0].endsWith("/worksheet");
					String state = xml.attribute(STATE);
					this.sheets.add(new SheetInfo(this.sheets.size(), String.valueOf(xml.attribute(NAME)),
							state != null && !state.equals("visible")));
					this.sheetParts.add(worksheet ? relationship[1] : null);
				}
			}
		}
		this.date1904 = use1904;
	}

	/**
	 * Opens a package as a workbook.
	 * @throws FileRejection FILE_UNREADABLE when the zip is not an Excel workbook
	 */
	static XlsxFile open(Path path, ImportLimits limits) throws IOException, FileRejection {
		ZipFile zip;
		try {
			zip = new ZipFile(path.toFile());
		}
		catch (IOException ex) {
			throw new FileRejection(IssueCode.FILE_UNREADABLE,
					"Tệp không mở được như một bảng tính Excel (tệp nén hỏng hoặc không đầy đủ): " + ex.getMessage(),
					ex);
		}
		try {
			if (zip.getEntry("[Content_Types].xml") == null) {
				throw new FileRejection(IssueCode.FILE_UNREADABLE,
						"Tệp là một tệp nén ZIP nhưng không phải bảng tính Excel.");
			}
			XlsxFile file = new XlsxFile(zip, limits);
			if (file.sheets.isEmpty()) {
				throw new FileRejection(IssueCode.FILE_UNREADABLE,
						"Tệp không phải bảng tính Excel (không có trang tính nào).");
			}
			return file;
		}
		catch (FileRejection | IOException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	@Override
	public String format() {
		return "xlsx";
	}

	@Override
	public List<SheetInfo> sheets() {
		return List.copyOf(this.sheets);
	}

	@Override
	public SheetCursor rows(int sheet, BitSet columns) throws IOException {
		String partName = this.sheetParts.get(sheet);
		if (partName == null) {
			return EmptyCursor.INSTANCE;
		}
		loadTables();
		return new XlsxSheetCursor(new XmlTokens(part(partName)), this, columns);
	}

	/**
	 * Reads the rest of the shared strings table, inflating it without keeping it, so
	 * that the size limits have seen every part a sheet refers to: inspection reads only
	 * the strings of the first rows.
	 */
	@Override
	public void readRest() throws IOException {
		loadTables();
		this.sharedStrings.skipRest();
	}

	@Override
	public void close() throws IOException {
		if (this.sharedStrings != null) {
			this.sharedStrings.close();
		}
		this.zip.close();
	}

	/** A shared string by its index; "" when there is none. */
	String sharedString(int index) throws IOException {
		return this.sharedStrings.get(index);
	}

	boolean isDateStyle(int style) {
		return style >= 0 && style < this.dateStyles.length && this.dateStyles[style];
	}

	LocalDate date(double serial) {
		return DateUtil.getLocalDateTime(serial, this.date1904).toLocalDate();
	}

	boolean validDate(double serial) {
		return DateUtil.isValidExcelDate(serial);
	}

	private void loadTables() throws IOException {
		if (this.sharedStrings == null) {
			InputStream in = (this.sharedStringsPart != null) ? part(this.sharedStringsPart) : null;
			this.sharedStrings = new SharedStrings(in);
		}
		if (this.dateStyles == null) {
			this.dateStyles = (this.stylesPart != null) ? readDateStyles() : new boolean[0];
		}
	}

	/**
	 * The shared strings table, read as far as the cells asked for so far: a cell refers
	 * to its text by index, and writers number the texts in the order the cells first use
	 * them, so the first rows of a sheet need only the first strings.
	 */
	private static final class SharedStrings {

		private final InputStream in;

		private final XmlTokens xml;

		private final List<String> strings = new ArrayList<>();

		private StringBuilder current;

		private boolean phonetic;

		private boolean finished;

		SharedStrings(InputStream in) {
			this.in = in;
			this.xml = (in != null) ? new XmlTokens(in) : null;
			this.finished = in == null;
		}

		String get(int index) throws IOException {
			if (index < 0) {
				return "";
			}
			while (index >= this.strings.size() && !this.finished) {
				readNext();
			}
			return (index < this.strings.size()) ? this.strings.get(index) : "";
		}

		/** Reads up to the end of the next string item, or to the end of the part. */
		private void readNext() throws IOException {
			XmlTokens tokens = this.xml;
			for (int event = tokens.next(); event != XmlTokens.EOF; event = tokens.next()) {
				if (event == XmlTokens.START) {
					if (tokens.is(SI)) {
						this.current = new StringBuilder();
						if (tokens.selfClosing()) {
							this.strings.add("");
							this.current = null;
							return;
						}
					}
					else if (tokens.is(R_PH)) {
						this.phonetic = !tokens.selfClosing();
					}
					else if (tokens.is(T) && this.current != null && !this.phonetic && !tokens.selfClosing()) {
						this.current.append(tokens.text());
					}
				}
				else if (tokens.is(R_PH)) {
					this.phonetic = false;
				}
				else if (tokens.is(SI) && this.current != null) {
					this.strings.add(unescape(this.current.toString()));
					this.current = null;
					return;
				}
			}
			this.finished = true;
			close();
		}

		/**
		 * Inflates the rest of the part through the limits (read, not skipped: skipping
		 * would inflate past them uncounted), keeping nothing.
		 */
		void skipRest() throws IOException {
			if (this.finished) {
				return;
			}
			byte[] rest = new byte[8192];
			while (this.in.read(rest) >= 0) {
				// inflated and counted by the limits, then dropped
			}
			this.finished = true;
			close();
		}

		void close() throws IOException {
			if (this.in != null) {
				this.in.close();
			}
		}

	}

	private boolean[] readDateStyles() throws IOException {
		Map<Integer, String> customFormats = new HashMap<>();
		List<Boolean> dates = new ArrayList<>();
		try (InputStream in = part(this.stylesPart)) {
			if (in == null) {
				return new boolean[0];
			}
			XmlTokens xml = new XmlTokens(in);
			boolean inCellXfs = false;
			for (int event = xml.next(); event != XmlTokens.EOF; event = xml.next()) {
				if (event == XmlTokens.START) {
					if (xml.is(NUM_FMT)) {
						customFormats.put(xml.intAttribute(NUM_FMT_ID), xml.attribute(FORMAT_CODE));
					}
					else if (xml.is(CELL_XFS)) {
						inCellXfs = !xml.selfClosing();
					}
					else if (xml.is(XF) && inCellXfs) {
						int formatId = Math.max(xml.intAttribute(NUM_FMT_ID), 0);
						String formatCode = customFormats.getOrDefault(formatId,
								BuiltinFormats.getBuiltinFormat(formatId));
						dates.add(formatCode != null && DateUtil.isADateFormat(formatId, formatCode));
					}
				}
				else if (xml.is(CELL_XFS)) {
					inCellXfs = false;
				}
			}
		}
		boolean[] result = new boolean[dates.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = dates.get(i);
		}
		return result;
	}

	/**
	 * OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage
	 * return).
	 */
	static String unescape(String text) {
		if (text.indexOf("_x") < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
					&& text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
				out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
				i += 7;
			}
			else {
				out.append(text.charAt(i++));
			}
		}
		return out.toString();
	}

	private static boolean isHex(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.digit(text.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	private String officeDocumentPart() throws IOException {
		Map<String, String[]> root = relationships("_rels/.rels", "");
		for (String[] relationship : root.values()) {
			if (relationship[0].endsWith("/officeDocument")) {
				return relationship[1];
			}
		}
		return "xl/workbook.xml";
	}

	/** Relationship id → {type, resolved part name}. */
	private Map<String, String[]> relationships(String partName, String baseFolder) throws IOException {
		Map<String, String[]> relationships = new HashMap<>();
		try (InputStream in = part(partName)) {
			if (in == null) {
				return relationships;
			}
			XmlTokens xml = new XmlTokens(in);
			for (int event = xml.next(); event != XmlTokens.EOF; event = xml.next()) {
				if (event == XmlTokens.START && xml.is(RELATIONSHIP)) {
					String target = xml.attribute(TARGET);
					if (target != null) {
						relationships.put(xml.attribute(ID),
								new String[] { String.valueOf(xml.attribute(TYPE)), resolve(baseFolder, target) });
					}
				}
			}
		}
		return relationships;
	}

	private static String resolve(String baseFolder, String target) {
		if (target.startsWith("/")) {
			return target.substring(1);
		}
		Path resolved = Path.of(baseFolder.isEmpty() ? "." : baseFolder).resolve(target).normalize();
		return resolved.toString().replace('\\', '/');
	}

	private InputStream part(String name) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		if (entry == null) {
			entry = this.zip.getEntry("/" + name);
		}
		if (entry == null) {
			return null;
		}
		return new BufferedInputStream(new InflationLimit(this.zip.getInputStream(entry), entry.getCompressedSize(),
				this.limits, this.inflated), 64 * 1024);
	}

	private static byte[] bytes(String ascii) {
		return ascii.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A sheet with no cells (chart sheets, dialog sheets).
	 */
	static final class EmptyCursor implements SheetCursor {

		static final EmptyCursor INSTANCE = new EmptyCursor();

		@Override
		public SheetRow next() {
			return null;
		}

		@Override
		public List<CellRange> merges() {
			return List.of();
		}

		@Override
		public void close() {
		}

	}

}
