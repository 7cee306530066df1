package vn.congdoan.taphuan.national;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import vn.congdoan.taphuan.common.VietnameseFormat;

/**
 * The statistical form as Word content (POI XWPF): its title, a real table with the
 * form's three-level header (merged cells), unit and numbering rows, the six rows, and
 * the notes — appended wherever the document is, for the year-end report's landscape
 * appendix section. Times New Roman, 8.5 pt in the table: seventeen columns across a
 * landscape page (257 mm of text).
 */
final class FormDocx {

	static final String FONT = "Times New Roman";

	/** Column widths in twips: TT, Nội dung, (3)-(17), Ghi chú omitted (notes follow). */
	private static final int[] WIDTHS = { 520, 2300, 650, 650, 650, 650, 700, 720, 660, 660, 660, 660, 720, 720, 1060,
			1060, 1060 };

	private FormDocx() {
	}

	static void append(XWPFDocument document, FormFigures figures, String caption) {
		paragraph(document, caption, ParagraphAlignment.LEFT, true, false, 13);
		paragraph(document, FormSheetWriter.TITLE + figures.year(), ParagraphAlignment.CENTER, true, false, 13);
		paragraph(document, figures.reportingBody()
				+ ((figures.asOf() != null) ? " — số liệu tính đến ngày " + VietnameseFormat.date(figures.asOf()) : "")
				+ " — " + FormSheetWriter.FORM_CODE + ", phiên bản " + FormMetadata.VERSION, ParagraphAlignment.CENTER,
				false, true, 11);
		XWPFTable table = document.createTable();
		layout(table);
		table.removeRow(0);
		header(table);
		boolean splitAddsUp = FormPrint.splitAddsUp(figures);
		List<Cell> units = new ArrayList<>(List.of(new Cell("", 1), new Cell("", 1)));
		List<Cell> numbers = new ArrayList<>(List.of(new Cell("(1)", 1), new Cell("(2)", 1)));
		for (FormColumn column : FormColumn.values()) {
			units.add(new Cell(column.unit().label(), 1));
			numbers.add(new Cell((column == FormColumn.CLASSES_HELD && !splitAddsUp) ? "(4)" : column.numbering(), 1));
		}
		row(table, units, Style.UNIT);
		row(table, numbers, Style.UNIT);
		for (RowFigures row : figures.rows()) {
			List<Cell> cells = new ArrayList<>();
			cells.add(new Cell(row.row().number(), 1));
			cells.add(new Cell(row.row().label(), 1));
			for (FormColumn column : FormColumn.values()) {
				Long value = row.get(column);
				cells.add(new Cell((value != null) ? VietnameseFormat.number(value) : "", 1));
			}
			row(table, cells, row.row().isLeaf() ? Style.DATA : Style.SUM);
		}
		paragraph(document,
				"Ghi chú: (4) = (5) + (6); (9) đến (14) không lớn hơn (8); (16) không lớn hơn (15); TỔNG SỐ "
						+ "= I + II + III; III = 1 + 2. Số học viên tính theo lượt người, trừ cột (14). Cột (16), (17): chỉ các "
						+ "lớp đã quyết toán. Ô trống: không có số liệu.",
				ParagraphAlignment.BOTH, false, true, 10);
		for (RowFigures row : figures.rows()) {
			if (row.note() != null) {
				paragraph(document, "Dòng " + row.row().title() + ": " + row.note() + ".", ParagraphAlignment.BOTH,
						false, true, 10);
			}
		}
	}

