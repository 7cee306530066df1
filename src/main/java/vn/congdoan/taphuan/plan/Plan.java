package vn.congdoan.taphuan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A province's training plan for one year, as stated in its plan document (kế hoạch đào
 * tạo, bồi dưỡng cán bộ công đoàn), with the operational detail the document leaves to
 * later (class dates, ward allocations, budget estimates, spending norms).
 *
 * @param code plan code, e.g. {@code AG-2026}
 * @param year the plan year
 * @param title the document title
 * @param issuer the provincial federation that issued the plan
 * @param documentNumber "15/KH-LĐLĐ", or {@code null} where the document carries none
 * @param documentDate date of the document, or {@code null}
 * @param signer who signed for the Standing Committee
 * @param basis the legal and policy bases cited (căn cứ)
 * @param contact the person to contact about the plan
 * @param budgetSource where the money comes from (kinh phí)
 * @param lecturers where lecturers come from (báo cáo viên)
 * @param departments departments with responsibilities (tổ chức thực hiện)
 * @param recipients the distribution list (nơi nhận)
 * @param units the submitting units: ward-level unions and the federation's office
 * @param norms spending norms (định mức chi)
 * @param programmes the programmes, in document order
 * @param classes the classes of the programmes that run classes
 * @param notes free notes, e.g. which values are illustrative
 */
public record Plan(String code, int year, String title, Issuer issuer, String documentNumber, LocalDate documentDate,
		Signer signer, List<String> basis, String contact, String budgetSource, List<String> lecturers,
		List<Department> departments, List<String> recipients, List<Unit> units, List<SpendingNorm> norms,
		List<Programme> programmes, List<TrainingClass> classes, List<String> notes) {

	public Plan {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(signer, "signer");
		basis = List.copyOf(basis);
		lecturers = List.copyOf(lecturers);
		departments = List.copyOf(departments);
		recipients = List.copyOf(recipients);
		units = List.copyOf(units);
		norms = List.copyOf(norms);
		programmes = List.copyOf(programmes);
		classes = List.copyOf(classes);
		notes = List.copyOf(notes);
	}

	public Optional<Unit> unit(String unitCode) {
		return this.units.stream().filter((unit) -> unit.code().equals(unitCode)).findFirst();
	}

	public Optional<Programme> programme(String programmeCode) {
		return this.programmes.stream().filter((programme) -> programme.code().equals(programmeCode)).findFirst();
	}

	public Optional<TrainingClass> trainingClass(String classCode) {
		return this.classes.stream().filter((trainingClass) -> trainingClass.code().equals(classCode)).findFirst();
	}

	public List<TrainingClass> classesOf(String programmeCode) {
		return this.classes.stream()
			.filter((trainingClass) -> trainingClass.programme().equals(programmeCode))
			.toList();
	}

	/** Participants planned over all programmes that state a number. */
	public int plannedParticipants() {
		return this.programmes.stream()
			.map(Programme::plannedParticipants)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.sum();
	}

}
