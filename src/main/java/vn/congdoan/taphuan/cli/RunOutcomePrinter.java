package vn.congdoan.taphuan.cli;

import java.io.PrintWriter;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.ops.InboxOutcome;
import vn.congdoan.taphuan.ops.RunCounts;
import vn.congdoan.taphuan.ops.RunOutcome;

/**
 * Prints what a run did, in Vietnamese, and gives its exit code.
 */
final class RunOutcomePrinter {

	private RunOutcomePrinter() {
	}

	static void print(PrintWriter err, RunOutcome outcome, String title) {
		err.printf("%s (%s, lần chạy %d, kế hoạch: %s): %s%n", title, outcome.job(), outcome.run(),
				String.join(", ", outcome.plans()), status(outcome.status()));
		if (outcome.message() != null) {
			err.println("  " + outcome.message());
		}
		RunCounts counts = outcome.counts();
		if (counts.files() != null && outcome.status() != RunOutcome.Status.BUSY) {
			err.printf(
					"Hộp thư đến: %d tệp — %d đã nhập, %d không đổi, %d bị từ chối, %d để lại; %d dòng nhận, "
							+ "%d dòng bị loại.%n",
					counts.files(), counts.imported(), counts.unchanged(), counts.rejected(), counts.left(),
					counts.rowsAccepted(), counts.rowsRejected());
		}
		for (RunOutcome.InboxFile file : outcome.files()) {
			switch (file.outcome()) {
				case IMPORTED, UNCHANGED -> err.printf("  %s %s → %s%n",
						(file.outcome() == InboxOutcome.IMPORTED) ? "✓" : "=", file.path(), file.movedTo());
				case REJECTED, NOT_SPREADSHEET ->
					err.printf("  ✗ %s → %s (lý do: %s)%n", file.path(), file.movedTo(), file.note());
				default -> err.printf("  … %s: để lại — %s%n", file.path(), file.message());
			}
		}
		if (counts.findings() != null && outcome.status() != RunOutcome.Status.BUSY
				&& outcome.status() != RunOutcome.Status.ALREADY_COMPLETED) {
			err.printf("Đối chiếu: %d vấn đề cần xử lý.%n", counts.findings());
		}
		outcome.reports().forEach((report) -> err.println("Báo cáo: " + report));
		for (RunOutcome.Delivery delivery : outcome.deliveries()) {
			String channel = delivery.channel().equals("EMAIL") ? "thư điện tử tới " : "hộp thư đi ";
			String status = switch (delivery.status()) {
				case "DELIVERED" -> "đã gửi";
				case "CANCELLED" -> "đã hủy";
				default -> "CHƯA GỬI ĐƯỢC (" + delivery.attempts() + " lần thử)"
						+ ((delivery.lastError() != null) ? ": " + delivery.lastError() : "");
			};
			err.printf("Gửi %s (%s): %s%s — %s%n", delivery.plan(), delivery.period(), channel, delivery.target(),
					status);
		}
		if (outcome.status() == RunOutcome.Status.FAILED || outcome.status() == RunOutcome.Status.STOPPED) {
			err.println("Chạy lại cùng lệnh để tiếp tục từ chỗ dừng: " + outcome.rerun());
			err.println("Chi tiết trong var/log/taphuan.log.");
		}
		err.flush();
	}

	static int exitCode(RunOutcome outcome) {
		return switch (outcome.status()) {
			case COMPLETED -> outcome.counts().hasRejections() ? ExitCodes.PARTIAL : ExitCodes.OK;
			case ALREADY_COMPLETED -> ExitCodes.OK;
			case FAILED, STOPPED, BUSY -> ExitCodes.FAILURE;
		};
	}

	private static String status(RunOutcome.Status status) {
		return switch (status) {
			case COMPLETED -> "HOÀN THÀNH";
			case ALREADY_COMPLETED -> "ĐÃ CHẠY XONG TRƯỚC ĐÂY";
			case FAILED -> "THẤT BẠI";
			case STOPPED -> "ĐÃ DỪNG";
			case BUSY -> "ĐANG CHẠY Ở NƠI KHÁC";
		};
	}

}
