package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A project moving from Flyway keeps its V files and its history table; both tools agree on checksums. */
class FlywayCompatibilityIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @Test
    void takesOverAFlywayHistoryTable() throws Exception {
        Files.writeString(
                dir.resolve("V1__create_users.sql"),
                "CREATE TABLE app.users (id int PRIMARY KEY);\r\nCOMMENT ON TABLE app.users IS 'people; and more';\r\n");
        Files.writeString(dir.resolve("V1.1__add_email.sql"), "\uFEFFALTER TABLE app.users ADD COLUMN email text;");
        Flyway flyway = Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + dir)
                .schemas("app")
                .load();
        flyway.migrate();

        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .schema("app")
                        .table("flyway_schema_history")
                        .build());
        MigrationResult noop = migrator.migrate();
        assertThat(noop.executed()).isEmpty();
        assertThat(noop.finalVersion()).isEqualTo("1.1");
        assertThat(migrator.info().migrations())
                .extracting(MigrationInfo::version, MigrationInfo::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", MigrationState.APPLIED),
                        org.assertj.core.groups.Tuple.tuple("1.1", MigrationState.APPLIED));

        Files.writeString(dir.resolve("V2__add_name.sql"), "ALTER TABLE app.users ADD COLUMN name text;\n");
        assertThat(migrator.migrate().executed())
                .extracting(ExecutedMigration::version)
                .containsExactly("2");

        // and Flyway accepts the row we wrote, checksum included
        flyway.validate();
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("2");
    }
}
