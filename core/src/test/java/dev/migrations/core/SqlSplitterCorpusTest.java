package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance test against the crates.io migration set in {@code corpus/crates-io} (committed in test-support) (read-only third-party
 * data, see its NOTICE.md): every file must split, and the split must match what the set's notes record.
 */
class SqlSplitterCorpusTest {

    private static Path set;

    /** Every up.sql/down.sql of the manifest, keyed by "id/up" or "id/down", split as it is. */
    private static final Map<String, Parsed> FILES = new LinkedHashMap<>();

    private static final Pattern CONCURRENT_INDEX =
            Pattern.compile("(?is)\\b(create\\s+(unique\\s+)?index|drop\\s+index)\\s+concurrently\\b");

    record Parsed(
            String id,
            String part,
            Path path,
            String content,
            boolean needsNoTransaction,
            List<SqlStatement> statements) {}

    @BeforeAll
    static void splitEveryFile() throws IOException {
        set = Corpus.cratesIo();
        List<String> rows = Files.readAllLines(set.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("order\tid\tdescription\tup_path\tdown_path\tneeds_no_transaction");
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", -1);
            boolean needsNoTransaction = Boolean.parseBoolean(columns[5]);
            add(columns[1], "up", set.resolve(columns[3]), needsNoTransaction);
            add(columns[1], "down", set.resolve(columns[4]), needsNoTransaction);
        }
    }

    private static void add(String id, String part, Path path, boolean needsNoTransaction) throws IOException {
        String content = Files.readString(path, StandardCharsets.UTF_8);
        String name = set.relativize(path).toString();
        // Diesel files have no markers: the whole file is the up part, starting at line 1.
        ScriptSections sections = ScriptSections.parse(content, name);
        assertThat(sections.up()).as(name).isEqualTo(content);
        assertThat(sections.upLine()).as(name).isEqualTo(1);
        assertThat(sections.down()).as(name).isNull();
        List<SqlStatement> statements = SqlSplitter.split(sections.up(), name, sections.upLine());
        FILES.put(id + "/" + part, new Parsed(id, part, path, content, needsNoTransaction, statements));
    }

    private static Parsed file(String id, String part) {
        Parsed file = FILES.get(id + "/" + part);
        assertThat(file).as("manifest entry " + id + " " + part).isNotNull();
        return file;
    }

    @Test
    void splitsAll570FilesIntoAPlausibleNumberOfStatements() {
        assertThat(FILES).hasSize(570);
        int total = FILES.values().stream().mapToInt(f -> f.statements().size()).sum();
        // NOTICE.md: "about 1,100 statements"
        assertThat(total).isBetween(1000, 1200);
        for (Parsed file : FILES.values()) {
            for (SqlStatement statement : file.statements()) {
                assertThat(statement.sql())
                        .as(file.path().toString())
                        .isNotBlank()
                        .isEqualTo(statement.sql().strip());
                assertThat(statement.sql()).as(file.path().toString()).doesNotEndWith(";");
                // the statement is exactly the file's text at its line
                String[] lines = file.content().split("\r\n|\r|\n", -1);
                assertThat(lines[statement.line() - 1])
                        .as(file.path() + ":" + statement.line())
                        .contains(statement.sql().lines().findFirst().orElseThrow());
            }
        }
    }

    @Test
    void emptyAndCommentOnlyFilesYieldNoStatements() {
        List<String> noOps = List.of(
                "20140925132250",
                "20140925132253",
                "20140925132254",
                "20140925161625",
                "20141112082527",
                "20170728002039",
                "2017-09-26-200549",
                "2017-10-06-234455",
                "2019-11-11-162609");
        for (String id : noOps) {
            assertThat(file(id, "down").statements()).as(id).isEmpty();
        }
        assertThat(FILES.values().stream().filter(f -> f.statements().isEmpty()).map(f -> f.id() + "/" + f.part()))
                .containsExactlyInAnyOrderElementsOf(
                        noOps.stream().map(id -> id + "/down").toList());
        assertThat(FILES.values().stream().filter(f -> f.content().isEmpty()).count())
                .isEqualTo(5);
        assertThat(file("2017-09-26-200549", "up").statements())
                .extracting(SqlStatement::sql)
                .containsExactly("SELECT 1");
    }

