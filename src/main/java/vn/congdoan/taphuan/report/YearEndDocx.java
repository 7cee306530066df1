package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The year-end report as a Word document an office edits before signing, the one class
 * that knows POI's XWPF: real paragraphs (justified, first-line indent) and real tables,
 * not a grid of positioned boxes, in the form of Decree 30/2020/NĐ-CP, Phụ lục I — A4,
 * margins 20/20/30/15 mm, Times New Roman (LibreOffice shows it in the metric-compatible
 * Liberation Serif), body 13 pt, tables 11 pt, the page number centred at the top from
 * page 2 — then the appendix in a landscape section. It is written from the same content
 * as the PDF: the same texts and the same table rows.
 */
final class YearEndDocx {

	/** The face Word offices have; metric-compatible with the PDF's Liberation Serif. */
	static final String FONT = "Times New Roman";

	private static final int BODY = 13;

	private static final int TABLE = 11;

	/** Twips per millimetre (1 inch = 1440 twips = 25.4 mm). */
	private static final double MM = 1440 / 25.4;

	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	/** Text width of a portrait page: 210 − 30 − 15 mm. */
	private static final int PORTRAIT_WIDTH = (int) Math.round(165 * MM);

	/** Text width of a landscape page: 297 − 20 − 20 mm. */
	private static final int LANDSCAPE_WIDTH = (int) Math.round(257 * MM);

	private YearEndDocx() {
	}

