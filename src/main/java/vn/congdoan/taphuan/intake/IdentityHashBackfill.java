package vn.congdoan.taphuan.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 42: fills {@code trainee_row.identity_hash} and {@code namesake_hash}
 * (added by V41) for the rows imported before they existed, with the same functions the
 * import uses ({@link PersonFields#identityHash}, {@link PersonFields#namesakeHash}). A
 * Spring bean, which Spring Boot hands to Flyway.
 */
@Component
class IdentityHashBackfill implements JavaMigration {

	private static final int BATCH = 1000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("42");
	}

	@Override
	public String getDescription() {
		return "identity and namesake hashes of trainee rows imported before V41";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("""
						SELECT submission_id, seq, identity_key, birth_year, name_folded FROM trainee_row
						WHERE identity_key IS NOT NULL AND identity_hash IS NULL
						""");
				PreparedStatement update = connection.prepareStatement(
						"UPDATE trainee_row SET identity_hash = ?, namesake_hash = ? WHERE submission_id = ? AND seq = ?")) {
			int pending = 0;
			while (rows.next()) {
				update.setLong(1, PersonFields.identityHash(rows.getString("identity_key")));
				Integer birthYear = (Integer) rows.getObject("birth_year", Integer.class);
				Long namesake = PersonFields.namesakeHash(birthYear, rows.getString("name_folded"));
				if (namesake != null) {
					update.setLong(2, namesake);
				}
				else {
					update.setNull(2, Types.BIGINT);
				}
				update.setLong(3, rows.getLong("submission_id"));
				update.setInt(4, rows.getInt("seq"));
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}

}