    @Test
    void nonTransactionalExactlyWhereTheManifestAndTheSqlSaySo() {
        int nonTransactionalFiles = 0;
        for (Parsed file : FILES.values()) {
            String withoutLineComments = file.content().replaceAll("--[^\r\n]*", "");
            boolean expected = file.needsNoTransaction()
                    && CONCURRENT_INDEX.matcher(withoutLineComments).find();
            boolean actual = file.statements().stream().anyMatch(SqlStatement::nonTransactional);
            assertThat(actual).as(file.path().toString()).isEqualTo(expected);
            nonTransactionalFiles += actual ? 1 : 0;
            // the engine's own check agrees: runs as the manifest says (mixing allowed, as the set needs it)
            TransactionModeCheck.checkTransactionMode(
                    file.statements(),
                    file.needsNoTransaction(),
                    true,
                    file.path().toString(),
                    file.part());
        }
        // NOTICE.md: 12 files with CREATE/DROP INDEX CONCURRENTLY
        assertThat(nonTransactionalFiles).isEqualTo(12);
    }

    @Test
    void concurrentlyInCommentsStringsAndBodiesIsNotNonTransactional() {
        assertThat(file("2018-04-24-145128", "up").content()).contains("REFRESH MATERIALIZED VIEW CONCURRENTLY");
        assertThat(file("2019-03-22-174825", "down").content()).contains("created concurrently in production");
        assertThat(file("2026-01-20-162913", "up").content()).contains("creating this index concurrently");
        for (Parsed file : List.of(
                file("2018-04-24-145128", "up"),
                file("2019-03-22-174825", "up"),
                file("2019-03-22-174825", "down"),
                file("2026-01-20-162913", "up"))) {
            assertThat(file.statements()).as(file.path().toString()).noneMatch(SqlStatement::nonTransactional);
        }
    }

    @Test
    void downOf2024_04_12_144536HasThreeStatementsTheLastTwoConcurrent() {
        Parsed down = file("2024-04-12-144536", "down");
        assertThat(down.statements())
                .containsExactly(
                        new SqlStatement(
                                "alter table crates\n    add column downloads integer not null default 0", 1, false),
                        new SqlStatement(
                                "create index concurrently index_crate_downloads\n    on crates (downloads)", 4, true),
                        new SqlStatement(
                                "create index concurrently index_crates_id_downloads_name\n    on crates (id, downloads, name)",
                                7,
                                true));
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() ->
                        TransactionModeCheck.checkTransactionMode(down.statements(), true, false, "down.sql", "down"))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.MIXED_TRANSACTION_MODES))
                .satisfies(e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void downOf20170318181441IsWhatPsqlSends() {
        // line 1 lacks its ";", so lines 1-2 are one statement (which the server then rejects)
        assertThat(file("20170318181441", "down").statements())
                .containsExactly(
                        new SqlStatement(
                                "ALTER TABLE crate_downloads DROP CONSTRAINT crate_downloads_pkey\n"
                                        + "ALTER TABLE crate_downloads ALTER COLUMN \"date\" TYPE timestamp",
                                1,
                                false),
                        new SqlStatement("ALTER TABLE crate_downloads ADD COLUMN id SERIAL PRIMARY KEY", 3, false));
    }

    @Test
    void singleStatementsWithoutSemicolon() {
        assertThat(file("2026-07-30-140000-0000", "up").statements())
                .containsExactly(new SqlStatement(
                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS index_users_canon_username\n"
                                + "ON users (canon_username(username))",
                        1,
                        true));
        assertThat(file("2026-07-30-140000-0000", "down").statements())
                .containsExactly(
                        new SqlStatement("DROP INDEX CONCURRENTLY IF EXISTS index_users_canon_username", 1, true));
    }

    @Test
    void lineNumbersOfBodiesAndCommentedFiles() {
        assertThat(file("2019-03-22-174825", "down").statements())
                .extracting(SqlStatement::line)
                .containsExactly(4, 26);
        assertThat(file("2019-03-22-174825", "down").statements().get(0).sql())
                .startsWith("DO $$\nDECLARE")
                .endsWith("END $$");
        assertThat(file("2017-10-08-193512", "up").statements())
                .extracting(SqlStatement::line)
                .containsExactly(1, 5, 9, 13, 17, 18, 21, 30, 36);
        assertThat(file("2026-01-20-162913", "up").statements())
                .extracting(SqlStatement::line)
                .containsExactly(2, 20, 23, 24, 25, 26, 27, 28);
    }
}