	/**
	 * Writes the document through a temporary file beside the target.
	 * @return the milliseconds it took
	 */
	static long write(ReportContent content, Path target) throws IOException {
		long start = System.nanoTime();
		Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".taphuan-", ".docx");
		try {
			try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(temporary)) {
				new Writer(document, content).write();
				document.write(out);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static final class Writer {

		private final XWPFDocument document;

		private final ReportContent content;

		Writer(XWPFDocument document, ReportContent content) {
			this.document = document;
			this.content = content;
		}

		void write() {
			heading();
			paragraph(text("intro"), ParagraphAlignment.BOTH, false, false, true);
			section("I. ĐẶC ĐIỂM TÌNH HÌNH");
			narrative("situation");
			section("II. KẾT QUẢ THỰC HIỆN");
			subsection("1. Kết quả theo chương trình của kế hoạch");
			rows("results").forEach((line) -> paragraph(line, ParagraphAlignment.BOTH, false, false, true));
			caption(text("programmesCaption"));
			table(tableRows("programmes"), PORTRAIT_WIDTH);
			subsection("2. Kinh phí").setSpacingBefore(160);
			paragraph(text("budgetText"), ParagraphAlignment.BOTH, false, false, true);
			caption(text("budgetStatusCaption"));
			table(tableRows("budgetStatus"), PORTRAIT_WIDTH);
			caption(text("budgetCaption")).setSpacingBefore(160);
			table(tableRows("budget"), PORTRAIT_WIDTH);
			if (!this.content.appendices().isEmpty()) {
				paragraph("Danh sách các lớp đã tổ chức và cơ cấu học viên theo chức vụ: xem Phụ lục kèm theo.",
						ParagraphAlignment.BOTH, false, false, true)
					.setSpacingBefore(80);
			}
			section("III. ĐÁNH GIÁ");
			narrative("assessment");
			section("IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ");
			narrative("recommendations");
			signature();
			CTSectPr body = this.document.getDocument().getBody().addNewSectPr();
			pageNumbers(body);
			if (this.content.appendices().isEmpty()) {
				page(body, false);
				return;
			}
			// the body's section ends here (portrait, numbered from page 2); the
			// appendices follow in a landscape section of their own
			XWPFParagraph end = this.document.createParagraph();
			CTSectPr portrait = end.getCTP().addNewPPr().addNewSectPr();
			portrait.set(body.copy());
			page(portrait, false);
			body.unsetTitlePg();
			page(body, true);
			for (ReportContent appendix : this.content.appendices()) {
				appendix(appendix);
			}
		}

		private void heading() {
			XWPFTable header = borderless(2, PORTRAIT_WIDTH, new int[] { 38, 62 });
			XWPFTableCell left = header.getRow(0).getCell(0);
			XWPFTableCell right = header.getRow(0).getCell(1);
			cellLine(left, text("parentBody"), 12, false, false, true);
			for (String line : text("issuer").split("\n")) {
				cellLine(left, line, 12, true, false, false);
			}
			rule(left, 30);
			cellLine(left, text("number"), BODY, false, false, false);
			cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false, true);
			cellLine(right, "Độc lập - Tự do - Hạnh phúc", BODY, true, false, false);
			rule(right, 22);
			cellLine(right, text("placeDate"), BODY, false, true, false);
			XWPFParagraph title = paragraph("BÁO CÁO", ParagraphAlignment.CENTER, true, false, false);
			title.setSpacingBefore(360);
			title.setSpacingAfter(0);
			title.getRuns().get(0).setFontSize(14);
			XWPFParagraph subject = paragraph(text("subject"), ParagraphAlignment.CENTER, true, false, false);
			subject.getRuns().get(0).setFontSize(14);
			subject.setSpacingAfter(0);
			XWPFParagraph line = this.document.createParagraph();
			line.setAlignment(ParagraphAlignment.CENTER);
			line.setIndentationLeft(PORTRAIT_WIDTH * 2 / 5);
			line.setIndentationRight(PORTRAIT_WIDTH * 2 / 5);
			line.setBorderBottom(Borders.SINGLE);
			line.setSpacingAfter(240);
			run(line, "", 4, false, false);
		}

		private void section(String heading) {
			XWPFParagraph paragraph = paragraph(heading, ParagraphAlignment.BOTH, true, false, false);
			paragraph.setFirstLineIndent((int) Math.round(10 * MM));
			paragraph.setSpacingBefore(120);
			paragraph.setKeepNext(true);
		}

		private XWPFParagraph subsection(String heading) {
			XWPFParagraph paragraph = paragraph(heading, ParagraphAlignment.BOTH, true, true, true);
			paragraph.setKeepNext(true);
			return paragraph;
		}

		private XWPFParagraph caption(String caption) {
			XWPFParagraph paragraph = paragraph(caption, ParagraphAlignment.CENTER, false, true, false);
			paragraph.setSpacingAfter(60);
			paragraph.setKeepNext(true);
			paragraph.getRuns().get(0).setFontSize(12);
			return paragraph;
		}

		/** A narrative part: numbered headings, paragraphs, or the grey placeholder. */
		private void narrative(String name) {
			for (Map<String, Object> row : list(name)) {
				String kind = String.valueOf(row.get("kind"));
				String text = String.valueOf(row.get("text"));
				switch (kind) {
					case "heading" -> paragraph(text, ParagraphAlignment.BOTH, true, true, true).setKeepNext(true);
					case "placeholder" -> {
						XWPFParagraph paragraph = paragraph(text, ParagraphAlignment.BOTH, false, true, true);
						paragraph.getRuns().get(0).setColor("808080");
					}
					default -> paragraph(text, ParagraphAlignment.BOTH, false, false, true);
				}
			}
		}

		/** Nơi nhận at the left, the signer at the right, in a table without borders. */
		private void signature() {
			XWPFParagraph space = this.document.createParagraph();
			space.setSpacingAfter(0);
			XWPFTable table = borderless(2, PORTRAIT_WIDTH, new int[] { 50, 50 });
			XWPFTableCell left = table.getRow(0).getCell(0);
			XWPFTableCell right = table.getRow(0).getCell(1);
			XWPFParagraph title = cellLine(left, "Nơi nhận:", 12, true, true, true);
			title.setAlignment(ParagraphAlignment.LEFT);
			for (String recipient : rows("recipients")) {
				cellLine(left, recipient, TABLE, false, false, false).setAlignment(ParagraphAlignment.LEFT);
			}
			boolean first = true;
			for (String line : List.of(text("onBehalfOf"), text("signerTitle"))) {
				if (!line.isBlank()) {
					cellLine(right, line, BODY, true, false, first);
					first = false;
				}
			}
			for (int i = 0; i < 4; i++) {
				cellLine(right, "", BODY, false, false, false);
			}
			cellLine(right, text("signerName"), BODY, true, false, false);
		}

		private void appendix(ReportContent appendix) {
			XWPFParagraph heading = paragraph(String.valueOf(appendix.parameters().get("heading")),
					ParagraphAlignment.CENTER, true, false, false);
			heading.getRuns().get(0).setFontSize(14);
			heading.setSpacingAfter(0);
			paragraph(String.valueOf(appendix.parameters().get("caption")), ParagraphAlignment.CENTER, false, true,
					false);
			for (TableRows table : appendix.tables()) {
				Object caption = appendix.parameters().get(table.table().name() + "Caption");
				caption((caption != null) ? caption.toString() : table.table().sheet()).setSpacingBefore(160);
				table(table, LANDSCAPE_WIDTH);
			}
		}

		/** A table with a shaded header row, 11 pt, total rows in bold. */
		private void table(TableRows rows, int width) {
			List<? extends Table.Column<?>> columns = rows.table().columns();
			// narrow columns get room for their header word ("Mục") at 11 pt
			int[] weights = columns.stream().mapToInt((column) -> Math.max(column.width(), 8)).toArray();
			XWPFTable table = this.document.createTable(1, columns.size());
			layout(table, width, weights);
			table.setTableAlignment(TableRowAlign.CENTER);
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			header.setCantSplitRow(true);
			for (int c = 0; c < columns.size(); c++) {
				XWPFTableCell cell = header.getCell(c);
				cell.setColor("E7E6E6");
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				cellText(cell, columns.get(c).header(), true, ParagraphAlignment.CENTER);
			}
			for (Map<String, Object> values : rows.rows()) {
				boolean total = Boolean.TRUE.equals(values.get(Table.TOTAL));
				XWPFTableRow row = table.createRow();
				row.setCantSplitRow(true);
				for (int c = 0; c < columns.size(); c++) {
					Table.Column<?> column = columns.get(c);
					XWPFTableCell cell = row.getCell(c);
					if (total) {
						cell.setColor("F2F2F2");
					}
					cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
					cellText(cell, format(column.kind(), values.get(column.key())), total, alignment(column));
				}
			}
			widths(table, width, weights);
		}

		/** Numbers right, dates and short codes ("2.2", "3/3") centred, text left. */
		private static ParagraphAlignment alignment(Table.Column<?> column) {
			return switch (column.kind()) {
				case TEXT -> (column.width() <= 12) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
				case DATE, NUMBER -> ParagraphAlignment.CENTER;
				case COUNT, MONEY, RATIO -> ParagraphAlignment.RIGHT;
			};
		}

		private XWPFTable borderless(int columns, int width, int[] weights) {
			XWPFTable table = this.document.createTable(1, columns);
			layout(table, width, weights);
			table.removeBorders();
			widths(table, width, weights);
			return table;
		}

		private static void layout(XWPFTable table, int width, int[] weights) {
			CTTblPr properties = table.getCTTbl().getTblPr();
			CTTblWidth tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
			tableWidth.setType(STTblWidth.DXA);
			tableWidth.setW(BigInteger.valueOf(width));
			CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout()
					: properties.addNewTblLayout();
			layout.setType(STTblLayoutType.FIXED);
			table.setCellMargins(20, 45, 20, 45);
		}

		private static void widths(XWPFTable table, int width, int[] weights) {
			int sum = 0;
			for (int weight : weights) {
				sum += weight;
			}
			var grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
					: table.getCTTbl().addNewTblGrid();
			while (grid.sizeOfGridColArray() > 0) {
				grid.removeGridCol(0);
			}
			for (int weight : weights) {
				grid.addNewGridCol().setW(BigInteger.valueOf((long) width * weight / sum));
			}
			for (XWPFTableRow row : table.getRows()) {
				for (int c = 0; c < row.getTableCells().size(); c++) {
					CTTcPr properties = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
							: row.getCell(c).getCTTc().addNewTcPr();
					CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
					cellWidth.setType(STTblWidth.DXA);
					cellWidth.setW(BigInteger.valueOf((long) width * weights[c] / sum));
				}
			}
		}

		private void cellText(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(alignment);
			paragraph.setSpacingAfter(0);
			paragraph.setSpacingBefore(0);
			run(paragraph, text, TABLE, bold, false);
		}

		/** A centred line in a header cell; the first reuses the cell's own paragraph. */
		private XWPFParagraph cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic,
				boolean first) {
			XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			paragraph.setSpacingAfter(0);
			paragraph.setSpacingBefore(0);
			run(paragraph, text, size, bold, italic);
			return paragraph;
		}

