package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.congdoan.taphuan.plan.Department;
import vn.congdoan.taphuan.plan.Plan;
import vn.congdoan.taphuan.plan.Signer;

/**
 * What every report says about who issues it and for which plan, taken from the plan.
 *
 * @param planCode plan code, {@code AG-2026}; also part of file names, so capitals,
 * digits and '-' only
 * @param year the plan year
 * @param planTitle the plan document's title
 * @param planDocumentNumber "15/KH-LĐLĐ", or {@code null} when the plan has none
 * @param planDocumentDate the plan document's date, or {@code null}
 * @param issuerName "Liên đoàn Lao động tỉnh An Giang"
 * @param issuerShortName "LĐLĐ tỉnh An Giang"
 * @param parentBody "Tổng Liên đoàn Lao động Việt Nam", written above the issuer
 * @param place "An Giang", for the place-and-date line
 * @param signer who signs for the Standing Committee
 * @param planRecipients the plan's distribution list, as written in the plan
 * @param department the department that compiles the results for the leadership (the
 * plan's department whose duties mention reporting, else its first), or {@code null} when
 * the plan names none
 * @param departmentCode that department's code ("TC-KT"), or {@code null}
 */
public record ReportHeader(String planCode, int year, String planTitle, String planDocumentNumber,
		LocalDate planDocumentDate, String issuerName, String issuerShortName, String parentBody, String place,
		Signer signer, List<String> planRecipients, String department, String departmentCode) {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");

	public ReportHeader {
		Require.text(planCode, "planCode");
		if (!CODE.matcher(planCode).matches()) {
			throw new IllegalArgumentException("planCode must be capitals, digits and '-': " + planCode);
		}
		if (year < 2000 || year > 2100) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		Require.text(planTitle, "planTitle");
		Require.text(issuerName, "issuerName");
		Require.text(issuerShortName, "issuerShortName");
		Require.text(parentBody, "parentBody");
		Require.text(place, "place");
		Objects.requireNonNull(signer, "signer");
		planRecipients = Require.list(planRecipients, "planRecipients");
	}

	/** The header of a plan's reports. */
	public static ReportHeader of(Plan plan) {
		Department department = plan.departments()
			.stream()
			.filter((candidate) -> candidate.duties()
				.stream()
				.anyMatch((duty) -> duty.toLowerCase(Locale.ROOT).contains("báo cáo")))
			.findFirst()
			.or(() -> plan.departments().stream().findFirst())
			.orElse(null);
		return new ReportHeader(plan.code(), plan.year(), plan.title(), plan.documentNumber(), plan.documentDate(),
				plan.issuer().name(), plan.issuer().shortName(), plan.issuer().parentBody(), plan.issuer().place(),
				plan.signer(), plan.recipients(), (department != null) ? department.name() : null,
				(department != null) ? department.code() : null);
	}

}
