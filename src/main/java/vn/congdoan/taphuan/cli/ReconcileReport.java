package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.reconcile.ClassFigures;
import vn.congdoan.taphuan.reconcile.FindingFilter;
import vn.congdoan.taphuan.reconcile.FindingSeverity;
import vn.congdoan.taphuan.reconcile.PlanFigures;
import vn.congdoan.taphuan.reconcile.ProgrammeFigures;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileSummary;
import vn.congdoan.taphuan.reconcile.WardFigures;

/**
 * What {@code reconcile} shows of a run: a readable summary, and the JSON document of its
 * figures and findings (also written by {@code demo}).
 */
final class ReconcileReport {

	private ReconcileReport() {
	}

	/**
	 * The JSON document of one run: run, finding counts, plan, programmes, classes (one
	 * class and its wards with {@code classCode}), budget by category and the current
	 * findings.
	 */
	static Map<String, Object> document(ReconcileSummary summary, ReconcileResults results, String classCode) {
		String plan = summary.run().plan();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("run", summary.run());
		Map<String, Object> counts = new LinkedHashMap<>();
		counts.put("current", summary.current());
		counts.put("open", summary.open());
		counts.put("acknowledged", summary.acknowledged());
		counts.put("new", summary.opened());
		counts.put("reopened", summary.reopened());
		counts.put("closed", summary.closed());
		counts.put("bySeverity", summary.bySeverity());
		document.put("summary", counts);
		document.put("plan", results.planFigures(plan).orElse(null));
		document.put("programmes", results.programmeFigures(plan));
		if (classCode != null) {
			document.put("classes", results.classFigure(classCode).map(List::of).orElse(List.of()));
			document.put("wards", results.wardFigures(classCode));
			document.put("days", results.dailyAttendance(classCode));
			document.put("budget", results.classBudget(classCode));
		}
		else {
			document.put("classes", results.classFigures(plan));
			document.put("budget", results.budgetByCategory(plan));
		}
		document.put("findings", results.findings(new FindingFilter(plan, classCode, null, false, false)));
		return document;
	}

	/** The readable summary of one run. */
	static void print(ReconcileSummary summary, ReconcileResults results, String classCode, PrintWriter out) {
		String plan = summary.run().plan();
		out.printf("Đối soát %s tính đến %s (lần chạy %d)%n", plan, VietnameseFormat.date(summary.run().asOf()),
				summary.run().id());
		results.planFigures(plan).ifPresent((figures) -> printPlan(figures, out));
		for (ProgrammeFigures programme : results.programmeFigures(plan)) {
			if (!programme.hasClasses()) {
				if (programme.enrolled() > 0) {
					out.printf("  %s %s: %d người được cử học, %d đã hoàn thành%n", section(programme),
							programme.programme(), programme.enrolled(), programme.enrolmentsCompleted());
				}
				continue;
			}
			out.printf("  %s %s: %d/%d lớp đã mở; có mặt %s%s; hoàn thành %s; %s người khác nhau%n", section(programme),
					programme.programme(), programme.classesStarted(), programme.classes(),
					VietnameseFormat.number(programme.attended()),
					(programme.plannedParticipants() != null)
							? " / dự kiến " + VietnameseFormat.number(programme.plannedParticipants()) + " ("
									+ percent(programme.progress()) + ")"
							: "",
					VietnameseFormat.number(programme.completed()),
					VietnameseFormat.number(programme.distinctAttended()));
		}
		List<ClassFigures> classes = (classCode != null)
				? results.classFigure(classCode).map(List::of).orElse(List.of()) : results.classFigures(plan);
		for (ClassFigures figures : classes) {
			out.printf("  %-11s %s - %s  chỉ tiêu %s: %s%n", figures.classCode(),
					VietnameseFormat.date(figures.start()), VietnameseFormat.date(figures.end()),
					VietnameseFormat.number(figures.quota()), classLine(figures));
		}
		if (classCode != null) {
			for (WardFigures ward : results.wardFigures(classCode)) {
				out.printf("      %-14s chỉ tiêu %3d: %s%n", ward.ward(), ward.quota(),
						ward.submitted()
								? "danh sách " + ward.listed() + ", có mặt " + ward.attended() + " ("
										+ percent(ward.fillRate()) + "), hoàn thành " + ward.completed()
								: "chưa gửi danh sách");
			}
		}
		Map<FindingSeverity, Integer> severities = summary.bySeverity();
		out.printf(
				"  Phát hiện: %d (%d lỗi, %d cảnh báo, %d thông tin); %d đang mở, %d đã xác nhận; mới %d, mở lại %d, "
						+ "đã đóng %d. Xem: taphuan findings --plan %s --open%n",
				summary.current(), severities.getOrDefault(FindingSeverity.ERROR, 0),
				severities.getOrDefault(FindingSeverity.WARNING, 0), severities.getOrDefault(FindingSeverity.INFO, 0),
				summary.open(), summary.acknowledged(), summary.opened(), summary.reopened(), summary.closed(), plan);
		out.flush();
	}

	private static void printPlan(PlanFigures figures, PrintWriter out) {
		out.printf(
				"  Kế hoạch: %d/%d lớp đã mở (%d đã kết thúc); chỉ tiêu các lớp đã mở %s; danh sách %s, có mặt %s "
						+ "(%s), hoàn thành %s (%s); %s người khác nhau; nữ %s%n",
				figures.classesStarted(), figures.classes(), figures.classesEnded(),
				VietnameseFormat.number(figures.quotaStarted()), VietnameseFormat.number(figures.listed()),
				VietnameseFormat.number(figures.attended()), percent(figures.fillRate()),
				VietnameseFormat.number(figures.completed()), percent(figures.completionRate()),
				VietnameseFormat.number(figures.distinctAttended()), VietnameseFormat.number(figures.women()));
		out.printf("  Kinh phí: dự toán %s; quyết toán %s (%d lớp)%s%n", VietnameseFormat.vnd(figures.estimate()),
				VietnameseFormat.vnd(figures.settled()), figures.classesSettled(), (figures.costPerCompleted() != null)
						? "; " + VietnameseFormat.vnd(figures.costPerCompleted()) + " mỗi học viên hoàn thành" : "");
	}

	private static String classLine(ClassFigures figures) {
		if (!figures.started()) {
			return "chưa mở lớp";
		}
		StringBuilder line = new StringBuilder();
		line.append("có mặt ")
			.append(VietnameseFormat.number(figures.attended()))
			.append(" (")
			.append(percent(figures.fillRate()))
			.append("), hoàn thành ")
			.append(VietnameseFormat.number(figures.completed()))
			.append(" (")
			.append(percent(figures.completionRate()))
			.append("); ")
			.append(figures.wardsSubmitted())
			.append('/')
			.append(figures.wardsAllocated())
			.append(" đơn vị gửi danh sách; ");
		if (figures.settled() != null) {
			line.append("quyết toán ")
				.append(VietnameseFormat.vnd(figures.settled()))
				.append(" / dự toán ")
				.append(VietnameseFormat.vnd(figures.estimate()));
		}
		else {
			line.append("chưa quyết toán (dự toán ").append(VietnameseFormat.vnd(figures.estimate())).append(')');
		}
		return line.toString();
	}

	private static String section(ProgrammeFigures programme) {
		return (programme.section() != null) ? programme.section() : "";
	}

	private static String percent(Double ratio) {
		if (ratio == null) {
			return "-";
		}
		return String.format(Locale.ROOT, "%.1f%%", ratio * 100).replace('.', ',');
	}

}
