package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrations lint} as a real process: the pending migrations, text, JSON, SARIF, tracing, exit codes. */
class CliLintIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path project;

    static final String MIGRATIONS = "src/main/resources/db/migrations/";

    @Test
    void lintJudgesThePendingMigrationsAndExitsOneOnErrors() {
        CliProcess.write(project, "src/main/resources/application.yml", """
                spring:
                  datasource:
                    url: %s
                    username: %s
                    password: ${POSTGRES_PASSWORD:}
                """.formatted(db.jdbcUrl(), db.user()));
        Map<String, String> env = new HashMap<>();
        if (db.password() != null) {
            env.put("POSTGRES_PASSWORD", db.password());
        }
        CliProcess.write(
                project, MIGRATIONS + "V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        CliProcess.run(project, env, "upgrade").assertExit(0);
        CliProcess.write(project, MIGRATIONS + "V2__index.sql", "CREATE INDEX users_email ON users (email);\n");

        CliProcess.Result json = CliProcess.run(project, env, "lint", "--json").assertExit(1);
        assertThat(json.out())
                .startsWith("[\n  {\"rule\": \"index-not-concurrent\", \"severity\": \"error\", \"file\": ")
                .contains("V2__index.sql\", \"line\": 1, \"message\": \"CREATE INDEX on existing table users");
        CliProcess.Result text = CliProcess.run(project, env, "lint", "--trace").assertExit(1);
        assertThat(text.out())
                .contains("line 1 error [index-not-concurrent]")
                .contains("Measured on a scratch database:\n  V2 line 1 took SHARE on table users")
                .contains("1 migration(s), 1 statement(s): 1 error(s), 0 warning(s), 0 suppressed");
        assertThat(CliProcess.run(project, env, "lint", "--sarif").assertExit(1).out())
                .contains("\"ruleId\": \"index-not-concurrent\", \"level\": \"error\"");

        CliProcess.write(project, MIGRATIONS + "V2__index.sql", """
                -- migrate:no-transaction
                DROP INDEX CONCURRENTLY IF EXISTS users_email;
                CREATE INDEX CONCURRENTLY users_email ON users (email);
                """);
        assertThat(CliProcess.run(project, env, "lint", "--json").assertExit(0).out())
                .isEqualTo("[]\n");
    }
}
