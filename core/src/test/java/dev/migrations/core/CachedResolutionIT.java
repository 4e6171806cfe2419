package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolved migrations are cached between calls: an unchanged file is neither read nor checksummed again (counted
 * through {@link ScriptCache#reads()}), while an added, edited or removed file is seen at the next call.
 */
class CachedResolutionIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    /** Writes a file as if saved a while ago, so that its stamp is trusted (see {@link ScriptCache#RACY}). */
    private Path write(String name, String text, int minutesAgo) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60L * minutesAgo)));
        return file;
    }

    private static long reads() {
        return ScriptCache.SHARED.reads();
    }

    private static MigrationInfo info(MigrationStatus status, String version) {
        return status.migrations().stream()
                .filter((m) -> version.equals(m.version()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void unchangedFilesAreNotReadAgainAndChangedOnesAre() throws Exception {
        db.execute("CREATE SCHEMA cached");
        write("V1__one.sql", "CREATE TABLE one (id int);\n", 10);
        write("V2__two.sql", "CREATE TABLE two (id int);\n", 10);
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .schema("cached")
                        .build());
        migrator.migrate();

        long before = reads();
        MigrationStatus status = migrator.info();
        assertThat(status.applied()).hasSize(2);
        assertThat(reads() - before)
                .as("files read by a second call over unchanged files")
                .isZero();
        // a new Migrator over the same files (the command line, the test kit, a benchmark) shares the cache
        Migrator.create(db.dataSource(), migrator.config()).info();
        assertThat(reads() - before).isZero();

        // edited with the same size: only the modification time tells, and the changed checksum is seen
        write("V1__one.sql", "CREATE TABLE One (id int);\n", 5);
        before = reads();
        status = migrator.info();
        assertThat(reads() - before).as("only the edited file is read").isEqualTo(1);
        assertThat(info(status, "1").state()).isEqualTo(MigrationState.CHECKSUM_MISMATCH);
        assertThat(info(status, "2").state()).isEqualTo(MigrationState.APPLIED);

        // put back as it was, and a new file next to it
        write("V1__one.sql", "CREATE TABLE one (id int);\n", 4);
        write("V3__three.sql", "CREATE TABLE three (id int);\n", 4);
        before = reads();
        status = migrator.info();
        assertThat(reads() - before).isEqualTo(2);
        assertThat(info(status, "1").state()).isEqualTo(MigrationState.APPLIED);
        assertThat(info(status, "3").state()).isEqualTo(MigrationState.PENDING);

        Files.delete(dir.resolve("V3__three.sql"));
        before = reads();
        status = migrator.info();
        assertThat(reads() - before).isZero();
        assertThat(status.migrations()).extracting(MigrationInfo::version).containsExactly("1", "2");
    }

    @Test
    void aFileJustWrittenIsReadAtEveryCall() throws Exception {
        write("V1__one.sql", "CREATE TABLE one (id int);\n", 10);
        Files.writeString(dir.resolve("V2__two.sql"), "CREATE TABLE two (id int);\n"); // modified just now
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder().locations("filesystem:" + dir).build());
        migrator.info();
        long before = reads();
        migrator.info();
        migrator.info();
        assertThat(reads() - before)
                .as("a file modified within its clock tick may change without its stamp changing")
                .isEqualTo(2);
    }

    @Test
    void jarEntriesAreReadOnce() throws Exception {
        Path jar = dir.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("db/", "db/cached/")) {
                out.putNextEntry(new JarEntry(folder)); // a class loader finds a folder of a jar by its entry
                out.closeEntry();
            }
            for (String name : List.of("V1__one.sql", "V2__two.sql")) {
                JarEntry entry = new JarEntry("db/cached/" + name);
                entry.setTime(Instant.now().minusSeconds(600).toEpochMilli());
                out.putNextEntry(entry);
                ((OutputStream) out).write(("-- " + name + "\nSELECT 1;\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            MigrationsConfig config = MigrationsConfig.builder()
                    .locations("classpath:db/cached")
                    .classLoader(loader)
                    .build();
            long before = reads();
            assertThat(Migrator.create(db.dataSource(), config).info().pending())
                    .hasSize(2);
            assertThat(reads() - before).isEqualTo(2);
            before = reads();
            assertThat(Migrator.create(db.dataSource(), config).info().pending())
                    .hasSize(2);
            assertThat(reads() - before).as("jar entries read by a second call").isZero();
        }
    }
}
