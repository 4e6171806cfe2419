package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the command line finds its configuration (flags, then the environment, then application.yml|properties and the
 * profile's), and how it fails when the configuration is wrong: exit 2, before connecting, in bounded time.
 */
class CliConfigurationIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path project;

    private Map<String, String> password() {
        Map<String, String> env = new HashMap<>();
        if (db.password() != null) {
            env.put("POSTGRES_PASSWORD", db.password());
        }
        return env;
    }

    @Test
    void unresolvedPasswordPlaceholderExitsTwoWithTheBootExplanationWithoutConnecting() {
        CliProcess.write(project, "src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://db.invalid:5432/app
                    username: app
                    password: ${POSTGRES_PASSWORD}
                """);
        CliProcess.Result result = CliProcess.run(project, Map.of(), "status").assertExit(2);
        assertThat(result.millis())
                .as("exits within 3 s, connecting to nothing")
                .isLessThan(3000);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains(
                        "The property spring.datasource.password still contains the placeholder ${POSTGRES_PASSWORD}:"
                                + " Spring Boot found no property or environment variable named POSTGRES_PASSWORD",
                        "Migrations did not try to connect.",
                        "  Property: spring.datasource.password",
                        "  Value:    ${POSTGRES_PASSWORD}",
                        "Action: Give POSTGRES_PASSWORD a value in the environment")
                .doesNotContain("UnknownHost", "Exception");
    }

    @Test
    void aPasswordThatContainsAPlaceholderIsNeverPrinted() {
        CliProcess.Result result = CliProcess.run(
                        project,
                        Map.of(
                                "SPRING_DATASOURCE_URL",
                                "jdbc:postgresql://db.invalid/app",
                                "SPRING_DATASOURCE_PASSWORD",
                                "s3cret${SUFFIX}"),
                        "current")
                .assertExit(2);
        assertThat(result.err()).contains("****** (containing ${SUFFIX})").doesNotContain("s3cret");
    }

    @Test
    void environmentOverridesTheFileAndFlagsOverrideTheEnvironment() {
        CliProcess.write(
                project,
                "src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://db.invalid:5432/app\n"
                        + "spring.datasource.username=" + db.user() + "\n"
                        + "spring.datasource.password=${POSTGRES_PASSWORD:}\n");
        CliProcess.write(project, "src/main/resources/db/migrations/V1__one.sql", "CREATE TABLE one (id INT);\n");
        Map<String, String> env = password();
        env.put("SPRING_DATASOURCE_URL", db.jdbcUrl());
        assertThat(CliProcess.run(project, env, "current").assertExit(0).out()).isEqualTo("<< empty >> (1 pending)\n");

        env.put("MIGRATIONS_URL", "jdbc:postgresql://db.invalid:5432/app");
        env.put("MIGRATIONS_CONNECT_TIMEOUT", "2s");
        CliProcess.Result wrongEnv = CliProcess.run(project, env, "current").assertExit(1);
        assertThat(wrongEnv.err())
                .contains("could not connect to the database (unknown host)", "MIG-060", "Unknown database host");

        CliProcess.Result flag =
                CliProcess.run(project, env, "current", "--url", db.jdbcUrl()).assertExit(0);
        assertThat(flag.out()).isEqualTo("<< empty >> (1 pending)\n");
    }

    @Test
    void theActiveProfileFileAndDocumentApply() {
        CliProcess.write(project, "src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://db.invalid:5432/app
                    username: %s
                    password: ${POSTGRES_PASSWORD:}
                migrations:
                  locations: classpath:db/main
                ---
                spring:
                  config:
                    activate:
                      on-profile: other
                migrations:
                  locations: classpath:db/other
                """.formatted(db.user()));
        CliProcess.write(project, "src/main/resources/application-dev.yml", "spring.datasource.url: " + db.jdbcUrl());
        CliProcess.write(project, "src/main/resources/db/main/V1__main.sql", "CREATE TABLE main (id INT);\n");
        CliProcess.write(project, "src/main/resources/db/other/V7__other.sql", "CREATE TABLE other (id INT);\n");
        Map<String, String> env = password();
        String history = CliProcess.run(project, env, "history", "--profile", "dev")
                .assertExit(0)
                .out();
        assertThat(history).contains("1        pending  main").doesNotContain("other");
        env.put("SPRING_PROFILES_ACTIVE", "dev");
        assertThat(CliProcess.run(project, env, "current").assertExit(0).out()).isEqualTo("<< empty >> (1 pending)\n");
    }

    @Test
    void usageErrorsExitTwo() {
        CliProcess.Result unknown =
                CliProcess.run(project, Map.of(), "frobnicate").assertExit(2);
        assertThat(unknown.err()).contains("Unmatched argument");
        CliProcess.Result noUrl = CliProcess.run(project, Map.of(), "status").assertExit(2);
        assertThat(noUrl.err()).contains("MIG-070", "No database URL");
        CliProcess.Result badDuration = CliProcess.run(
                        project, Map.of("MIGRATIONS_URL", db.jdbcUrl(), "MIGRATIONS_LOCK_TIMEOUT", "soon"), "status")
                .assertExit(2);
        assertThat(badDuration.err()).contains("MIG-070", "migrations.lock-timeout");
        assertThat(CliProcess.run(project, Map.of(), "--help").assertExit(0).out())
                .contains(
                        "upgrade",
                        "downgrade",
                        "current",
                        "history",
                        "status",
                        "sql",
                        "baseline",
                        "repair",
                        "validate",
                        "wait",
                        "new");
    }

    @Test
    void waitReturnsOnceTheDatabaseAnswersAndGivesUpInBoundedTime() throws Exception {
        Map<String, String> env = password();
        env.put("MIGRATIONS_URL", db.jdbcUrl());
        env.put("MIGRATIONS_USER", db.user());
        if (db.password() != null) {
            env.put("MIGRATIONS_PASSWORD", db.password());
        }
        assertThat(CliProcess.run(project, env, "wait", "--timeout", "10s")
                        .assertExit(0)
                        .out())
                .startsWith("The database answered after ");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // free again once closed: nothing listens there
        }
        env.put("MIGRATIONS_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/app");
        CliProcess.Result gaveUp =
                CliProcess.run(project, env, "wait", "--timeout", "1500ms").assertExit(1);
        assertThat(gaveUp.err())
                .contains(
                        "could not connect to the database (connection refused)",
                        "MIG-060",
                        "did not answer within 1500 ms",
                        "refused");
        assertThat(gaveUp.millis()).isLessThan(6000);
    }

    @Test
    void messagesNameTheFlagsAndSubcommandsOfTheCommandLine() {
        CliProcess.write(project, "src/main/resources/db/migrations/V1__one.sql", "CREATE TABLE cli_one (id INT);\n");
        db.execute("CREATE SCHEMA cli_names");
        db.execute("CREATE TABLE cli_names.not_a_history (id INT)");
        Map<String, String> env = password();
        env.put("MIGRATIONS_URL", db.jdbcUrl());
        env.put("MIGRATIONS_USER", db.user());
        env.put("MIGRATIONS_SCHEMA", "cli_names");
        CliProcess.Result taken = CliProcess.run(project, env, "upgrade", "--table", "not_a_history")
                .assertExit(1);
        assertThat(taken.err())
                .contains("MIG-061", "Set --table to a name no other table uses")
                .doesNotContain("migrations.table");

        CliProcess.Result notEmpty = CliProcess.run(project, env, "upgrade").assertExit(1);
        assertThat(notEmpty.err())
                .contains(
                        "MIG-043",
                        "run the baseline command once (migrations baseline). Otherwise set --schema to an empty"
                                + " schema.");

        db.execute("DROP TABLE cli_names.not_a_history");
        CliProcess.run(project, env, "upgrade").assertExit(0);
        db.execute("UPDATE cli_names.migrations_history SET success = FALSE WHERE version = '1'");
        CliProcess.Result failed = CliProcess.run(project, env, "upgrade").assertExit(1);
        assertThat(failed.err()).contains("run repair (migrations repair)").doesNotContain("migrations.mode");
    }
}
