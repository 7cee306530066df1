package vn.congdoan.taphuan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.wardkit.FeedbackFile;
import vn.congdoan.taphuan.wardkit.FeedbackWorkbooks;

/**
 * {@code taphuan feedback --class C [--ward W] [--out DIR]}: regenerates the feedback
 * workbooks of a class's current files from the database.
 */
@Command(name = "feedback",
		description = { "Write again, from the database, the feedback workbook (phản hồi) of the current file of each "
				+ "ward in a class (or one ward) that has rejected rows or warnings: a summary sheet, the ward's rows "
				+ "with every problem cell filled red (row rejected) or yellow (warning) and a comment saying how "
				+ "to fix it.",
				"Files: OUT/feedback/<CLASS>/<ward>/<file name>-phan-hoi.xlsx (OUT: --out, else taphuan.output-dir)." })
class FeedbackCommand extends ResultCommand {

	@Option(names = "--class", required = true, paramLabel = "C", description = "Class code, e.g. AG26-CS-01.")
	String classCode;

	@Option(names = "--ward", paramLabel = "W", description = "Only this ward (unit) code, e.g. long-xuyen.")
	String ward;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Output folder (default: the taphuan.output-dir property, out).")
	Path out;

	private final Plans plans;

	private final FeedbackWorkbooks feedback;

	FeedbackCommand(Plans plans, FeedbackWorkbooks feedback, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.plans = plans;
		this.feedback = feedback;
	}

	@Override
	public Integer call() {
		ClassInPlan found = this.plans.findClass(this.classCode);
		Path outputDir = (this.out != null) ? this.out : this.feedback.outputDir();
		List<FeedbackFile> written = this.feedback.writeCurrent(found.trainingClass().code(), this.ward, outputDir);
		List<Map<String, Object>> entries = new ArrayList<>();
		for (FeedbackFile file : written) {
			String ward = found.plan().unit(file.wardCode()).map((unit) -> unit.unionName()).orElse(file.wardCode());
			err().printf("Phản hồi cho %s (%s): %d vấn đề trong %d dòng → %s%n", ward, file.wardCode(), file.problems(),
					file.rows(), file.file());
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("class", file.classCode());
			entry.put("ward", file.wardCode());
			entry.put("submission", file.submission());
			entry.put("file", file.file().toString());
			entry.put("rows", file.rows());
			entry.put("problems", file.problems());
			entries.add(entry);
		}
		err().printf("Lớp %s: %d tệp phản hồi%s.%n", found.trainingClass().code(), written.size(),
				written.isEmpty() ? " (không danh sách hiện hành nào có dòng bị loại hoặc cảnh báo)" : "");
		if (this.json) {
			printJson(Map.of("feedback", entries));
		}
		return ExitCodes.OK;
	}

}
