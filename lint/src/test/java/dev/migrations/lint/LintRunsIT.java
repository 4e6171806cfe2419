package dev.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The runs the command line and the Maven goal translate: pending (rules and tracing) and each-after-the-previous. */
class LintRunsIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @Test
    void pendingWithTracingAndEachWithoutADatabase() throws Exception {
        Files.writeString(dir.resolve("V1__orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY, total int);\n");
        MigrationsConfig config =
                MigrationsConfig.builder().locations("filesystem:" + dir).build();
        Migrator migrator = Migrator.create(db.dataSource(), config);
        migrator.migrate();
        Files.writeString(dir.resolve("V2__type.sql"), "ALTER TABLE orders ALTER COLUMN total TYPE bigint;\n");

        LintReport pending = LintRuns.pending(
                migrator, Map.of(), LockTracer.create(db.server().jdbcUrl("postgres"), db.user(), db.password()));
        assertThat(pending.findings()).extracting(Finding::rule).containsExactly("column-type-change");
        assertThat(pending.traces()).hasSize(1);
        assertThat(pending.traces().get(0).describe())
                .startsWith("V2 line 1 took ACCESS EXCLUSIVE on table orders")
                .contains("rewrote table orders");
        assertThat(Reports.text(pending)).contains("Measured on a scratch database:\n  V2 line 1 took");

        LintReport each = LintRuns.each(config, Map.of("column-type-change", Severity.WARNING), 15, null);
        assertThat(each.migrations()).isEqualTo(2);
        assertThat(each.hasErrors()).isFalse();
        assertThat(each.findings()).extracting(Finding::rule).containsExactly("column-type-change");
        assertThat(LintRuns.serverVersion("PostgreSQL 16.4 (Debian)")).isEqualTo(16);
    }
}
