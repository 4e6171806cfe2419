package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a configured schema, the current schema and its history are read in one query; these are the cases that
 * query cannot decide, where the engine must answer exactly as with two queries.
 */
class CurrentSchemaReadIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    private Migrator migrator(String searchPath) throws Exception {
        Files.writeString(dir.resolve("V1__noop.sql"), "SELECT 1;\n");
        return Migrator.create(
                new DriverManagerDataSource(db.jdbcUrl() + "?currentSchema=" + searchPath, db.user(), null),
                MigrationsConfig.builder().locations("filesystem:" + dir).build());
    }

    @Test
    void aHistoryTableInALaterSchemaOfTheSearchPathIsNotTheCurrentSchemasOne() throws Exception {
        db.execute("CREATE SCHEMA first_one");
        db.execute("CREATE SCHEMA later_one");
        assertThat(migrator("later_one").migrate().schema()).isEqualTo("later_one");

        MigrationResult result = migrator("first_one,later_one").migrate();
        assertThat(result.schema()).isEqualTo("first_one");
        assertThat(result.executed()).hasSize(1);
        assertThat(migrator("first_one,later_one").info().currentVersion()).isEqualTo("1");
    }

    @Test
    void anEmptyHistoryTableIsReadAsEmpty() throws Exception {
        db.execute("CREATE SCHEMA emptied");
        assertThat(migrator("emptied").migrate().executed()).hasSize(1);
        db.execute("DELETE FROM emptied.migrations_history");
        MigrationResult again = migrator("emptied").migrate();
        assertThat(again.schema()).isEqualTo("emptied");
        assertThat(again.executed()).hasSize(1);
    }
}
