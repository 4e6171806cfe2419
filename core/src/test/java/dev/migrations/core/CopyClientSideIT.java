package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL treats {@code COPY ... FROM STDOUT} as {@code FROM STDIN} and {@code TO STDIN} as {@code TO STDOUT}: all
 * four need the client's COPY protocol, so each is rejected before anything runs, like {@code FROM STDIN}.
 */
class CopyClientSideIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @Test
    void copyFromStdoutIsRejectedBeforeAnythingRuns() throws IOException {
        assertRejected("copy_from_stdout", "COPY items FROM STDOUT;", "COPY ... FROM STDOUT at line 2");
    }

    @Test
    void copyToStdoutIsRejectedBeforeAnythingRuns() throws IOException {
        assertRejected("copy_to_stdout", "COPY (SELECT id FROM items) TO STDOUT;", "COPY ... TO STDOUT at line 2");
    }

    private void assertRejected(String schema, String copy, String summary) throws IOException {
        Files.writeString(
                this.dir.resolve("V1__items.sql"),
                "CREATE TABLE items (id int);\n" + copy + "\n",
                StandardCharsets.UTF_8);
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + this.dir)
                        .schema(schema)
                        .build());
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(migrator::migrate)
                .satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PSQL_META_COMMAND))
                .satisfies((ex) -> assertThat(ex.summary()).startsWith(summary));
        assertThat(migrator.info().currentVersion()).isNull();
        assertThat(migrator.info().pending()).hasSize(1);
    }
}
