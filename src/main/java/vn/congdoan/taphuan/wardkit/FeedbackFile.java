package vn.congdoan.taphuan.wardkit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A feedback workbook written for one received file.
 *
 * @param classCode the class, or {@code null} when the file could not be assigned
 * @param wardCode the ward (unit) code, or {@code null} when the file could not be
 * assigned
 * @param submission the submission the workbook answers
 * @param file where the workbook was written
 * @param rows trainee lines read from the file
 * @param problems rejections and warnings in it (errors and warnings, notes not counted)
 */
public record FeedbackFile(String classCode, String wardCode, long submission, Path file, int rows, int problems) {

	public FeedbackFile {
		Objects.requireNonNull(file, "file");
	}

}
