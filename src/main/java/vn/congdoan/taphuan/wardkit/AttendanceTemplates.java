package vn.congdoan.taphuan.wardkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.congdoan.taphuan.common.UserInputException;
import vn.congdoan.taphuan.plan.Allocation;
import vn.congdoan.taphuan.plan.ClassInPlan;
import vn.congdoan.taphuan.plan.Department;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Plans;
import vn.congdoan.taphuan.plan.TrainingClass;
import vn.congdoan.taphuan.plan.Unit;
import vn.congdoan.taphuan.plan.UnitKind;

/**
 * Fill-in templates for wards: one workbook per ward and class, with the class's days as
 * roll-call columns, a numbered row per allocated trainee and a margin, drop-down lists
 * and input checks, and hidden metadata ({@link TemplateMetadata}) so that the import job
 * assigns a returned file without flags.
 */
@Component
public class AttendanceTemplates {

	private static final Logger logger = LoggerFactory.getLogger(AttendanceTemplates.class);

	private final Plans plans;

	public AttendanceTemplates(Plans plans) {
		this.plans = plans;
	}

	/**
	 * The file name a template gets by default:
	 * {@code mau-diem-danh-AG26-CS-01-long-xuyen.xlsx}.
	 */
	public static String fileName(String classCode, String wardCode) {
		return "mau-diem-danh-" + classCode + "-" + wardCode + ".xlsx";
	}

	/**
	 * The folder {@link #writeAll} writes into by default:
	 * {@code mau-diem-danh-AG26-CS-01}.
	 */
	public static String folderName(String classCode) {
		return "mau-diem-danh-" + classCode;
	}

	/**
	 * Writes the template for one ward's allocation in a class, replacing {@code target}
	 * if it exists.
	 * @throws UserInputException for an unknown class or ward, or a ward without an
	 * allocation in the class, listing the valid codes
	 */
	public TemplateResult write(String classCode, String wardCode, Path target) {
		ClassInPlan found = this.plans.findClass(classCode);
		Unit unit = WardAllocations.allocatedUnit(found, wardCode);
		return write(found, unit, target);
	}

	/**
	 * Writes one template per allocated ward into {@code folder} (created if missing),
	 * named by {@link #fileName}, in the plan's allocation order.
	 * @throws UserInputException for an unknown class or a class without allocations
	 */
	public List<TemplateResult> writeAll(String classCode, Path folder) {
		ClassInPlan found = this.plans.findClass(classCode);
		List<Allocation> allocations = WardAllocations.requireAllocations(found.trainingClass(), "mẫu");
		List<TemplateResult> results = new ArrayList<>();
		for (Allocation allocation : allocations) {
			Unit unit = found.plan().unit(allocation.unit()).orElseThrow();
			results.add(write(found, unit, folder.resolve(fileName(classCode, unit.code()))));
		}
		return results;
	}

	private TemplateResult write(ClassInPlan found, Unit unit, Path target) {
		AttendanceTemplate template = template(found, unit);
		writeAtomically(template, target);
		logger.info("Template for {} in class {}: {} rows for an allocation of {} -> {}", unit.code(),
				found.trainingClass().code(), template.rows(), template.quota(), target);
		return new TemplateResult(found.trainingClass().code(), unit.code(), unit.unionName(), target, template.quota(),
				template.rows());
	}

	private static AttendanceTemplate template(ClassInPlan found, Unit unit) {
		Plan plan = found.plan();
		TrainingClass trainingClass = found.trainingClass();
		int quota = trainingClass.allocation(unit.code()).orElseThrow().quota();
		boolean ownOffice = unit.kind() == UnitKind.LDLD;
		String superiorBody = ownOffice ? plan.issuer().parentBody() : plan.issuer().name();
		String issuingBody = ownOffice ? plan.issuer().name() : unit.unionName();
		String returnTo = found.programme().responsibleDepartment() == null ? plan.issuer().name()
				: plan.departments()
					.stream()
					.filter((department) -> department.code().equals(found.programme().responsibleDepartment()))
					.findFirst()
					.map(Department::name)
					.map((department) -> department + ", " + plan.issuer().name())
					.orElse(plan.issuer().name());
		String venue = (trainingClass.venue() != null) ? trainingClass.venue() : found.programme().venue();
		return new AttendanceTemplate(new TemplateMetadata(plan.code(), trainingClass.code(), unit.code()),
				superiorBody, issuingBody, trainingClass.title(), trainingClass.days(), venue, quota,
				AttendanceTemplate.rowsFor(quota), plan.year() - AttendanceTemplate.MIN_AGE, returnTo, plan.contact());
	}

	/**
	 * Writes beside the target and moves into place, so a failure leaves no half file.
	 */
	private static void writeAtomically(AttendanceTemplate template, Path target) {
		Path absolute = target.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, ".mau-diem-danh-", ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				AttendanceTemplateWorkbook.write(template, out);
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
