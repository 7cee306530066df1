package vn.congdoan.taphuan.national;

import java.nio.file.Path;

/**
 * A province's form written on its own ({@code report year-end --form-only}).
 *
 * @param figures what the form says
 * @param xlsx the workbook (the form, its metadata and list of units)
 * @param pdf the form on A4 landscape
 * @param pages the PDF's pages
 */
public record FormFiles(FormFigures figures, Path xlsx, Path pdf, int pages) {
}
