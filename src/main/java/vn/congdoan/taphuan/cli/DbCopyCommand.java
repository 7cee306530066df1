package vn.congdoan.taphuan.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.ops.DatabaseCopy;

/**
 * {@code taphuan db copy --to URL}: everything in the configured database into an empty
 * PostgreSQL (or H2) database.
 */
@Command(name = "copy",
		description = { "Chép toàn bộ cơ sở dữ liệu đang dùng (kế hoạch, tệp đã nhận, danh sách học viên, phát hiện "
				+ "và xác nhận, lịch sử chạy, gửi báo cáo, quyết toán) sang một cơ sở dữ liệu PostgreSQL (hoặc H2) "
				+ "trống, rồi đối chiếu số dòng từng bảng.",
				"Cơ sở dữ liệu đích phải trống: lược đồ được tạo ở cùng phiên bản. Giữ nguyên thư mục dữ liệu "
						+ "(taphuan.data-dir, nơi có var/received) khi chuyển sang cơ sở dữ liệu mới." })
class DbCopyCommand extends ResultCommand {

	@Option(names = "--to", required = true, paramLabel = "URL",
			description = "Địa chỉ JDBC của cơ sở dữ liệu đích, ví dụ jdbc:postgresql://may-chu:5432/taphuan.")
	String url;

	@Option(names = "--user", paramLabel = "TÊN", defaultValue = "${env:PGUSER}",
			description = "Người dùng của cơ sở dữ liệu đích (mặc định: biến môi trường PGUSER).")
	String user;

	@Option(names = "--password", paramLabel = "MẬT_KHẨU", defaultValue = "${env:PGPASSWORD}",
			description = "Mật khẩu (mặc định: biến môi trường PGPASSWORD, nên dùng cách này để mật khẩu "
					+ "không hiện trong danh sách tiến trình).")
	String password;

	private final DatabaseCopy copy;

	DbCopyCommand(DatabaseCopy copy, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.copy = copy;
	}

	@Override
	public Integer call() {
		DatabaseCopy.Result result = this.copy.copyTo(this.url, this.user, this.password);
		err().printf("Đã chép sang %s (%s, lược đồ phiên bản %s): %d bảng, %s dòng; số dòng từng bảng khớp.%n",
				result.target(), result.engine(), result.version(), result.tables().size(),
				VietnameseFormat.number(result.rows()));
		for (DatabaseCopy.TableCount table : result.tables()) {
			if (table.target() > 0) {
				err().printf("  %-32s %12s%n", table.table(), VietnameseFormat.number(table.target()));
			}
		}
		if (this.json) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("target", result.target());
			document.put("engine", result.engine());
			document.put("version", result.version());
			document.put("rows", result.rows());
			document.put("tables", result.tables());
			printJson(Map.of("copy", document));
		}
		return ExitCodes.OK;
	}

}
