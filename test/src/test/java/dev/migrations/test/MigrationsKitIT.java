package dev.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The kit's checks and caches used directly, and the failures they report. */
class MigrationsKitIT {

    @RegisterExtension
    static final PostgresTestDatabase reference = new PostgresTestDatabase();

    private static MigrationsKit kit(String location) {
        return TestServer.kitAt("classpath:kit/" + location).build();
    }

    @Test
    void upgradeFailureNamesTheMigrationTheDirectionTheStatementAndTheError() {
        try (MigrationsKit kit = kit("broken")) {
            assertThatThrownBy(kit::assertUpgrade)
                    .isInstanceOfSatisfying(MigrationAssertionError.class, (error) -> {
                        assertThat(error.check()).isEqualTo("upgrade");
                        assertThat(error.migration().version()).isEqualTo("2");
                        assertThat(error.direction()).isEqualTo(Direction.UP);
                    })
                    .hasMessageStartingWith("Migrations upgrade failed: the upgrade from an empty database to the"
                            + " newest version stopped.\n"
                            + "  Migration:   V2 add email (classpath:kit/broken/V2__add_email.sql)\n"
                            + "  Direction:   up (apply)\n"
                            + "  Error:       MIG-030 ")
                    .hasMessageContaining("Statement:   CREATE UNIQUE INDEX users_email ON accounts (email)")
                    .hasMessageContaining("relation \"accounts\" does not exist (SQLState 42P01)");
        }
    }

    @Test
    void lineageFailsOnDuplicateVersions() {
        try (MigrationsKit kit = kit("duplicate")) {
            assertThatThrownBy(kit::assertLineage)
                    .isInstanceOf(MigrationAssertionError.class)
                    .hasMessageStartingWith("Migrations lineage failed: the migrations cannot be read.")
                    .hasMessageContaining("MIG-001")
                    .hasMessageContaining("V1__add_email.sql")
                    .hasMessageContaining("V1__create_users.sql");
        }
    }

    @Test
    void lineageFailsOnAnUnresolvedPlaceholderAndPassesOnceItIsGiven() {
        TestServer server = new TestServer();
        try (MigrationsKit kit = builder(server, "placeholder").build()) {
            assertThatThrownBy(kit::assertLineage)
                    .isInstanceOfSatisfying(
                            MigrationAssertionError.class,
                            (error) -> assertThat(error.migration().version()).isEqualTo("2"))
                    .hasMessageStartingWith("Migrations lineage failed: a migration cannot be prepared: ")
                    .hasMessageContaining("MIG-022")
                    .hasMessageContaining("classpath:kit/placeholder/V2__grant_reader.sql")
                    .hasMessageContaining("audit_table");
        }
        try (MigrationsKit kit = MigrationsKit.builder()
                .url(server.getJdbcUrl())
                .user(server.getUsername())
                .password(server.getPassword())
                .config(MigrationsConfig.builder()
                        .locations("classpath:kit/placeholder")
                        .placeholder("audit_table", "audit_log")
                        .build())
                .build()) {
            kit.assertLineage();
        }
    }

    @Test
    void lineageFailsWhenAnAppliedFileChangedAgainstTheReferenceDatabase() {
        Migrator.create(
                        reference.dataSource(),
                        MigrationsConfig.builder()
                                .locations("classpath:kit/good")
                                .build())
                .migrate("2");
        TestServer server = new TestServer();
        String url = reference.jdbcUrl() + "?user=" + reference.user();
        try (MigrationsKit same = builder(server, "good").referenceUrl(url).build()) {
            same.assertLineage(); // V3 pending on the reference is fine: it is newer than what is applied
        }
        try (MigrationsKit changed =
                builder(server, "changed").referenceUrl(url).build()) {
            assertThatThrownBy(changed::assertLineage)
                    .isInstanceOf(MigrationAssertionError.class)
                    .hasMessage("Migrations lineage failed: 1 migration(s) do not match what " + url
                            + " has applied.\n"
                            + "  Migration:   V1 create users (classpath:kit/changed/V1__create_users.sql)\n"
                            + "  Difference:  V1 classpath:kit/changed/V1__create_users.sql: the file changed after"
                            + " it was applied\n"
                            + "  Action:      Restore the applied file and put the change in a new migration.");
        }
    }

    @Test
    void migratedStatesAreCachedAsTemplatesKeyedByTheChecksums() throws SQLException {
        List<String> good;
        try (MigrationsKit kit = kit("good")) {
            TestDatabase db = kit.newDatabase();
            db.migrateTo("3");
            assertThat(db.currentVersion()).isEqualTo("3");
            good = templateNames(kit);
            assertThat(databases()).contains(good.get(3));
            long start = System.nanoTime();
            try (TestDatabase again = kit.newDatabase()) {
                again.migrateTo("3");
                assertThat(again.query("SELECT count(*) AS n FROM migrations_history"))
                        .singleElement()
                        .satisfies((row) -> assertThat(row.get("n")).isEqualTo(3L));
            }
            System.out.printf(
                    "A database at version 3 from its template: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        try (MigrationsKit kit = kit("changed")) {
            List<String> changed = templateNames(kit);
            assertThat(changed.get(0)).isNotEqualTo(good.get(0)); // the locations differ
            assertThat(changed.subList(1, 4)).doesNotContainAnyElementsOf(good);
        }
    }

    @Test
    void templatesOfAnEarlierVersionOfAFileAreDroppedButTheStatesBelowItStay(@TempDir Path folder)
            throws IOException, SQLException {
        Files.writeString(
                folder.resolve("V1__create_t.sql"), "CREATE TABLE t (id INT);\n-- migrate:down\nDROP TABLE t;");
        Files.writeString(folder.resolve("V2__add_c.sql"), "ALTER TABLE t ADD COLUMN c INT;");
        List<String> before;
        try (MigrationsKit kit = filesystemKit(folder)) {
            kit.newDatabase().migrateTo("2").close();
            before = templateNames(kit);
            assertThat(databases()).contains(before.get(0), before.get(2)); // V1 alone was never needed
        }
        Files.writeString(folder.resolve("V2__add_c.sql"), "ALTER TABLE t ADD COLUMN c BIGINT;");
        try (MigrationsKit kit = filesystemKit(folder)) {
            List<String> after = templateNames(kit); // reading the migrations drops what is stale
            assertThat(after.subList(0, 2)).isEqualTo(before.subList(0, 2));
            assertThat(databases()).contains(before.get(0)).doesNotContain(before.get(2));
        }
    }

    private static MigrationsKit filesystemKit(Path folder) {
        return TestServer.kitAt("filesystem:" + folder).build();
    }

    @Test
    void closeDropsTheDatabasesOfTheTestsButKeepsTheTemplates() throws SQLException {
        List<String> names = new ArrayList<>();
        try (MigrationsKit kit = kit("good")) {
            names.add(kit.newDatabase().migrateTo("1").name());
            names.add(kit.newDatabase().name());
            assertThat(databases()).containsAll(names);
            names.add(templateNames(kit).get(1));
        }
        assertThat(databases()).doesNotContain(names.get(0), names.get(1)).contains(names.get(2));
    }

    private static MigrationsKit.Builder builder(TestServer server, String location) {
        return server.kit(MigrationsConfig.builder()
                .locations("classpath:kit/" + location)
                .build());
    }

    private static List<String> templateNames(MigrationsKit kit) {
        Templates templates = new Templates(kit.server(), kit.config(), kit.migrations());
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= kit.migrations().size(); i++) {
            names.add(templates.name(i));
        }
        return names;
    }

    private static List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = PostgresServer.get().adminConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
