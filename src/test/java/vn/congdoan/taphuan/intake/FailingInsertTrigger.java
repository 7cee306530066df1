package vn.congdoan.taphuan.intake;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congdoan.taphuan.testing.TestDatabase;

/**
 * A trigger that fails the insert of one trainee row, the way a crash would interrupt an
 * import part-way: this Java class on H2, a PL/pgSQL function reading the row to fail
 * from a table on PostgreSQL (where it fires for rows sent with COPY too).
 */
public class FailingInsertTrigger implements Trigger {

	/** The seq whose insert fails on H2; 0 disarms the trigger. */
	private static volatile int failAtSeq;

	/** Installs the trigger, disarmed, on the test's database. */
	static void install(JdbcClient jdbc) {
		failAtSeq = 0;
		if (TestDatabase.postgresql()) {
			jdbc.sql("CREATE TABLE test_fail_insert (seq INT NOT NULL)").update();
			jdbc.sql("""
					CREATE FUNCTION test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN
					  IF EXISTS (SELECT 1 FROM test_fail_insert WHERE seq = NEW.seq) THEN
					    RAISE EXCEPTION 'simulated crash while inserting row %', NEW.seq;
					  END IF;
					  RETURN NEW;
					END $$
					""").update();
			jdbc.sql("CREATE TRIGGER fail_insert BEFORE INSERT ON trainee_row "
					+ "FOR EACH ROW EXECUTE FUNCTION test_fail_insert()")
				.update();
		}
		else {
			jdbc.sql("CREATE TRIGGER fail_insert BEFORE INSERT ON trainee_row FOR EACH ROW CALL '"
					+ FailingInsertTrigger.class.getName() + "'")
				.update();
		}
	}

	/** Arms the trigger for the row with this seq; 0 disarms it. */
	static void failAt(JdbcClient jdbc, int seq) {
		failAtSeq = seq;
		if (TestDatabase.postgresql()) {
			jdbc.sql("DELETE FROM test_fail_insert").update();
			if (seq > 0) {
				jdbc.sql("INSERT INTO test_fail_insert (seq) VALUES (?)").param(seq).update();
			}
		}
	}

	/** Disarms the trigger on H2 (the PostgreSQL one goes with its database). */
	static void disarm() {
		failAtSeq = 0;
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (failAtSeq > 0 && ((Number) newRow[1]).intValue() == failAtSeq) {
			throw new SQLException("simulated crash while inserting row " + failAtSeq);
		}
	}

}
