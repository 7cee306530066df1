package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF a command wrote, read back with PDFBox: NFC, white space collapsed.
 */
final class PdfText {

	private PdfText() {
	}

	static String of(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
				.replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
