package dev.migrations.core;

import static dev.migrations.core.Thrown.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A history edited by hand gets a message that says what happened and an action that cannot make it worse. */
class HandEditedHistoryIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    private Migrator applied(String schema) throws Exception {
        for (int v = 1; v <= 3; v++) {
            Files.writeString(
                    dir.resolve("V" + v + "__t" + v + ".sql"),
                    "CREATE TABLE " + schema + ".t" + v + " (id int);\n-- migrate:down\nDROP TABLE " + schema + ".t" + v
                            + ";\n");
        }
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .schema(schema)
                        .build());
        migrator.migrate();
        return migrator;
    }

    private String script(int v) {
        return "filesystem:" + dir.resolve("V" + v + "__t" + v + ".sql");
    }

    @Test
    void deletedRowBelowTheNewestIsNotCalledOutOfOrder() throws Exception {
        Migrator migrator = applied("deleted");
        Integer checksum = migrator.info().migrations().get(1).checksum();
        db.execute("DELETE FROM deleted.migrations_history WHERE version = '2'");

        MigrationException ex = failure(migrator::migrate);
        String insert = "INSERT INTO \"deleted\".\"migrations_history\" (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (2, '2', 't2', 'SQL', '"
                + script(2) + "', " + checksum + ", 'repaired-by-hand', 0, TRUE)";
        assertThat(ex.getMessage())
                .isEqualTo("MIG-010 Migration " + script(2) + " (version 2) is not recorded in"
                        + " \"deleted\".\"migrations_history\", but installed_rank 2 is missing where it would be:"
                        + " its history row looks deleted by hand, not new.\n"
                        + "  Script:      " + script(2) + "\n"
                        + "  Action:      Do not set outOfOrder=true for this: it would run version 2"
                        + " again. If its changes are in the schema, put its row back: " + insert + "; if they are"
                        + " not, apply it once with outOfOrder=true.");
        assertThat(failure(migrator::validate).getMessage()).isEqualTo(ex.getMessage());

        // the action's INSERT puts the history right
        db.execute(insert);
        assertThat(migrator.migrate().executed()).isEmpty();
        assertThat(migrator.info().currentVersion()).isEqualTo("3");
    }

    @Test
    void duplicatedRowIsReported() throws Exception {
        Migrator migrator = applied("dup");
        db.execute("INSERT INTO dup.migrations_history SELECT 4, version, description, type, script, checksum,"
                + " installed_by, installed_on, execution_time, success FROM dup.migrations_history"
                + " WHERE version = '2'");
        String message = "MIG-061 Version 2 is recorded twice in \"dup\".\"migrations_history\" (installed_rank 2 and"
                + " 4): the history was edited by hand or written by two tools.\n"
                + "  Script:      " + script(2) + "\n"
                + "  Action:      Check that version 2 ran once, then delete the extra row (DELETE FROM"
                + " \"dup\".\"migrations_history\" WHERE installed_rank = 4) and start again.";
        assertThat(failure(migrator::migrate).getMessage()).isEqualTo(message);
        assertThat(failure(migrator::validate).getMessage()).isEqualTo(message);
        assertThat(failure(() -> migrator.downgrade(1)).getMessage()).isEqualTo(message);
        assertThat(db.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'dup'"
                        + " AND table_name LIKE 't_'"))
                .as("nothing undone")
                .isEqualTo(3);

        db.execute("DELETE FROM dup.migrations_history WHERE installed_rank = 4");
        assertThat(migrator.migrate().executed()).isEmpty();
    }

    @Test
    void failedRowOfATransactionalMigrationIsNotExplainedAsANoTransactionOne() throws Exception {
        Migrator migrator = applied("txfailed");
        db.execute("UPDATE txfailed.migrations_history SET success = FALSE WHERE version = '3'");
        MigrationException ex = failure(migrator::migrate);
        String since = migrator.info().migrations().get(2).installedOn().toString();
        assertThat(ex.getMessage())
                .isEqualTo("MIG-013 Migration " + script(3) + " (version 3) is recorded as failed in"
                        + " \"txfailed\".\"migrations_history\" since " + since + ", but it runs in a transaction,"
                        + " so a failure would have rolled it back and left no row: the row was written by hand or"
                        + " by another tool.\n"
                        + "  Script:      " + script(3) + "\n"
                        + "  Action:      Check whether version 3's changes are in the schema. If none are, run repair"
                        + " (Migrator.repair()) to remove the failed row and start again:"
                        + " the migration then runs. If all are, mark the row applied: UPDATE"
                        + " \"txfailed\".\"migrations_history\" SET success = TRUE WHERE installed_rank = 3.");
        assertThat(ex.rolledBack()).as("no claim about what a failure left").isNull();

        db.execute("UPDATE txfailed.migrations_history SET success = TRUE WHERE installed_rank = 3");
        assertThat(migrator.migrate().executed()).isEmpty();
    }
}
