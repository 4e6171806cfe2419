package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.test.MigrationsContract;
import dev.migrations.test.MigrationsKit;
import dev.migrations.test.MigrationsTest;
import dev.migrations.test.StairwayStep;
import dev.migrations.testsupport.PostgresServer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps testing.md true: its Java snippets are lines of real tests, its tables list exactly the contract's tests and
 * the annotation's options, and the failure it quotes is what the kit prints for the migrations it shows.
 */
class TestingPageIT {

    private static final Path PAGE = Markdown.DOCS.resolve("testing.md");

    @TempDir
    Path temp;

    @Test
    void javaSnippetsAreLinesOfTheTestsTheyNameInOrder() {
        List<Markdown.Block> blocks = Markdown.blocks(PAGE).stream()
                .filter((b) -> b.language().equals("java"))
                .toList();
        assertThat(blocks).isNotEmpty().allSatisfy((block) -> {
            assertThat(block.marker()).as(block.where()).startsWith("source: ");
            String source = Markdown.read(Markdown.ROOT.resolve(block.marker().substring("source: ".length())));
            List<String> lines =
                    Arrays.stream(source.split("\n")).map(String::strip).toList();
            int at = 0;
            for (String line : block.content().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int found = lines.subList(at, lines.size()).indexOf(line.strip());
                assertThat(found)
                        .as(block.where() + ": '" + line.strip() + "' in " + block.marker())
                        .isNotNegative();
                at += found + 1;
            }
        });
    }

    @Test
    void contractTableListsExactlyTheContractsTests() {
        Set<String> tests = new TreeSet<>();
        for (Method method : MigrationsContract.class.getDeclaredMethods()) {
            if (method.isDefault()
                    && (method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(TestFactory.class))) {
                tests.add(method.getName());
            }
        }
        Set<String> documented =
                column(table("contract-tests"), 1).stream().collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(tests);
    }

    @Test
    void optionsTableListsExactlyTheAnnotationsAttributes() {
        Set<String> attributes = Arrays.stream(MigrationsTest.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = column(table("options"), 0).stream()
                .flatMap((cell) -> Arrays.stream(cell.split(",")))
                .map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(attributes);
    }

    @Test
    void quotedFailureIsWhatTheStairwayPrintsForTheQuotedMigrations() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("db/migrations"));
        String expected = null;
        String stair = null;
        for (Markdown.Block block : Markdown.blocks(PAGE)) {
            if (block.marker() != null && block.marker().startsWith("testkit: ")) {
                Files.writeString(
                        folder.resolve(block.marker().substring("testkit: ".length())),
                        block.content(),
                        StandardCharsets.UTF_8);
            } else if (block.marker() != null && block.marker().startsWith("testkit-failure: ")) {
                stair = block.marker().substring("testkit-failure: ".length());
                expected = block.content().strip();
            }
        }
        assertThat(expected)
                .as("a block marked <!-- testkit-failure: VERSION -->")
                .isNotNull();
        PostgresServer server = PostgresServer.get();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, null);
                MigrationsKit kit = MigrationsKit.builder()
                        .url(server.jdbcUrl("postgres"))
                        .user(server.adminUser())
                        .password(server.adminPassword())
                        .config(MigrationsConfig.builder().classLoader(loader).build())
                        .build()) {
            String version = stair;
            StairwayStep step = kit.runStairway().stream()
                    .filter((s) -> s.migration().version().equals(version))
                    .findFirst()
                    .orElseThrow();
            assertThat(step.failure()).as("stair " + version + " fails").isNotNull();
            assertThat(step.failure().getMessage()).isEqualTo(expected);
        }
    }

    /** The rows of the table right below {@code <!-- name -->}, header and separator left out. */
    private static List<List<String>> table(String name) {
        String[] lines = Markdown.read(PAGE).split("\n");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("<!-- " + name + " -->")) {
                for (int j = i + 3; j < lines.length && lines[j].startsWith("|"); j++) {
                    rows.add(Arrays.stream(
                                    lines[j].substring(1, lines[j].length() - 1).split("\\|"))
                            .map((cell) -> cell.strip().replace("`", ""))
                            .toList());
                }
                return rows;
            }
        }
        throw new AssertionError("testing.md has no table marked <!-- " + name + " -->");
    }

    private static List<String> column(List<List<String>> rows, int index) {
        return rows.stream().map((row) -> row.get(index)).toList();
    }
}
