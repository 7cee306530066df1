package vn.congdoan.taphuan.intake;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * An H2 trigger that fails the insert of one trainee row, the way a crash would interrupt
 * an import part-way.
 */
public class FailingInsertTrigger implements Trigger {

	/** The seq whose insert fails; 0 disarms the trigger. */
	static volatile int failAtSeq;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (failAtSeq > 0 && ((Number) newRow[1]).intValue() == failAtSeq) {
			throw new SQLException("simulated crash while inserting row " + failAtSeq);
		}
	}

}
