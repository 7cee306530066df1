package vn.congdoan.taphuan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.congdoan.taphuan.common.ExitCodes;
import vn.congdoan.taphuan.wardkit.SignInSheets;
import vn.congdoan.taphuan.wardkit.SignInSheets.SignInResult;

/**
 * {@code taphuan signin --class C [--ward W] [-o FILE.pdf|DIR]}.
 */
@Command(name = "signin", description = {
		"Write the printable sign-in sheet (danh sách ký tên) of a class: one PDF per "
				+ "ward, listing the trainees of the ward's current list (or blank numbered lines up to its allocation) "
				+ "with a signature box per class day.",
		"With --ward: one PDF (default danh-sach-ky-ten-<CLASS>-<ward>.pdf); without: one per allocated ward in a "
				+ "folder (default danh-sach-ky-ten-<CLASS>/)." })
class SignInCommand extends ResultCommand {

	@Option(names = "--class", required = true, paramLabel = "C", description = "The class, e.g. AG26-CS-01.")
	String classCode;

	@Option(names = "--ward", paramLabel = "W", description = "One ward (its code, e.g. long-xuyen).")
	String ward;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE|DIR", description = "The PDF (with --ward) or the folder.")
	Path output;

	private final SignInSheets sheets;

	SignInCommand(SignInSheets sheets, JsonOutput jsonOutput) {
		super(jsonOutput);
		this.sheets = sheets;
	}

	@Override
	public Integer call() throws IOException {
		List<SignInResult> results;
		if (this.ward != null) {
			Path target = (this.output != null) ? this.output
					: Path.of(SignInSheets.fileName(this.classCode, this.ward));
			if (Files.isDirectory(target)) {
				target = target.resolve(SignInSheets.fileName(this.classCode, this.ward));
			}
			results = List.of(this.sheets.write(this.classCode, this.ward, target));
		}
		else {
			// the folder is made as the first sheet is written: a mistyped class leaves
			// none behind
			Path folder = (this.output != null) ? this.output : Path.of(SignInSheets.folderName(this.classCode));
			results = this.sheets.writeAll(this.classCode, folder);
		}
		for (SignInResult result : results) {
			err().printf("%s — %s: %d tên, %d dòng → %s%n", result.classCode(), result.wardName(), result.named(),
					result.lines(), result.file());
		}
		if (this.json) {
			printJson(Map.of("sheets", results));
		}
		return ExitCodes.OK;
	}

}
