package dev.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The startup check judges only the pending migrations, knowing what the applied ones created. */
class StartupLintIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @Test
    void pendingMigrationsAreLintedAgainstTheAppliedOnes() throws Exception {
        Files.writeString(dir.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder().locations("filesystem:" + dir).build());
        migrator.migrate();
        Files.writeString(
                dir.resolve("V2__index.sql"),
                "CREATE TABLE teams (id bigint PRIMARY KEY, name text);\n"
                        + "CREATE INDEX teams_name_idx ON teams (name);\n"
                        + "CREATE INDEX users_email_idx ON users (email);\n");

        LintReport warn = StartupLint.check(migrator, LintMode.WARN, Map.of());
        assertThat(warn.findings())
                .extracting(Finding::rule, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("index-not-concurrent", 3));
        assertThat(warn.migrations()).isEqualTo(1);

        assertThatThrownBy(() -> StartupLint.check(migrator, LintMode.FAIL, Map.of()))
                .isInstanceOfSatisfying(MigrationException.class, (ex) -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.LINT_FAILED);
                    assertThat(ex.line()).isEqualTo(3);
                    assertThat(ex.script()).endsWith("V2__index.sql");
                    assertThat(ex.getMessage()).startsWith("MIG-080 Lint found 1 error(s) in 1 pending migration(s)");
                });
        assertThat(StartupLint.check(migrator, LintMode.FAIL, Map.of("index-not-concurrent", Severity.WARNING))
                        .findings())
                .hasSize(1);
        assertThat(StartupLint.check(migrator, LintMode.OFF, Map.of()).findings())
                .isEmpty();

        migrator.migrate();
        assertThat(StartupLint.check(migrator, LintMode.FAIL, Map.of()).migrations())
                .isZero();
    }
}
