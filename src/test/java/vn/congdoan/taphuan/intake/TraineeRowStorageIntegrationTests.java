package vn.congdoan.taphuan.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.testing.Spreadsheet;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;
import vn.congdoan.taphuan.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainee rows are stored exactly as read on either engine's way in (on PostgreSQL,
 * {@code COPY}'s text format, which escapes backslashes, tabs and line breaks).
 */
@TaphuanIntegrationTest
class TraineeRowStorageIntegrationTests {

	@Autowired
	AttendanceImports imports;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path temp;

	@Test
	void rowsAreStoredExactlyAsReadWhateverCharactersTheyHold() throws Exception {
		// given a list whose cells hold backslashes, tabs, line breaks and quotes, and a
		// line without a name (rejected: its cells are kept as received)
		this.plans.load(Path.of("data-samples/plans/ag-2026.yaml"));
		Path file = Spreadsheet.create()
			.row("CÔNG ĐOÀN PHƯỜNG CHÂU ĐỐC")
			.row("STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị", "Ngày 1", "Ngày 2", "Ngày 3",
					"Ghi chú")
			.row(1, "Nguyễn Thị Hòa", 1980, "Nữ", "Tổ trưởng", "Tổ 2\\Khu 3", "x", "x", "x", "đã học \"lớp A\"\\B")
			.row(2, "Trần Văn Bình", 1975, "Nam", "Tổ phó", "Khu\t4", "x", "P", "x", "dòng 1\ndòng 2")
			.row(3, null, 1990, "Nam", "Tổ phó", "a\\b\tc\nd\"e", "x", "x", "x", null)
			.writeXlsx(this.temp.resolve("chau-doc.xlsx"));
		if (TestDatabase.postgresql()) {
			recordStatementsStoringRows();
		}

		// when
		FileOutcome outcome = this.imports.importFile(file, ImportRequest.of(null, "AG26-CS-01", null));

		// then
		assertThat(outcome.rowsAccepted()).isEqualTo(2);
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT full_name, unit_name, note, raw_cells, accepted FROM trainee_row "
					+ "WHERE submission_id = ? ORDER BY seq")
			.param(outcome.submission())
			.query()
			.listOfRows();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsEntry("full_name", "Nguyễn Thị Hòa")
			.containsEntry("unit_name", "Tổ 2\\Khu 3")
			.containsEntry("note", "đã học \"lớp A\"\\B");
		assertThat(rows.get(1)).containsEntry("unit_name", "Khu 4").containsEntry("note", "dòng 1 dòng 2");
		assertThat(rows.get(2)).containsEntry("full_name", null).containsEntry("accepted", false);
		assertThat((String) rows.get(2).get("raw_cells")).contains("\"F\":\"a\\\\b\\tc\\nd\\\"e\"");
		if (TestDatabase.postgresql()) {
			assertThat(this.jdbc.sql("SELECT DISTINCT statement FROM test_row_statement").query(String.class).list())
				.singleElement()
				.asString()
				.startsWith("COPY trainee_row (");
		}
	}

	/**
	 * On PostgreSQL, a row trigger that notes the statement each trainee row came in by.
	 */
	private void recordStatementsStoringRows() {
		this.jdbc.sql("CREATE TABLE test_row_statement (statement TEXT)").update();
		this.jdbc.sql("""
				CREATE FUNCTION test_row_statement() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  INSERT INTO test_row_statement VALUES (current_query());
				  RETURN NEW;
				END $$
				""").update();
		this.jdbc
			.sql("CREATE TRIGGER row_statement BEFORE INSERT ON trainee_row "
					+ "FOR EACH ROW EXECUTE FUNCTION test_row_statement()")
			.update();
	}

}
