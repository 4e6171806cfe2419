package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code migrations.lint} at startup: pending migrations only, a readable block each, fail stops the start. */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsLintIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @Test
    void failStopsTheStartBeforeMigratingAndWarnLogsOneBlockPerMigration(CapturedOutput output) throws Exception {
        Files.writeString(
                dir.resolve("V1__orders.sql"),
                "CREATE TABLE orders (id bigint PRIMARY KEY, note text);\n"
                        + "CREATE INDEX orders_note_idx ON orders (note);\n");
        run("migrations.lint=fail").close(); // a new table: nothing to say

        Files.writeString(dir.resolve("V2__index.sql"), "CREATE INDEX orders_id_note_idx ON orders (id, note);\n");
        assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> run("migrations.lint=fail").close())
                .havingRootCause()
                .isInstanceOfSatisfying(MigrationException.class, (ex) -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.LINT_FAILED);
                    assertThat(ex.script()).endsWith("V2__index.sql");
                    assertThat(ex.line()).isEqualTo(1);
                });
        assertThat(indexes()).doesNotContain("orders_id_note_idx");

        run("migrations.lint=fail", "migrations.lint-severity.index-not-concurrent=warning")
                .close();
        assertThat(output.getOut())
                .contains("Lint (migrations.lint=fail): filesystem:" + dir.resolve("V2__index.sql") + ": 1 finding(s)")
                .contains("line 1 warning [index-not-concurrent] CREATE INDEX on existing table orders");
        assertThat(indexes()).contains("orders_id_note_idx");

        Files.writeString(dir.resolve("V3__drop.sql"), "DROP TABLE orders;\n");
        run().close(); // warn, the default: logged, migrated
        assertThat(output.getOut())
                .contains("Lint (migrations.lint=warn): filesystem:" + dir.resolve("V3__drop.sql"))
                .contains("[drop-table] Dropping existing table orders");
        assertThat(indexes()).isEmpty();
    }

    private static List<String> indexes() throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (java.sql.Connection c = db.connect();
                java.sql.ResultSet rs = c.createStatement()
                        .executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = 'orders'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private ConfigurableApplicationContext run(String... extra) {
        return run(db, extra);
    }

    private ConfigurableApplicationContext run(PostgresTestDatabase database, String... extra) {
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(database));
        properties.add("migrations.locations=filesystem:" + dir);
        properties.addAll(List.of(extra));
        return TestApplication.builder(WebApplicationType.NONE, properties).run();
    }
}
