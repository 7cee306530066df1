package vn.congdoan.taphuan.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.taphuan.TaphuanApplication;
import vn.congdoan.taphuan.cli.CommandLineApplication;
import vn.congdoan.taphuan.intake.AttendanceImports;
import vn.congdoan.taphuan.intake.FileOutcome;
import vn.congdoan.taphuan.intake.FileRejection;
import vn.congdoan.taphuan.intake.ImportIssue;
import vn.congdoan.taphuan.intake.ImportLimits;
import vn.congdoan.taphuan.intake.ImportRequest;
import vn.congdoan.taphuan.intake.IssueCode;
import vn.congdoan.taphuan.intake.SheetCursor;
import vn.congdoan.taphuan.intake.SheetInfo;
import vn.congdoan.taphuan.intake.SheetRow;
import vn.congdoan.taphuan.intake.SpreadsheetFile;
import vn.congdoan.taphuan.intake.SpreadsheetFiles;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.samples.SampleWardFiles.SampleFile;
import vn.congdoan.taphuan.testing.Cli;
import vn.congdoan.taphuan.testing.TaphuanIntegrationTest;
import vn.congdoan.taphuan.wardkit.AttendanceTemplates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample ward files in {@code data-samples/attendance/}: what the generator writes,
 * imported as their README says, and imported by {@code demo}.
 */
@TaphuanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleWardFilesIntegrationTests {

	@Autowired
	Plans plans;

	@Autowired
	AttendanceTemplates templates;

	@Autowired
	AttendanceImports imports;

	@TempDir
	static Path temp;

	private Path generated;

	private List<SampleFile> files;

	@BeforeAll
	void generateTheSamplesAgain() throws IOException {
		this.plans.load(SampleWardFiles.PLANS.resolve("ag-2026.yaml"));
		this.plans.load(SampleWardFiles.PLANS.resolve("lc-2026.yaml"));
		this.generated = temp.resolve("generated");
		this.files = SampleWardFiles.write(this.generated, this.templates::write);
	}

	@Test
	void theCommittedFilesAreWhatTheGeneratorWrites() throws IOException {
		assertThat(relativeFiles(SampleWardFiles.FOLDER)).as("files in %s", SampleWardFiles.FOLDER)
			.isEqualTo(relativeFiles(this.generated));
		List<String> different = new ArrayList<>();
		for (String file : relativeFiles(this.generated)) {
			if (!content(SampleWardFiles.FOLDER.resolve(file)).equals(content(this.generated.resolve(file)))) {
				different.add(file);
			}
		}
		assertThat(different).as("files that differ from what SampleWardFiles writes: run SampleWardFiles.main")
			.isEmpty();
		long bytes = 0;
		for (String file : relativeFiles(SampleWardFiles.FOLDER)) {
			bytes += Files.size(SampleWardFiles.FOLDER.resolve(file));
		}
		assertThat(bytes).isLessThan(2 * 1024 * 1024);
	}

	@Test
	void everySampleFileImportsWithoutFlagsAsTheReadmeSays() {
		List<String> wrong = new ArrayList<>();
		for (SampleFile file : this.files) {
			FileOutcome outcome = this.imports.importFile(SampleWardFiles.FOLDER.resolve(file.path()),
					ImportRequest.of(null, null, null));
			Set<IssueCode> codes = outcome.issues()
				.stream()
				.map(ImportIssue::code)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(IssueCode.class)));
			SampleWardFiles.Expected expected = file.expected();
			boolean assigned = expected.status() == FileOutcome.Status.REJECTED
					|| (file.classCode().equals(outcome.classCode()) && file.ward().equals(outcome.ward()));
			if (outcome.status() != expected.status() || !assigned || outcome.rowsRead() != expected.rowsRead()
					|| outcome.rowsAccepted() != expected.rowsAccepted() || !codes.equals(expected.codes())) {
				wrong.add(file.path() + ": expected " + expected.status() + " " + file.classCode() + "/" + file.ward()
						+ " " + expected.rowsRead() + "/" + expected.rowsAccepted() + " "
						+ new TreeSet<>(expected.codes()) + ", was " + outcome.status() + " " + outcome.classCode()
						+ "/" + outcome.ward() + " " + outcome.rowsRead() + "/" + outcome.rowsAccepted() + " "
						+ new TreeSet<>(codes) + " "
						+ outcome.issues()
							.stream()
							.filter((issue) -> !expected.codes().contains(issue.code()))
							.map((issue) -> issue.row() + issue.column() + ": " + issue.message())
							.toList());
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void demoImportsTheSamplesAndWritesFeedbackForTheWards() {
		// given
		Path out = temp.resolve("demo");
		long withProblems = this.files.stream()
			.filter((file) -> file.expected().status() == FileOutcome.Status.REJECTED
					|| file.expected().codes().stream().anyMatch((code) -> code.severity() != IssueCode.Severity.INFO))
			.count();

		// when
		Cli.Result result = demo("--out", out.toString(), "--json");

		// then
		assertThat(result.exitCode()).isZero();
		JsonNode attendance = result.json().get("attendance");
		assertThat(attendance.get("totals").get("files").asInt()).isEqualTo(this.files.size());
		assertThat(attendance.get("totals").get("rejected").asInt()).isEqualTo(2);
		assertThat(attendance.get("feedback")).hasSize((int) withProblems);
		attendance.get("feedback").forEach((file) -> assertThat(Path.of(file.asString())).isRegularFile());
		assertThat(out.resolve("feedback/AG26-CS-01/long-xuyen/DS hoc vien lop 1 - Long Xuyen-phan-hoi.xlsx"))
			.isRegularFile();
		assertThat(result.stderr()).contains("Danh sách mẫu").contains(out.resolve("feedback").toString());
	}

	/**
	 * Runs {@code taphuan demo} in this JVM as {@code java -jar} would: the demo picks
	 * its own database and data folder inside its output folder.
	 */
	private static Cli.Result demo(String... args) {
		String[] command = Stream.concat(Stream.of("demo"), Stream.of(args)).toArray(String[]::new);
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode;
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			exitCode = CommandLineApplication.run(TaphuanApplication.class, command);
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
		originalErr.print(err.toString(StandardCharsets.UTF_8));
		return new Cli.Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static List<String> relativeFiles(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile)
				.map((file) -> root.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

	/**
	 * What a file says: a spreadsheet's sheets, rows and typed cells and its merged
	 * ranges (its bytes carry timestamps), any other file's bytes.
	 */
	private static String content(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".csv") || name.endsWith(".md")) {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		StringBuilder text = new StringBuilder();
		try (SpreadsheetFile workbook = SpreadsheetFiles.open(file, ImportLimits.defaults())) {
			for (SheetInfo sheet : workbook.sheets()) {
				text.append(sheet).append('\n');
				try (SheetCursor cursor = workbook.rows(sheet.index(), null)) {
					for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
						text.append(row).append('\n');
					}
					text.append(cursor.merges()).append('\n');
				}
			}
		}
		catch (FileRejection ex) {
			return Arrays.toString(Files.readAllBytes(file));
		}
		return text.toString();
	}

}
