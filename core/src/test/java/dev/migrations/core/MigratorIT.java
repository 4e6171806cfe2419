package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MigratorIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    private String schema;

    @BeforeEach
    void freshSchema() {
        schema = "s" + Long.toHexString(System.nanoTime());
    }

    private Migrator migrator() {
        return Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .schema(schema)
                        .build());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Two reversible migrations: a table, then a column. */
    private void writeTwoMigrations() throws IOException {
        write(
                "V1__create_users.sql",
                "CREATE TABLE " + "${migrations:schema}" + ".users (id int primary key);\n"
                        + "-- migrate:down\nDROP TABLE ${migrations:schema}.users;\n");
        write(
                "V2__add_name.sql",
                "ALTER TABLE ${migrations:schema}.users ADD COLUMN name text;\n"
                        + "-- migrate:down\nALTER TABLE ${migrations:schema}.users DROP COLUMN name;\n");
    }

    // Each test starts from its own empty schema and folder, so an early failure hides nothing else.

    @Test
    void migrateAppliesEveryPendingMigrationAndRecordsIt() throws Exception {
        writeTwoMigrations();
        MigrationResult result = migrator().migrate();
        assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("1", "2");
        assertThat(result.finalVersion()).isEqualTo("2");
        assertThat(count("SELECT count(*) FROM " + schema + ".migrations_history"))
                .isEqualTo(2);
    }

    @Test
    void aSecondMigrateHasNothingToDo() throws Exception {
        writeTwoMigrations();
        migrator().migrate();
        MigrationResult again = migrator().migrate();
        assertThat(again.executed()).isEmpty();
        assertThat(again.finalVersion()).isEqualTo("2");
    }

    @Test
    void infoReportsTheCurrentVersionAndEveryMigrationApplied() throws Exception {
        writeTwoMigrations();
        migrator().migrate();
        MigrationStatus status = migrator().info();
        assertThat(status.currentVersion()).isEqualTo("2");
        assertThat(status.migrations())
                .extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
    }

    @Test
    void downgradeUndoesTheNewestMigration() throws Exception {
        writeTwoMigrations();
        migrator().migrate();
        MigrationResult down = migrator().downgrade(1);
        assertThat(down.finalVersion()).isEqualTo("1");
        assertThat(count("SELECT count(*) FROM information_schema.columns WHERE table_schema = '" + schema
                        + "' AND table_name = 'users' AND column_name = 'name'"))
                .isZero();
    }

    @Test
    void aFailingMigrationNamesItsLineAndLeavesNothingBehind() throws Exception {
        writeTwoMigrations();
        migrator().migrate();
        migrator().downgrade(1);
        write("V3__broken.sql", "CREATE TABLE ${migrations:schema}.t3 (id int);\nSELECT * FROM nowhere;\n");
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> migrator().migrate())
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                    assertThat(ex.line()).isEqualTo(2);
                    assertThat(ex.databaseError().sqlState()).isEqualTo("42P01");
                });
        // version 2 was re-applied before 3 failed; 3 left nothing behind
        assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema
                        + "' AND table_name = 't3'"))
                .isZero();
        assertThat(migrator().info().currentVersion()).isEqualTo("2");
    }
}
