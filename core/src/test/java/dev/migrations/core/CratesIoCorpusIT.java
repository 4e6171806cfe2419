package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.Corpus;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance on real-world data: the 285 crates.io migrations (committed in test-support under corpus/crates-io, see its NOTICE.md), converted
 * at test time into V/U files without changing their bytes, applied through the engine, compared with what psql makes
 * of the same files, downgraded as far as the data allows, with the known upstream defects reported precisely.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CratesIoCorpusIT {

    private static final String NO_TRANSACTION = "\n-- migrate:no-transaction\n";

    private static final int MIGRATIONS = 285;

    /** The engine's database. */
    @RegisterExtension
    static final PostgresTestDatabase engine = new PostgresTestDatabase();

    /** The same files run by psql, for comparison. */
    @RegisterExtension
    static final PostgresTestDatabase psql = new PostgresTestDatabase();

    /** A fresh database for the defective 20170318181441 down. */
    @RegisterExtension
    static final PostgresTestDatabase defect = new PostgresTestDatabase();

    @TempDir
    static Path temp;

    private static Path set;

    private static List<Row> manifest;

    private static Path location;

    record Row(int order, String id, String description, Path up, Path down, boolean noTransaction) {

        String name(char prefix) {
            return prefix + String.valueOf(order) + "__" + id + "_" + description + ".sql";
        }
    }

    @BeforeAll
    static void convert() throws IOException {
        set = Corpus.cratesIo();
        manifest = readManifest(set);
        assertThat(manifest).hasSize(MIGRATIONS);
        assertThat(manifest)
                .extracting(Row::order)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, MIGRATIONS).boxed().toList());
        location = Files.createDirectories(temp.resolve("crates-io"));
        for (Row row : manifest) {
            copy(row.up(), location.resolve(row.name('V')), row.noTransaction());
            copy(row.down(), location.resolve(row.name('U')), row.noTransaction());
        }
    }

    private static List<Row> readManifest(Path set) throws IOException {
        List<String> lines = Files.readAllLines(set.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("order\tid\tdescription\tup_path\tdown_path\tneeds_no_transaction");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(
                    Integer.parseInt(f[0]),
                    f[1],
                    f[2],
                    set.resolve(f[3]),
                    set.resolve(f[4]),
                    Boolean.parseBoolean(f[5])));
        }
        return rows;
    }

    /** The file's bytes unchanged; a no-transaction migration gets the directive appended after its last line. */
    private static void copy(Path from, Path to, boolean noTransaction) throws IOException {
        Files.copy(from, to);
        if (noTransaction) {
            Files.writeString(to, NO_TRANSACTION, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    private static Migrator migrator(PostgresTestDatabase db) {
        return Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + location)
                        .mixed(true) // 2024-04-12-144536's down mixes ALTER TABLE with CREATE INDEX CONCURRENTLY
                        .build());
    }

    private static Row row(int order) {
        return manifest.get(order - 1);
    }

    private static String script(char prefix, int order) {
        return "filesystem:" + location.resolve(row(order).name(prefix));
    }

    @Test
    @Order(1)
    void allUpgradesApplyInManifestOrderAndGiveTheSchemaPsqlGives() throws Exception {
        MigrationResult result = migrator(engine).migrate();
        assertThat(result.executed())
                .extracting(ExecutedMigration::version)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, MIGRATIONS)
                        .mapToObj(String::valueOf)
                        .toList());
        assertThat(result.finalVersion()).isEqualTo(String.valueOf(MIGRATIONS));
        assertThat(migrator(engine).info().pending()).isEmpty();

        for (Row row : manifest) {
            runPsql(row.up(), row.noTransaction());
        }
        assertSameSchema("after all ups");
    }

    @Test
    @Order(2)
    void downgradesTheNewestFiftyThenStopsAtTheDefectiveDownOf20241025() throws Exception {
        MigrationResult down = migrator(engine).downgrade(50);
        assertThat(down.executed())
                .extracting(ExecutedMigration::version)
                .containsExactlyElementsOf(IntStream.iterate(MIGRATIONS, (i) -> i - 1)
                        .limit(50)
                        .mapToObj(String::valueOf)
                        .toList());
        assertThat(down.finalVersion()).isEqualTo("235");

        Row broken = row(235);
        assertThat(broken.id()).isEqualTo("2024-10-25-112826");
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> migrator(engine).downgrade(1))
                .satisfies((ex) -> {
                    assertThat(ex.script()).isEqualTo(script('U', 235));
                    assertThat(ex.line()).isEqualTo(1);
                    assertThat(ex.code()).isEqualTo(ErrorCode.NON_TRANSACTIONAL_MIGRATION_FAILED);
                    assertThat(ex.statement())
                            .isEqualTo(
                                    "alter table versions\n    drop constraint versions_crate_id_num_no_build_uindex");
                    assertThat(ex.databaseError().sqlState()).isEqualTo("42704");
                    assertThat(ex.databaseError().message())
                            .isEqualTo("ERROR: constraint \"versions_crate_id_num_no_build_uindex\" of relation"
                                    + " \"versions\" does not exist");
                    assertThat(ex.getMessage()).contains(script('U', 235) + ", line 1");
                    System.out.println(ex.getMessage());
                });
        assertThat(migrator(engine).info().currentVersion()).isEqualTo("235");

        // re-applying the 50 gives the first full up's schema again (NOTICE.md: identical)
        MigrationResult again = migrator(engine).migrate();
        assertThat(again.executed()).hasSize(50);
        assertSameSchema("after 50 downs and 50 ups");
    }

    @Test
    @Order(3)
    void theDefectiveDownOf20170318181441ReportsFileLineAndSyntaxError() {
        Row row = row(132);
        assertThat(row.id()).isEqualTo("20170318181441");
        MigrationResult up = migrator(defect).migrate("132");
        assertThat(up.executed()).hasSize(132);
        assertThat(up.finalVersion()).isEqualTo("132");

        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> migrator(defect).downgrade(1))
                .satisfies((ex) -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
                    assertThat(ex.script()).isEqualTo(script('U', 132));
                    // the statement starts at line 1 (its ';' is missing); the server points at line 2's ALTER
                    assertThat(ex.line()).isEqualTo(2);
                    assertThat(ex.statement())
                            .isEqualTo("ALTER TABLE crate_downloads DROP CONSTRAINT crate_downloads_pkey\n"
                                    + "ALTER TABLE crate_downloads ALTER COLUMN \"date\" TYPE timestamp");
                    assertThat(ex.databaseError().sqlState()).isEqualTo("42601");
                    assertThat(ex.databaseError().message()).isEqualTo("ERROR: syntax error at or near \"ALTER\"");
                    assertThat(ex.getMessage()).contains(script('U', 132) + ", line 2");
                });
        assertThat(migrator(defect).info().currentVersion()).isEqualTo("132");
    }

    // ---------------------------------------------------------------- psql and pg_dump

    private static void runPsql(Path file, boolean noTransaction) throws Exception {
        List<String> command = psql.psql();
        if (!noTransaction) {
            command.add("--single-transaction");
        }
        command.add("-f");
        command.add(file.toString());
        String output = run(command);
        assertThat(output).as("psql %s", file).doesNotContain("ERROR:");
    }

    private static List<String> dump(PostgresTestDatabase db) throws Exception {
        String output = run(List.of(
                "pg_dump",
                "--schema-only",
                "--no-owner",
                "--no-privileges",
                "-T",
                "public.migrations_history",
                "-h",
                db.server().host(),
                "-p",
                String.valueOf(db.server().port()),
                "-U",
                db.user(),
                db.name()));
        // pg_dump 15.14+ brackets the script with backslash-restrict and backslash-unrestrict lines holding a random
        // key
        return output.lines()
                .filter((line) -> !(line.startsWith("\\")
                        && (line.startsWith("restrict ", 1) || line.startsWith("unrestrict ", 1))))
                .toList();
    }

    private static void assertSameSchema(String when) throws Exception {
        List<String> ours = dump(engine);
        List<String> theirs = dump(psql);
        assertThat(ours.size()).as("pg_dump lines").isGreaterThan(3000);
        assertThat(ours)
                .as("schema %s, engine vs psql:%n%s", when, diff(ours, theirs))
                .isEqualTo(theirs);
    }

    /** The first differing lines, enough to see what differs. */
    private static String diff(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
            i++;
        }
        out.add("first difference at line " + (i + 1));
        for (int k = i; k < Math.min(i + 15, Math.max(a.size(), b.size())); k++) {
            out.add("  engine: " + ((k < a.size()) ? a.get(k) : "<end>"));
            out.add("  psql:   " + ((k < b.size()) ? b.get(k) : "<end>"));
        }
        return out.stream().collect(Collectors.joining("\n"));
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (psql.password() != null) {
            builder.environment().put("PGPASSWORD", psql.password());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException ex) {
            throw new AssertionError(command.get(0) + " is needed to compare with the engine but could not be"
                    + " started (install the PostgreSQL client, e.g. apt-get install postgresql-client): " + ex);
        }
        try {
            byte[] out = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String text = new String(out, StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as("%s:%n%s", String.join(" ", command), text)
                    .isZero();
            return text;
        } finally {
            process.destroyForcibly();
        }
    }
}