	/** The three header rows: groups, columns and "Trong đó", sub-columns. */
	private static void header(XWPFTable table) {
		List<Cell> top = new ArrayList<>();
		List<Cell> middle = new ArrayList<>();
		List<Cell> bottom = new ArrayList<>();
		top.add(new Cell("TT", 1, STMerge.RESTART));
		middle.add(new Cell("", 1, STMerge.CONTINUE));
		bottom.add(new Cell("", 1, STMerge.CONTINUE));
		top.add(new Cell("Nội dung", 1, STMerge.RESTART));
		middle.add(new Cell("", 1, STMerge.CONTINUE));
		bottom.add(new Cell("", 1, STMerge.CONTINUE));
		for (FormColumn.Group group : FormColumn.Group.values()) {
			List<FormColumn> columns = List.of(FormColumn.values())
				.stream()
				.filter((column) -> column.group() == group)
				.toList();
			top.add(new Cell(group.label() + ((group == FormColumn.Group.BUDGET) ? " (đồng)" : ""), columns.size()));
			for (int i = 0; i < columns.size(); i++) {
				FormColumn column = columns.get(i);
				if (FormSheetWriter.isOfWhom(column)) {
					if (i == 0 || !FormSheetWriter.isOfWhom(columns.get(i - 1))) {
						int span = (int) columns.stream().skip(i).takeWhile(FormSheetWriter::isOfWhom).count();
						middle.add(new Cell("Trong đó", span));
					}
					bottom.add(new Cell(column.label(), 1));
				}
				else {
					middle.add(new Cell(column.label(), 1, STMerge.RESTART));
					bottom.add(new Cell("", 1, STMerge.CONTINUE));
				}
			}
		}
		row(table, top, Style.HEADER);
		row(table, middle, Style.HEADER);
		row(table, bottom, Style.HEADER);
	}

	private static void layout(XWPFTable table) {
		CTTblLayoutType layout = table.getCTTbl().getTblPr().addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblWidth width = table.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.DXA);
		int total = 0;
		for (int w : WIDTHS) {
			total += w;
		}
		width.setW(BigInteger.valueOf(total));
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : WIDTHS) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
	}

	private static void row(XWPFTable table, List<Cell> cells, Style style) {
		// built apart, then added: addRow copies the row's XML into the table
		XWPFTableRow row = new XWPFTableRow(CTRow.Factory.newInstance(), table);
		if (style == Style.HEADER) {
			row.setRepeatHeader(true);
		}
		int column = 0;
		for (Cell spec : cells) {
			XWPFTableCell cell = row.addNewTableCell();
			CTTcPr properties = cell.getCTTc().addNewTcPr();
			int width = 0;
			for (int c = column; c < column + spec.span(); c++) {
				width += WIDTHS[c];
			}
			CTTblWidth cellWidth = properties.addNewTcW();
			cellWidth.setType(STTblWidth.DXA);
			cellWidth.setW(BigInteger.valueOf(width));
			if (spec.span() > 1) {
				properties.addNewGridSpan().setVal(BigInteger.valueOf(spec.span()));
			}
			if (spec.vertical() != null) {
				properties.addNewVMerge().setVal(spec.vertical());
			}
			properties.addNewVAlign().setVal(STVerticalJc.CENTER);
			if (style == Style.HEADER || style == Style.SUM) {
				CTShd shading = properties.addNewShd();
				shading.setVal(STShd.CLEAR);
				shading.setFill((style == Style.HEADER) ? "E7E6E6" : "F2F2F2");
			}
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			boolean label = column == 1 && (style == Style.DATA || style == Style.SUM);
			paragraph.setAlignment((style == Style.HEADER || style == Style.UNIT || column == 0)
					? ParagraphAlignment.CENTER : label ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
			paragraph.setSpacingAfter(0);
			XWPFRun run = paragraph.createRun();
			run.setFontFamily(FONT);
			run.setFontSize((style == Style.UNIT) ? 7.5 : (style == Style.HEADER) ? 8 : 8.5);
			run.setBold(style == Style.HEADER || style == Style.SUM);
			run.setItalic(style == Style.UNIT);
			run.setText(spec.text());
			column += spec.span();
		}
		table.addRow(row);
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text, ParagraphAlignment alignment,
			boolean bold, boolean italic, int size) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(60);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
		return paragraph;
	}

	private enum Style {

		HEADER, UNIT, DATA, SUM

	}

	/** A cell of a row: its text, how many grid columns it spans, its vertical merge. */
	private record Cell(String text, int span, STMerge.Enum vertical) {

		Cell(String text, int span) {
			this(text, span, null);
		}

	}

}
