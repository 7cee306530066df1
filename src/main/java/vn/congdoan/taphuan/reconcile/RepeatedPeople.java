package vn.congdoan.taphuan.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the lines of people listed more than once add up to, gathered one person (one
 * identity's lines) at a time: the lines to take off each scope's line count to count
 * people (within any scope, distinct people = lines − Σ over each person (their lines in
 * the scope − 1)), and which lines to keep for DUPLICATE_TRAINEE (reason D: listed twice
 * in one class) and REPEAT_TRAINEE (reason R: attended two classes of one programme).
 * Memory holds one person's lines and a count per class, ward and programme.
 */
final class RepeatedPeople {

	/** A scope of the distinct counts. */
	enum Scope {

		CLASS, UNIT, PROGRAMME, PLAN

	}

	/** A class as the counts need it. */
	record ClassInfo(String code, String programme, int requiredDays, int classOrdinal, int programmeOrdinal) {
	}

	/** A counted line of the person: its list's class and ward, and days present. */
	record Line(long line, ClassInfo classInfo, String unit, int daysPresent) {

		boolean attended() {
			return this.daysPresent >= 1;
		}

		boolean completed() {
			return this.daysPresent >= this.classInfo.requiredDays();
		}

	}

	/**
	 * Receives a line to keep: reason, the line's group member (class or programme
	 * ordinal).
	 */
	@FunctionalInterface
	interface Keep {

		void line(String reason, long member, long line);

	}

	/** scope → key → {attended excess, completed excess}. */
	private final Map<Scope, Map<String, int[]>> excess = new HashMap<>();

	RepeatedPeople() {
		for (Scope scope : Scope.values()) {
			this.excess.put(scope, new TreeMap<>());
		}
	}

	/** One person's counted lines (at least two). */
	void person(List<Line> lines, Keep keep) {
		Map<String, List<Line>> byClass = new TreeMap<>();
		Map<String, List<Line>> byProgramme = new TreeMap<>();
		Map<String, int[]> perUnit = new TreeMap<>();
		for (Line line : lines) {
			byClass.computeIfAbsent(line.classInfo().code(), (key) -> new ArrayList<>()).add(line);
			byProgramme.computeIfAbsent(line.classInfo().programme(), (key) -> new ArrayList<>()).add(line);
			count(perUnit, line.unit(), line);
		}
		count(Scope.PLAN, "plan", lines);
		perUnit.forEach((unit, counts) -> add(Scope.UNIT, unit, counts));
		byClass.forEach((code, classLines) -> {
			count(Scope.CLASS, code, classLines);
			if (classLines.size() > 1) {
				for (Line line : classLines) {
					keep.line("D", line.classInfo().classOrdinal(), line.line());
				}
			}
		});
		byProgramme.forEach((programme, programmeLines) -> {
			count(Scope.PROGRAMME, programme, programmeLines);
			List<Line> attended = programmeLines.stream().filter(Line::attended).toList();
			if (attended.stream().map((line) -> line.classInfo().code()).distinct().count() > 1) {
				for (Line line : attended) {
					keep.line("R", line.classInfo().programmeOrdinal(), line.line());
				}
			}
		});
	}

	/** Lines beyond each person's first, attended ([0]) and completed ([1]), by key. */
	Map<String, int[]> excess(Scope scope) {
		return this.excess.get(scope);
	}

	private void count(Scope scope, String key, List<Line> lines) {
		int[] counts = new int[2];
		for (Line line : lines) {
			count(counts, line);
		}
		add(scope, key, counts);
	}

	private static void count(Map<String, int[]> counts, String key, Line line) {
		count(counts.computeIfAbsent(key, (k) -> new int[2]), line);
	}

	private static void count(int[] counts, Line line) {
		if (line.attended()) {
			counts[0]++;
		}
		if (line.completed()) {
			counts[1]++;
		}
	}

	private void add(Scope scope, String key, int[] counts) {
		int attended = Math.max(counts[0] - 1, 0);
		int completed = Math.max(counts[1] - 1, 0);
		if (attended + completed > 0) {
			int[] total = this.excess.get(scope).computeIfAbsent(key, (k) -> new int[2]);
			total[0] += attended;
			total[1] += completed;
		}
	}

}
