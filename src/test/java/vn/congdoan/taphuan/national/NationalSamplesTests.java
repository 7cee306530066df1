package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code data-samples/national/2026/} is what {@link NationalSamples} writes: running it
 * again gives the same cells, and the folder's README lists every file.
 */
class NationalSamplesTests {

	@TempDir
	Path temp;

	@Test
	void theSampleFolderHoldsExactlyWhatTheGeneratorWrites() throws IOException {
		// given
		List<Path> generated = NationalSamples.write(this.temp);

		// when
		List<String> committed;
		try (Stream<Path> files = Files.list(NationalSamples.FOLDER)) {
			committed = files.map((file) -> file.getFileName().toString()).sorted().toList();
		}

		// then
		List<String> names = new ArrayList<>(generated.stream().map((file) -> file.getFileName().toString()).toList());
		names.add("README.md");
		assertThat(committed).containsExactlyInAnyOrderElementsOf(names);
		for (Path file : generated) {
			assertThat(cells(NationalSamples.FOLDER.resolve(file.getFileName()))).as(file.getFileName().toString())
				.isEqualTo(cells(file));
		}
		assertThat(Files.readString(NationalSamples.FOLDER.resolve("README.md")))
			.isEqualTo(Files.readString(this.temp.resolve("README.md")));
	}

	@Test
	void thirtyOneUnitsSendFormsAndThreeProvincesDoNot() throws IOException {
		List<NationalSamples.Sample> samples = NationalSamples.samples();

		assertThat(samples).hasSize(31);
		assertThat(samples).extracting((sample) -> sample.unit().code())
			.doesNotContainAnyElementsOf(NationalSamples.MISSING)
			.doesNotContainAnyElementsOf(NationalSamples.FROM_DEMO)
			.contains("cd-giao-duc", "cd-y-te", NationalSamples.WRONG_TOTAL);
		assertThat(samples).extracting(NationalSamples.Sample::shape).contains(NationalSamples.Shape.values());
	}

	/** Every sheet's cells as text, row by row, formulas as their formulas. */
	private static List<String> cells(Path file) throws IOException {
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				cells.add("sheet " + sheet.getSheetName() + " "
						+ workbook.getSheetVisibility(workbook.getSheetIndex(sheet)));
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(cell.getAddress() + "=" + formatter.formatCellValue(cell)
								+ ((cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA)
										? " {" + cell.getCellFormula() + "}" : ""));
					}
				}
			}
		}
		return cells;
	}

}
