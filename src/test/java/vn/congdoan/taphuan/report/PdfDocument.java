package vn.congdoan.taphuan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A rendered PDF read back with PDFBox: its text (NFC, pages apart), the fonts each page
 * uses and its metadata.
 */
record PdfDocument(List<String> pages, List<FontUse> fonts, String title, String author, String subject) {

	static PdfDocument read(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC));
			}
			List<FontUse> fonts = new ArrayList<>();
			int number = 1;
			for (PDPage page : document.getPages()) {
				collectFonts(page.getResources(), number++, fonts);
			}
			PDDocumentInformation information = document.getDocumentInformation();
			return new PdfDocument(pages, fonts, information.getTitle(), information.getAuthor(),
					information.getSubject());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void collectFonts(PDResources resources, int page, List<FontUse> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			fonts.add(new FontUse(page, font.getName(), font.isEmbedded()));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				collectFonts(form.getResources(), page, fonts);
			}
		}
	}

	/** All the text, pages joined. */
	String text() {
		return String.join("\n", this.pages);
	}

	/** The text with line breaks as spaces, for phrases a table cell may wrap. */
	String flatText() {
		return text().replaceAll("\\s+", " ");
	}

	record FontUse(int page, String name, boolean embedded) {

	}

}
