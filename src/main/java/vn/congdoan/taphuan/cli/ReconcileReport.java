package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.reconcile.ClassFigures;
import vn.congdoan.taphuan.reconcile.Finding;
import vn.congdoan.taphuan.reconcile.FindingSeverity;
import vn.congdoan.taphuan.reconcile.PlanFigures;
import vn.congdoan.taphuan.reconcile.ProgrammeFigures;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileRun;
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
		ReconcileRun run = summary.run();
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
		document.put("plan", results.planFigures(run).orElse(null));
		document.put("programmes", results.programmeFigures(run));
		if (classCode != null) {
			document.put("classes", results.classFigure(run, classCode).map(List::of).orElse(List.of()));
			document.put("wards", results.wardFigures(run, classCode));
			document.put("days", results.dailyAttendance(run, classCode));
			document.put("budget", results.classBudget(run, classCode));
		}
		else {
			document.put("classes", results.classFigures(run));
			document.put("budget", results.budgetByCategory(run));
		}
		try (Stream<Finding> findings = results.streamFindings(run, classCode)) {
			document.put("findings", findings.toList());
		}
		return document;
	}

	/**
	 * The readable summary of one run, every figure from that run and with its scope: the
	 * classes held (every programme), the money of the settled classes, each programme,
	 * each class.
	 */
	static void print(ReconcileSummary summary, ReconcileResults results, String classCode, PrintWriter out) {
		ReconcileRun run = summary.run();
		String plan = run.plan();
		out.printf("Đối soát %s tính đến %s (lần chạy %d)%s%n", plan, VietnameseFormat.date(run.asOf()), run.id(),
				run.published() ? ""
						: ": số liệu cho báo cáo kỳ trước, không thay đổi phát hiện hiện hành của kế hoạch");
		results.planFigures(run).ifPresent((figures) -> printPlan(figures, out));
		for (ProgrammeFigures programme : results.programmeFigures(run)) {
			if (!programme.hasClasses()) {
				if (programme.enrolled() > 0) {
					out.printf("  %s %s: %d người được cử học, %d đã hoàn thành%n", section(programme),
							programme.kind().label(), programme.enrolled(), programme.enrolmentsCompleted());
				}
				continue;
			}
			out.printf(
					"  %s %s: %d%s lớp đã mở; có mặt %s / chỉ tiêu các lớp này %s (%s)%s; hoàn thành %s; %s người "
							+ "khác nhau%n",
					section(programme), programme.kind().label(), programme.classesStarted(),
					(programme.plannedClasses() != null) ? "/" + programme.plannedClasses() : "",
					VietnameseFormat.number(programme.attended()), VietnameseFormat.number(programme.quotaStarted()),
					VietnameseFormat.percent(programme.attended(), programme.quotaStarted()),
					(programme.plannedParticipants() != null)
							? "; so với kế hoạch năm " + VietnameseFormat.number(programme.plannedParticipants())
									+ " học viên: "
									+ VietnameseFormat.percent(programme.attended(), programme.plannedParticipants())
							: "",
					VietnameseFormat.number(programme.completed()),
					VietnameseFormat.number(programme.distinctAttended()));
		}
		List<ClassFigures> classes = (classCode != null)
				? results.classFigure(run, classCode).map(List::of).orElse(List.of()) : results.classFigures(run);
		for (ClassFigures figures : classes) {
			out.printf("  %-11s %s - %s  chỉ tiêu %s: %s%n", figures.classCode(),
					VietnameseFormat.date(figures.start()), VietnameseFormat.date(figures.end()),
					VietnameseFormat.number(figures.quota()), classLine(figures));
		}
		if (classCode != null) {
			for (WardFigures ward : results.wardFigures(run, classCode)) {
				out.printf("      %-14s chỉ tiêu %3d: %s%n", ward.ward(), ward.quota(),
						ward.submitted() ? "danh sách " + ward.listed() + ", có mặt " + ward.attended() + " ("
								+ VietnameseFormat.percent(ward.attended(), ward.quota()) + "), hoàn thành "
								+ ward.completed() : "chưa gửi danh sách");
			}
		}
		Map<FindingSeverity, Integer> severities = summary.bySeverity();
		out.printf(
				"  Phát hiện: %d (%d %s, %d %s, %d %s); %d đang mở, %d đã xác nhận; mới %d, mở lại %d, "
						+ "đã đóng %d. Xem: taphuan findings --plan %s --open%n",
				summary.current(), severities.getOrDefault(FindingSeverity.ERROR, 0),
				FindingSeverity.ERROR.lowerLabel(), severities.getOrDefault(FindingSeverity.WARNING, 0),
				FindingSeverity.WARNING.lowerLabel(), severities.getOrDefault(FindingSeverity.INFO, 0),
				FindingSeverity.INFO.lowerLabel(), summary.open(), summary.acknowledged(), summary.opened(),
				summary.reopened(), summary.closed(), plan);
		out.flush();
	}

	private static void printPlan(PlanFigures figures, PrintWriter out) {
		out.printf(
				"  Các lớp đã mở (mọi chương trình): %d/%d lớp (%d đã kết thúc); có mặt %s / chỉ tiêu các lớp này %s "
						+ "(%s), hoàn thành %s (%s); danh sách %s; %s người khác nhau; nữ %s%n",
				figures.classesStarted(), figures.classes(), figures.classesEnded(),
				VietnameseFormat.number(figures.attended()), VietnameseFormat.number(figures.quotaStarted()),
				VietnameseFormat.percent(figures.attended(), figures.quotaStarted()),
				VietnameseFormat.number(figures.completed()),
				VietnameseFormat.percent(figures.completed(), figures.quotaStarted()),
				VietnameseFormat.number(figures.listed()), VietnameseFormat.number(figures.distinctAttended()),
				VietnameseFormat.number(figures.women()));
		if (figures.classesSettled() == 0) {
			out.printf(
					"  Kinh phí: chưa có lớp nào quyết toán (0/%d lớp đã mở, dự toán các lớp này %s); dự toán cả kế "
							+ "hoạch %s%n",
					figures.classesStarted(), VietnameseFormat.vnd(figures.estimateStarted()),
					VietnameseFormat.vnd(figures.estimate()));
			return;
		}
		out.printf(
				"  Kinh phí: %d/%d lớp đã mở có quyết toán, %s / dự toán các lớp này %s (%s)%s; dự toán cả kế hoạch "
						+ "%s%s%n",
				figures.classesSettled(), figures.classesStarted(), VietnameseFormat.vnd(figures.settled()),
				VietnameseFormat.vnd(figures.estimateSettled()),
				VietnameseFormat.percent(figures.settled(), figures.estimateSettled()),
				(figures.classesStarted() > figures.classesSettled())
						? "; " + (figures.classesStarted() - figures.classesSettled())
								+ " lớp chưa quyết toán, dự toán " + VietnameseFormat.vnd(figures.estimateUnsettled())
						: "",
				VietnameseFormat.vnd(figures.estimate()),
				(figures.costPerCompleted() != null) ? "; " + VietnameseFormat.vnd(figures.costPerCompleted())
						+ " mỗi học viên hoàn thành các lớp đã quyết toán" : "");
	}

	private static String classLine(ClassFigures figures) {
		if (!figures.started()) {
			return "chưa mở lớp";
		}
		StringBuilder line = new StringBuilder();
		line.append("có mặt ")
			.append(VietnameseFormat.number(figures.attended()))
			.append(" (")
			.append(VietnameseFormat.percent(figures.attended(), figures.quota()))
			.append("), hoàn thành ")
			.append(VietnameseFormat.number(figures.completed()))
			.append(" (")
			.append(VietnameseFormat.percent(figures.completed(), figures.quota()))
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

}
