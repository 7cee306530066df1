package vn.congdoan.taphuan.reconcile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.plan.Plan;

/**
 * {@code computePeopleStep}: who is listed more than once, in one pass over the run's
 * counted lines. Their identity hashes are sorted in bounded memory
 * ({@link LongRecordSort}) and, one person at a time ({@link RepeatedPeople}),
 * {@code reconcile_listing} keeps the lines of an identity listed twice in a class
 * (reason D) or attending two classes of a programme (reason R), keyed by group; the
 * lines beyond each person's first per class, ward, programme and plan go to
 * {@code reconcile_repeat} and correct the distinct trainees of classes and wards. The
 * lines with a namesake key (birth year and name without diacritics) are sorted by that
 * key with who they name ({@link ExternalSort}), and each key shared by two identities or
 * more gives a POSSIBLE_DUPLICATE finding, found and written here one group at a time.
 * The same pass finds each line's own findings ({@link LineFindings}), so a plan's lines
 * are read once. Replaces the run's rows and findings.
 */
class PeopleFigures implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(PeopleFigures.class);

	/**
	 * The run's counted lines, with their hashes, where they are, who they name (for
	 * POSSIBLE_DUPLICATE) and what {@link LineFindings} needs (from column
	 * {@value #LINE_COLUMNS}). Class figures are joined outer: a line counts here
	 * whatever its class's figures say.
	 */
	private static final String COUNTED_LINES = """
			SELECT t.identity_hash, t.namesake_hash, t.submission_id, t.seq, t.days_present, t.identity_key,
			       t.name_key, t.name_folded, t.birth_year, t.full_name, t.unit_name, %s
			FROM reconcile_ward w
			LEFT JOIN reconcile_class r ON r.run_id = w.run_id AND r.class_code = w.class_code
			JOIN trainee_row t ON t.submission_id = w.submission_id AND t.accepted AND t.identity_key IS NOT NULL
			WHERE w.run_id = ? AND w.submission_id IS NOT NULL
			""";

	/** Where {@link LineFindings#columns()} start in {@link #COUNTED_LINES}. */
	private static final int LINE_COLUMNS = 12;

	/** The column of {@link #COUNTED_LINES} with the days present. */
	private static final int DAYS_PRESENT = 5;

	private static final String INSERT_LISTING = """
			INSERT INTO reconcile_listing (run_id, reason, group_hash, member_hash, submission_id, seq, class_code,
			  unit_code)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final int SEEN_LENGTH = 4000;

	private static final int[] LISTING_TYPES = { Types.BIGINT, Types.CHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT,
			Types.INTEGER, Types.VARCHAR, Types.VARCHAR };

	private static final int BATCH = 1000;

	/** A line with its names weighs about sixteen lines of hashes in a sort chunk. */
	private static final int NAMESAKE_CHUNK_DIVISOR = 16;

	private final RunParameters run;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final LazyQueries lazy;

	private final int sortChunk;

	private final Path scratch;

	private final Plan plan;

	private final ReconcileSettings settings;

	PeopleFigures(RunParameters run, JdbcClient jdbc, JdbcTemplate jdbcTemplate, Plan plan, ReconcileSettings settings,
			Path scratch) {
		this.plan = plan;
		this.settings = settings;
		this.run = run;
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.lazy = new LazyQueries(jdbcTemplate);
		this.sortChunk = settings.sortChunkRecords();
		this.scratch = scratch;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.runId();
		for (String table : List.of("reconcile_listing", "reconcile_repeat")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE run_id = ?").param(runId).update();
		}
		this.jdbc
			.sql("DELETE FROM reconcile_finding WHERE run_id = ? AND code IN ('POSSIBLE_DUPLICATE', "
					+ LineFindings.CODES + ")")
			.param(runId)
			.update();
		Map<String, RepeatedPeople.ClassInfo> classes = classes(runId);
		Map<Long, String[]> lists = new HashMap<>();
		this.jdbc.sql("""
				SELECT submission_id, class_code, unit_code FROM reconcile_ward
				WHERE run_id = ? AND submission_id IS NOT NULL
				""").param(runId).query((ResultSet rs) -> {
			lists.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) });
		});
		RepeatedPeople repeated = new RepeatedPeople();
		try (LongRecordSort identities = new LongRecordSort(3, this.sortChunk, this.scratch);
				ExternalSort<NamesakeLine> namesakes = new ExternalSort<>(NamesakeLine.ORDER, NamesakeLine.CODEC,
						Math.max(2, this.sortChunk / NAMESAKE_CHUNK_DIVISOR), this.scratch)) {
			long started = System.nanoTime();
			FindingWriter lineFindings = new FindingWriter(runId, this.plan.code(),
					new FindingTexts(this.plan, this.settings, this.run.asOf()), this.jdbcTemplate);
			streamLines(runId, identities, namesakes, lineFindings);
			lineFindings.flush();
			logger.debug(
					"Lines streamed in {} ms: {} INELIGIBLE_POSITION, POSITION_UNKNOWN and "
							+ "INCOMPLETE_ATTENDANCE findings",
					(System.nanoTime() - started) / 1_000_000, lineFindings.written());
			Listing batch = new Listing(runId, lists);
			identities.forEachGroup((records, size) -> {
				if (size > 1) {
					List<RepeatedPeople.Line> lines = new ArrayList<>(size);
					for (long[] record : inKeyOrder(records, size, 3)) {
						String[] list = lists.get(record[1] >>> 32);
						lines.add(new RepeatedPeople.Line(record[1], classes.get(list[0]), list[1], (int) record[2]));
					}
					repeated.person(lines, (reason, member, line) -> batch.add(reason, records[0], member, line));
				}
			});
			batch.flush();
			logger.debug("Repeated identities listed in {} ms", (System.nanoTime() - started) / 1_000_000);
			possibleDuplicates(runId, namesakes, lists);
			logger.debug("Namesakes compared in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		saveRepeats(runId, repeated);
		correct(runId, "reconcile_class", "class_code", repeated.excess(RepeatedPeople.Scope.CLASS));
		correct(runId, "reconcile_unit", "unit_code", repeated.excess(RepeatedPeople.Scope.UNIT));
		contribution.incrementWriteCount(this.jdbc.sql("SELECT COUNT(*) FROM reconcile_listing WHERE run_id = ?")
			.param(runId)
			.query(Integer.class)
			.single());
		return RepeatStatus.FINISHED;
	}

	/**
	 * The run's classes with their programme, days required to complete, and ordinals
	 * (class, programme) that key the reason-D and reason-R lines.
	 */
	private Map<String, RepeatedPeople.ClassInfo> classes(long runId) {
		List<String[]> rows = new ArrayList<>();
		this.jdbc.sql("SELECT class_code, programme_code, required_days FROM reconcile_class WHERE run_id = ?")
			.param(runId)
			.query((ResultSet rs) -> {
				rows.add(new String[] { rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3)) });
			});
		List<String> programmes = rows.stream().map((row) -> row[1]).distinct().sorted().toList();
		List<String> codes = rows.stream().map((row) -> row[0]).sorted().toList();
		Map<String, RepeatedPeople.ClassInfo> classes = new HashMap<>();
		for (String[] row : rows) {
			classes.put(row[0], new RepeatedPeople.ClassInfo(row[0], row[1], Integer.parseInt(row[2]),
					codes.indexOf(row[0]), programmes.indexOf(row[1])));
		}
		return classes;
	}

	/** The lines beyond each person's first, per scope, for the later steps. */
	private void saveRepeats(long runId, RepeatedPeople repeated) {
		List<Object[]> rows = new ArrayList<>();
		for (RepeatedPeople.Scope scope : RepeatedPeople.Scope.values()) {
			repeated.excess(scope)
				.forEach((key, lines) -> rows.add(new Object[] { runId, scope.name(), key, lines[0], lines[1] }));
		}
		if (!rows.isEmpty()) {
			this.jdbcTemplate.batchUpdate("""
					INSERT INTO reconcile_repeat (run_id, scope, scope_key, attended_excess, completed_excess)
					VALUES (?, ?, ?, ?, ?)
					""", rows);
		}
	}

	/**
	 * One pass over the counted lines, streamed ({@link LazyQueries}): the identity
	 * hashes of every line, the lines that have a namesake key with who they name, and
	 * each line's own findings ({@link LineFindings}).
	 */
	private void streamLines(long runId, LongRecordSort identities, ExternalSort<NamesakeLine> namesakes,
			FindingWriter lineFindings) {
		String query = COUNTED_LINES.formatted(new LineFindings(this.plan).columns());
		this.lazy.run(() -> this.jdbc.sql(query).param(runId).query((ResultSet rows) -> {
			long identity = rows.getLong(1);
			long namesake = rows.getLong(2);
			boolean hasNamesake = !rows.wasNull();
			long line = (rows.getLong(3) << 32) | (rows.getInt(4) & 0xffffffffL);
			identities.add(identity, line, rows.getInt(DAYS_PRESENT));
			String identityKey = rows.getString(6);
			String fullName = rows.getString(10);
			if (hasNamesake) {
				namesakes.add(new NamesakeLine(namesake, identityKey, line, rows.getString(7), rows.getString(8),
						rows.getInt(9), fullName, rows.getString(11)));
			}
			LineFindings.accept(rows, LINE_COLUMNS, identityKey, fullName, DAYS_PRESENT, lineFindings::add);
		}));
	}

	/**
	 * A group's records (sorted by key only) in full order, so that the listing is
	 * written in the order of its key.
	 */
	private static long[][] inKeyOrder(long[] records, int size, int width) {
		long[][] sorted = new long[size][];
		for (int i = 0; i < size; i++) {
			sorted[i] = Arrays.copyOfRange(records, i * width, (i + 1) * width);
		}
		Arrays.sort(sorted, java.util.Arrays::compare);
		return sorted;
	}

	/**
	 * POSSIBLE_DUPLICATE: each namesake key shared by two identities or more, at least
	 * one of them without a CCCD, found as the sorted lines come back one group after the
	 * other: memory holds one group, however many lines the plan has.
	 */
	private void possibleDuplicates(long runId, ExternalSort<NamesakeLine> namesakes, Map<Long, String[]> lists) {
		FindingWriter findings = new FindingWriter(runId, this.plan.code(),
				new FindingTexts(this.plan, this.settings, this.run.asOf()), this.jdbcTemplate);
		Map<String, Person> group = new TreeMap<>();
		long[] current = { 0 };
		namesakes.forEachSorted((line) -> {
			if (!group.isEmpty() && line.namesake() != current[0]) {
				compare(group, findings);
			}
			current[0] = line.namesake();
			String[] list = lists.get(line.line() >>> 32);
			group.computeIfAbsent(line.identityKey(), Person::new).add(line, list[0], list[1]);
		});
		compare(group, findings);
		findings.flush();
		logger.debug("{} POSSIBLE_DUPLICATE findings", findings.written());
	}

	/**
	 * The finding for one namesake group (its people in identity order), when it has two
	 * identities with the same birth year and name without diacritics (the hash is only a
	 * hint), one of them without a CCCD.
	 */
	static FindingCandidate possibleDuplicate(Collection<Person> people) {
		if (people.size() < 2 || people.stream().noneMatch((person) -> person.identityKey.startsWith("N:"))) {
			return null;
		}
		Person first = people.iterator().next();
		String firstClass = null;
		String lastClass = null;
		boolean sameName = true;
		StringJoiner keys = new StringJoiner(" ~ ");
		StringJoiner names = new StringJoiner(" ~ ");
		StringJoiner details = new StringJoiner(" ~ ");
		for (Person person : people) {
			if (person.birthYear != first.birthYear || !Objects.equals(person.nameFolded, first.nameFolded)) {
				return null;
			}
			sameName &= Objects.equals(person.nameKey, first.nameKey);
			firstClass = Person.least(firstClass, person.firstClass);
			lastClass = (lastClass == null || person.lastClass.compareTo(lastClass) > 0) ? person.lastClass : lastClass;
			keys.add(person.identityKey);
			names.add(person.fullName);
			details.add(person.fullName + " (" + person.birthYear + ", "
					+ ((person.unitName != null) ? person.unitName : "-") + ", " + person.seen() + ")");
		}
		return new FindingCandidate(FindingCode.POSSIBLE_DUPLICATE, null,
				firstClass.equals(lastClass) ? firstClass : null, null, left(keys.toString(), 1300),
				left(names.toString(), 500), null, null, BigDecimal.valueOf(people.size()),
				sameName ? "SAME_NAME" : "SAME_NAME_WITHOUT_DIACRITICS", left(details.toString(), 1000));
	}

	private static void compare(Map<String, Person> group, FindingWriter findings) {
		FindingCandidate finding = possibleDuplicate(group.values());
		if (finding != null) {
			findings.add(finding);
		}
		group.clear();
	}

	private static String left(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	/**
	 * A counted line with a namesake key (birth year and name without diacritics), as
	 * sorted: by that key, then identity, then place.
	 */
	record NamesakeLine(long namesake, String identityKey, long line, String nameKey, String nameFolded, int birthYear,
			String fullName, String unitName) {

		static final Comparator<NamesakeLine> ORDER = Comparator.comparingLong(NamesakeLine::namesake)
			.thenComparing(NamesakeLine::identityKey)
			.thenComparingLong(NamesakeLine::line);

		static final ExternalSort.Codec<NamesakeLine> CODEC = new ExternalSort.Codec<>() {

			@Override
			public void write(DataOutput out, NamesakeLine record) throws IOException {
				out.writeLong(record.namesake());
				writeText(out, record.identityKey());
				out.writeLong(record.line());
				writeText(out, record.nameKey());
				writeText(out, record.nameFolded());
				out.writeInt(record.birthYear());
				writeText(out, record.fullName());
				writeText(out, record.unitName());
			}

			@Override
			public NamesakeLine read(DataInput in) throws IOException {
				return new NamesakeLine(in.readLong(), readText(in), in.readLong(), readText(in), readText(in),
						in.readInt(), readText(in), readText(in));
			}

		};

		/**
		 * Length-prefixed UTF-8 ({@code -1}: null): the JDK encodes a whole string at
		 * once, where {@code writeUTF} walks it a char at a time (in a profile of the
		 * people step at a million lines, writeUTF and readUTF were a fifth of its main
		 * thread's samples).
		 */
		private static void writeText(DataOutput out, String text) throws IOException {
			if (text == null) {
				out.writeInt(-1);
				return;
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		}

		private static String readText(DataInput in) throws IOException {
			int length = in.readInt();
			if (length < 0) {
				return null;
			}
			byte[] bytes = new byte[length];
			in.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}

	}

	/** What the lines of one identity in a namesake group say about it. */
	static final class Person {

		private final String identityKey;

		private String nameKey;

		private String nameFolded;

		private int birthYear = Integer.MAX_VALUE;

		private String fullName;

		private String unitName;

		private String firstClass;

		private String lastClass;

		private final List<String> seen = new ArrayList<>();

		Person(String identityKey) {
			this.identityKey = identityKey;
		}

		void add(NamesakeLine line, String classCode, String unitCode) {
			this.nameKey = least(this.nameKey, line.nameKey());
			this.nameFolded = least(this.nameFolded, line.nameFolded());
			this.birthYear = Math.min(this.birthYear, line.birthYear());
			this.fullName = least(this.fullName, line.fullName());
			this.unitName = least(this.unitName, line.unitName());
			this.firstClass = least(this.firstClass, classCode);
			this.lastClass = (this.lastClass == null || classCode.compareTo(this.lastClass) > 0) ? classCode
					: this.lastClass;
			this.seen.add(classCode + " " + unitCode);
		}

		/** Where the identity was listed: class and ward, sorted. */
		String seen() {
			this.seen.sort(null);
			String text = String.join(", ", this.seen);
			return (text.length() > SEEN_LENGTH) ? text.substring(0, SEEN_LENGTH) : text;
		}

		private static String least(String a, String b) {
			return (a == null || (b != null && b.compareTo(a) < 0)) ? b : a;
		}

	}

	/** Lines to keep for a second look, written in batches. */
	private final class Listing {

		private final long runId;

		private final Map<Long, String[]> lists;

		private final List<Object[]> batch = new ArrayList<>(BATCH);

		private Listing(long runId, Map<Long, String[]> lists) {
			this.runId = runId;
			this.lists = lists;
		}

		void add(String reason, long group, long member, long line) {
			long submission = line >>> 32;
			String[] list = this.lists.get(submission);
			this.batch.add(new Object[] { this.runId, reason, group, member, submission, (int) (line & 0xffffffffL),
					list[0], list[1] });
			if (this.batch.size() == BATCH) {
				flush();
			}
		}

		void flush() {
			if (!this.batch.isEmpty()) {
				PeopleFigures.this.jdbcTemplate.batchUpdate(INSERT_LISTING, this.batch, LISTING_TYPES);
				this.batch.clear();
			}
		}

	}

	/**
	 * distinct_attended = attended lines less, for each person attending more than once
	 * within the row's scope (a class; a ward year to date), the lines beyond the first.
	 */
	private void correct(long runId, String table, String keyColumn, Map<String, int[]> excess) {
		List<Object[]> updates = new ArrayList<>();
		excess.forEach((key, lines) -> {
			if (lines[0] > 0) {
				updates.add(new Object[] { lines[0], runId, key });
			}
		});
		if (!updates.isEmpty()) {
			this.jdbcTemplate.batchUpdate("UPDATE " + table + " SET distinct_attended = distinct_attended - ? "
					+ "WHERE run_id = ? AND " + keyColumn + " = ?", updates);
		}
	}

}
