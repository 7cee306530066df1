package vn.congdoan.taphuan.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Everything the reconciliation of one class shows: every ward against its allocation,
 * every listed trainee with each day's mark, and every finding. The figures must agree:
 * the wards add up to the class, the roster has one row per listed trainee, and the
 * statuses count the attended and completed. The roster and the findings are read from
 * their sources as the report is written, not held; the roster is checked as it is read
 * (an unlisted ward, a row out of ward order or with the wrong number of marks, and at
 * its end counts that disagree with the class stop the report).
 *
 * @param header issuer and plan
 * @param trainingClass the class and its totals
 * @param programmeTitle the title of the class's programme
 * @param days the class days in order (at most {@value #MAX_DAYS}, the columns the PDF
 * has room for)
 * @param asOf the date the figures are as of
 * @param underfillThreshold the share of its allocation under which a ward is marked as
 * lagging
 * @param wards every unit with an allocation or a list, in report order
 * @param roster every listed trainee, in the order of {@code wards}, then as listed
 * @param findings every finding for the class, most serious first
 */
public record ClassReportData(ReportHeader header, ClassRow trainingClass, String programmeTitle, List<LocalDate> days,
		LocalDate asOf, double underfillThreshold, List<ClassWardRow> wards, RowSource<RosterRow> roster,
		RowSource<FindingRow> findings) {

	/** The most class days the roster's PDF layout has columns for. */
	public static final int MAX_DAYS = 8;

	public ClassReportData {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(trainingClass, "trainingClass");
		Require.text(programmeTitle, "programmeTitle");
		Objects.requireNonNull(asOf, "asOf");
		String code = trainingClass.code();
		days = Require.list(days, "days");
		checkDays(trainingClass, days);
		wards = Require.list(wards, "wards");
		Objects.requireNonNull(roster, "roster");
		Objects.requireNonNull(findings, "findings");
		Map<String, Integer> wardOrder = wardOrder(code, wards);
		int listed = 0;
		int attended = 0;
		int completed = 0;
		for (ClassWardRow ward : wards) {
			listed += ward.listed();
			attended += ward.attended();
			completed += ward.completed();
		}
		agree(code, "listed", listed, trainingClass.listed());
		agree(code, "attended", attended, trainingClass.attended());
		agree(code, "completed", completed, trainingClass.completed());
		roster = new CheckedRoster((roster instanceof CheckedRoster checked) ? checked.rows() : roster, trainingClass,
				days.size(), wardOrder);
	}

	/**
	 * Rows already in memory: the roster is put in the order of {@code wards} (then as
	 * given) and checked here.
	 */
	public static ClassReportData of(ReportHeader header, ClassRow trainingClass, String programmeTitle,
			List<LocalDate> days, LocalDate asOf, double underfillThreshold, List<ClassWardRow> wards,
			List<RosterRow> roster, List<FindingRow> findings) {
		Map<String, Integer> order = wardOrder(trainingClass.code(), Require.list(wards, "wards"));
		List<RosterRow> ordered = new ArrayList<>(Require.list(roster, "roster"));
		ordered.sort(Comparator.comparingInt((RosterRow row) -> order.getOrDefault(row.wardCode(), -1)));
		ClassReportData data = new ClassReportData(header, trainingClass, programmeTitle, days, asOf,
				underfillThreshold, wards, RowSource.of(ordered), RowSource.of(Require.list(findings, "findings")));
		data.roster().toList();
		return data;
	}

	private static Map<String, Integer> wardOrder(String code, List<ClassWardRow> wards) {
		Map<String, Integer> order = new HashMap<>();
		for (ClassWardRow ward : wards) {
			if (order.putIfAbsent(ward.wardCode(), order.size()) != null) {
				throw new IllegalArgumentException(code + ": ward " + ward.wardCode() + " appears twice");
			}
		}
		return order;
	}

	private static void checkDays(ClassRow trainingClass, List<LocalDate> days) {
		String code = trainingClass.code();
		agree(code, "days", days.size(), trainingClass.dayCount());
		if (days.size() > MAX_DAYS) {
			throw new IllegalArgumentException(code + " has " + days.size() + " days; the class report prints at most "
					+ MAX_DAYS + " day columns");
		}
		for (int i = 1; i < days.size(); i++) {
			if (!days.get(i).isAfter(days.get(i - 1))) {
				throw new IllegalArgumentException(code + ": class days out of order at " + days.get(i));
			}
		}
		if (!days.get(0).equals(trainingClass.start()) || !days.get(days.size() - 1).equals(trainingClass.end())) {
			throw new IllegalArgumentException(code + ": days do not run from start to end");
		}
	}

	private static void agree(String code, String what, long actual, long expected) {
		if (actual != expected) {
			throw new IllegalArgumentException(code + ": " + what + " " + actual + " disagree with " + expected);
		}
	}

	/** The name of a ward of this class, by code. */
	public String wardName(String wardCode) {
		return this.wards.stream()
			.filter((ward) -> ward.wardCode().equals(wardCode))
			.map(ClassWardRow::wardName)
			.findFirst()
			.orElse(wardCode);
	}

	private record CheckedRoster(RowSource<RosterRow> rows, ClassRow trainingClass, int days,
			Map<String, Integer> wardOrder) implements RowSource<RosterRow> {

		@Override
		public Stream<RosterRow> open() {
			Stream<RosterRow> rows = this.rows.open();
			Iterator<RosterRow> checked = new Checker(rows.iterator());
			return StreamSupport.stream(Spliterators.spliteratorUnknownSize(checked, Spliterator.ORDERED), false)
				.onClose(rows::close);
		}

		private final class Checker implements Iterator<RosterRow> {

			private final Iterator<RosterRow> rows;

			private int count;

			private int attended;

			private int completed;

			private int ward = -1;

			private boolean ended;

			Checker(Iterator<RosterRow> rows) {
				this.rows = rows;
			}

			@Override
			public boolean hasNext() {
				if (this.rows.hasNext()) {
					return true;
				}
				if (!this.ended) {
					this.ended = true;
					String code = CheckedRoster.this.trainingClass.code();
					agree(code, "roster rows", this.count, CheckedRoster.this.trainingClass.listed());
					agree(code, "roster attended", this.attended, CheckedRoster.this.trainingClass.attended());
					agree(code, "roster completed", this.completed, CheckedRoster.this.trainingClass.completed());
				}
				return false;
			}

			@Override
			public RosterRow next() {
				if (!this.rows.hasNext()) {
					throw new NoSuchElementException();
				}
				RosterRow row = this.rows.next();
				String code = CheckedRoster.this.trainingClass.code();
				Integer order = CheckedRoster.this.wardOrder.get(row.wardCode());
				if (order == null) {
					throw new IllegalArgumentException(
							code + ": " + row.name() + " is from an unlisted ward " + row.wardCode());
				}
				if (order < this.ward) {
					throw new IllegalArgumentException(
							code + ": " + row.name() + " of ward " + row.wardCode() + " is out of ward order");
				}
				this.ward = order;
				if (row.marks().size() != CheckedRoster.this.days) {
					throw new IllegalArgumentException(code + ": " + row.name() + " has " + row.marks().size()
							+ " marks for " + CheckedRoster.this.days + " days");
				}
				this.count++;
				this.attended += (row.status() != AttendanceStatus.ABSENT) ? 1 : 0;
				this.completed += (row.status() == AttendanceStatus.COMPLETED) ? 1 : 0;
				return row;
			}

		}

	}

}
