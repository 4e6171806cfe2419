package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The developer's loop as a real process against a real PostgreSQL: a project whose application.yml holds the
 * connection (password from the environment), migrations created with {@code new}, then every command in the order a
 * developer runs them. Methods share the database and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    static Path project;

    static Map<String, String> env;

    static final String MIGRATIONS = "src/main/resources/db/migrations/";

    @BeforeAll
    static void project() {
        CliProcess.write(project, "src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: %s
                    username: %s
                    password: ${POSTGRES_PASSWORD:}
                """.formatted(db.jdbcUrl(), db.user()));
        env = new HashMap<>();
        if (db.password() != null) {
            env.put("POSTGRES_PASSWORD", db.password());
        }
    }

    static CliProcess.Result cli(String... args) {
        return CliProcess.run(project, env, args);
    }

    @Test
    @Order(1)
    void newCreatesTheNextNumberedFileWithAnEmptyDownSection() throws Exception {
        CliProcess.Result first = cli("new", "create users").assertExit(0);
        assertThat(first.out().strip()).isEqualTo(MIGRATIONS + "V1__create_users.sql");
        assertThat(Files.readString(project.resolve(first.out().strip()))).contains("\n-- migrate:down\n");
        Files.writeString(
                project.resolve(first.out().strip()),
                "CREATE TABLE users (id BIGINT PRIMARY KEY, email TEXT NOT NULL);\n-- migrate:down\nDROP TABLE users;\n");
        CliProcess.Result second = cli("new", "Add phone to users").assertExit(0);
        assertThat(second.out().strip()).isEqualTo(MIGRATIONS + "V2__add_phone_to_users.sql");
        Files.writeString(
                project.resolve(second.out().strip()),
                "ALTER TABLE users ADD COLUMN phone TEXT;\n-- migrate:down\nALTER TABLE users DROP COLUMN phone;\n");
        CliProcess.write(project, MIGRATIONS + "V3__index_email.sql", """
                -- migrate:no-transaction
                CREATE INDEX CONCURRENTLY users_email ON users (email);
                -- migrate:down
                DROP INDEX CONCURRENTLY users_email;
                """);
    }

    @Test
    @Order(2)
    void statusListsPendingAndExitCodeSaysSo() {
        CliProcess.Result status = cli("status").assertExit(0);
        assertThat(status.out())
                .startsWith("Schema \"public\" is at version << empty >>: 3 pending\n")
                .contains("  1  create users\n", "  2  add phone to users\n", "  3  index email\n");
        cli("status", "--exit-code").assertExit(3);
        assertThat(cli("current").assertExit(0).out()).isEqualTo("<< empty >> (3 pending)\n");
    }

    @Test
    @Order(3)
    void sqlUpgradePrintsOnlySqlThatPsqlRuns() throws Exception {
        CliProcess.Result sql = cli("sql", "upgrade", "2").assertExit(0);
        assertThat(sql.err()).isEmpty();
        assertThat(sql.out())
                .startsWith("-- migrations dry run")
                .contains("CREATE TABLE users", "ALTER TABLE users ADD COLUMN phone TEXT;")
                .doesNotContain("CREATE INDEX");
        psql(sql.out());
        assertThat(cli("current").assertExit(0).out()).isEqualTo("2 (1 pending)\n");
    }

    @Test
    @Order(4)
    void upgradeAppliesTheRestIncludingTheNoTransactionMigration() {
        CliProcess.Result upgrade = cli("upgrade").assertExit(0);
        assertThat(upgrade.out())
                .matches("Upgraded schema \"public\" from version 2 to 3: 1 migration\\(s\\) applied in \\d+ ms.\n");
        assertThat(upgrade.err()).contains("Applied version 3");
        assertThat(cli("current").assertExit(0).out()).isEqualTo("3 (head)\n");
        cli("status", "--exit-code").assertExit(0);
        assertThat(cli("migrate").assertExit(0).out()).isEqualTo("Schema \"public\" is up to date at version 3.\n");
    }

    @Test
    @Order(5)
    void historyIsATableAndJsonOnRequest() {
        String history = cli("history").assertExit(0).out();
        assertThat(history.lines().toList())
                .containsExactly(
                        "Version  State    Description",
                        "1        applied  create users",
                        "2        applied  add phone to users",
                        "3        applied  index email");
        String verbose = cli("history", "--verbose").assertExit(0).out();
        assertThat(verbose.lines().findFirst().orElseThrow())
                .matches("Version  State    Description\\s+Checksum\\s+Installed by\\s+Installed on\\s+Time");
        assertThat(verbose).contains(db.user(), " ms");
        assertThat(cli("history", "--json").assertExit(0).out())
                .startsWith("{\"schema\":\"public\"")
                .contains("\"current\":\"3\"", "\"pending\":0", "\"state\":\"applied\"");
        assertThat(cli("current", "--json").assertExit(0).out())
                .isEqualTo("{\"schema\":\"public\",\"current\":\"3\",\"pending\":0}\n");
    }

    @Test
    @Order(6)
    void sqlDowngradeAppliedByPsqlLeavesTheSameSchemaAsDowngrade() throws Exception {
        String sql = cli("sql", "downgrade", "--steps", "2").assertExit(0).out();
        assertThat(sql).contains("DROP INDEX CONCURRENTLY users_email;", "ALTER TABLE users DROP COLUMN phone;");
        psql(sql);
        List<String> byPsql = schema();
        assertThat(cli("current").assertExit(0).out()).isEqualTo("1 (2 pending)\n");

        cli("upgrade").assertExit(0);
        assertThat(cli("current").assertExit(0).out()).isEqualTo("3 (head)\n");
        CliProcess.Result downgrade = cli("downgrade", "--steps", "2").assertExit(0);
        assertThat(downgrade.out())
                .startsWith("Downgraded schema \"public\" from version 3 to 1: 2 migration(s) undone");
        assertThat(schema()).isEqualTo(byPsql).isNotEmpty();
    }

    @Test
    @Order(7)
    void downgradeTakesAlembicStepsAndTargets() {
        cli("upgrade").assertExit(0);
        cli("downgrade").assertExit(0);
        assertThat(cli("current").assertExit(0).out()).isEqualTo("2 (1 pending)\n");
        cli("downgrade", "-1").assertExit(0);
        assertThat(cli("current").assertExit(0).out()).isEqualTo("1 (2 pending)\n");
        cli("upgrade", "2").assertExit(0);
        cli("downgrade", "--to", "1").assertExit(0);
        assertThat(cli("current").assertExit(0).out()).isEqualTo("1 (2 pending)\n");
        cli("downgrade", "base").assertExit(0);
        assertThat(cli("current").assertExit(0).out()).isEqualTo("<< empty >> (3 pending)\n");
        CliProcess.Result both =
                cli("downgrade", "--steps", "1", "--to", "base").assertExit(2);
        assertThat(both.err()).contains("Give only one of --steps, --to or a target.");
    }

    @Test
    @Order(8)
    void validateFailsWithTheEngineMessageWhilePendingThenPasses() {
        CliProcess.Result pending = cli("validate").assertExit(1);
        assertThat(pending.out()).isEmpty();
        assertThat(pending.err()).contains("MIG-014");
        cli("upgrade").assertExit(0);
        assertThat(cli("validate").assertExit(0).out())
                .isEqualTo("Schema \"public\" is valid at version 3: 3 migration(s) checked.\n");
    }

    @Test
    @Order(9)
    void aFailingMigrationExitsOneWithCodeFileAndAction() {
        Path bad = CliProcess.write(project, MIGRATIONS + "V4__broken.sql", "ALTER TABLE nosuch ADD COLUMN x INT;\n");
        try {
            CliProcess.Result failed = cli("upgrade").assertExit(1);
            assertThat(failed.out()).isEmpty();
            assertThat(failed.err())
                    .contains("MIG-030", "V4__broken.sql", "42P01", "relation \"nosuch\" does not exist");
        } finally {
            bad.toFile().delete();
        }
    }

    @Test
    @Order(10)
    void repairRecordsAChangedChecksum() throws Exception {
        Path file = project.resolve(MIGRATIONS + "V1__create_users.sql");
        Files.writeString(file, Files.readString(file).replace("email TEXT NOT NULL", "email TEXT  NOT NULL"));
        CliProcess.Result changed = cli("validate").assertExit(1);
        assertThat(changed.err()).contains("MIG-011");
        CliProcess.Result repair = cli("repair").assertExit(0);
        assertThat(repair.out()).startsWith("Recorded checksum ").contains("for version 1");
        cli("validate").assertExit(0);
    }

    @Test
    @Order(11)
    void baselineAndStampRecordAVersionWithoutRunningAnything() throws Exception {
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA legacy");
        }
        CliProcess.Result stamp = cli("stamp", "2", "--schema", "legacy").assertExit(0);
        assertThat(stamp.out()).isEqualTo("Baselined schema \"legacy\" at version 2\n");
        assertThat(cli("current", "--schema", "legacy").assertExit(0).out()).isEqualTo("2 (1 pending)\n");
        CliProcess.Result again = cli("baseline", "2", "--schema", "legacy").assertExit(1);
        assertThat(again.err()).contains("MIG-042");
    }

    private static void psql(String sql) throws Exception {
        Path file = Files.createTempFile("migrations", ".sql");
        Files.writeString(file, sql);
        Map<String, String> psqlEnv = new HashMap<>();
        if (db.password() != null) {
            psqlEnv.put("PGPASSWORD", db.password());
        }
        CliProcess.Result result = CliProcess.exec(project, psqlEnv, db.psql("-f", file.toString()));
        assertThat(result.exit()).as("psql: %s", result.err()).isZero();
        Files.delete(file);
    }

    /** Tables, columns, indexes and the history's versions: what a downgrade must leave the same. */
    private static List<String> schema() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            query(
                    statement,
                    "SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns"
                            + " WHERE table_schema = 'public' ORDER BY 1",
                    rows);
            query(statement, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1", rows);
            query(
                    statement,
                    "SELECT version || ' ' || success FROM public.migrations_history ORDER BY installed_rank",
                    rows);
        }
        return rows;
    }

    private static void query(Statement statement, String sql, List<String> rows) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
    }
}
