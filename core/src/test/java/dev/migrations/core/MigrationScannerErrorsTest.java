package dev.migrations.core;

import static dev.migrations.core.ScannerTestFiles.jar;
import static dev.migrations.core.ScannerTestFiles.loader;
import static dev.migrations.core.ScannerTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationScannerErrorsTest {

    private static final ClassLoader TEST_LOADER = MigrationScannerErrorsTest.class.getClassLoader();

    @TempDir
    Path dir;

    private static ThrowableAssertAlternative<MigrationException> scanFails(ClassLoader loader, String... locations) {
        return assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(
                        () -> MigrationScanner.scan(Arrays.asList(locations), loader, "h2", StandardCharsets.UTF_8));
    }

    private static ThrowableAssertAlternative<MigrationException> scanFails(String... locations) {
        return scanFails(TEST_LOADER, locations);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "create_users.sql",
                "V1_create_users.sql",
                "v1__lower_case_prefix.sql",
                "X1__unknown_prefix.sql",
                "V1__.sql",
                "V__no_version.sql",
                "U1.sql",
                "V1.sql"
            })
    void rejectsASqlFileWhoseNameIsNotAMigrationName(String name) throws IOException {
        write(dir, "V1__ok.sql", "ok");
        write(dir, "sub/" + name, "x");

        scanFails("filesystem:" + dir)
                .withMessage("""
                        MIG-002 Migration file name does not follow the pattern V<version>__<description>.sql
                          Script:      filesystem:%s
                          Action:      Rename it like V1__create_users.sql, V1.2__add_index.sql or V20261124093000__add_index.sql (U<version>__<description>.sql for the undo migration of a version, R__<description>.sql for a repeatable migration, or a Flyway callback name such as afterMigrate.sql), or move it out of the migration locations if it is not a migration.""", dir.resolve("sub/" + name))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_NAME));
    }

    @Test
    void rejectsARepeatableMigrationWithoutDescription() throws IOException {
        write(dir, "R__.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;");

        scanFails("filesystem:" + dir)
                .withMessageStartingWith(
                        "MIG-002 Migration file name does not follow the pattern V<version>__<description>.sql")
                .satisfies(e -> assertThat(e.script()).isEqualTo("filesystem:" + dir.resolve("R__.sql")));
    }

    @Test
    void rejectsTwoRepeatableMigrationsWithOneDescription() throws IOException {
        write(dir, "R__views.sql", "SELECT 1;");
        write(dir, "sub/R__views.sql", "SELECT 2;");

        scanFails("filesystem:" + dir)
                .withMessageStartingWith("MIG-001 Two repeatable migrations have the description \"views\"");
    }

    @Test
    void rejectsAScriptConfigurationWithAnUnknownKeyOrWithoutScript() throws IOException {
        write(dir, "V1__a.sql", "SELECT 1;");
        write(dir, "V1__a.sql.conf", "executeInTransactio=false\n");
        scanFails("filesystem:" + dir)
                .withMessageStartingWith(
                        "MIG-070 Script configuration file has an unknown key \"executeInTransactio\"");

        write(dir, "V1__a.sql.conf", "executeInTransaction=false\n");
        write(dir, "V2__b.sql.conf", "executeInTransaction=false\n");
        scanFails("filesystem:" + dir)
                .withMessageStartingWith("MIG-002 Script configuration file has no script V2__b.sql");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1a", "1..2", "1-2", "1.", "x"})
    void rejectsAVersionThatIsNotNumeric(String version) throws IOException {
        write(dir, "V" + version + "__bad.sql", "x");

        scanFails("filesystem:" + dir)
                .withMessage("""
                        MIG-002 Migration file name has an invalid version "%s"
                          Script:      filesystem:%s
                          Action:      Write the version as numbers separated by '.' or '_', for example V1__create_users.sql, V1.2__add_index.sql or V20261124093000__add_index.sql.""", version, dir.resolve("V" + version + "__bad.sql"))
                .withCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsABadNameInsideAJarNamingItsClasspathLocation() throws IOException {
        Path jar = jar(dir.resolve("app.jar"), Map.of("db/migrations/V1__ok.sql", "ok", "db/migrations/seed.sql", "x"));

        try (URLClassLoader loader = loader(jar)) {
            scanFails(loader, "classpath:db/migrations").withMessage("""
                            MIG-002 Migration file name does not follow the pattern V<version>__<description>.sql
                              Script:      classpath:db/migrations/seed.sql
                              Action:      Rename it like V1__create_users.sql, V1.2__add_index.sql or V20261124093000__add_index.sql (U<version>__<description>.sql for the undo migration of a version, R__<description>.sql for a repeatable migration, or a Flyway callback name such as afterMigrate.sql), or move it out of the migration locations if it is not a migration.""");
        }
    }

    @Test
    void rejectsTwoMigrationsWithTheSameVersionInOneFolder() throws IOException {
        write(dir, "V1__a.sql", "a");
        write(dir, "V1.0__b.sql", "b");

        scanFails("filesystem:" + dir)
                .withMessage("""
                        MIG-001 Two migrations have version 1
                          Script:      filesystem:%s and filesystem:%s
                          Action:      Renumber one of them (versions compare as numbers, so 1, 1.0 and 01 are the same version); if it is one file in two locations, delete a copy or drop a location from locations.""", dir.resolve("V1.0__b.sql"), dir.resolve("V1__a.sql"))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_VERSION));
    }

    @Test
    void rejectsADownPartAndAnUndoFileForOneVersionWithItsOwnCode() throws IOException {
        write(dir, "V1__a.sql", "CREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n");
        write(dir, "U1__a.sql", "DROP TABLE a;\n");
        MigrationsConfig config =
                MigrationsConfig.builder().locations("filesystem:" + dir).build();

        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> MigrationResolver.resolve(config, "h2"))
                .satisfies(e -> assertThat(e.code())
                        .as("two downgrades of one version are not two versions")
                        .isEqualTo(ErrorCode.DOWN_DEFINED_TWICE))
                .withMessageStartingWith("MIG-004 Migration filesystem:" + dir.resolve("V1__a.sql")
                        + " has a '-- migrate:down' part and also an undo file filesystem:" + dir.resolve("U1__a.sql"));
    }

    @Test
    void rejectsTheSameMigrationNameInTwoLocations() throws IOException {
        write(dir, "first/V2__same.sql", "first");
        write(dir, "second/V2__same.sql", "second");

        scanFails("filesystem:" + dir.resolve("first"), "filesystem:" + dir.resolve("second"))
                .withMessage("""
                        MIG-001 Two migrations have version 2
                          Script:      filesystem:%s and filesystem:%s
                          Action:      Renumber one of them (versions compare as numbers, so 1, 1.0 and 01 are the same version); if it is one file in two locations, delete a copy or drop a location from locations.""", dir.resolve("first/V2__same.sql"), dir.resolve("second/V2__same.sql"));
    }

    @Test
    void namesTheClasspathRootsWhenTheSameFileIsInAFolderAndAJar() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        write(classes, "db/migrations/V1__init.sql", "folder");
        Path jar = jar(dir.resolve("old.jar"), Map.of("db/migrations/V1__init.sql", "jar"));

        try (URLClassLoader loader = loader(classes, jar)) {
            scanFails(loader, "classpath:db/migrations")
                    .withMessage(
                            """
                            MIG-001 Two migrations have version 1
                              Script:      classpath:db/migrations/V1__init.sql (%s) and classpath:db/migrations/V1__init.sql (jar:%s!/db/migrations/V1__init.sql)
                              Action:      Renumber one of them (versions compare as numbers, so 1, 1.0 and 01 are the same version); if it is one file in two locations, delete a copy or drop a location from locations.""",
                            classes.resolve("db/migrations/V1__init.sql"),
                            jar.toUri().toURL());
        }
    }

    @Test
    void rejectsTwoUndoMigrationsForOneVersion() throws IOException {
        write(dir, "V1.1__a.sql", "a");
        write(dir, "U1.1__a.sql", "undo");
        write(dir, "U1_1__again.sql", "undo again");

        scanFails("filesystem:" + dir).withMessage("""
                        MIG-001 Two undo migrations have version 1.1
                          Script:      filesystem:%s and filesystem:%s
                          Action:      Keep one undo migration per version: delete one of them or merge them into one U1.1__<description>.sql.""", dir.resolve("U1.1__a.sql"), dir.resolve("U1_1__again.sql"));
    }

    @Test
    void rejectsAnUndoMigrationWithoutItsMigration() throws IOException {
        write(dir, "V1__a.sql", "a");
        write(dir, "U2__b.sql", "undo b");

        scanFails("filesystem:" + dir)
                .withMessage("""
                        MIG-002 Undo migration has no migration V2__<description>.sql
                          Script:      filesystem:%s
                          Action:      Correct the version in its name, add the missing V2__<description>.sql, or delete the undo file.""", dir.resolve("U2__b.sql"))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_NAME));
    }

    @Test
    void rejectsAFilesystemLocationThatDoesNotExist() {
        Path missing = dir.resolve("missing");

        scanFails("filesystem:" + missing)
                .withMessage("""
                        MIG-003 Migration location filesystem:%s does not exist
                          Script:      %s
                          Action:      Create the folder %s or fix locations (relative filesystem: paths are resolved against the working directory %s).""", missing, missing, missing, Path.of("").toAbsolutePath())
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_LOCATION));
    }

    @Test
    void namesTheAbsolutePathOfAMissingRelativeLocation() {
        Path absolute = Path.of("").toAbsolutePath().resolve("no-such-folder/db");

        scanFails("filesystem:no-such-folder/./db")
                .withMessage("""
                        MIG-003 Migration location filesystem:no-such-folder/./db does not exist
                          Script:      %s
                          Action:      Create the folder %s or fix locations (relative filesystem: paths are resolved against the working directory %s).""", absolute, absolute, Path.of("").toAbsolutePath());
    }

    @Test
    void rejectsAFilesystemLocationThatIsAFile() throws IOException {
        Path file = write(dir, "V1__a.sql", "a");

        scanFails("filesystem:" + file).withMessage("""
                        MIG-003 Migration location filesystem:%s is not a folder
                          Script:      %s
                          Action:      Point locations at the folder that contains the migration files, not at a file.""", file, file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3:bucket/migrations", "classpath*:db/migrations", "http://example.com/db", "file:/db"})
    void rejectsAnUnsupportedPrefix(String location) {
        scanFails(location).withMessage("""
                        MIG-003 Migration location has an unsupported prefix "%s"
                          Script:      %s
                          Action:      Use a supported prefix in locations: classpath: (the default when there is no prefix) or filesystem:, for example classpath:db/migrations or filesystem:/opt/app/migrations.""", location.substring(0, location.indexOf(':') + 1), location);
    }

    @Test
    void rejectsTheVendorPlaceholderWhenTheVendorIsUnknown() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> MigrationScanner.scan(List.of("classpath:db/{vendor}"), TEST_LOADER, null, null))
                .withMessage("""
                        MIG-070 Migration location uses {vendor} but the database vendor is not known
                          Script:      classpath:db/{vendor}
                          Action:      Replace {vendor} in locations with the vendor's folder name, for example classpath:db/migrations/postgresql.""")
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejectsAnEmptyLocation(String location) {
        scanFails(location).withMessage("""
                        MIG-003 Migration location is empty
                          Script:      locations
                          Action:      Remove the empty entry from locations or write a folder such as classpath:db/migrations.""");
    }

    @Test
    void rejectsANullLocation() {
        scanFails((String) null).withMessageStartingWith("MIG-003 Migration location is empty\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"classpath:", "classpath:/", "filesystem:", "/"})
    void rejectsALocationWithoutAFolder(String location) {
        scanFails(location).withMessage("""
                        MIG-003 Migration location names no folder
                          Script:      %s
                          Action:      Write the folder to scan after the prefix in locations, for example classpath:db/migrations.""", location);
    }

    @Test
    void rejectsAClasspathUrlThatCannotBeListed() throws IOException {
        URL url = new URL(null, "vfs:/content/app.war/WEB-INF/classes/db/migrations", new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                return new URLConnection(u) {
                    @Override
                    public void connect() {}
                };
            }
        });

        scanFails(MigrationScannerTest.loaderReturning("db/migrations", url), "db/migrations")
                .withMessage("""
                        MIG-003 Classpath location db/migrations is at a URL that cannot be listed
                          Script:      vfs:/content/app.war/WEB-INF/classes/db/migrations
                          Action:      Package the migrations in a folder or jar on the classpath, or copy them to a folder and use filesystem:<path> in locations.""");
    }

    @Test
    void rejectsAClasspathUrlThatCannotBeOpened() throws IOException {
        URL url = new URL(null, "jar:file:/gone/app.jar!/db/migrations", new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) throws IOException {
                throw new IOException("app.jar was deleted");
            }
        });

        scanFails(MigrationScannerTest.loaderReturning("db/migrations", url), "db/migrations")
                .withMessage("""
                        MIG-003 Classpath location db/migrations could not be read
                          Script:      jar:file:/gone/app.jar!/db/migrations
                          Action:      Check that the jar or folder is readable and not corrupt.""")
                .withCauseInstanceOf(IOException.class);
    }

    @Test
    void rejectsAFileThatIsNotValidInTheConfiguredCharset() throws IOException {
        Files.write(dir.resolve("V1__latin1.sql"), "SELECT 'café';".getBytes(StandardCharsets.ISO_8859_1));

        scanFails("filesystem:" + dir).withMessage("""
                        MIG-005 Migration file is not valid UTF-8 text
                          Script:      filesystem:%s
                          Action:      Save the file as UTF-8, or configure the encoding the migration files are written in.""", dir.resolve("V1__latin1.sql"));
    }
}
