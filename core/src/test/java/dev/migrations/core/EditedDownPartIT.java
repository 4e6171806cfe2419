package dev.migrations.core;

import static dev.migrations.core.Thrown.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checksum covers the down part (and the U file), so an edited or deleted down part of an applied migration is
 * a changed migration: reported by info, validate and migrate, and never run by a downgrade until repaired. The
 * history table keeps Flyway's columns and, for files without a U file, Flyway's checksum.
 */
class EditedDownPartIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    private Migrator migrator(String schema) {
        return Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir.resolve(schema))
                        .schema(schema)
                        .build());
    }

    private Path file(String schema, String name, String content) throws Exception {
        Files.createDirectories(dir.resolve(schema));
        return Files.writeString(dir.resolve(schema).resolve(name), content);
    }

    private static boolean exists(String schema, String table) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                        + schema + "' AND table_name = '" + table + "'")) {
            rs.next();
            return rs.getLong(1) == 1;
        }
    }

    @Test
    void editedDownPartIsAChangedMigrationAndIsNotRun() throws Exception {
        file("edited", "V1__keep.sql", "CREATE TABLE edited.keep (id int);\n");
        file(
                "edited",
                "V2__orders.sql",
                "CREATE TABLE edited.orders (id int);\n-- migrate:down\nDROP TABLE edited.orders;\n");
        Migrator migrator = migrator("edited");
        migrator.migrate();

        // someone "fixes" the down part of an applied migration
        file(
                "edited",
                "V2__orders.sql",
                "CREATE TABLE edited.orders (id int);\n-- migrate:down\nDROP TABLE edited.keep;\n");
        assertThat(migrator.info().migrations().get(1).state()).isEqualTo(MigrationState.CHECKSUM_MISMATCH);
        assertThat(failure(migrator::validate).code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
        assertThat(failure(migrator::migrate).code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
        MigrationException downgrade = failure(() -> migrator.downgrade(1));
        assertThat(downgrade.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
        assertThat(downgrade.summary())
                .startsWith("Migration filesystem:" + dir.resolve("edited/V2__orders.sql")
                        + " (version 2) changed after it was applied");
        assertThat(exists("edited", "keep"))
                .as("the edited down part did not run")
                .isTrue();
        assertThat(exists("edited", "orders")).isTrue();

        // an intended edit is recorded by repair, then the downgrade runs the new down part
        migrator.repair();
        assertThat(migrator.downgrade(1).finalVersion()).isEqualTo("1");
        assertThat(exists("edited", "keep")).isFalse();
    }

    @Test
    void deletedDownPartIsAChangedMigration() throws Exception {
        Path v1 = file(
                "deleted",
                "V1__orders.sql",
                "CREATE TABLE deleted.orders (id int);\n-- migrate:down\nDROP TABLE deleted.orders;\n");
        Migrator migrator = migrator("deleted");
        migrator.migrate();
        Files.writeString(v1, "CREATE TABLE deleted.orders (id int);\n");
        assertThat(failure(migrator::validate).code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
        assertThat(failure(() -> migrator.downgrade(1)).code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH);
        assertThat(exists("deleted", "orders")).isTrue();
    }

    @Test
    void editedUndoFileIsAChangedMigrationButFlywaysChecksumOfTheVFileIsAccepted() throws Exception {
        String up = "CREATE TABLE undo.orders (id int);\n";
        file("undo", "V1__orders.sql", up);
        Path undo = file("undo", "U1__orders.sql", "DROP TABLE undo.orders;\n");
        Migrator migrator = migrator("undo");
        migrator.migrate();
        Files.writeString(undo, "DROP TABLE undo.orders CASCADE;\n");
        assertThat(migrator.info().migrations().get(0).state()).isEqualTo(MigrationState.CHECKSUM_MISMATCH);

        // a row Flyway wrote holds the checksum of the V file alone
        db.execute("UPDATE undo.migrations_history SET checksum = " + Checksums.crc32(up) + " WHERE version = '1'");
        assertThat(migrator.info().migrations().get(0).state()).isEqualTo(MigrationState.APPLIED);
        migrator.validate();
    }

    @Test
    void aFileWithoutDownPartKeepsFlywaysChecksum() throws Exception {
        String content = "CREATE TABLE plain.t (id int);\r\n\r\nINSERT INTO plain.t VALUES (1);\n";
        file("plain", "V1__t.sql", content);
        Migrator migrator = migrator("plain");
        migrator.migrate();
        // Flyway: CRC32 over the UTF-8 bytes of each line, without line terminators
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (String line : content.split("\r?\n")) {
            crc.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(migrator.info().migrations().get(0).checksum()).isEqualTo((int) crc.getValue());
    }
}