		/** The short line under a header: a bottom border on an empty paragraph. */
		private void rule(XWPFTableCell cell, int percent) {
			XWPFParagraph paragraph = cell.addParagraph();
			int cellWidth = cell.getCTTc().getTcPr().getTcW().getW() instanceof BigInteger w ? w.intValue()
					: PORTRAIT_WIDTH / 2;
			int indent = cellWidth * (100 - percent) / 200;
			paragraph.setIndentationLeft(indent);
			paragraph.setIndentationRight(indent);
			paragraph.setBorderBottom(Borders.SINGLE);
			paragraph.setSpacingAfter(120);
			run(paragraph, "", 3, false, false);
		}

		private XWPFParagraph paragraph(String text, ParagraphAlignment alignment, boolean bold, boolean italic,
				boolean indent) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setAlignment(alignment);
			// as the PDF: 4 pt after a paragraph, lines at 1.1
			paragraph.setSpacingAfter(80);
			paragraph.setSpacingBetween(1.1);
			if (indent) {
				paragraph.setFirstLineIndent((int) Math.round(10 * MM));
			}
			run(paragraph, text, BODY, bold, italic);
			return paragraph;
		}

		private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
			XWPFRun run = paragraph.createRun();
			run.setFontFamily(FONT);
			run.setFontSize(size);
			run.setBold(bold);
			run.setItalic(italic);
			run.setText(nfc(text));
			return run;
		}

		/** The page number, centred at the top, from page 2 (the first page has none). */
		private void pageNumbers(CTSectPr section) {
			XWPFHeader first = this.document.createHeader(HeaderFooterType.FIRST);
			first.createParagraph();
			XWPFHeader header = this.document.createHeader(HeaderFooterType.DEFAULT);
			XWPFParagraph paragraph = header.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			CTSimpleField field = paragraph.getCTP().addNewFldSimple();
			field.setInstr("PAGE");
			var run = field.addNewR();
			var properties = run.addNewRPr();
			properties.addNewRFonts().setAscii(FONT);
			properties.getRFontsArray(0).setHAnsi(FONT);
			properties.addNewSz().setVal(BigInteger.valueOf(BODY * 2L));
			run.addNewT().setStringValue("2");
			if (!section.isSetTitlePg()) {
				section.addNewTitlePg();
			}
		}

		/** A4 with the Decree's margins, portrait (body) or landscape (appendix). */
		private static void page(CTSectPr section, boolean landscape) {
			CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
			size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
			size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
			size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
			CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(Math.round((landscape ? 30 : 20) * MM)));
			margins.setBottom(BigInteger.valueOf(Math.round(20 * MM)));
			margins.setLeft(BigInteger.valueOf(Math.round((landscape ? 20 : 30) * MM)));
			margins.setRight(BigInteger.valueOf(Math.round((landscape ? 20 : 15) * MM)));
			margins.setHeader(BigInteger.valueOf(Math.round(10 * MM)));
			margins.setFooter(BigInteger.valueOf(Math.round(10 * MM)));
		}

		private String text(String name) {
			Object value = this.content.parameters().get(name);
			return (value != null) ? value.toString() : "";
		}

		@SuppressWarnings("unchecked")
		private List<Map<String, Object>> list(String name) {
			Object value = this.content.parameters().get(name);
			return (value instanceof List<?> rows) ? (List<Map<String, Object>>) rows : List.of();
		}

		private List<String> rows(String name) {
			return list(name).stream().map((row) -> String.valueOf(row.get("text"))).toList();
		}

		private TableRows tableRows(String name) {
			return this.content.tables()
				.stream()
				.filter((table) -> table.table().name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No table " + name + " in " + this.content.template()));
		}

	}

	/** A cell's value as the PDF prints it: 1.400, 1.400.000, 77,8%, 16/03/2026. */
	static String format(Table.Kind kind, Object value) {
		if (value == null) {
			return "";
		}
		return switch (kind) {
			case COUNT, MONEY -> VietnameseFormat.number(((Number) value).longValue());
			case RATIO -> ReportText.percent(((Number) value).doubleValue());
			case DATE -> VietnameseFormat.date((LocalDate) value);
			case NUMBER -> Long.toString(((Number) value).longValue());
			case TEXT -> value.toString();
		};
	}

	private static String nfc(String text) {
		return (text == null) ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
