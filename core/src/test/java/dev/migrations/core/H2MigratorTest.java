package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on an embedded H2 in-memory database: migrate, info, downgrade, failures. */
class H2MigratorTest {

    @TempDir
    Path dir;

    private static JdbcDataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // DB_CLOSE_DELAY=-1: the database outlives the connection each operation opens and closes
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private static long count(JdbcDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void migratesDowngradesAndReportsInfo() throws Exception {
        write("V1__create_users.sql", "CREATE TABLE users (id INT PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
        write(
                "V2__add_name.sql",
                "ALTER TABLE users ADD COLUMN name VARCHAR(100);\n"
                        + "INSERT INTO users (id, name) VALUES (1, 'a');\n"
                        + "-- migrate:down\n"
                        + "ALTER TABLE users DROP COLUMN name;\n");
        JdbcDataSource dataSource = h2("h2_basic");
        Migrator migrator = Migrator.create(
                dataSource,
                MigrationsConfig.builder().locations("filesystem:" + dir).build());

        MigrationStatus before = migrator.info();
        assertThat(before.database()).startsWith("H2 ");
        assertThat(before.schema()).isEqualTo("PUBLIC");
        assertThat(before.currentVersion()).isNull();
        assertThat(before.pending()).extracting(MigrationInfo::version).containsExactly("1", "2");

        MigrationResult result = migrator.migrate();
        assertThat(result.executed()).extracting(ExecutedMigration::version).containsExactly("1", "2");
        assertThat(result.finalVersion()).isEqualTo("2");
        assertThat(count(dataSource, "SELECT count(*) FROM users WHERE name = 'a'"))
                .isEqualTo(1);
        assertThat(migrator.migrate().executed()).isEmpty();

        MigrationStatus status = migrator.info();
        assertThat(status.currentVersion()).isEqualTo("2");
        assertThat(status.table()).isEqualTo("migrations_history");
        assertThat(status.lock().held()).isFalse();
        assertThat(status.migrations())
                .extracting(MigrationInfo::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        assertThat(status.migrations()).allSatisfy((m) -> {
            assertThat(m.installedBy()).isEqualTo("SA");
            assertThat(m.installedOn()).isNotNull();
            assertThat(m.reversible()).isTrue();
        });

        MigrationResult down = migrator.downgrade(1);
        assertThat(down.finalVersion()).isEqualTo("1");
        assertThat(count(
                        dataSource,
                        "SELECT count(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'USERS'"
                                + " AND COLUMN_NAME = 'NAME'"))
                .isZero();
        assertThat(migrator.downgradeTo("base").finalVersion()).isNull();
        assertThat(
                        count(
                                dataSource,
                                "SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'USERS'"))
                .isZero();
        assertThat(migrator.info().pending()).hasSize(2);
        assertThat(migrator.migrate().finalVersion()).isEqualTo("2");
    }

    @Test
    void failedMigrationIsRolledBackAndReported() throws Exception {
        write("V1__ok.sql", "CREATE TABLE a (id INT);\n");
        write("V2__broken.sql", "CREATE TABLE b (id INT);\nINSERT INTO nowhere VALUES (1);\n");
        JdbcDataSource dataSource = h2("h2_failure");
        Migrator migrator = Migrator.create(
                dataSource,
                MigrationsConfig.builder().locations("filesystem:" + dir).build());
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(migrator::migrate)
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                    assertThat(ex.script()).isEqualTo("filesystem:" + dir.resolve("V2__broken.sql"));
                    assertThat(ex.line()).isEqualTo(2);
                    assertThat(ex.databaseError()).isNotNull();
                });
        assertThat(migrator.info().currentVersion()).isEqualTo("1");
    }

    @Test
    void createsAMissingSchema() throws Exception {
        write("V1__t.sql", "CREATE TABLE ${migrations:schema}.t (id INT);\n");
        JdbcDataSource dataSource = h2("h2_schema");
        MigrationResult result = Migrator.create(
                        dataSource,
                        MigrationsConfig.builder()
                                .locations("filesystem:" + dir)
                                .schema("APP")
                                .build())
                .migrate();
        assertThat(result.schema()).isEqualTo("APP");
        assertThat(count(dataSource, "SELECT count(*) FROM APP.\"migrations_history\""))
                .isEqualTo(1);
        assertThat(count(dataSource, "SELECT count(*) FROM APP.T")).isZero();
    }
}
