package vn.congdoan.taphuan.cli;

import java.util.Locale;

/**
 * Turns a failure to start (database locked, unreachable, misconfigured) into a message
 * that says what to do.
 */
final class StartupFailure {

	private StartupFailure() {
	}

	static String explain(Throwable failure) {
		String chain = describeChain(failure);
		String lower = chain.toLowerCase(Locale.ROOT);
		if (lower.contains("already in use") || lower.contains("locked by another process")
				|| lower.contains("file is locked")) {
			return "Lỗi: cơ sở dữ liệu đang được một tiến trình taphuan khác dùng (ví dụ 'taphuan serve'). "
					+ "Chờ tiến trình đó xong, hoặc dừng nó, rồi chạy lại. Nhiều người dùng chung: chuyển sang "
					+ "PostgreSQL (xem README, mục Database).\n  Chi tiết: " + chain;
		}
		if (lower.contains("connection refused") || lower.contains("unknownhost")
				|| lower.contains("password authentication failed")) {
			return "Lỗi: không kết nối được cơ sở dữ liệu. Kiểm tra spring.datasource.url, username, password "
					+ "(hoặc SPRING_DATASOURCE_URL ...).\n  Chi tiết: " + chain;
		}
		return "Lỗi khi khởi động: " + chain + "\n  Xem nhật ký chi tiết trong var/log/taphuan.log.";
	}

	private static String describeChain(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName()
				+ ((message != null) ? ": " + message.lines().findFirst().orElse("") : "");
	}

}
