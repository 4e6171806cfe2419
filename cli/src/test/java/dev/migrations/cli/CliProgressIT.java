package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A long run shows progress on stderr, counted, while stdout keeps only the result. */
class CliProgressIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path project;

    @Test
    void manyPendingMigrationsShowACount() {
        for (int i = 1; i <= 120; i++) {
            CliProcess.write(
                    project,
                    "src/main/resources/db/migrations/V" + i + "__table_" + i + ".sql",
                    "CREATE TABLE t" + i + " (id INT);\n-- migrate:down\nDROP TABLE t" + i + ";\n");
        }
        Map<String, String> env = new HashMap<>(Map.of("MIGRATIONS_URL", db.jdbcUrl(), "MIGRATIONS_USER", db.user()));
        if (db.password() != null) {
            env.put("MIGRATIONS_PASSWORD", db.password());
        }
        CliProcess.Result upgrade = CliProcess.run(project, env, "upgrade").assertExit(0);
        assertThat(upgrade.err()).containsPattern("Progress: 100/120 migrations applied \\(\\d+ ms\\)");
        assertThat(upgrade.out())
                .matches("Upgraded schema \"public\" from version << empty >> to 120: 120 migration\\(s\\) applied in"
                        + " \\d+ ms.\n");
        CliProcess.Result downgrade =
                CliProcess.run(project, env, "downgrade", "base").assertExit(0);
        assertThat(downgrade.err()).containsPattern("Progress: 100/120 migrations undone");
    }
}
