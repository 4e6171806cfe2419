package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --backup DIR}: a real pg_dump -Fc before anything is applied, its restore command printed, and no
 * upgrade at all when the dump cannot be made (pg_dump missing, older than the server, or failing).
 */
class CliBackupIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path project;

    Map<String, String> env;

    @BeforeEach
    void project() {
        env = new HashMap<>(
                Map.of("MIGRATIONS_URL", db.jdbcUrl(), "MIGRATIONS_USER", db.user(), "PATH", System.getenv("PATH")));
        if (db.password() != null) {
            env.put("MIGRATIONS_PASSWORD", db.password());
        }
        CliProcess.write(
                project,
                "src/main/resources/db/migrations/V1__create_users.sql",
                "CREATE TABLE users (id BIGINT PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
    }

    @Test
    void dumpsBeforeApplyingAndPrintsTheRestoreCommand() throws Exception {
        try (var connection = db.connect();
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS other");
            statement.execute("CREATE TABLE IF NOT EXISTS other.before_upgrade (id INT)");
        }
        CliProcess.Result upgrade =
                CliProcess.run(project, env, "upgrade", "--backup", "backups").assertExit(0);
        List<Path> dumps;
        try (Stream<Path> files = Files.list(project.resolve("backups"))) {
            dumps = files.toList();
        }
        assertThat(dumps).hasSize(1);
        Path dump = dumps.get(0);
        assertThat(dump.getFileName().toString()).matches(db.name() + "-\\d{8}T\\d{6}Z\\.dump");
        assertThat(upgrade.err())
                .contains("Backed up the database to " + dump.toRealPath(), "with pg_dump -Fc. To restore it:")
                .contains("pg_restore --clean --if-exists --no-owner -h ")
                .contains(" -d " + db.name() + " " + dump.toRealPath());
        assertThat(upgrade.out()).startsWith("Upgraded schema \"public\" from version << empty >> to 1");
        // the dump is a real custom-format archive of the schema as it was before the upgrade
        CliProcess.Result list = CliProcess.exec(project, Map.of(), List.of("pg_restore", "--list", dump.toString()));
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("TABLE other before_upgrade").doesNotContain("TABLE public users");

        CliProcess.Result nothingPending =
                CliProcess.run(project, env, "upgrade", "--backup", "backups").assertExit(0);
        assertThat(nothingPending.err()).contains("Nothing pending: no backup needed.");
        CliProcess.run(project, env, "downgrade").assertExit(0);
    }

    @Test
    void refusesToUpgradeWithoutPgDump() {
        env.put("PATH", "/nonexistent");
        CliProcess.Result result =
                CliProcess.run(project, env, "upgrade", "--backup", "backups").assertExit(1);
        assertThat(result.err()).contains("MIG-090", "pg_dump was not found on the PATH, so no backup can be made");
        assertThat(CliProcess.run(project, env, "current").assertExit(0).out()).isEqualTo("<< empty >> (1 pending)\n");
    }

    @Test
    void refusesAPgDumpOlderThanTheServer() throws Exception {
        Path old = CliProcess.write(project, "bin/pg_dump", "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n");
        old.toFile().setExecutable(true);
        env.put("MIGRATIONS_PG_DUMP", old.toString());
        CliProcess.Result result =
                CliProcess.run(project, env, "upgrade", "--backup", "backups").assertExit(1);
        assertThat(result.err())
                .contains("MIG-090", "is PostgreSQL 9 but the server is PostgreSQL ", "an older pg_dump cannot dump");
        assertThat(CliProcess.run(project, env, "current").assertExit(0).out()).isEqualTo("<< empty >> (1 pending)\n");
    }

    @Test
    void aFailingDumpStopsTheUpgrade() throws Exception {
        Path failing = CliProcess.write(
                project,
                "bin/pg_dump",
                "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) 99.0'; exit 0; fi\n"
                        + "echo 'pg_dump: error: permission denied for table secrets' >&2\nexit 1\n");
        failing.toFile().setExecutable(true);
        env.put("MIGRATIONS_PG_DUMP", failing.toString());
        CliProcess.Result result =
                CliProcess.run(project, env, "upgrade", "--backup", "backups").assertExit(1);
        assertThat(result.err())
                .contains("MIG-090", "pg_dump failed (exit 1), nothing was applied", "permission denied for table");
        assertThat(CliProcess.run(project, env, "current").assertExit(0).out()).isEqualTo("<< empty >> (1 pending)\n");
    }
}
