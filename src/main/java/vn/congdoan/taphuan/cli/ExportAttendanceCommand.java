package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.intake.AttendanceExport;

/**
 * {@code taphuan export attendance --class C [--ward W] [-o FILE]}.
 */
@Command(name = "attendance",
		description = { "Export a class's accepted trainees as CSV (UTF-8), one row per trainee: "
				+ "class_code,ward_code,full_name,birth_year,gender,position_code,position_raw,unit,phone,day_1..day_N,"
				+ "days_present,status,source_file,source_row.", "Without -o the CSV goes to stdout." })
class ExportAttendanceCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--class", required = true, paramLabel = "C", description = "The class.")
	String classCode;

	@Option(names = "--ward", paramLabel = "W", description = "Only this ward.")
	String ward;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to this file.")
	Path output;

	private final AttendanceExport export;

	ExportAttendanceCommand(AttendanceExport export) {
		this.export = export;
	}

	@Override
	public Integer call() throws IOException {
		int rows;
		if (this.output != null) {
			if (this.output.toAbsolutePath().getParent() != null) {
				Files.createDirectories(this.output.toAbsolutePath().getParent());
			}
			try (Writer writer = Files.newBufferedWriter(this.output, StandardCharsets.UTF_8)) {
				rows = this.export.write(this.classCode, this.ward, writer);
			}
			this.spec.commandLine().getErr().printf("Đã ghi %d học viên vào %s%n", rows, this.output);
		}
		else {
			Writer writer = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
			rows = this.export.write(this.classCode, this.ward, writer);
			this.spec.commandLine().getErr().printf("%d học viên%n", rows);
		}
		return ExitCodes.OK;
	}

}
