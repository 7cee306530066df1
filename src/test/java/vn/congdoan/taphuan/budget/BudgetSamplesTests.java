package vn.congdoan.taphuan.budget;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdoan.taphuan.intake.Cell;
import vn.congdoan.taphuan.intake.FileRejection;
import vn.congdoan.taphuan.intake.ImportLimits;
import vn.congdoan.taphuan.intake.SheetCursor;
import vn.congdoan.taphuan.intake.SheetInfo;
import vn.congdoan.taphuan.intake.SheetRow;
import vn.congdoan.taphuan.intake.SpreadsheetFile;
import vn.congdoan.taphuan.intake.SpreadsheetFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed sample settlements are what {@link BudgetSamples} writes. Run with
 * {@code -Dbudget.samples.write=true} to write them instead.
 */
class BudgetSamplesTests {

	@Test
	void theCommittedSamplesAreWhatTheGeneratorWrites(@TempDir Path temp) throws Exception {
		if (Boolean.getBoolean("budget.samples.write")) {
			BudgetSamples.write(BudgetSamples.FOLDER);
			return;
		}
		for (Path generated : BudgetSamples.write(temp)) {
			Path committed = BudgetSamples.FOLDER.resolve(generated.getFileName());
			assertThat(committed).as("regenerate: mvn -q test -Dtest=BudgetSamplesTests -Dbudget.samples.write=true")
				.isRegularFile();
			assertThat(cells(committed)).as(committed.toString()).isEqualTo(cells(generated));
		}
	}

	private static List<String> cells(Path file) throws IOException, FileRejection {
		List<String> cells = new ArrayList<>();
		try (SpreadsheetFile workbook = SpreadsheetFiles.open(file, ImportLimits.defaults())) {
			for (SheetInfo sheet : workbook.sheets()) {
				cells.add(sheet.name() + (sheet.hidden() ? " (hidden)" : ""));
				try (SheetCursor cursor = workbook.rows(sheet.index(), null)) {
					for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
						for (Cell cell : row.cells()) {
							cells.add(row.rowNumber() + Cell.columnLetters(cell.column()) + " " + cell.kind() + " "
									+ cell.text());
						}
					}
				}
			}
		}
		return cells;
	}

}
