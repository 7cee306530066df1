package vn.congdoan.taphuan.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Plans;

/**
 * The blank settlement workbook finance fills in for a class: title block from the plan,
 * the table header the import reads, one line per estimate line (per class day for meal
 * and water allowances) with amounts left blank, a drop-down of the budget categories,
 * number formats, a Thành tiền formula per line and a total, and hidden metadata so that
 * {@code budget import} assigns the returned file without flags.
 */
@Component
public class SettlementTemplates {

	private static final Logger logger = LoggerFactory.getLogger(SettlementTemplates.class);

	private final Plans plans;

	public SettlementTemplates(Plans plans) {
		this.plans = plans;
	}

	/**
	 * The file name a settlement template gets by default:
	 * {@code quyet-toan-AG26-CS-01.xlsx}.
	 */
	public static String fileName(String classCode) {
		return "quyet-toan-" + classCode + ".xlsx";
	}

	/**
	 * Writes the template for a class, replacing {@code target} if it exists.
	 * @throws vn.congdoan.taphuan.common.UserInputException for an unknown class, listing
	 * the valid codes
	 */
	public SettlementTemplateResult write(String classCode, Path target) {
		ClassInPlan found = this.plans.findClass(classCode);
		SettlementTemplateWorkbook workbook = new SettlementTemplateWorkbook(found);
		Path absolute = target.toAbsolutePath().normalize();
		Path temporary = null;
		try {
			Files.createDirectories(absolute.getParent());
			temporary = Files.createTempFile(absolute.getParent(), ".quyet-toan-", ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				workbook.write(out);
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("Không ghi được tệp mẫu " + target + " (" + ex.getMessage()
					+ "). Kiểm tra thư mục, quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.", ex);
		}
		logger.info("Settlement template for class {}: {} prefilled lines -> {}", classCode, workbook.prefilledLines(),
				target);
		return new SettlementTemplateResult(found.trainingClass().code(), found.plan().code(), target,
				workbook.prefilledLines(), workbook.rows());
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete temporary file {}", file, ex);
		}
	}

}
