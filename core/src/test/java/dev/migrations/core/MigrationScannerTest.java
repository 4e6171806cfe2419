package dev.migrations.core;

import static dev.migrations.core.ScannerTestFiles.jar;
import static dev.migrations.core.ScannerTestFiles.loader;
import static dev.migrations.core.ScannerTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationScannerTest {

    private static final ClassLoader TEST_LOADER = MigrationScannerTest.class.getClassLoader();

    @TempDir
    Path dir;

    private static List<SqlMigrationFile> scan(String... locations) {
        return MigrationScanner.scan(List.of(locations), TEST_LOADER, "h2", StandardCharsets.UTF_8);
    }

    private static List<SqlMigrationFile> scan(ClassLoader loader, String... locations) {
        return MigrationScanner.scan(List.of(locations), loader, "h2", StandardCharsets.UTF_8);
    }

    @Test
    void scansAFilesystemFolderByAbsolutePath() throws IOException {
        write(dir, "V1__create_users.sql", "CREATE TABLE users (id INT);\n");
        write(dir, "V1.1__add_name.sql", "ALTER TABLE users ADD name VARCHAR(10);\n");
        write(dir, "U1.1__add_name.sql", "ALTER TABLE users DROP name;\n");

        List<SqlMigrationFile> files = scan("filesystem:" + dir);

        assertThat(files)
                .containsExactly(
                        new SqlMigrationFile(
                                Version.parse("1"),
                                "create users",
                                "filesystem:" + dir.resolve("V1__create_users.sql"),
                                "CREATE TABLE users (id INT);\n",
                                null,
                                null),
                        new SqlMigrationFile(
                                Version.parse("1.1"),
                                "add name",
                                "filesystem:" + dir.resolve("V1.1__add_name.sql"),
                                "ALTER TABLE users ADD name VARCHAR(10);\n",
                                "filesystem:" + dir.resolve("U1.1__add_name.sql"),
                                "ALTER TABLE users DROP name;\n"));
    }

    @Test
    void resolvesARelativeFilesystemPathAgainstTheWorkingDirectory() throws IOException {
        write(dir, "V1__init.sql", "SELECT 1;");
        Path relative = Path.of("").toAbsolutePath().relativize(dir);

        List<SqlMigrationFile> files = scan("filesystem:" + relative);

        assertThat(relative.isAbsolute()).isFalse();
        assertThat(files)
                .singleElement()
                .extracting(SqlMigrationFile::location)
                .isEqualTo("filesystem:" + dir.resolve("V1__init.sql"));
    }

    @Test
    void includesSubfoldersAndSortsAcrossThem() throws IOException {
        write(dir, "2026/V3__c.sql", "c");
        write(dir, "V2__b.sql", "b");
        write(dir, "2025/deep/er/V1__a.sql", "a");
        write(dir, "2025/deep/U3__c.sql", "undo c");

        List<SqlMigrationFile> files = scan("filesystem:" + dir);

        assertThat(files).map(SqlMigrationFile::content).containsExactly("a", "b", "c");
        assertThat(files.get(0).location()).isEqualTo("filesystem:" + dir.resolve("2025/deep/er/V1__a.sql"));
        assertThat(files.get(2).downLocation()).isEqualTo("filesystem:" + dir.resolve("2025/deep/U3__c.sql"));
    }

    @Test
    void sortsVersionsNumerically() throws IOException {
        for (String version : List.of("10", "1.10", "20261124093000", "2", "1.1", "1")) {
            write(dir, "V" + version + "__m.sql", version);
        }

        List<SqlMigrationFile> files = scan("filesystem:" + dir);

        assertThat(files)
                .map(file -> file.version().toString())
                .containsExactly("1", "1.1", "1.10", "2", "10", "20261124093000");
    }

    @Test
    void keepsTheDescriptionAsWrittenExceptForUnderscores() throws IOException {
        write(dir, "V1_2__add-index.on users_v2.sql", "x");
        write(dir, "V3___leading.sql", "y");

        List<SqlMigrationFile> files = scan("filesystem:" + dir);

        assertThat(files).map(SqlMigrationFile::version).containsExactly(Version.parse("1.2"), Version.parse("3"));
        assertThat(files).map(SqlMigrationFile::description).containsExactly("add-index.on users v2", " leading");
    }

    @Test
    void pairsAnUndoFileByVersionEvenWhenItsDescriptionDiffers() throws IOException {
        write(dir, "V1.0__create_users.sql", "up");
        write(dir, "U01__drop_users.sql", "down");

        SqlMigrationFile file = scan("filesystem:" + dir).get(0);

        assertThat(file.description()).isEqualTo("create users");
        assertThat(file.downLocation()).isEqualTo("filesystem:" + dir.resolve("U01__drop_users.sql"));
        assertThat(file.downContent()).isEqualTo("down");
    }

    @Test
    void ignoresFilesThatAreNotSqlAndHiddenFilesAndFolders() throws IOException {
        write(dir, "V1__kept.sql", "kept");
        write(dir, "README.md", "# notes");
        write(dir, ".gitkeep", "");
        write(dir, "notes.txt", "V2__looks_like_a_migration");
        write(dir, "V2__upper_case_extension.SQL", "ignored: only .sql counts");
        write(dir, "._V1__kept.sql", "macOS metadata");
        write(dir, ".hidden/V3__hidden.sql", "hidden");

        assertThat(scan("filesystem:" + dir)).map(SqlMigrationFile::content).containsExactly("kept");
    }

    @Test
    void readsAKubernetesConfigMapVolumeOnce() throws IOException {
        // The layout Kubernetes mounts: files are links into ..data, itself a link to a timestamped folder.
        write(dir, "..2026_01_01_00_00_00.1/V1__init.sql", "config map");
        Files.createSymbolicLink(dir.resolve("..data"), dir.resolve("..2026_01_01_00_00_00.1"));
        Files.createSymbolicLink(dir.resolve("V1__init.sql"), Path.of("..data/V1__init.sql"));

        List<SqlMigrationFile> files = scan("filesystem:" + dir);

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.location()).isEqualTo("filesystem:" + dir.resolve("V1__init.sql"));
            assertThat(file.content()).isEqualTo("config map");
        });
    }

    @Test
    void followsALinkedFolder() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        write(shared, "V2__shared.sql", "shared");
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        write(migrations, "V1__own.sql", "own");
        Files.createSymbolicLink(migrations.resolve("common"), shared);

        List<SqlMigrationFile> files = scan("filesystem:" + migrations);

        assertThat(files)
                .map(SqlMigrationFile::location)
                .containsExactly(
                        "filesystem:" + migrations.resolve("V1__own.sql"),
                        "filesystem:" + migrations.resolve("common/V2__shared.sql"));
    }

    @Test
    void ignoresALinkBackUpTheTree() throws IOException {
        write(dir, "V1__a.sql", "a");
        Files.createSymbolicLink(Files.createDirectories(dir.resolve("sub")).resolve("loop"), dir);

        assertThat(scan("filesystem:" + dir)).map(SqlMigrationFile::content).containsExactly("a");
    }

    @Test
    void replacesTheVendorPlaceholder() throws IOException {
        write(dir, "h2/V1__h2.sql", "h2");
        write(dir, "postgresql/V1__postgresql.sql", "postgresql");
        List<String> locations = List.of("filesystem:" + dir + "/{vendor}");

        assertThat(MigrationScanner.scan(locations, TEST_LOADER, "h2", null))
                .map(SqlMigrationFile::content)
                .containsExactly("h2");
        assertThat(MigrationScanner.scan(locations, TEST_LOADER, "postgresql", null))
                .map(SqlMigrationFile::content)
                .containsExactly("postgresql");
    }

    @Test
    void scansAClasspathFolderWithOrWithoutPrefixAndSlashes() {
        List<SqlMigrationFile> files = scan("classpath:scanner/basic");

        assertThat(files)
                .containsExactly(
                        new SqlMigrationFile(
                                Version.parse("1"),
                                "init",
                                "classpath:scanner/basic/V1__init.sql",
                                "CREATE TABLE users (id BIGINT PRIMARY KEY);\n",
                                null,
                                null),
                        new SqlMigrationFile(
                                Version.parse("1.1"),
                                "more",
                                "classpath:scanner/basic/V1.1__more.sql",
                                "ALTER TABLE users ADD COLUMN name VARCHAR(100);\n",
                                "classpath:scanner/basic/U1.1__more.sql",
                                "ALTER TABLE users DROP COLUMN name;\n"),
                        new SqlMigrationFile(
                                Version.parse("2"),
                                "in subfolder",
                                "classpath:scanner/basic/sub/V2__in_subfolder.sql",
                                "CREATE INDEX users_name ON users (name);\n",
                                null,
                                null,
                                "sub/V2__in_subfolder.sql",
                                ScriptConfig.NONE));
        assertThat(scan("scanner/basic")).isEqualTo(files);
        assertThat(scan(" classpath:/scanner/basic/ ")).isEqualTo(files);
    }

    @Test
    void usesTheEngineClassLoaderWhenNoneIsGiven() {
        assertThat(MigrationScanner.scan(List.of("classpath:scanner/basic"), null, null, null))
                .hasSize(3);
    }

    @Test
    void replacesTheVendorPlaceholderInAClasspathLocation() {
        assertThat(MigrationScanner.scan(List.of("classpath:scanner/vendor/{vendor}"), TEST_LOADER, "postgresql", null))
                .singleElement()
                .extracting(SqlMigrationFile::location)
                .isEqualTo("classpath:scanner/vendor/postgresql/V1__postgresql.sql");
    }

    @Test
    void aClasspathLocationThatDoesNotExistHasNoMigrations() {
        assertThat(scan("classpath:scanner/does/not/exist", "db/nothing/here")).isEmpty();
    }

    @Test
    void noLocationsMeanNoMigrations() {
        assertThat(scan()).isEmpty();
    }

    @Test
    void scansAJarOnTheClasspath() throws IOException {
        Path jar = jar(
                dir.resolve("app.jar"),
                Map.of(
                        "db/migrations/V1__a.sql", "a",
                        "db/migrations/U1__a.sql", "undo a",
                        "db/migrations/sub/V2__b.sql", "b",
                        "db/migrations/README.md", "not a migration",
                        "db/migrations-old/V9__outside.sql", "outside the location",
                        "other/V8__other.sql", "outside the location"));

        try (URLClassLoader loader = loader(jar)) {
            List<SqlMigrationFile> files = scan(loader, "classpath:db/migrations");

            assertThat(files)
                    .containsExactly(
                            new SqlMigrationFile(
                                    Version.parse("1"),
                                    "a",
                                    "classpath:db/migrations/V1__a.sql",
                                    "a",
                                    "classpath:db/migrations/U1__a.sql",
                                    "undo a"),
                            new SqlMigrationFile(
                                    Version.parse("2"),
                                    "b",
                                    "classpath:db/migrations/sub/V2__b.sql",
                                    "b",
                                    null,
                                    null,
                                    "sub/V2__b.sql",
                                    ScriptConfig.NONE));
        }
    }

    @Test
    void scansASubfolderOfAJar() throws IOException {
        Path jar = jar(dir.resolve("app.jar"), Map.of("db/V1__a.sql", "a", "db/h2/V2__b.sql", "b"));

        try (URLClassLoader loader = loader(jar)) {
            assertThat(scan(loader, "db/{vendor}"))
                    .map(SqlMigrationFile::location)
                    .containsExactly("classpath:db/h2/V2__b.sql");
        }
    }

    @Test
    void mergesTheSameLocationFromAFolderAndAJar() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        write(classes, "db/migrations/V1__from_folder.sql", "folder");
        write(classes, "db/migrations/U2__from_folder.sql", "undo from folder");
        Path jar = jar(dir.resolve("lib.jar"), Map.of("db/migrations/V2__from_jar.sql", "jar"));

        try (URLClassLoader loader = loader(classes, jar)) {
            List<SqlMigrationFile> files = scan(loader, "classpath:db/migrations");

            assertThat(files).map(SqlMigrationFile::content).containsExactly("folder", "jar");
            assertThat(files.get(1).downLocation()).isEqualTo("classpath:db/migrations/U2__from_folder.sql");
        }
    }

    @Test
    void scansASpringBootNestedJarThroughItsJarUrlConnection() throws IOException {
        // Boot's handler gives a JarFile whose entries are relative to BOOT-INF/classes/; a plain jar stands in.
        Path classes = jar(dir.resolve("classes.jar"), Map.of("db/migrations/V1__boot.sql", "boot"));
        URL url = new URL(null, "jar:nested:/app.jar/!BOOT-INF/classes/!/db/migrations", new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) throws IOException {
                return new NestedStyleConnection(classes);
            }
        });

        List<SqlMigrationFile> files = scan(loaderReturning("db/migrations", url), "classpath:db/migrations");

        assertThat(files)
                .containsExactly(new SqlMigrationFile(
                        Version.parse("1"), "boot", "classpath:db/migrations/V1__boot.sql", "boot", null, null));
    }

    @Test
    void overlappingLocationsReadEachFileOnce() throws IOException {
        write(dir, "V1__a.sql", "a");
        write(dir, "sub/V2__b.sql", "b");

        assertThat(scan("filesystem:" + dir, "filesystem:" + dir.resolve("sub"), "filesystem:" + dir))
                .map(SqlMigrationFile::content)
                .containsExactly("a", "b");
        assertThat(scan("classpath:scanner/basic", "scanner/basic", "classpath:scanner/basic/sub"))
                .hasSize(3);
    }

    @Test
    void decodesFilesWithTheConfiguredCharset() throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("V1__latin1.sql"), "SELECT 'café';".getBytes(StandardCharsets.ISO_8859_1));

        List<SqlMigrationFile> files =
                MigrationScanner.scan(List.of("filesystem:" + dir), TEST_LOADER, null, Charset.forName("ISO-8859-1"));

        assertThat(files).singleElement().extracting(SqlMigrationFile::content).isEqualTo("SELECT 'café';");
    }

    @Test
    void decodesUtf8ByDefaultAndDropsAByteOrderMark() throws IOException {
        write(dir, "V1__bom.sql", "\uFEFFSELECT 'café';");

        List<SqlMigrationFile> files = MigrationScanner.scan(List.of("filesystem:" + dir), TEST_LOADER, null, null);

        assertThat(files).singleElement().extracting(SqlMigrationFile::content).isEqualTo("SELECT 'café';");
    }

    @Test
    void returnsAnUnmodifiableList() throws IOException {
        write(dir, "V1__a.sql", "a");

        List<SqlMigrationFile> files = scan("filesystem:" + dir);

        assertThat(files).isUnmodifiable();
    }

    /** A class loader that returns one URL for one folder, as Spring Boot's does for its nested jars. */
    static ClassLoader loaderReturning(String folder, URL url) {
        return new ClassLoader(null) {
            @Override
            public Enumeration<URL> getResources(String name) {
                return name.equals(folder) ? Collections.enumeration(List.of(url)) : Collections.emptyEnumeration();
            }
        };
    }

    /**
     * Behaves like Spring Boot's connection for {@code jar:nested:/app.jar/!BOOT-INF/classes/!/db/migrations}: the
     * entry name is {@code db/migrations} and the jar file lists {@code BOOT-INF/classes/} as its root.
     */
    private static final class NestedStyleConnection extends JarURLConnection {

        private final Path jar;

        NestedStyleConnection(Path jar) throws MalformedURLException {
            // The JDK parses the entry name from this URL; a plain JVM cannot resolve nested: URLs, Boot's handler can.
            super(new URL("jar:file:/app.jar!/db/migrations"));
            this.jar = jar;
        }

        @Override
        public JarFile getJarFile() throws IOException {
            return new JarFile(jar.toFile());
        }

        @Override
        public void connect() {
            connected = true;
        }
    }

    @Test
    void scansRepeatableMigrationsCallbacksAndScriptConfigurations() throws IOException {
        write(dir, "V1__a.sql", "a");
        write(dir, "R__b_views.sql", "b");
        write(dir, "R__a_functions.sql", "a functions");
        write(dir, "sub/V2__c.sql", "c");
        write(
                dir,
                "sub/V2__c.sql.conf",
                "# Flyway script configuration\nexecuteInTransaction=false\nencoding=ISO-8859-1\n");
        write(dir, "afterMigrate.sql", "GRANT 1;");
        write(dir, "afterMigrate__more.sql", "GRANT 2;");
        write(dir, "beforeValidate.sql", "not run");

        MigrationScanner.Scanned scanned =
                MigrationScanner.scanAll(List.of("filesystem:" + dir), TEST_LOADER, null, null);

        assertThat(scanned.migrations())
                .extracting(SqlMigrationFile::version, SqlMigrationFile::description, SqlMigrationFile::historyName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Version.parse("1"), "a", "V1__a.sql"),
                        org.assertj.core.groups.Tuple.tuple(Version.parse("2"), "c", "sub/V2__c.sql"),
                        org.assertj.core.groups.Tuple.tuple(null, "a functions", "R__a_functions.sql"),
                        org.assertj.core.groups.Tuple.tuple(null, "b views", "R__b_views.sql"));
        assertThat(scanned.migrations().get(1).config())
                .isEqualTo(new ScriptConfig(false, null, null, Charset.forName("ISO-8859-1")));
        assertThat(scanned.callbacks())
                .extracting(SqlCallback::name, SqlCallback::event)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("afterMigrate.sql", MigrationEvent.AFTER_MIGRATE),
                        org.assertj.core.groups.Tuple.tuple("afterMigrate__more.sql", MigrationEvent.AFTER_MIGRATE),
                        org.assertj.core.groups.Tuple.tuple("beforeValidate.sql", null));
    }

    @Test
    void readsAScriptInTheEncodingOfItsConfiguration() throws IOException {
        Files.write(dir.resolve("V1__latin.sql"), "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));
        write(dir, "V1__latin.sql.conf", "encoding=ISO-8859-1");

        assertThat(MigrationScanner.scan(List.of("filesystem:" + dir), TEST_LOADER, null, null))
                .map(SqlMigrationFile::content)
                .containsExactly("SELECT 'caf\u00e9';");
    }
}
