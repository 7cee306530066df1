package vn.congdoan.taphuan.intake;

/**
 * Repairs the text cells of a file typed in a legacy encoding. A cell that is already
 * Unicode Vietnamese (a template's header typed in Unicode above names typed in TCVN3,
 * say) is left as it is.
 */
final class LegacyText {

	private LegacyText() {
	}

	static Cell decode(Cell cell, LegacyEncoding encoding) {
		if (cell.kind() != CellKind.TEXT || !needsDecoding(cell.text())) {
			return cell;
		}
		return Cell.text(cell.column(), LegacyVietnamese.decode(cell.text(), encoding));
	}

	static String decode(String text, LegacyEncoding encoding) {
		return (text != null && needsDecoding(text)) ? LegacyVietnamese.decode(text, encoding) : text;
	}

	private static boolean needsDecoding(String text) {
		boolean ascii = true;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7F) {
				ascii = false;
				break;
			}
		}
		if (ascii) {
			return false;
		}
		LegacyEvidence evidence = LegacyVietnamese.score(text);
		return evidence.unicode() == 0;
	}

}
