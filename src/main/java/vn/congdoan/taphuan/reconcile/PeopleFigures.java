package vn.congdoan.taphuan.reconcile;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code computePeopleStep}: who is listed more than once. Streams the identity and
 * namesake hashes of the run's counted lines, sorts them in bounded memory
 * ({@link LongRecordSort}) and, one person at a time ({@link RepeatedPeople}), keeps in
 * {@code reconcile_listing} the lines of an identity listed twice in a class (reason D)
 * or attending two classes of a programme (reason R), and the lines sharing a name
 * without diacritics and a birth year with another identity (reason N), keyed by group;
 * the lines beyond each person's first per class, ward, programme and plan go to
 * {@code reconcile_repeat} and correct the distinct trainees of classes and wards. Then
 * the people behind POSSIBLE_DUPLICATE ({@code reconcile_person}, one namesake group at a
 * time as the reason-N lines stream back in key order). Replaces the run's rows.
 */
class PeopleFigures implements Tasklet {

	/** The run's counted lines, with their hashes and where they are. */
	private static final String COUNTED_HASHES = """
			SELECT t.identity_hash, t.namesake_hash, t.submission_id, t.seq, t.days_present
			FROM reconcile_ward w
			JOIN trainee_row t ON t.submission_id = w.submission_id AND t.accepted AND t.identity_key IS NOT NULL
			WHERE w.run_id = ? AND w.submission_id IS NOT NULL
			""";

	private static final String INSERT_LISTING = """
			INSERT INTO reconcile_listing (run_id, reason, group_hash, member_hash, submission_id, seq, class_code,
			  unit_code)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	/**
	 * The reason-N lines with who they name, in key order: one namesake group after the
	 * other (the key's order, so nothing is sorted or gathered).
	 */
	private static final String NAMESAKE_LINES = """
			SELECT l.group_hash, t.identity_key, t.name_key, t.name_folded, t.birth_year, t.full_name, t.unit_name,
			       l.class_code, l.unit_code
			FROM reconcile_listing l
			JOIN trainee_row t ON t.submission_id = l.submission_id AND t.seq = l.seq
			WHERE l.run_id = ? AND l.reason = 'N'
			ORDER BY l.run_id, l.reason, l.group_hash, l.member_hash, l.submission_id, l.seq
			""";

	private static final String INSERT_PERSON = """
			INSERT INTO reconcile_person (run_id, namesake_hash, identity_key, name_key, name_folded, birth_year,
			  full_name, unit_name, first_class, last_class, seen)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final int[] PERSON_TYPES = { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };

	private static final int SEEN_LENGTH = 4000;

	private static final int[] LISTING_TYPES = { Types.BIGINT, Types.CHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT,
			Types.INTEGER, Types.VARCHAR, Types.VARCHAR };

	private static final int BATCH = 1000;

	private final RunParameters run;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final LazyQueries lazy;

	private final int sortChunk;

	private final Path scratch;

	PeopleFigures(RunParameters run, JdbcClient jdbc, JdbcTemplate jdbcTemplate, ReconcileSettings settings,
			Path scratch) {
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
		for (String table : List.of("reconcile_person", "reconcile_listing", "reconcile_repeat")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE run_id = ?").param(runId).update();
		}
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
				LongRecordSort namesakes = new LongRecordSort(3, this.sortChunk, this.scratch)) {
			streamHashes(runId, identities, namesakes);
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
			namesakes.forEachGroup((records, size) -> {
				if (size > 1 && distinctIdentities(records, size)) {
					for (long[] record : inKeyOrder(records, size, 3)) {
						batch.add("N", record[0], record[1], record[2]);
					}
				}
			});
			batch.flush();
		}
		insertPersons(runId);
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
	 * One pass over the counted lines, reading four numbers each, streamed
	 * ({@link LazyQueries}).
	 */
	private void streamHashes(long runId, LongRecordSort identities, LongRecordSort namesakes) {
		this.lazy.run(() -> this.jdbc.sql(COUNTED_HASHES).param(runId).query((ResultSet rows) -> {
			long identity = rows.getLong(1);
			long namesake = rows.getLong(2);
			boolean hasNamesake = !rows.wasNull();
			long line = (rows.getLong(3) << 32) | (rows.getInt(4) & 0xffffffffL);
			identities.add(identity, line, rows.getInt(5));
			if (hasNamesake) {
				namesakes.add(namesake, identity, line);
			}
		}));
	}

	/**
	 * Whether a namesake group (records: namesake, identity, line) has two identities.
	 */
	private static boolean distinctIdentities(long[] records, int size) {
		for (int i = 1; i < size; i++) {
			if (records[i * 3 + 1] != records[1]) {
				return true;
			}
		}
		return false;
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
	 * One reconcile_person row per identity of each namesake group, built while the
	 * group's lines stream past in key order: memory holds one group, however many lines
	 * the plan has.
	 */
	private void insertPersons(long runId) {
		List<Object[]> rows = new ArrayList<>();
		Map<String, Person> group = new TreeMap<>();
		long[] current = { 0 };
		this.lazy.run(() -> this.jdbc.sql(NAMESAKE_LINES).param(runId).query((ResultSet line) -> {
			long namesake = line.getLong(1);
			if (!group.isEmpty() && namesake != current[0]) {
				flushGroup(runId, current[0], group, rows);
			}
			current[0] = namesake;
			group.computeIfAbsent(line.getString(2), Person::new).add(line);
		}));
		flushGroup(runId, current[0], group, rows);
		if (!rows.isEmpty()) {
			this.jdbcTemplate.batchUpdate(INSERT_PERSON, rows, PERSON_TYPES);
		}
	}

	private void flushGroup(long runId, long namesake, Map<String, Person> group, List<Object[]> rows) {
		for (Person person : group.values()) {
			rows.add(person.row(runId, namesake));
		}
		group.clear();
		if (rows.size() >= BATCH) {
			this.jdbcTemplate.batchUpdate(INSERT_PERSON, rows, PERSON_TYPES);
			rows.clear();
		}
	}

	/** What the lines of one identity in a namesake group say about it. */
	private static final class Person {

		private final String identityKey;

		private String nameKey;

		private String nameFolded;

		private int birthYear = Integer.MAX_VALUE;

		private String fullName;

		private String unitName;

		private String firstClass;

		private String lastClass;

		private final List<String> seen = new ArrayList<>();

		private Person(String identityKey) {
			this.identityKey = identityKey;
		}

		void add(ResultSet line) throws SQLException {
			this.nameKey = least(this.nameKey, line.getString(3));
			this.nameFolded = least(this.nameFolded, line.getString(4));
			this.birthYear = Math.min(this.birthYear, line.getInt(5));
			this.fullName = least(this.fullName, line.getString(6));
			this.unitName = least(this.unitName, line.getString(7));
			String classCode = line.getString(8);
			this.firstClass = least(this.firstClass, classCode);
			this.lastClass = (this.lastClass == null || classCode.compareTo(this.lastClass) > 0) ? classCode
					: this.lastClass;
			this.seen.add(classCode + " " + line.getString(9));
		}

		Object[] row(long runId, long namesake) {
			this.seen.sort(null);
			String seenText = String.join(", ", this.seen);
			return new Object[] { runId, namesake, this.identityKey, this.nameKey, this.nameFolded, this.birthYear,
					this.fullName, this.unitName, this.firstClass, this.lastClass,
					(seenText.length() > SEEN_LENGTH) ? seenText.substring(0, SEEN_LENGTH) : seenText };
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
