package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Java migrations run between SQL files, in the same transaction as their history row, and can be undone. */
class JavaMigrationIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    /** Copies every user's name into a new column, something SQL alone would do too, but here in Java. */
    static final class V2CopyNames implements JavaMigration {

        @Override
        public String version() {
            return "2";
        }

        @Override
        public String description() {
            return "copy names";
        }

        @Override
        public void up(Connection connection) throws Exception {
            try (Statement s = connection.createStatement()) {
                s.execute("ALTER TABLE jm.users ADD COLUMN display text");
                s.execute("UPDATE jm.users SET display = upper(name)");
            }
        }

        @Override
        public boolean reversible() {
            return true;
        }

        @Override
        public void down(Connection connection) throws Exception {
            try (Statement s = connection.createStatement()) {
                s.execute("ALTER TABLE jm.users DROP COLUMN display");
            }
        }

        @Override
        public Integer checksum() {
            return 42;
        }
    }

    /** Fails after changing the schema: the change must be rolled back with it. */
    static final class V4Broken implements JavaMigration {

        @Override
        public String version() {
            return "4";
        }

        @Override
        public void up(Connection connection) throws Exception {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE jm.half_done (id int)");
                s.execute("SELECT * FROM jm.nowhere");
            }
        }
    }

    private Migrator migrator(JavaMigration... java) {
        return Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .schema("jm")
                        .javaMigrations(List.of(java))
                        .build());
    }

    @Test
    void runsBetweenSqlFilesRecordsItselfAndIsUndone() throws Exception {
        Files.writeString(
                dir.resolve("V1__users.sql"),
                "CREATE TABLE jm.users (id int PRIMARY KEY, name text);\n"
                        + "INSERT INTO jm.users VALUES (1, 'ada');\n-- migrate:down\nDROP TABLE jm.users;\n");
        Files.writeString(
                dir.resolve("V3__index.sql"),
                "CREATE INDEX users_display ON jm.users (display);\n-- migrate:down\nDROP INDEX jm.users_display;\n");

        MigrationResult result = migrator(new V2CopyNames()).migrate();
        assertThat(result.executed())
                .extracting(ExecutedMigration::version, ExecutedMigration::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", MigrationType.SQL),
                        org.assertj.core.groups.Tuple.tuple("2", MigrationType.JDBC),
                        org.assertj.core.groups.Tuple.tuple("3", MigrationType.SQL));
        assertThat(query("SELECT display FROM jm.users")).isEqualTo("ADA");
        assertThat(query("SELECT type || ' ' || script || ' ' || checksum FROM jm.migrations_history"
                        + " WHERE version = '2'"))
                .isEqualTo("JDBC " + V2CopyNames.class.getName() + " 42");
        assertThat(migrator(new V2CopyNames()).info().migrations())
                .extracting(MigrationInfo::state)
                .containsOnly(MigrationState.APPLIED);

        assertThat(migrator(new V2CopyNames()).downgrade(2).finalVersion()).isEqualTo("1");
        assertThat(query("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'jm'"
                        + " AND column_name = 'display'"))
                .isEqualTo("0");

        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> migrator(new V2CopyNames(), new V4Broken()).migrate())
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                    assertThat(ex.script()).isEqualTo(V4Broken.class.getName());
                    assertThat(ex.databaseError().sqlState()).isEqualTo("42P01");
                    assertThat(ex.getMessage())
                            .startsWith("MIG-030 Migration " + V4Broken.class.getName() + " (version 4) failed.")
                            .contains("Rolled back: the whole migration and its history change");
                });
        assertThat(query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'"))
                .isEqualTo("0");
        assertThat(migrator(new V2CopyNames(), new V4Broken()).info().currentVersion())
                .isEqualTo("3");
    }

    private static String query(String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
