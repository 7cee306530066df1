package vn.congdoan.taphuan.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.congdoan.taphuan.testing.Spreadsheet;

/**
 * Real files of every kind a ward sends that cannot be imported.
 */
final class BadFiles {

	private BadFiles() {
	}

	static Spreadsheet goodList() {
		return Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG VĨNH TẾ")
			.row("Lớp AG26-CS-01")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Ngày 1", "Ngày 2", "Ngày 3")
			.row(1, "Nguyễn Văn An", 1980, "Nam", "Tổ trưởng", "x", "x", "x");
	}

	static Path corruptZip(Path folder) throws IOException {
		Path good = goodList().writeXlsx(folder.resolve("tmp-good.xlsx"));
		byte[] bytes = Files.readAllBytes(good);
		Files.delete(good);
		return Files.write(folder.resolve("vinh-te-hong.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
	}

	static Path encrypted(Path folder) throws Exception {
		Path plain = goodList().writeXlsx(folder.resolve("tmp-plain.xlsx"));
		Path target = folder.resolve("vinh-te-mat-khau.xlsx");
		try (POIFSFileSystem filesystem = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("matkhau123");
			try (OutputStream out = encryptor.getDataStream(filesystem)) {
				Files.copy(plain, out); // the encrypted package holds the workbook's own
										// bytes
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				filesystem.writeFilesystem(out);
			}
		}
		Files.delete(plain);
		return target;
	}

	/** A few hundred kilobytes that inflate to 64 MB of spaces in one cell. */
	static Path zipBomb(Path folder) throws IOException {
		Path bomb = folder.resolve("vinh-te-bom.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			put(zip, "[Content_Types].xml", "<Types/>");
			put(zip, "xl/workbook.xml", "<workbook><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>");
			put(zip, "xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" "
					+ "Type=\"http://x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 64; i++) {
				zip.write(spaces);
			}
			zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}
		return bomb;
	}

	/**
	 * A list whose first rows are fine and whose shared strings table ends in a string
	 * that inflates to 64 MB: the rows inspection reads need only the first strings.
	 */
	static Path sharedStringsBomb(Path folder) throws IOException {
		Path bomb = folder.resolve("vinh-te-bom-chuoi.xlsx");
		String[] texts = { "CÔNG ĐOÀN PHƯỜNG VĨNH TẾ", "Lớp AG26-CS-01", "STT", "Họ và tên", "Năm sinh", "Giới tính",
				"Nguyễn Văn An", "Nam" };
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			put(zip, "[Content_Types].xml", "<Types/>");
			put(zip, "xl/workbook.xml", "<workbook><sheets><sheet name=\"a\" r:id=\"rId1\"/></sheets></workbook>");
			put(zip, "xl/_rels/workbook.xml.rels",
					"<Relationships><Relationship Id=\"rId1\" Type=\"http://x/worksheet\" "
							+ "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
							+ "Type=\"http://x/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
			put(zip, "xl/worksheets/sheet1.xml",
					"<worksheet><sheetData>" + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
							+ "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
							+ "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\" t=\"s\"><v>3</v></c>"
							+ "<c r=\"C3\" t=\"s\"><v>4</v></c><c r=\"D3\" t=\"s\"><v>5</v></c></row>"
							+ "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"B4\" t=\"s\"><v>6</v></c>"
							+ "<c r=\"C4\"><v>1980</v></c><c r=\"D4\" t=\"s\"><v>7</v></c></row>"
							+ "</sheetData></worksheet>");
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			StringBuilder start = new StringBuilder("<sst>");
			for (String text : texts) {
				start.append("<si><t>").append(text).append("</t></si>");
			}
			zip.write(start.append("<si><t>").toString().getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 64; i++) {
				zip.write(spaces);
			}
			zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
		}
		return bomb;
	}

	static Path pdfRenamed(Path folder) throws IOException {
		return Files.writeString(folder.resolve("vinh-te.xlsx"),
				"%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.ISO_8859_1);
	}

	static Path emptyWorkbook(Path folder) throws IOException {
		return Spreadsheet.create().writeXlsx(folder.resolve("vinh-te-trong.xlsx"));
	}

	static Path withoutHeader(Path folder) throws IOException {
		return Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG VĨNH TẾ")
			.row("Nguyễn Văn An", 1980, "Tổ trưởng")
			.row("Lê Thị Bình", 1985, "Tổ phó")
			.writeXlsx(folder.resolve("vinh-te-khong-tieu-de.xlsx"));
	}

	static Path headerWithoutRows(Path folder) throws IOException {
		return Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG VĨNH TẾ")
			.row("Lớp AG26-CS-01")
			.row("STT", "Họ và tên", "Năm sinh", "Chức vụ")
			.row(1)
			.row(2)
			.row(null, "Người lập biểu")
			.writeXlsx(folder.resolve("vinh-te-chua-dien.xlsx"));
	}

	static Path templateFor(Path folder, String classCode, String ward) throws IOException {
		return goodList().sheet("taphuan-meta")
			.veryHidden()
			.row("template", "taphuan-attendance")
			.row("version", "1")
			.row("plan", "AG-2026")
			.row("class", classCode)
			.row("ward", ward)
			.writeXlsx(folder.resolve("mau-" + classCode + "-" + ward + ".xlsx"));
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
	}

}
