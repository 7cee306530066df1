package vn.congdoan.taphuan.wardkit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A template written for one ward and class.
 *
 * @param classCode the class, {@code AG26-CS-01}
 * @param wardCode the ward (unit) code, {@code long-xuyen}
 * @param wardName the ward union's name, "Công đoàn phường Long Xuyên"
 * @param file where the workbook was written
 * @param quota the ward's allocation for the class
 * @param rows the numbered rows in the list: the allocation and a margin
 */
public record TemplateResult(String classCode, String wardCode, String wardName, Path file, int quota, int rows) {

	public TemplateResult {
		Objects.requireNonNull(classCode, "classCode");
		Objects.requireNonNull(wardCode, "wardCode");
		Objects.requireNonNull(wardName, "wardName");
		Objects.requireNonNull(file, "file");
		if (rows < quota) {
			throw new IllegalArgumentException("Fewer rows than the allocation: " + rows + " < " + quota);
		}
	}

}
