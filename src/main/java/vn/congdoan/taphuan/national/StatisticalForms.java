package vn.congdoan.taphuan.national;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import net.sf.jasperreports.engine.JasperPrint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.common.VietnameseFormat;
import vn.congdoan.taphuan.national.FormSheetWriter.FormSheet;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.reconcile.PositionCount;
import vn.congdoan.taphuan.reconcile.ReconcileResults;
import vn.congdoan.taphuan.reconcile.ReconcileRun;

/**
 * The province's side of the statistical form (biểu thống kê kết quả đào tạo, bồi dưỡng
 * cán bộ công đoàn): its figures from the plan's latest reconciliation, the form written
 * as a sheet into any POI workbook (the year-end report's XLSX) or as a file of its own,
 * and the blank form for provinces that do not run taphuan. See {@link FormRow} and
 * {@link FormColumn} for the layout; the form version is {@value FormMetadata#VERSION}.
 */
@Component
public class StatisticalForms {

	/** The form's sheet name in a workbook. */
	public static final String SHEET_NAME = FormSheetWriter.SHEET_NAME;

	/** The version of the form written today (also in the workbook's hidden metadata). */
	public static final String FORM_VERSION = FormMetadata.VERSION;

	private static final Logger logger = LoggerFactory.getLogger(StatisticalForms.class);

	private final Plans plans;

	private final ReconcileResults results;

	private final ReportingUnits units;

	private final String configuredUnit;

	private final NationalJasper jasper;

	/**
	 * @param configuredUnit the national unit code of this installation
	 * ({@code taphuan.national.unit}), for a plan whose issuer's name does not say which
	 * province it is; empty to recognise it from the name
	 * @param templateDir the administrator's folder of customised report templates, or
	 * {@code null}
	 */
	public StatisticalForms(Plans plans, ReconcileResults results, ReportingUnits units,
			@Value("${taphuan.national.unit:}") String configuredUnit,
			@Value("${taphuan.reports.template-dir:#{null}}") Path templateDir) {
		this.plans = plans;
		this.results = results;
		this.units = units;
		this.configuredUnit = (configuredUnit == null || configuredUnit.isBlank()) ? null : configuredUnit.strip();
		this.jasper = new NationalJasper(
				(templateDir == null || templateDir.toString().isBlank()) ? null : templateDir);
	}

	/**
	 * A plan's form from its latest reconciliation (aggregates only).
	 * @throws UserInputException when the plan has never been reconciled
	 */
	public FormFigures figures(String planCode) {
		Plan plan = this.plans.get(planCode);
		ReconcileRun run = this.results.latestRun(plan.code())
			.orElseThrow(() -> new UserInputException("Kế hoạch " + plan.code()
					+ " chưa được đối soát: chạy taphuan reconcile --plan " + plan.code() + " trước khi lập biểu."));
		return figures(run);
	}

	/**
	 * A plan's form from one reconciliation run — the run its year-end report reads, so
	 * that the form and the report give the same figures.
	 */
	public FormFigures figures(ReconcileRun run) {
		Plan plan = this.plans.get(run.plan());
		return ProvinceFigures.of(plan, unitOf(plan), run.asOf(), this.results.programmeFigures(run),
				this.results.classFigures(run), this.results.positionCounts(run, PositionCount.Level.PROGRAMME));
	}

	/**
	 * The national unit a plan reports as: {@code taphuan.national.unit} when set, else
	 * the one its issuer's name names; {@code null} when neither says.
	 */
	public ReportingUnit unitOf(Plan plan) {
		if (this.configuredUnit != null) {
			return this.units.get(this.configuredUnit);
		}
		List<ReportingUnit> named = this.units.named(plan.issuer().name());
		return (named.size() == 1) ? named.get(0) : null;
	}

	/**
	 * Writes the filled form as a new sheet ({@value #SHEET_NAME}) of a workbook — an
	 * {@code XSSFWorkbook} or an {@code SXSSFWorkbook} such as the year-end report's —
	 * with its hidden metadata sheet (so that {@code national import} reads the whole
	 * workbook as the form) and the hidden list of units for its drop-down.
	 * @return the form's sheet
	 */
	public Sheet writeSheet(Workbook workbook, FormFigures figures) {
		return FormSheetWriter.write(workbook, filled(figures));
	}

