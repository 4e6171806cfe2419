package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.docs.Markdown;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the SQL of the docs runnable. Every {@code sql} block is parsed with the engine's own parser (markers,
 * placeholders, statement splitting, transaction-mode rules). The blocks marked {@code <!-- migration: <file name>
 * [name=value ...] -->} are the migrations a page walks through: per page, they are written to
 * {@code classpath:db/migrations}, applied on a fresh PostgreSQL database through {@link Migrator}, downgraded to base
 * and applied again. {@code name=value} pairs give the values of the block's placeholders. A block marked
 * {@code <!-- psql -->} is a statement to run by hand, not a migration: it is parsed, but the transaction rules of
 * migrations do not apply to it. A {@code text} block marked {@code <!-- dry-run: downgrade <steps> -->} quotes the
 * output of {@link Migrator#dryRunDowngrade(int)} once the page's migrations are applied, and one marked
 * {@code <!-- status -->} the table of {@link MigrationStatus#describe()} then ({@code …} stands for any text within
 * a line).
 */
class SqlSnippetsIT {

    private static final String MIGRATION = "migration:";

    private static final String DRY_RUN_DOWNGRADE = "dry-run: downgrade";

    private static final String STATUS = "status";

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everySqlBlockParses() {
        return Markdown.blocks("sql").stream()
                .map((block) -> DynamicTest.dynamicTest(block.where(), () -> {
                    Map<String, String> values = new HashMap<>(placeholders(block));
                    values.putIfAbsent("migrations:schema", "public");
                    values.putIfAbsent("migrations:table", MigrationsConfig.DEFAULT_TABLE);
                    values.putIfAbsent("migrations:user", "app");
                    ScriptSections sections = ScriptSections.parse(block.content(), block.where());
                    check(sections.up(), sections.upLine(), sections.noTransaction(), values, block, "up");
                    if (sections.down() != null) {
                        check(sections.down(), sections.downLine(), sections.noTransaction(), values, block, "down");
                    }
                }));
    }

    private static void check(
            String sql,
            int line,
            boolean noTransaction,
            Map<String, String> values,
            Markdown.Block block,
            String part) {
        String replaced = Placeholders.replace(sql, values, block.where(), line);
        List<SqlStatement> statements = SqlSplitter.split(replaced, block.where(), line);
        if (!"psql".equals(block.marker())) {
            TransactionModeCheck.checkTransactionMode(statements, noTransaction, false, block.where(), part);
        }
        if (part.equals("up")) {
            assertThat(statements).as(block.where() + " holds SQL").isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPagesMigrationsApplyAndDowngrade() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : Markdown.pages()) {
            List<Markdown.Block> migrations = Markdown.blocks(page).stream()
                    .filter((block) -> block.language().equals("sql"))
                    .filter((block) -> block.marker() != null && block.marker().startsWith(MIGRATION))
                    .toList();
            if (!migrations.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(
                        page.getFileName().toString(), () -> applyAndDowngrade(page, migrations)));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private void applyAndDowngrade(Path page, List<Markdown.Block> blocks) throws IOException {
        Path root = temp.resolve(page.getFileName().toString());
        Path folder = Files.createDirectories(root.resolve("db").resolve("migrations"));
        Map<String, String> values = new LinkedHashMap<>();
        for (Markdown.Block block : blocks) {
            String file = block.marker().substring(MIGRATION.length()).strip().split("\\s+")[0];
            Files.writeString(folder.resolve(file), block.content(), StandardCharsets.UTF_8);
            values.putAll(placeholders(block));
        }
        PostgresTestDatabase db = new PostgresTestDatabase().create();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            Migrator migrator = Migrator.create(
                    db.dataSource(),
                    MigrationsConfig.builder()
                            .classLoader(loader)
                            .placeholders(values)
                            .build());
            MigrationResult applied = migrator.migrate();
            assertThat(applied.executed()).hasSize(blocks.size() - undoFiles(blocks));
            assertThat(migrator.info().migrations())
                    .extracting(MigrationInfo::state)
                    .containsOnly(MigrationState.APPLIED);
            assertThat(migrator.dryRunDowngrade(applied.executed().size())).contains("Downgrade from version");
            for (Markdown.Block example : examples(page, STATUS)) {
                // installation times differ between runs: the quote shows them all as 2026-11-24 09:30:00Z
                String actual = migrator.info()
                        .describe()
                        .replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ", "2026-11-24 09:30:00Z");
                assertThat(Markdown.pattern(example.content().stripTrailing())
                                .matcher(actual.stripTrailing())
                                .matches())
                        .as(example.where() + ": the quoted status differs from info().describe():\n" + actual)
                        .isTrue();
            }
            for (Markdown.Block example : examples(page, DRY_RUN_DOWNGRADE)) {
                int steps = Integer.parseInt(
                        example.marker().substring(DRY_RUN_DOWNGRADE.length()).strip());
                String actual = migrator.dryRunDowngrade(steps);
                assertThat(Markdown.pattern(example.content().stripTrailing())
                                .matcher(actual.stripTrailing())
                                .matches())
                        .as(example.where() + ": the quoted dry run differs from what dryRunDowngrade(" + steps
                                + ") returns:\n" + actual)
                        .isTrue();
            }

            MigrationResult undone = migrator.downgradeTo("base");
            assertThat(undone.finalVersion()).isNull();
            assertThat(migrator.info().migrations())
                    .extracting(MigrationInfo::state)
                    .containsOnly(MigrationState.PENDING);

            assertThat(migrator.dryRun()).contains("Upgrade to version");
            assertThat(migrator.migrate().finalVersion()).isEqualTo(applied.finalVersion());
        } finally {
            db.drop();
        }
    }

    /** The blocks whose marker starts with {@code marker}: quoted output of the engine. */
    private static List<Markdown.Block> examples(Path page, String marker) {
        return Markdown.blocks(page).stream()
                .filter((block) -> block.marker() != null && block.marker().startsWith(marker))
                .toList();
    }

    private static int undoFiles(List<Markdown.Block> blocks) {
        return (int) blocks.stream()
                .filter((block) ->
                        block.marker().substring(MIGRATION.length()).strip().startsWith("U"))
                .count();
    }

    /** The {@code name=value} pairs after the file name of a {@code migration:} marker. */
    private static Map<String, String> placeholders(Markdown.Block block) {
        Map<String, String> values = new LinkedHashMap<>();
        if (block.marker() == null || !block.marker().startsWith(MIGRATION)) {
            return values;
        }
        String[] words = block.marker().substring(MIGRATION.length()).strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            values.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        return values;
    }
}
