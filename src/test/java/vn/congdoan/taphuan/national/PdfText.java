package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back with PDFBox: each page's text (NFC), size and fonts, and the document's
 * title.
 */
record PdfText(List<String> pages, List<Boolean> landscape, List<String> fonts, boolean allFontsEmbedded,
		String title) {

	static PdfText read(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> pages = new ArrayList<>();
			List<Boolean> landscape = new ArrayList<>();
			List<String> fonts = new ArrayList<>();
			boolean embedded = true;
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC));
				PDPage page = document.getPage(i - 1);
				boolean wide = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
				boolean turned = page.getRotation() % 180 != 0;
				landscape.add(wide != turned);
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					embedded &= font.isEmbedded();
				}
			}
			return new PdfText(pages, landscape, fonts, embedded, document.getDocumentInformation().getTitle());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All the text with runs of white space as one space. */
	String flat() {
		return String.join(" ", this.pages).replaceAll("\\s+", " ");
	}

}
