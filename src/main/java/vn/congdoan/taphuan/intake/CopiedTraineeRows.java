package vn.congdoan.taphuan.intake;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.taphuan.common.PostgresCopy;

/**
 * Trainee rows through PostgreSQL's {@code COPY … FROM STDIN} ({@link PostgresCopy}), one
 * COPY per chunk on the chunk's own connection and transaction: the rows travel as one
 * stream of text instead of one bound statement each, and a chunk that fails or is rolled
 * back leaves none of them (row triggers fire for COPY too). Each row is written straight
 * into the text, with no array of values in between.
 */
final class CopiedTraineeRows implements TraineeRowInserts {

	private static final String COPY = "COPY trainee_row (" + COLUMNS + ") FROM STDIN";

	private final JdbcTemplate jdbc;

	CopiedTraineeRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(long submissionId, List<? extends TraineeRecord> records) {
		StringBuilder text = new StringBuilder(records.size() * 256);
		for (TraineeRecord record : records) {
			text.append(submissionId);
			number(text, record.seq());
			number(text, record.sheetNo());
			number(text, record.rowNumber());
			text.append('\t').append(record.accepted() ? 't' : 'f');
			text(text, record.fullName(), 200);
			text(text, record.nameKey(), 200);
			text(text, record.nameFolded(), 200);
			number(text, record.birthYear());
			text.append('\t');
			if (record.birthDate() != null) {
				text.append(record.birthDate()); // ISO yyyy-MM-dd
			}
			else {
				text.append("\\N");
			}
			text(text, record.gender(), 1);
			text(text, record.positionCode(), 30);
			text(text, record.positionRaw(), 300);
			text(text, record.unitName(), 300);
			text(text, record.phone(), 30);
			text(text, record.cccd(), 30);
			text(text, record.note(), 500);
			text(text, record.marks(), Integer.MAX_VALUE);
			number(text, record.daysPresent());
			text(text, record.identityKey(), 600);
			text(text, record.rawCells(), 4000);
			number(text, PersonFields.identityHash(SubmissionStore.truncate(record.identityKey(), 600)));
			number(text, PersonFields.namesakeHash(record.birthYear(), record.nameFolded()));
			text.append('\n');
		}
		PostgresCopy.copyIn(this.jdbc, COPY, text);
	}

	private static void number(StringBuilder text, int value) {
		text.append('\t').append(value);
	}

	private static void number(StringBuilder text, Number value) {
		text.append('\t');
		if (value != null) {
			text.append(value);
		}
		else {
			text.append("\\N");
		}
	}

	private static void text(StringBuilder text, String value, int length) {
		text.append('\t');
		PostgresCopy.text(text, SubmissionStore.truncate(value, length));
	}

}