	/**
	 * Writes the filled form as an XLSX file of its own (through a temporary file beside
	 * it).
	 */
	public Path writeXlsx(FormFigures figures, Path target) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			FormSheetWriter.write(workbook, filled(figures));
			write(workbook, target);
			logger.info("Wrote statistical form {} {} to {}", figures.planCode(), figures.year(), target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write statistical form " + target, ex);
		}
	}

	/**
	 * Writes the blank form of a year for units that do not run taphuan: the reporting
	 * body is a drop-down of the provinces and sectoral unions, input cells are typed and
	 * checked, labels and formulas locked.
	 */
	public Path writeBlank(int year, Path target) {
		if (year < 2000 || year > 2100) {
			throw new UserInputException("Năm không hợp lệ: " + year + ". Ghi năm 4 chữ số, ví dụ --year 2026.");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			FormSheetWriter.write(workbook, new FormSheet(FormSheet.Kind.BLANK, SHEET_NAME, year, null, null, null,
					this.units.all(), null, null, null));
			write(workbook, target);
			logger.info("Wrote blank statistical form {} to {}", year, target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write blank statistical form " + target, ex);
		}
	}

	/**
	 * The form as a filled JasperReports document, A4 landscape: the year-end report's
	 * appendix. Export it with the year-end report's own document in one go
	 * (JasperReports exporters take a list of {@code JasperPrint}s, each keeping its page
	 * size), so the PDF and the DOCX end with the form on landscape pages.
	 */
	public JasperPrint appendix(FormFigures figures) {
		return this.jasper.fill(FormPrint.TEMPLATE, FormPrint.province(figures));
	}

	/**
	 * {@code report year-end --form-only}: the plan's form alone, as
	 * {@code bieu-thong-ke-<PLAN>.xlsx} and {@code .pdf} in the folder (the caller
	 * reconciles first when it wants today's figures).
	 */
	public FormFiles writeFormOnly(String planCode, Path outDir) {
		return writeFormOnly(figures(planCode), outDir);
	}

	/**
	 * {@code report year-end --form-only} from the run the year-end report reads (see
	 * {@link #writeFormOnly(String, Path)}).
	 */
	public FormFiles writeFormOnly(ReconcileRun run, Path outDir) {
		return writeFormOnly(figures(run), outDir);
	}

	private FormFiles writeFormOnly(FormFigures figures, Path outDir) {
		String planCode = figures.planCode();
		Path xlsx = writeXlsx(figures, outDir.resolve(fileName(planCode)));
		Path pdf = outDir.resolve(fileName(planCode).replaceFirst("\\.xlsx$", ".pdf"));
		try {
			JasperPrint print = appendix(figures);
			this.jasper.pdf(List.of(print), pdf,
					"Biểu thống kê kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm " + figures.year(),
					figures.reportingBody(), planCode);
			return new FormFiles(figures, xlsx, pdf, print.getPages().size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write statistical form " + pdf, ex);
		}
	}

	/**
	 * Appends the form to a Word document where it stands — the year-end report's
	 * landscape appendix section: a caption, the title, a real table with the form's
	 * header (merged cells), unit and numbering rows and six rows, and the notes.
	 */
	public void appendToDocx(XWPFDocument document, FormFigures figures) {
		FormDocx.append(document, figures, "Phụ lục: Biểu thống kê kết quả đào tạo, bồi dưỡng cán bộ công đoàn");
	}

	/** The file name of a plan's form: {@code bieu-thong-ke-AG-2026.xlsx}. */
	public static String fileName(String planCode) {
		return "bieu-thong-ke-" + planCode + ".xlsx";
	}

	/** The file name of the blank form: {@code bieu-thong-ke-dao-tao-2026.xlsx}. */
	public static String blankFileName(int year) {
		return "bieu-thong-ke-dao-tao-" + year + ".xlsx";
	}

	List<ReportingUnit> units() {
		return this.units.all();
	}

	private FormSheet filled(FormFigures figures) {
		String unitCode = (figures.unit() != null) ? figures.unit().code() : null;
		String summary = (figures.asOf() != null) ? "Số liệu lập từ kết quả đối soát của taphuan, tính đến ngày "
				+ VietnameseFormat.date(figures.asOf()) + "." : null;
		return new FormSheet(FormSheet.Kind.FILLED, SHEET_NAME, figures.year(), figures.reportingBody(), figures.asOf(),
				figures, this.units.all(), unitCode, figures.planCode(), summary);
	}

	static void write(Workbook workbook, Path target) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, ".taphuan-", ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				workbook.write(out);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
