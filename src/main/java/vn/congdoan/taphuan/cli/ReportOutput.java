package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.report.ReportFiles;

/**
 * What the report commands print: which date the figures count to, and where each file
 * went.
 */
final class ReportOutput {

	private ReportOutput() {
	}

	static void print(PrintWriter err, String what, ReportFiles files) {
		err.printf("%s%s: %s (%d trang)%n", what,
				(files.asOf() != null) ? ", số liệu tính đến ngày " + VietnameseFormat.date(files.asOf()) : "",
				files.pdf(), files.pages());
		err.printf("  bảng tính: %s%n", files.xlsx());
		if (files.docx() != null) {
			err.printf("  văn bản Word (để sửa trước khi ký): %s%n", files.docx());
		}
		files.charts().forEach((chart) -> err.printf("  biểu đồ: %s%n", chart));
		err.flush();
	}

	static Map<String, Object> json(String report, Map<String, Object> subject, ReportFiles files) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("report", report);
		document.putAll(subject);
		document.put("pdf", files.pdf().toString());
		document.put("xlsx", files.xlsx().toString());
		if (files.docx() != null) {
			document.put("docx", files.docx().toString());
		}
		document.put("charts", files.charts().stream().map(Path::toString).toList());
		document.put("pages", files.pages());
		document.put("asOf", (files.asOf() != null) ? files.asOf().toString() : null);
		document.put("run", files.run());
		return document;
	}

}
